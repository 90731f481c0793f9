package org.openv2x.hdmap.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The convex hull of points in a {@link LocalFrame} (Andrew's monotone chain). */
final class ConvexHull {
  private ConvexHull() {}

  /**
   * The hull as a closed counter-clockwise ring (first point repeated last), starting at the
   * westernmost point; empty when the points span no area (fewer than 3 hull corners).
   */
  static List<Xy> of(List<Xy> points) {
    List<Xy> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparingDouble(Xy::eastM).thenComparingDouble(Xy::northM));
    int n = sorted.size();
    if (n < 3) {
      return List.of();
    }
    Xy[] hull = new Xy[2 * n];
    int k = 0;
    for (Xy point : sorted) {
      while (k >= 2 && turn(hull[k - 2], hull[k - 1], point) <= 0) {
        k--;
      }
      hull[k++] = point;
    }
    int lowerSize = k + 1;
    for (int i = n - 2; i >= 0; i--) {
      Xy point = sorted.get(i);
      while (k >= lowerSize && turn(hull[k - 2], hull[k - 1], point) <= 0) {
        k--;
      }
      hull[k++] = point;
    }
    if (k < 4) {
      return List.of();
    }
    return List.copyOf(Arrays.asList(hull).subList(0, k));
  }

  private static double turn(Xy a, Xy b, Xy c) {
    return b.minus(a).cross(c.minus(a));
  }
}
