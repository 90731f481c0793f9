package org.openv2x.codec.bsm;

import java.util.EnumSet;

/**
 * The named bits of BrakeAppliedStatus (VehBrake), BIT STRING (SIZE(5)): which wheel brakes are
 * applied. The value is held as an {@code int} ({@link BrakeSystemStatus#wheelBrakes()}) whose bit
 * 4 (value 16) is the first bit on the wire, named bit 0.
 *
 * <p>The ordinal is the bit number.
 */
public enum WheelBrake {
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

  private static final WheelBrake[] VALUES = values();

  private final String asnName;

  WheelBrake(String asnName) {
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

  /** This bit within a value held as an {@code int}: {@code 1 << (4 - bit())}. */
  public int mask() {
    return 1 << (SIZE_BITS - 1 - ordinal());
  }

  /** Whether this bit is set in {@code value}. */
  public boolean isSet(int value) {
    return (value & mask()) != 0;
  }

  /** A value with exactly {@code bits} set. */
  public static int of(WheelBrake... bits) {
    int value = 0;
    for (WheelBrake bit : bits) {
      value |= bit.mask();
    }
    return value;
  }

  /** The named bits set in {@code value}, in bit order. */
  public static EnumSet<WheelBrake> setIn(int value) {
    EnumSet<WheelBrake> set = EnumSet.noneOf(WheelBrake.class);
    for (WheelBrake bit : VALUES) {
      if (bit.isSet(value)) {
        set.add(bit);
      }
    }
    return set;
  }
}
