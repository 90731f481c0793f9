package org.openv2x.codec.map;

import java.util.OptionalInt;

/**
 * Shared {@link OptionalInt} instances of small values, so the decoder does not allocate one for
 * every present PhaseID, LaneWidth, AllowedManeuvers or LaneSharing (OptionalInt is immutable and
 * value-based, so sharing is safe).
 */
final class SmallInts {
  private static final int SIZE = 4096;
  private static final OptionalInt[] CACHE = new OptionalInt[SIZE];

  static {
    for (int i = 0; i < SIZE; i++) {
      CACHE[i] = OptionalInt.of(i);
    }
  }

  private SmallInts() {}

  static OptionalInt of(int value) {
    return value >= 0 && value < SIZE ? CACHE[value] : OptionalInt.of(value);
  }
}
