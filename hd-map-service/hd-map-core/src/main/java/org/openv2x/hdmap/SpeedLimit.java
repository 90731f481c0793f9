package org.openv2x.hdmap;

import org.openv2x.codec.map.SpeedLimitType;

/** A regulatory speed limit: its kind (the standard's SpeedLimitType) and the speed in m/s. */
public record SpeedLimit(SpeedLimitType type, double speedMps) {
  public SpeedLimit {
    if (type == null) {
      throw new IllegalArgumentException("a speed limit needs a type");
    }
    if (!(speedMps >= 0 && speedMps <= 163.8)) {
      throw new IllegalArgumentException("a speed limit must be 0..163.8 m/s, is " + speedMps);
    }
  }
}
