package org.openv2x.sim.blast;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * Percentiles of the ACK latency ({@code DATA} frame written → its {@code ACK} read), in
 * microseconds.
 *
 * @param frames frames measured
 * @param p50Us median
 * @param p99Us 99th percentile
 * @param p999Us 99.9th percentile
 * @param maxUs the longest
 */
public record LatencySummary(long frames, long p50Us, long p99Us, long p999Us, long maxUs) {

  /** No frame measured. */
  public static final LatencySummary NONE = new LatencySummary(0, 0, 0, 0, 0);

  /** The summary of a histogram of microseconds. */
  public static LatencySummary of(Histogram histogram) {
    if (histogram.getTotalCount() == 0) {
      return NONE;
    }
    return new LatencySummary(
        histogram.getTotalCount(),
        histogram.getValueAtPercentile(50),
        histogram.getValueAtPercentile(99),
        histogram.getValueAtPercentile(99.9),
        histogram.getMaxValue());
  }

  /** For example {@code p50 1.2 ms p99 3.4 ms p99.9 5.0 ms max 7.9 ms}. */
  public String toText() {
    if (frames == 0) {
      return "p50 - p99 - p99.9 - max -";
    }
    return String.format(
        Locale.ROOT,
        "p50 %s p99 %s p99.9 %s max %s",
        millis(p50Us),
        millis(p99Us),
        millis(p999Us),
        millis(maxUs));
  }

  private static String millis(long us) {
    return us < 10_000
        ? String.format(Locale.ROOT, "%.2f ms", us / 1000.0)
        : String.format(Locale.ROOT, "%.0f ms", us / 1000.0);
  }
}
