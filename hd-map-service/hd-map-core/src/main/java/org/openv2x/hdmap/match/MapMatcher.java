package org.openv2x.hdmap.match;

import java.util.Optional;

/**
 * Map matching: the lane (or connection), approach and intersection of a position, heading and
 * speed. Immutable and safe to share between threads.
 */
public interface MapMatcher {
  /**
   * The best plausible match, or empty when no lane or connection is near enough.
   *
   * @param headingDeg the vehicle's heading, clockwise from true north, 0..360; NaN when unknown
   * @param speedMps its speed; below a walking pace the heading is given less weight
   */
  Optional<MatchResult> match(double latDeg, double lonDeg, double headingDeg, double speedMps);
}
