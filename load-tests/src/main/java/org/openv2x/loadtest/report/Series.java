package org.openv2x.loadtest.report;

/**
 * One line (or set of points) of a chart: {@code y[i]} at {@code x[i]}, {@code NaN} where a value
 * is missing, {@code x} ascending.
 *
 * @param label the legend text, with no unit (the axis carries it)
 * @param colour an SVG colour from {@link Palette}
 * @param dashArray an SVG {@code stroke-dasharray}, or empty for a solid line
 * @param style how the values are drawn
 */
record Series(String label, String colour, String dashArray, Style style, double[] x, double[] y) {

  /** How a series is drawn. */
  enum Style {
    /** Lines between neighbouring values; a value with no neighbour is a dot. */
    LINE,
    /** Lines plus a dot on every value, for a few values that each matter. */
    LINE_AND_DOTS,
    /** A ring around every value and no line, to mark values drawn by another series. */
    RINGS
  }

  Series {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y differ in length: " + x.length + " and " + y.length);
    }
  }

  /** A solid line. */
  static Series line(String label, String colour, double[] x, double[] y) {
    return new Series(label, colour, "", Style.LINE, x, y);
  }

  /** A dashed line. */
  static Series dashed(String label, String colour, String dashArray, double[] x, double[] y) {
    return new Series(label, colour, dashArray, Style.LINE, x, y);
  }

  /** Whether at least one value is present. */
  boolean hasValues() {
    for (int i = 0; i < y.length; i++) {
      if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        return true;
      }
    }
    return false;
  }

  /** The same series with these values. */
  Series withValues(double[] newX, double[] newY) {
    return new Series(label, colour, dashArray, style, newX, newY);
  }
}
