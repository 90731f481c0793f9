package org.openv2x.codec.bsm;

import java.util.EnumSet;
import org.openv2x.codec.common.NamedBit;

/**
 * The named bits of BrakeAppliedStatus (VehBrake), BIT STRING (SIZE(5)): which wheel brakes are
 * applied. The value is held as an {@code int} ({@link BrakeSystemStatus#wheelBrakes()}) whose bit
 * 4 (value 16) is the first bit on the wire, named bit 0.
 *
 * <p>The ordinal is the bit number.
 */
public enum WheelBrake implements NamedBit {
  /** Bit 0: the brake applied status is unavailable. */
  UNAVAILABLE("unavailable"),
  /** Bit 1: left front active. */
  LEFT_FRONT("leftFront"),
  /** Bit 2: left rear active. */
  LEFT_REAR("leftRear"),
  /** Bit 3: right front active. */
  RIGHT_FRONT("rightFront"),
  /** Bit 4: right rear active. */
  RIGHT_REAR("rightRear");

  /** Number of bits of the size. */
  public static final int SIZE_BITS = 5;

  private final String asnName;

  WheelBrake(String asnName) {
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
  public static int of(WheelBrake... bits) {
    return NamedBit.bitsOf(bits);
  }

  /** The named bits set in {@code value}, in bit order. */
  public static EnumSet<WheelBrake> setIn(int value) {
    return NamedBit.setIn(value, WheelBrake.class);
  }
}
