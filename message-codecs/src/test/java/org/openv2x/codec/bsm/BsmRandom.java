package org.openv2x.codec.bsm;

import java.util.Random;

/** Random valid values of the BasicSafetyMessage family, for property tests. */
public final class BsmRandom {
  private BsmRandom() {}

  public static BasicSafetyMessage basicSafetyMessage(Random random) {
    throw new UnsupportedOperationException("not modelled yet");
  }
}
