package org.openv2x.hdmap.validate;

import java.util.List;
import java.util.Locale;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.MapProblem;
import org.openv2x.hdmap.derive.LocalFrame;

/**
 * Checks of a lane's centre line: at least 2 points, no zero-length segment (shorter than {@value
 * #MIN_SEGMENT_M} m), no segment longer than {@value #MAX_SEGMENT_M} m, no point further than
 * {@value #MAX_FROM_REF_M} m from the reference point, no turn sharper than {@value #MAX_TURN_DEG}°
 * between consecutive segments (a zig-zag), and on an ingress lane a last point within {@value
 * #MAX_STOP_LINE_FROM_REF_M} m of the reference point. Each kind of problem is reported once per
 * centre line, at its first point; turns are measured between segments of non-zero length.
 */
final class CentreLineChecks {
  static final double MIN_SEGMENT_M = 0.01;
  static final double MAX_SEGMENT_M = 2000;
  static final double MAX_FROM_REF_M = 5000;
  static final double MAX_TURN_DEG = 150;
  static final double MAX_STOP_LINE_FROM_REF_M = 100;

  private CentreLineChecks() {}

  static void check(
      GeoPoint refPoint,
      List<GeoPoint> line,
      boolean ingress,
      String where,
      List<MapProblem> problems) {
    if (line.size() < 2) {
      problems.add(
          new MapProblem(where, "a centre line needs at least 2 points, has " + line.size()));
    }
    for (int i = 0; i < line.size(); i++) {
      double fromRefM = LocalFrame.distanceM(refPoint, line.get(i));
      if (fromRefM > MAX_FROM_REF_M) {
        problems.add(
            new MapProblem(
                where,
                "point "
                    + i
                    + " is "
                    + metres(fromRefM)
                    + " from the reference point (at most "
                    + metres(MAX_FROM_REF_M)
                    + ")"));
        break;
      }
    }
    checkSegments(line, where, problems);
    if (ingress && !line.isEmpty()) {
      double endFromRefM = LocalFrame.distanceM(refPoint, line.get(line.size() - 1));
      if (endFromRefM > MAX_STOP_LINE_FROM_REF_M) {
        problems.add(
            new MapProblem(
                where,
                "an ingress lane ends at its stop line, at the intersection; its last point is "
                    + metres(endFromRefM)
                    + " from the reference point (at most "
                    + metres(MAX_STOP_LINE_FROM_REF_M)
                    + ")"));
      }
    }
  }

  private static void checkSegments(List<GeoPoint> line, String where, List<MapProblem> problems) {
    boolean shortSeen = false;
    boolean longSeen = false;
    boolean zigZagSeen = false;
    double previousBearingDeg = Double.NaN;
    for (int i = 1; i < line.size(); i++) {
      double lengthM = LocalFrame.distanceM(line.get(i - 1), line.get(i));
      if (lengthM < MIN_SEGMENT_M) {
        if (!shortSeen) {
          shortSeen = true;
          problems.add(
              new MapProblem(
                  where,
                  "points "
                      + (i - 1)
                      + " and "
                      + i
                      + " are the same (a zero-length segment, "
                      + metres(lengthM)
                      + ")"));
        }
        continue;
      }
      if (lengthM > MAX_SEGMENT_M && !longSeen) {
        longSeen = true;
        problems.add(
            new MapProblem(
                where,
                "the segment from point "
                    + (i - 1)
                    + " to "
                    + i
                    + " is "
                    + metres(lengthM)
                    + " long (at most "
                    + metres(MAX_SEGMENT_M)
                    + ")"));
      }
      double bearingDeg = LocalFrame.bearingDeg(line.get(i - 1), line.get(i));
      double turnDeg = turnDeg(previousBearingDeg, bearingDeg);
      if (turnDeg > MAX_TURN_DEG && !zigZagSeen) {
        zigZagSeen = true;
        problems.add(
            new MapProblem(
                where,
                String.format(
                    Locale.ROOT,
                    "turns by %.1f° at point %d (a zig-zag; at most %.0f°)",
                    turnDeg,
                    i - 1,
                    MAX_TURN_DEG)));
      }
      previousBearingDeg = bearingDeg;
    }
  }

  /**
   * The change of direction from one segment's bearing to the next, 0..180 degrees; NaN when there
   * is no previous segment.
   */
  private static double turnDeg(double fromDeg, double toDeg) {
    double turn = Math.abs(toDeg - fromDeg) % 360;
    return turn > 180 ? 360 - turn : turn;
  }

  private static String metres(double metres) {
    return String.format(Locale.ROOT, "%.2f m", metres);
  }
}
