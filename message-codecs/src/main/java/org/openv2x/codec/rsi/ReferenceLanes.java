package org.openv2x.codec.rsi;

import java.util.EnumSet;
import org.openv2x.codec.common.NamedBit;

/**
 * The named bits of ReferenceLanes (RSI), a BIT STRING (SIZE(16)): bit 0 is reserved, bits 1..15
 * are lanes 1..15. A ReferenceLanes value is held in the low 16 bits of an int with the first wire
 * bit (bit 0) most significant, so bit n is {@code 1 << (15 - n)}; {@link #mask()} gives it.
 */
public enum ReferenceLanes implements NamedBit {
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

  private final String asnName;

  ReferenceLanes(String asnName) {
    this.asnName = asnName;
  }

  /** The ASN.1 identifier of the named bit. */
  public String asnName() {
    return asnName;
  }

  /** The named bit of lane {@code lane}, 1..15. */
  public static ReferenceLanes lane(int lane) {
    if (lane < 1 || lane > 15) {
      throw new IllegalArgumentException("lane " + lane + " is outside 1..15");
    }
    return values()[lane];
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
  public static int of(ReferenceLanes... bits) {
    return NamedBit.bitsOf(bits);
  }

  /** The named bits set in {@code value}, in bit order. */
  public static EnumSet<ReferenceLanes> setIn(int value) {
    return NamedBit.setIn(value, ReferenceLanes.class);
  }
}
