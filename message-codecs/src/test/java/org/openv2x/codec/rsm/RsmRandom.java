package org.openv2x.codec.rsm;

import java.util.Random;

/** Random valid values of the RoadsideSafetyMessage family, for property tests. */
public final class RsmRandom {
  private RsmRandom() {}

  public static RoadsideSafetyMessage roadsideSafetyMessage(Random random) {
    throw new UnsupportedOperationException("not modelled yet");
  }
}
