package org.openv2x.codec.common;

import java.util.OptionalInt;

/**
 * Shared {@link OptionalInt} instances of small values, so decoders do not allocate one for every
 * present small OPTIONAL integer (OptionalInt is immutable and value-based, so sharing is safe).
 */
public final class OptionalInts {
  private static final int SIZE = 4096;
  private static final OptionalInt[] CACHE = new OptionalInt[SIZE];

  static {
    for (int i = 0; i < SIZE; i++) {
      CACHE[i] = OptionalInt.of(i);
    }
  }

  private OptionalInts() {}

  /** {@code OptionalInt.of(value)}, shared for 0..4095. */
  public static OptionalInt of(int value) {
    return value >= 0 && value < SIZE ? CACHE[value] : OptionalInt.of(value);
  }
}
