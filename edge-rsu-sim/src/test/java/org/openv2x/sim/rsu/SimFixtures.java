package org.openv2x.sim.rsu;

import org.openv2x.sim.geo.GeoFrame;

/** Shared settings of the RSU tests. */
final class SimFixtures {
  static final GeoFrame ORIGIN = new GeoFrame(31.2304, 121.4737, 4);
  static final long START_EPOCH_MS = 1_700_000_000_000L;

  private SimFixtures() {}
}
