package org.openv2x.codec.bsm;

import java.util.EnumSet;

/**
 * The named bits of GNSSstatus (VehSafetyExt), BIT STRING (SIZE(8)): the state of the GNSS
 * receiver. The value is held as an {@code int} ({@link PathHistory#currGnssStatus()}) whose bit 7
 * (value 128) is the first bit on the wire, named bit 0.
 *
 * <p>The ordinal is the bit number.
 */
public enum GnssStatusFlag {
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

  private static final GnssStatusFlag[] VALUES = values();

  private final String asnName;

  GnssStatusFlag(String asnName) {
    this.asnName = asnName;
  }

  /** The ASN.1 identifier of this named bit. */
  public String asnName() {
    return asnName;
  }

  /** The bit number: 0 is the first bit on the wire. */
  public int bit() {
    return ordinal();
  }

  /** This bit within a value held as an {@code int}: {@code 1 << (7 - bit())}. */
  public int mask() {
    return 1 << (SIZE_BITS - 1 - ordinal());
  }

  /** Whether this bit is set in {@code value}. */
  public boolean isSet(int value) {
    return (value & mask()) != 0;
  }

  /** A value with exactly {@code bits} set. */
  public static int of(GnssStatusFlag... bits) {
    int value = 0;
    for (GnssStatusFlag bit : bits) {
      value |= bit.mask();
    }
    return value;
  }

  /** The named bits set in {@code value}, in bit order. */
  public static EnumSet<GnssStatusFlag> setIn(int value) {
    EnumSet<GnssStatusFlag> set = EnumSet.noneOf(GnssStatusFlag.class);
    for (GnssStatusFlag bit : VALUES) {
      if (bit.isSet(value)) {
        set.add(bit);
      }
    }
    return set;
  }
}
