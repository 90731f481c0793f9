package org.openv2x.codec.map;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.Check;

/**
 * Lane (MapLane): one lane of a {@link Link}. Extensible (no additions defined).
 *
 * @param laneId LaneID, 0..255 (0 = unknown, 255 reserved)
 * @param laneWidthCm LaneWidth, 1 cm, 0..32767, OPTIONAL
 * @param laneAttributes sharing and kind of the lane, OPTIONAL
 * @param maneuvers AllowedManeuvers at the stop line, BIT STRING (SIZE(12)) held in the low 12
 *     bits, first wire bit (bit 0, {@link AllowedManeuver#MANEUVER_STRAIGHT_ALLOWED}) most
 *     significant; OPTIONAL
 * @param connectsTo ConnectsToList, the downstream connections, 1..16, OPTIONAL
 * @param speedLimits SpeedLimitList, 1..9, OPTIONAL
 * @param points PointList, points along the lane from upstream to downstream, 2..31, OPTIONAL
 */
public record Lane(
    int laneId,
    OptionalInt laneWidthCm,
    Optional<LaneAttributes> laneAttributes,
    OptionalInt maneuvers,
    Optional<List<Connection>> connectsTo,
    Optional<List<RegulatorySpeedLimit>> speedLimits,
    Optional<List<RoadPoint>> points) {
  public static final int LANE_ID_MAX = 255;
  public static final int LANE_WIDTH_MAX = 32767;
  public static final int CONNECTS_TO_MAX = 16;

  public Lane {
    Check.range(laneId, 0, LANE_ID_MAX, "laneID");
    Check.range(laneWidthCm, 0, LANE_WIDTH_MAX, "laneWidth");
    Check.notNull(laneAttributes, "laneAttributes");
    Check.bits(maneuvers, AllowedManeuver.SIZE_BITS, "maneuvers");
    connectsTo = Check.size(connectsTo, 1, CONNECTS_TO_MAX, "connectsTo");
    speedLimits = Check.size(speedLimits, 1, Link.SPEED_LIMITS_MAX, "speedLimits");
    points = Check.size(points, Link.POINTS_MIN, Link.POINTS_MAX, "points");
  }
}
