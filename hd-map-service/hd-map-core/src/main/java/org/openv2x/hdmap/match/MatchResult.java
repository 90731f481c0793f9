package org.openv2x.hdmap.match;

import java.util.Optional;
import java.util.OptionalDouble;
import org.openv2x.hdmap.IntersectionId;

/**
 * Where a vehicle is on the map.
 *
 * @param intersection the intersection whose map holds the lane or connection
 * @param approachId the approach of the lane ({@code in<node>} / {@code out<node>}); on a
 *     connection, the approach of its ingress lane
 * @param laneKey the lane ({@code LaneKeys}); on a connection, its ingress lane
 * @param connectionKey the connection when the vehicle is inside the box on a connection's path
 * @param distanceToStopLineM along the lane from the vehicle to the stop line, on an ingress lane
 *     before the stop line
 * @param lateralOffsetM from the centre line (or path), positive to the left in the lane's
 *     direction
 * @param headingDifferenceDeg between the vehicle's heading and the lane's direction, 0..180; NaN
 *     when the heading is unknown
 * @param wrongWay the vehicle drives against the lane's direction
 * @param confidence 0..1: how sure the match is (distance from the centre, heading agreement, how
 *     far the next candidate is behind)
 */
public record MatchResult(
    IntersectionId intersection,
    String approachId,
    String laneKey,
    Optional<String> connectionKey,
    OptionalDouble distanceToStopLineM,
    double lateralOffsetM,
    double headingDifferenceDeg,
    boolean wrongWay,
    double confidence) {}
