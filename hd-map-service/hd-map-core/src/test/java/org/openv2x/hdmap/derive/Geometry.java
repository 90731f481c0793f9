package org.openv2x.hdmap.derive;

import java.util.List;
import org.openv2x.hdmap.GeoPoint;

/** Plane geometry for assertions, in {@link FourLegs#FRAME} metres. */
final class Geometry {
  private Geometry() {}

  static double east(GeoPoint point) {
    return FourLegs.FRAME.eastM(point);
  }

  static double north(GeoPoint point) {
    return FourLegs.FRAME.northM(point);
  }

  /** The shoelace area of a closed ring, positive when counter-clockwise, in m². */
  static double signedAreaM2(List<GeoPoint> ring) {
    double twice = 0;
    for (int i = 1; i < ring.size(); i++) {
      GeoPoint a = ring.get(i - 1);
      GeoPoint b = ring.get(i);
      twice += east(a) * north(b) - north(a) * east(b);
    }
    return twice / 2;
  }

  /** Whether the point is inside the closed ring (even-odd rule). */
  static boolean inside(List<GeoPoint> ring, double east, double north) {
    boolean inside = false;
    for (int i = 1; i < ring.size(); i++) {
      double e1 = east(ring.get(i - 1));
      double n1 = north(ring.get(i - 1));
      double e2 = east(ring.get(i));
      double n2 = north(ring.get(i));
      if ((n1 > north) != (n2 > north) && east < e1 + (north - n1) * (e2 - e1) / (n2 - n1)) {
        inside = !inside;
      }
    }
    return inside;
  }

  /** Whether the point is inside or on a closed counter-clockwise convex ring (1 mm tolerance). */
  static boolean insideConvex(List<GeoPoint> ring, GeoPoint point) {
    for (int i = 1; i < ring.size(); i++) {
      double ae = east(ring.get(i - 1));
      double an = north(ring.get(i - 1));
      double be = east(ring.get(i));
      double bn = north(ring.get(i));
      double cross = (be - ae) * (north(point) - an) - (bn - an) * (east(point) - ae);
      if (cross / Math.hypot(be - ae, bn - an) < -1e-3) {
        return false;
      }
    }
    return true;
  }

  /** The bearing of the segment from {@code from} to {@code to}, degrees clockwise from north. */
  static double bearingDeg(GeoPoint from, GeoPoint to) {
    return LocalFrame.bearingDeg(from, to);
  }

  /** The difference of two bearings, 0..180 degrees. */
  static double angleDeg(double bearingA, double bearingB) {
    double difference = Math.abs(bearingA - bearingB) % 360;
    return difference > 180 ? 360 - difference : difference;
  }
}
