package org.openv2x.sim.network;

import java.util.Arrays;

/**
 * A path in the local plane (metres east and north), with its length and positions along it. Used
 * for lane centre lines and for the paths through an intersection.
 */
public final class Polyline {
  private final double[] eastM;
  private final double[] northM;
  private final double[] cumulativeM;

  public Polyline(double[] eastM, double[] northM) {
    if (eastM.length != northM.length || eastM.length < 2) {
      throw new IllegalArgumentException(
          "a polyline needs at least 2 points with both coordinates, has "
              + Math.min(eastM.length, northM.length));
    }
    this.eastM = eastM.clone();
    this.northM = northM.clone();
    this.cumulativeM = new double[eastM.length];
    for (int i = 1; i < eastM.length; i++) {
      double segment = Math.hypot(eastM[i] - eastM[i - 1], northM[i] - northM[i - 1]);
      cumulativeM[i] = cumulativeM[i - 1] + segment;
    }
    if (!(cumulativeM[cumulativeM.length - 1] > 0)) {
      throw new IllegalArgumentException("a polyline must have a length, all points coincide");
    }
  }

  /** A straight segment. */
  public static Polyline of(double fromEastM, double fromNorthM, double toEastM, double toNorthM) {
    return new Polyline(new double[] {fromEastM, toEastM}, new double[] {fromNorthM, toNorthM});
  }

  /**
   * A quadratic Bézier curve from {@code from} to {@code to} with control point {@code control}, as
   * {@code segments} straight pieces.
   */
  public static Polyline curve(
      double fromEastM,
      double fromNorthM,
      double controlEastM,
      double controlNorthM,
      double toEastM,
      double toNorthM,
      int segments) {
    double[] east = new double[segments + 1];
    double[] north = new double[segments + 1];
    for (int i = 0; i <= segments; i++) {
      double t = (double) i / segments;
      double a = (1 - t) * (1 - t);
      double b = 2 * (1 - t) * t;
      double c = t * t;
      east[i] = a * fromEastM + b * controlEastM + c * toEastM;
      north[i] = a * fromNorthM + b * controlNorthM + c * toNorthM;
    }
    return new Polyline(east, north);
  }

  public double lengthM() {
    return cumulativeM[cumulativeM.length - 1];
  }

  public int pointCount() {
    return eastM.length;
  }

  public double eastM(int point) {
    return eastM[point];
  }

  public double northM(int point) {
    return northM[point];
  }

  private int segmentAt(double distanceM) {
    int index = Arrays.binarySearch(cumulativeM, distanceM);
    if (index < 0) {
      index = -index - 2;
    }
    return Math.max(0, Math.min(index, cumulativeM.length - 2));
  }

  /**
   * The point {@code distanceM} along the path (clamped to the path, extended along the first or
   * last segment beyond its ends), written to {@code out} as {east, north, heading}; the heading in
   * degrees clockwise from north, 0 ≤ heading < 360.
   */
  public void locate(double distanceM, double[] out) {
    int segment = segmentAt(distanceM);
    double x0 = eastM[segment];
    double y0 = northM[segment];
    double dx = eastM[segment + 1] - x0;
    double dy = northM[segment + 1] - y0;
    double length = cumulativeM[segment + 1] - cumulativeM[segment];
    double t = length > 0 ? (distanceM - cumulativeM[segment]) / length : 0;
    out[0] = x0 + dx * t;
    out[1] = y0 + dy * t;
    out[2] = headingDeg(dx, dy);
  }

  /** The heading of the direction (east, north) in degrees clockwise from north, in [0, 360). */
  public static double headingDeg(double dEast, double dNorth) {
    double heading = Math.toDegrees(Math.atan2(dEast, dNorth));
    return heading < 0 ? heading + 360 : heading >= 360 ? heading - 360 : heading;
  }

  /** The heading at the start of the path. */
  public double startHeadingDeg() {
    return headingDeg(eastM[1] - eastM[0], northM[1] - northM[0]);
  }

  /** The heading at the end of the path. */
  public double endHeadingDeg() {
    int last = eastM.length - 1;
    return headingDeg(eastM[last] - eastM[last - 1], northM[last] - northM[last - 1]);
  }

  /** The same path reversed. */
  public Polyline reversed() {
    int n = eastM.length;
    double[] east = new double[n];
    double[] north = new double[n];
    for (int i = 0; i < n; i++) {
      east[i] = eastM[n - 1 - i];
      north[i] = northM[n - 1 - i];
    }
    return new Polyline(east, north);
  }
}
