package org.openv2x.codec.map;

import java.util.Random;

/** Random valid values of the MapData family, for property tests. */
public final class MapRandom {
  private MapRandom() {}

  public static MapData mapData(Random random) {
    throw new UnsupportedOperationException("not modelled yet");
  }
}
