package org.openv2x.codec.map;

import org.openv2x.codec.common.Check;

/**
 * RegulatorySpeedLimit (MapSpeedLimit): one regulatory speed of a link or lane. Not extensible.
 *
 * @param type SpeedLimitType, which speed this is
 * @param speed0p02Mps Speed, 0.02 m/s, 0..8191 (8191 = unavailable)
 */
public record RegulatorySpeedLimit(SpeedLimitType type, int speed0p02Mps) {
  public static final int SPEED_MIN = 0;
  public static final int SPEED_MAX = 8191;
  public static final int SPEED_UNAVAILABLE = 8191;

  public RegulatorySpeedLimit {
    Check.notNull(type, "type");
    Check.range(speed0p02Mps, SPEED_MIN, SPEED_MAX, "speed");
  }
}
