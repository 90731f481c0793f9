package org.openv2x.hdmap.derive;

import java.util.List;
import java.util.Optional;

/** Where two paths of a {@link LocalFrame} cross (segment against segment). */
final class Crossings {
  /** Tolerance on the segment parameters, so that a crossing exactly at a vertex is found. */
  private static final double PARAMETER_TOLERANCE = 1e-9;

  private Crossings() {}

  /**
   * A crossing: the point, and the distance along each path from its start.
   *
   * @param point where the paths cross
   * @param alongAM from the start of the first path
   * @param alongBM from the start of the second path
   */
  record Crossing(Xy point, double alongAM, double alongBM) {}

  /**
   * The first place along {@code a} where it crosses or touches {@code b} (ties broken by the
   * distance along {@code b}); parallel overlapping segments do not count.
   */
  static Optional<Crossing> first(List<Xy> a, List<Xy> b) {
    double[] alongA = Polylines.cumulativeM(a);
    double[] alongB = Polylines.cumulativeM(b);
    Crossing best = null;
    for (int i = 1; i < a.size(); i++) {
      Xy a0 = a.get(i - 1);
      Xy r = a.get(i).minus(a0);
      for (int j = 1; j < b.size(); j++) {
        Xy b0 = b.get(j - 1);
        Xy s = b.get(j).minus(b0);
        double denominator = r.cross(s);
        if (Math.abs(denominator) <= 1e-12 * r.length() * s.length()) {
          continue;
        }
        Xy startToStart = b0.minus(a0);
        double t = startToStart.cross(s) / denominator;
        double u = startToStart.cross(r) / denominator;
        if (!within(t) || !within(u)) {
          continue;
        }
        t = Math.min(1, Math.max(0, t));
        u = Math.min(1, Math.max(0, u));
        Crossing crossing =
            new Crossing(
                a0.plus(r.times(t)),
                alongA[i - 1] + t * r.length(),
                alongB[j - 1] + u * s.length());
        if (best == null
            || crossing.alongAM() < best.alongAM()
            || (crossing.alongAM() == best.alongAM() && crossing.alongBM() < best.alongBM())) {
          best = crossing;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean within(double parameter) {
    return parameter >= -PARAMETER_TOLERANCE && parameter <= 1 + PARAMETER_TOLERANCE;
  }
}
