package org.openv2x.hdmap;

import java.util.List;

/**
 * Everything computed from an intersection's content when a version is stored.
 *
 * @param lanes one per lane, in the order of the content's approaches and lanes
 * @param connections one per lane connection, in the same order
 * @param conflicts every crossing of two connection paths
 * @param box the intersection box: the convex hull of the stop lines and connection paths, a closed
 *     ring counter-clockwise (empty when the intersection has no ingress lanes)
 * @param bounds everything of the intersection (lanes, paths, reference point)
 */
public record DerivedGeometry(
    List<DerivedLane> lanes,
    List<DerivedConnection> connections,
    List<ConflictPoint> conflicts,
    List<GeoPoint> box,
    BoundingBox bounds) {
  public DerivedGeometry {
    lanes = List.copyOf(lanes);
    connections = List.copyOf(connections);
    conflicts = List.copyOf(conflicts);
    box = List.copyOf(box);
  }
}
