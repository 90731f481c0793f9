package org.openv2x.loadtest.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Axis tick values a reader can add up in their head: steps of 1, 2 or 5 times a power of ten on a
 * linear axis, and powers of ten (with their 2 and 5 multiples over a short span) on a log axis.
 * Tick values are the doubles nearest to the exact decimals ({@code 0.3}, never {@code
 * 0.30000000000000004}).
 */
final class NiceTicks {

  /** Most decades a log axis labels one by one; wider spans label every second decade or fewer. */
  private static final int MAX_LOG_TICKS = 10;

  /** Up to this many decades a log axis also ticks the 2 and 5 multiples. */
  private static final int MAX_DECADES_WITH_MULTIPLES = 3;

  /** More ticks than this means the range could not be divided (too wide or too narrow). */
  private static final int MAX_LINEAR_TICKS = 1000;

  private NiceTicks() {}

  /**
   * Ticks from a multiple of the step at or below {@code low} to one at or above {@code high}, with
   * about {@code targetIntervals} intervals between them; the first and last tick bound the axis.
   * An empty or degenerate range is widened ({@code [0, 0]} gives {@code 0..1}); non-finite input
   * gives {@code 0, 1}.
   */
  static double[] covering(double low, double high, int targetIntervals) {
    double[] range = usableRange(low, high);
    if (range == null) {
      return new double[] {0, 1};
    }
    BigDecimal step = step((range[1] - range[0]) / Math.max(1, targetIntervals));
    long first = (long) Math.floor(range[0] / step.doubleValue() + 1e-9);
    long last = (long) Math.ceil(range[1] / step.doubleValue() - 1e-9);
    double[] ticks = multiples(step, first, last);
    return ticks.length >= 2 ? ticks : new double[] {range[0], range[1]};
  }

  /**
   * Ticks at the multiples of a 1-2-5 step that lie within {@code [low, high]}, with about {@code
   * targetIntervals} intervals between them, for an axis whose ends are the data's own.
   */
  static double[] within(double low, double high, int targetIntervals) {
    double[] range = usableRange(low, high);
    if (range == null) {
      return new double[0];
    }
    BigDecimal step = step((range[1] - range[0]) / Math.max(1, targetIntervals));
    long first = (long) Math.ceil(range[0] / step.doubleValue() - 1e-9);
    long last = (long) Math.floor(range[1] / step.doubleValue() + 1e-9);
    return multiples(step, first, last);
  }

  /**
   * Log-axis ticks for positive {@code [low, high]}: 1, 2 and 5 times each power of ten when the
   * span is at most three decades, otherwise the powers of ten (every n-th one past ten ticks). The
   * first and last tick bound the axis and enclose the range.
   */
  static double[] log(double low, double high) {
    if (!(low > 0) || !(high > 0) || !Double.isFinite(low) || !Double.isFinite(high)) {
      return new double[] {1, 10};
    }
    if (low > high) {
      double swap = low;
      low = high;
      high = swap;
    }
    int firstDecade = (int) Math.floor(Math.log10(low));
    int lastDecade = (int) Math.ceil(Math.log10(high));
    if (lastDecade == firstDecade) {
      lastDecade++;
    }
    List<BigDecimal> ticks = new ArrayList<>();
    if (lastDecade - firstDecade <= MAX_DECADES_WITH_MULTIPLES) {
      for (int decade = firstDecade; decade <= lastDecade; decade++) {
        for (int mantissa : new int[] {1, 2, 5}) {
          ticks.add(BigDecimal.valueOf(mantissa).scaleByPowerOfTen(decade));
        }
      }
      int from = 0;
      while (from + 1 < ticks.size() && ticks.get(from + 1).doubleValue() <= low) {
        from++;
      }
      int to = ticks.size() - 1;
      while (to - 1 > from && ticks.get(to - 1).doubleValue() >= high) {
        to--;
      }
      return toDoubles(ticks.subList(from, to + 1));
    }
    int decadeStep = (lastDecade - firstDecade + MAX_LOG_TICKS - 2) / (MAX_LOG_TICKS - 1);
    int last = firstDecade;
    ticks.add(BigDecimal.ONE.scaleByPowerOfTen(firstDecade));
    while (last < lastDecade) {
      last += decadeStep;
      ticks.add(BigDecimal.ONE.scaleByPowerOfTen(last));
    }
    return toDoubles(ticks);
  }

  /**
   * The step of 1, 2 or 5 times a power of ten nearest to {@code rawStep}: mantissas below 1.5
   * round to 1, below 3 to 2, below 7 to 5, and to 10 from there, so an axis gets about as many
   * intervals as asked for (between three fifths and one and a half times as many).
   */
  static BigDecimal step(double rawStep) {
    if (!(rawStep >= Double.MIN_NORMAL) || !Double.isFinite(rawStep)) {
      return BigDecimal.ONE;
    }
    int exponent = (int) Math.floor(Math.log10(rawStep));
    double mantissa = rawStep / Math.pow(10, exponent);
    int nice;
    if (mantissa < 1.5) {
      nice = 1;
    } else if (mantissa < 3) {
      nice = 2;
    } else if (mantissa < 7) {
      nice = 5;
    } else {
      nice = 1;
      exponent++;
    }
    return BigDecimal.valueOf(nice).scaleByPowerOfTen(exponent);
  }

  private static double[] usableRange(double low, double high) {
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      return null;
    }
    if (low > high) {
      double swap = low;
      low = high;
      high = swap;
    }
    if (low == high) {
      if (low == 0) {
        high = 1;
      } else {
        double half = Math.abs(low) / 2;
        low -= half;
        high += half;
      }
    }
    return Double.isFinite(high - low) ? new double[] {low, high} : null;
  }

  private static double[] multiples(BigDecimal step, long first, long last) {
    if (step.signum() <= 0 || last < first || last - first > MAX_LINEAR_TICKS) {
      return new double[0];
    }
    int count = (int) (last - first + 1);
    double[] ticks = new double[count];
    for (int i = 0; i < count; i++) {
      ticks[i] = step.multiply(BigDecimal.valueOf(first + i)).doubleValue();
    }
    return ticks;
  }

  private static double[] toDoubles(List<BigDecimal> values) {
    double[] doubles = new double[values.size()];
    for (int i = 0; i < doubles.length; i++) {
      doubles[i] = values.get(i).doubleValue();
    }
    return doubles;
  }
}
