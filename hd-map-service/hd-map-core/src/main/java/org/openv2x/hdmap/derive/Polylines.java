package org.openv2x.hdmap.derive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Polyline operations in a {@link LocalFrame}: lengths, directions and offset polygons. */
final class Polylines {
  /** Points closer than this to the previous one are the same point. */
  static final double SAME_POINT_M = 1e-6;

  /**
   * At a join sharper than this ratio of miter length to half width (a turn of more than about
   * 151°) the offset is bevelled instead of mitred.
   */
  static final double MITER_LIMIT = 4;

  private Polylines() {}

  /** The points without repeats (points within {@link #SAME_POINT_M} of the previous one). */
  static List<Xy> distinct(List<Xy> points) {
    List<Xy> out = new ArrayList<>(points.size());
    for (Xy point : points) {
      if (out.isEmpty() || out.get(out.size() - 1).distanceTo(point) > SAME_POINT_M) {
        out.add(point);
      }
    }
    return out;
  }

  static double lengthM(List<Xy> line) {
    double length = 0;
    for (int i = 1; i < line.size(); i++) {
      length += line.get(i - 1).distanceTo(line.get(i));
    }
    return length;
  }

  /** The distance along the line to each of its points (0 at the first). */
  static double[] cumulativeM(List<Xy> line) {
    double[] cumulative = new double[line.size()];
    for (int i = 1; i < line.size(); i++) {
      cumulative[i] = cumulative[i - 1] + line.get(i - 1).distanceTo(line.get(i));
    }
    return cumulative;
  }

  /** The unit direction of the first segment of a line of distinct points (2 or more). */
  static Xy firstDirection(List<Xy> line) {
    return line.get(1).minus(line.get(0)).unit();
  }

  /** The unit direction of the last segment of a line of distinct points (2 or more). */
  static Xy lastDirection(List<Xy> line) {
    return line.get(line.size() - 1).minus(line.get(line.size() - 2)).unit();
  }

  /**
   * The area within {@code halfWidthM} of a line of distinct points (2 or more): the right edge
   * forward, then the left edge back, as a closed counter-clockwise ring. Joins are mitred up to
   * {@link #MITER_LIMIT}, bevelled beyond.
   */
  static List<Xy> offsetPolygon(List<Xy> line, double halfWidthM) {
    List<Xy> right = offset(line, -halfWidthM);
    List<Xy> left = offset(line, halfWidthM);
    Collections.reverse(left);
    List<Xy> ring = new ArrayList<>(right.size() + left.size() + 1);
    ring.addAll(right);
    ring.addAll(left);
    if (signedArea(ring) < 0) {
      Collections.reverse(ring);
    }
    ring.add(ring.get(0));
    return ring;
  }

  /** The signed area of an open ring in m², positive when counter-clockwise. */
  static double signedArea(List<Xy> ring) {
    double twice = 0;
    for (int i = 0; i < ring.size(); i++) {
      Xy a = ring.get(i);
      Xy b = ring.get((i + 1) % ring.size());
      twice += a.cross(b);
    }
    return twice / 2;
  }

  /** The line moved {@code distanceM} to its left (negative: to its right). */
  private static List<Xy> offset(List<Xy> line, double distanceM) {
    int last = line.size() - 1;
    List<Xy> out = new ArrayList<>(line.size() + 2);
    out.add(line.get(0).plus(firstDirection(line).left().times(distanceM)));
    for (int i = 1; i < last; i++) {
      Xy point = line.get(i);
      Xy normalIn = line.get(i).minus(line.get(i - 1)).unit().left();
      Xy normalOut = line.get(i + 1).minus(line.get(i)).unit().left();
      Xy bisector = normalIn.plus(normalOut);
      double bisectorLength = bisector.length();
      double cosHalfTurn = bisectorLength / 2;
      if (cosHalfTurn * MITER_LIMIT < 1) {
        out.add(point.plus(normalIn.times(distanceM)));
        out.add(point.plus(normalOut.times(distanceM)));
      } else {
        out.add(point.plus(bisector.times(distanceM / (bisectorLength * cosHalfTurn))));
      }
    }
    out.add(line.get(last).plus(lastDirection(line).left().times(distanceM)));
    return out;
  }
}
