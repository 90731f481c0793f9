package org.openv2x.codec.bsm;

import java.util.EnumSet;
import org.openv2x.codec.common.NamedBit;

/**
 * The named bits of GNSSstatus (VehSafetyExt), BIT STRING (SIZE(8)): the state of the GNSS
 * receiver. The value is held as an {@code int} ({@link PathHistory#currGnssStatus()}) whose bit 7
 * (value 128) is the first bit on the wire, named bit 0.
 *
 * <p>The ordinal is the bit number.
 */
public enum GnssStatusFlag implements NamedBit {
  /** Bit 0: not equipped or unavailable. */
  UNAVAILABLE("unavailable"),
  /** Bit 1: healthy. */
  IS_HEALTHY("isHealthy"),
  /** Bit 2: monitored. */
  IS_MONITORED("isMonitored"),
  /** Bit 3: set for a fixed base station, clear for a moving base station or a rover (an OBU). */
  BASE_STATION_TYPE("baseStationType"),
  /** Bit 4: the dilution of precision is greater than 5 (so the standard's comment). */
  A_PDOP_OF_UNDER5("aPDOPofUnder5"),
  /** Bit 5: fewer than 5 satellites in view. */
  IN_VIEW_OF_UNDER5("inViewOfUnder5"),
  /** Bit 6: pseudo range corrections used. */
  LOCAL_CORRECTIONS_PRESENT("localCorrectionsPresent"),
  /** Bit 7: RTK type corrections used. */
  NETWORK_CORRECTIONS_PRESENT("networkCorrectionsPresent");

  /** Number of bits of the size. */
  public static final int SIZE_BITS = 8;

  private final String asnName;

  GnssStatusFlag(String asnName) {
    this.asnName = asnName;
  }

  /** The ASN.1 identifier of this named bit. */
  public String asnName() {
    return asnName;
  }

  @Override
  public int bit() {
    return ordinal();
  }

  @Override
  public int sizeBits() {
    return SIZE_BITS;
  }

  /** A value with exactly {@code bits} set. */
  public static int of(GnssStatusFlag... bits) {
    return NamedBit.bitsOf(bits);
  }

  /** The named bits set in {@code value}, in bit order. */
  public static EnumSet<GnssStatusFlag> setIn(int value) {
    return NamedBit.setIn(value, GnssStatusFlag.class);
  }
}
