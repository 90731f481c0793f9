package org.openv2x.codec.spat;

import java.util.Random;

/** Random valid values of the Spat family, for property tests. */
public final class SpatRandom {
  private SpatRandom() {}

  public static Spat spat(Random random) {
    throw new UnsupportedOperationException("not modelled yet");
  }
}
