package org.openv2x.hdmap;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A connection's path through the intersection box.
 *
 * @param connectionKey {@link LaneKeys#connection}
 * @param fromLaneKey the ingress lane
 * @param toLaneKey the lane it leads to
 * @param phaseId the signal group controlling it, if any
 * @param maneuvers the manoeuvres of the connection
 * @param path from the stop line of the ingress lane to the first point of the target lane
 * @param lengthM along the path
 * @param pathEstimated true when the target lane's geometry was not known and the path's end was
 *     estimated from the manoeuvre
 */
public record DerivedConnection(
    String connectionKey,
    String fromLaneKey,
    String toLaneKey,
    OptionalInt phaseId,
    Set<Maneuver> maneuvers,
    List<GeoPoint> path,
    double lengthM,
    boolean pathEstimated) {
  public DerivedConnection {
    phaseId = phaseId == null ? OptionalInt.empty() : phaseId;
    maneuvers =
        maneuvers == null || maneuvers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(maneuvers));
    path = List.copyOf(path);
  }
}
