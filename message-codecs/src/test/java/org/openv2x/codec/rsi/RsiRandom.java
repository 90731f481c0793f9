package org.openv2x.codec.rsi;

import java.util.Random;

/** Random valid values of the RoadSideInformation family, for property tests. */
public final class RsiRandom {
  private RsiRandom() {}

  public static RoadSideInformation roadSideInformation(Random random) {
    throw new UnsupportedOperationException("not modelled yet");
  }
}
