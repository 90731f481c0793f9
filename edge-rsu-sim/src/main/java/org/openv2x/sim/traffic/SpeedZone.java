package org.openv2x.sim.traffic;

import org.openv2x.sim.network.Lane;

/** A stretch of a lane with a lower speed limit (road works, an accident), from and to metres. */
public record SpeedZone(Lane lane, double fromM, double toM, double speedLimitMps) {
  public SpeedZone {
    if (!(toM > fromM)) {
      throw new IllegalArgumentException("a speed zone must end after it starts");
    }
    if (!(speedLimitMps > 0)) {
      throw new IllegalArgumentException("a speed zone's limit must be above 0");
    }
  }
}
