package org.openv2x.hdmap.derive;

import java.util.List;
import java.util.Optional;
import org.openv2x.hdmap.GeoPoint;

/**
 * The lanes of other intersections, as their current versions hold them: where {@link
 * MapDerivation} finds the target lane of a connection that leads out of the intersection into
 * another one's map.
 */
@FunctionalInterface
public interface RemoteLanes {
  /** Knows no lane: every connection into another intersection gets an estimated path. */
  RemoteLanes NONE = laneKey -> Optional.empty();

  /**
   * The centre line (WGS-84, in the direction of travel) of the lane {@code laneKey} ({@link
   * org.openv2x.hdmap.LaneKeys#lane}), or empty when no current version holds it.
   */
  Optional<List<GeoPoint>> centreLine(String laneKey);
}
