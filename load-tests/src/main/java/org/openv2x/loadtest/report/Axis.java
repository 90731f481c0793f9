package org.openv2x.loadtest.report;

/**
 * A numeric axis: its domain, its ticks and where a value falls along it, as a fraction from 0 (the
 * domain's low end) to 1 (its high end).
 */
final class Axis {

  /** About this many intervals between ticks. */
  static final int TARGET_INTERVALS = 5;

  private final double low;
  private final double high;
  private final boolean log;
  private final double[] ticks;

  private Axis(double low, double high, boolean log, double[] ticks) {
    this.low = low;
    this.high = high;
    this.log = log;
    this.ticks = ticks;
  }

  /** A linear axis whose ends are the nice ticks enclosing {@code [dataLow, dataHigh]}. */
  static Axis linearCovering(double dataLow, double dataHigh) {
    double[] ticks = NiceTicks.covering(dataLow, dataHigh, TARGET_INTERVALS);
    return new Axis(ticks[0], ticks[ticks.length - 1], false, ticks);
  }

  /**
   * A linear axis from {@code dataLow} to {@code dataHigh} exactly, with the nice ticks inside; an
   * empty range is widened to the nice ticks around it.
   */
  static Axis linearExact(double dataLow, double dataHigh) {
    if (!(dataHigh > dataLow) || !Double.isFinite(dataHigh - dataLow)) {
      return linearCovering(dataLow, dataHigh);
    }
    return new Axis(
        dataLow, dataHigh, false, NiceTicks.within(dataLow, dataHigh, TARGET_INTERVALS));
  }

  /** A log axis over the positive {@code [dataLow, dataHigh]}, ending on ticks that enclose it. */
  static Axis log(double dataLow, double dataHigh) {
    double[] ticks = NiceTicks.log(dataLow, dataHigh);
    return new Axis(ticks[0], ticks[ticks.length - 1], true, ticks);
  }

  /**
   * Where {@code value} falls, 0 at the low end and 1 at the high end; {@code NaN} when it cannot
   * be placed (missing, or not positive on a log axis).
   */
  double fraction(double value) {
    if (!Double.isFinite(value)) {
      return Double.NaN;
    }
    if (log) {
      if (value <= 0) {
        return Double.NaN;
      }
      return (Math.log10(value) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
    }
    return (value - low) / (high - low);
  }

  double low() {
    return low;
  }

  double high() {
    return high;
  }

  boolean isLog() {
    return log;
  }

  double[] ticks() {
    return ticks.clone();
  }
}
