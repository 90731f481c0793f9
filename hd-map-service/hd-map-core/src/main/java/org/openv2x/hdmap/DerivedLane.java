package org.openv2x.hdmap;

import java.util.List;
import java.util.Optional;

/**
 * Geometry derived from one lane.
 *
 * @param laneKey {@link LaneKeys#lane}
 * @param widthM the width used (the lane's, its approach's share, or the default)
 * @param lengthM along the centre line
 * @param polygon the lane's area: the centre line offset by half the width to both sides, as a
 *     closed ring (first point repeated last), counter-clockwise
 * @param stopLine on ingress lanes
 */
public record DerivedLane(
    String laneKey,
    double widthM,
    double lengthM,
    List<GeoPoint> polygon,
    Optional<StopLine> stopLine) {
  public DerivedLane {
    polygon = List.copyOf(polygon);
    stopLine = stopLine == null ? Optional.empty() : stopLine;
  }
}
