package org.openv2x.loadtest.report;

import java.util.Arrays;

/**
 * Keeps a long series light without hiding its spikes: the values are cut into {@code maxPoints /
 * 2} buckets of consecutive indices and each bucket keeps only its lowest and its highest value, in
 * their original order. A bucket with no value at all stays a gap; a gap shorter than a bucket is
 * narrower than a pixel and is drawn through.
 */
final class MinMaxReduction {

  private MinMaxReduction() {}

  /** {@code series} with at most {@code maxPoints} points (itself if it already has no more). */
  static Series reduce(Series series, int maxPoints) {
    int length = series.y().length;
    int buckets = Math.max(1, maxPoints / 2);
    if (length <= maxPoints) {
      return series;
    }
    double[] x = series.x();
    double[] y = series.y();
    double[] outX = new double[buckets * 2];
    double[] outY = new double[buckets * 2];
    int out = 0;
    for (int bucket = 0; bucket < buckets; bucket++) {
      int from = (int) ((long) bucket * length / buckets);
      int to = (int) ((long) (bucket + 1) * length / buckets);
      int lowest = -1;
      int highest = -1;
      for (int i = from; i < to; i++) {
        if (!Double.isFinite(y[i]) || !Double.isFinite(x[i])) {
          continue;
        }
        if (lowest < 0 || y[i] < y[lowest]) {
          lowest = i;
        }
        if (highest < 0 || y[i] > y[highest]) {
          highest = i;
        }
      }
      if (lowest < 0) {
        if (out == 0 || !Double.isNaN(outY[out - 1])) {
          outX[out] = x[from];
          outY[out++] = Double.NaN;
        }
        continue;
      }
      int firstKept = Math.min(lowest, highest);
      int secondKept = Math.max(lowest, highest);
      outX[out] = x[firstKept];
      outY[out++] = y[firstKept];
      if (secondKept != firstKept) {
        outX[out] = x[secondKept];
        outY[out++] = y[secondKept];
      }
    }
    return series.withValues(Arrays.copyOf(outX, out), Arrays.copyOf(outY, out));
  }
}
