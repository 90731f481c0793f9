package org.openv2x.codec.map;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.NodeReferenceId;

/**
 * Link (MapLink): a road section that enters the enclosing {@link Node} from an upstream node.
 * Extensible (no additions defined).
 *
 * @param name DescriptiveName, IA5String of 1..63 characters, OPTIONAL
 * @param upstreamNodeId NodeReferenceID of the node the link comes from
 * @param speedLimits SpeedLimitList, 1..9, OPTIONAL
 * @param linkWidthCm LaneWidth, the width of the whole link, 1 cm, 0..32767, OPTIONAL
 * @param points PointList, points along the centre of the link from upstream to downstream, 2..31,
 *     OPTIONAL
 * @param movements MovementList, the movements at the node, 1..32, OPTIONAL
 * @param lanes LaneList, the lanes of the link, 1..32
 */
public record Link(
    Optional<String> name,
    NodeReferenceId upstreamNodeId,
    Optional<List<RegulatorySpeedLimit>> speedLimits,
    OptionalInt linkWidthCm,
    Optional<List<RoadPoint>> points,
    Optional<List<Movement>> movements,
    List<Lane> lanes) {
  public static final int SPEED_LIMITS_MAX = 9;
  public static final int POINTS_MIN = 2;
  public static final int POINTS_MAX = 31;
  public static final int MOVEMENTS_MAX = 32;
  public static final int LANES_MAX = 32;

  public Link {
    name = Check.ia5(name, 1, Node.NAME_MAX_LENGTH, "name");
    Check.notNull(upstreamNodeId, "upstreamNodeId");
    speedLimits = Check.size(speedLimits, 1, SPEED_LIMITS_MAX, "speedLimits");
    Check.range(linkWidthCm, 0, Lane.LANE_WIDTH_MAX, "linkWidth");
    points = Check.size(points, POINTS_MIN, POINTS_MAX, "points");
    movements = Check.size(movements, 1, MOVEMENTS_MAX, "movements");
    lanes = Check.size(lanes, 1, LANES_MAX, "lanes");
  }
}
