package org.openv2x.hdmap.derive;

import java.util.ArrayList;
import java.util.List;

/**
 * Paths through an intersection box in a {@link LocalFrame}: a cubic Bézier between two known lane
 * ends, or an estimated straight line, quarter turn or half turn when the target is unknown.
 */
final class ConnectionPaths {
  /** Segments a curved path is sampled into ({@value} + 1 points). */
  static final int SEGMENTS = 12;

  /** Lateral offset and direction difference below which a path is a straight line. */
  private static final double COLLINEAR_M = 1e-3;

  private static final double COLLINEAR_COS = Math.cos(Math.toRadians(0.1));

  private ConnectionPaths() {}

  /**
   * From {@code start}, leaving in direction {@code startDirection} (unit), to {@code end},
   * arriving in direction {@code endDirection} (unit): a cubic Bézier with control points a third
   * of the chord along each tangent; a straight line when both ends lie on one line in one
   * direction.
   */
  static List<Xy> bezier(Xy start, Xy startDirection, Xy end, Xy endDirection) {
    Xy chord = end.minus(start);
    double chordM = chord.length();
    if (chordM <= Polylines.SAME_POINT_M) {
      return List.of(start, end);
    }
    boolean collinear =
        Math.abs(startDirection.cross(chord)) < COLLINEAR_M
            && startDirection.dot(chord) > 0
            && startDirection.dot(endDirection) > COLLINEAR_COS;
    if (collinear) {
      return List.of(start, end);
    }
    Xy control1 = start.plus(startDirection.times(chordM / 3));
    Xy control2 = end.minus(endDirection.times(chordM / 3));
    List<Xy> path = new ArrayList<>(SEGMENTS + 1);
    path.add(start);
    for (int k = 1; k < SEGMENTS; k++) {
      double t = (double) k / SEGMENTS;
      double u = 1 - t;
      path.add(
          start
              .times(u * u * u)
              .plus(control1.times(3 * u * u * t))
              .plus(control2.times(3 * u * t * t))
              .plus(end.times(t * t * t)));
    }
    path.add(end);
    return path;
  }

  /** From {@code start} in direction {@code direction} (unit), {@code lengthM} straight on. */
  static List<Xy> straight(Xy start, Xy direction, double lengthM) {
    return List.of(start, start.plus(direction.times(lengthM)));
  }

  /**
   * A circular arc from {@code start}, leaving in {@code direction} (unit), of {@code radiusM},
   * turning by {@code turnRad}: positive to the left, negative to the right.
   */
  static List<Xy> arc(Xy start, Xy direction, double radiusM, double turnRad) {
    double side = Math.signum(turnRad);
    Xy towardsCentre = direction.left().times(side);
    Xy centre = start.plus(towardsCentre.times(radiusM));
    List<Xy> path = new ArrayList<>(SEGMENTS + 1);
    path.add(start);
    for (int k = 1; k <= SEGMENTS; k++) {
      double angle = Math.abs(turnRad) * k / SEGMENTS;
      path.add(
          centre
              .minus(towardsCentre.times(radiusM * Math.cos(angle)))
              .plus(direction.times(radiusM * Math.sin(angle))));
    }
    return path;
  }
}
