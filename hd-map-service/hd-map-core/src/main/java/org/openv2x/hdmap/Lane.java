package org.openv2x.hdmap;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One lane of an approach. {@code laneId} is the standard's LaneID (unique within its approach);
 * {@code centreLine} runs in the direction of travel, so on an ingress lane its last point is on
 * the stop line. Width absent: the approach's width shared by its lanes, else {@link
 * #DEFAULT_WIDTH_M}.
 */
public record Lane(
    int laneId,
    LaneType type,
    OptionalDouble widthM,
    Set<Maneuver> maneuvers,
    List<LaneConnection> connections,
    List<SpeedLimit> speedLimits,
    List<GeoPoint> centreLine) {
  public static final double DEFAULT_WIDTH_M = 3.5;

  public Lane {
    if (laneId < 0 || laneId > 255) {
      throw new IllegalArgumentException("a lane id must be 0..255, is " + laneId);
    }
    type = type == null ? LaneType.VEHICLE : type;
    widthM = widthM == null ? OptionalDouble.empty() : widthM;
    maneuvers =
        maneuvers == null || maneuvers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(maneuvers));
    connections = connections == null ? List.of() : List.copyOf(connections);
    speedLimits = speedLimits == null ? List.of() : List.copyOf(speedLimits);
    centreLine = centreLine == null ? List.of() : List.copyOf(centreLine);
  }

  /** This lane with other connections. */
  public Lane withConnections(List<LaneConnection> newConnections) {
    return new Lane(laneId, type, widthM, maneuvers, newConnections, speedLimits, centreLine);
  }

  /** This lane with another centre line. */
  public Lane withCentreLine(List<GeoPoint> newCentreLine) {
    return new Lane(laneId, type, widthM, maneuvers, connections, speedLimits, newCentreLine);
  }
}
