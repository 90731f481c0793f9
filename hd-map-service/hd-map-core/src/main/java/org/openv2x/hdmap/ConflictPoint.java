package org.openv2x.hdmap;

/**
 * Where the paths of two connections of the same intersection cross (connection keys in order,
 * {@code connectionA < connectionB}), with the distance from the start of each path to the point.
 */
public record ConflictPoint(
    String connectionA,
    String connectionB,
    GeoPoint point,
    double distanceAlongAM,
    double distanceAlongBM) {}
