package org.openv2x.hdmap;

/**
 * Where an ingress lane's vehicles stop: across the lane at the last point of its centre line, from
 * its left edge to its right edge (left and right as seen in the direction of travel).
 */
public record StopLine(GeoPoint centre, GeoPoint left, GeoPoint right) {}
