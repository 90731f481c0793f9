package org.openv2x.hdmap.match;

import java.util.Collection;
import java.util.List;
import org.openv2x.hdmap.IntersectionVersion;

/**
 * Builds {@link MapMatcher}s over the lanes and connection paths of intersection versions.
 *
 * <p>A position matches a candidate (a driven lane's centre line, ingress or egress, or a
 * connection's path through the box) when it is within half the lane's width plus {@link
 * #GNSS_TOLERANCE_M} of it (on a connection, half the width of its ingress lane) and, when the
 * heading counts, drives along it (at most {@link #SAME_WAY_MAX_DEG} off) or against it (at least
 * {@link #WRONG_WAY_MIN_DEG} off: matched, flagged wrong way); in between is not plausible. The
 * heading does not count when it is NaN or the speed is below {@link #HEADING_MIN_SPEED_MPS} (a NaN
 * speed is taken as moving). Of the plausible candidates the lowest score wins: {@code (lateral /
 * half width)² + (angle between heading and the lane's axis / 60°)²}, plus 1 when wrong way.
 * Confidence is {@code 1 / (1 + score without the wrong-way term)} times the separation from the
 * best candidate of another lane (a connection and its ingress lane are one lane), about {@code s2
 * / (s1 + s2)}, 1 when there is none: near 1 on the centre of a lane, about 0.25 on the boundary of
 * two lanes.
 *
 * <p>Matchers are immutable: rebuild one when the versions change (about 6 ms for 100
 * intersections). Positions are in WGS-84 degrees; maps across the antimeridian are not supported.
 */
public final class MapMatchers {
  /** Added to half a lane's width: how far from a centre line a position may be, metres. */
  public static final double GNSS_TOLERANCE_M = 2.0;

  /** Largest heading difference, degrees, of a vehicle driving along a lane. */
  public static final double SAME_WAY_MAX_DEG = 60;

  /** Smallest heading difference, degrees, of a vehicle driving against a lane (wrong way). */
  public static final double WRONG_WAY_MIN_DEG = 120;

  /** Below this speed, m/s, the heading is ignored (standing vehicles report noise). */
  public static final double HEADING_MIN_SPEED_MPS = 1.0;

  /** A matcher over no map: it never matches. */
  public static final MapMatcher EMPTY = of(List.of());

  private MapMatchers() {}

  /**
   * A matcher over these versions (one per intersection, e.g. the current version of each).
   *
   * @throws IllegalArgumentException when two versions are of the same intersection, or a version's
   *     derived geometry does not belong to its content
   */
  public static MapMatcher of(Collection<IntersectionVersion> versions) {
    if (versions == null) {
      throw new IllegalArgumentException("versions must not be null");
    }
    return new GridMapMatcher(LaneSegments.of(versions));
  }
}
