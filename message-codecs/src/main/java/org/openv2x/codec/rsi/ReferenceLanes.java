package org.openv2x.codec.rsi;

import java.util.EnumSet;
import java.util.Set;

/**
 * The named bits of ReferenceLanes (RSI), a BIT STRING (SIZE(16)): bit 0 is reserved, bits 1..15
 * are lanes 1..15. A ReferenceLanes value is held in the low 16 bits of an int with the first wire
 * bit (bit 0) most significant, so bit n is {@code 1 << (15 - n)}; {@link #mask()} gives it.
 */
public enum ReferenceLanes {
  RESERVED("reserved"),
  LANE1("lane1"),
  LANE2("lane2"),
  LANE3("lane3"),
  LANE4("lane4"),
  LANE5("lane5"),
  LANE6("lane6"),
  LANE7("lane7"),
  LANE8("lane8"),
  LANE9("lane9"),
  LANE10("lane10"),
  LANE11("lane11"),
  LANE12("lane12"),
  LANE13("lane13"),
  LANE14("lane14"),
  LANE15("lane15");

  /** The fixed size of the BIT STRING. */
  public static final int SIZE_BITS = 16;

  private static final ReferenceLanes[] VALUES = values();

  private final String asnName;

  ReferenceLanes(String asnName) {
    this.asnName = asnName;
  }

  /** The ASN.1 identifier of the named bit. */
  public String asnName() {
    return asnName;
  }

  /** The bit number on the wire (0 = first bit); equal to the ordinal. */
  public int bitNumber() {
    return ordinal();
  }

  /** This bit within a ReferenceLanes value held in an int. */
  public int mask() {
    return 1 << (SIZE_BITS - 1 - ordinal());
  }

  /** Whether this bit is set in {@code referenceLanes}. */
  public boolean isSet(int referenceLanes) {
    return (referenceLanes & mask()) != 0;
  }

  /** The named bit of lane {@code lane}, 1..15. */
  public static ReferenceLanes lane(int lane) {
    if (lane < 1 || lane > 15) {
      throw new IllegalArgumentException("lane " + lane + " is outside 1..15");
    }
    return VALUES[lane];
  }

  /** The ReferenceLanes value with exactly {@code bits} set. */
  public static int bitsOf(Set<ReferenceLanes> bits) {
    int value = 0;
    for (ReferenceLanes bit : bits) {
      value |= bit.mask();
    }
    return value;
  }

  /** The named bits set in {@code referenceLanes}. */
  public static EnumSet<ReferenceLanes> setIn(int referenceLanes) {
    EnumSet<ReferenceLanes> bits = EnumSet.noneOf(ReferenceLanes.class);
    for (ReferenceLanes bit : VALUES) {
      if (bit.isSet(referenceLanes)) {
        bits.add(bit);
      }
    }
    return bits;
  }
}
