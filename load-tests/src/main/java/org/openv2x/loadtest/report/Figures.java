package org.openv2x.loadtest.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How numbers read on the page: comma thousands separators and a point for decimals whatever the
 * machine's locale, three significant digits for measured decimals, and {@value #NOT_MEASURED} for
 * a figure that is absent ({@code NaN}).
 */
final class Figures {

  /** What the page says where a figure is missing. */
  static final String NOT_MEASURED = "not measured";

  static final double BYTES_PER_MIB = 1024.0 * 1024.0;
  static final double BYTES_PER_GIB = BYTES_PER_MIB * 1024.0;

  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

  private Figures() {}

  /**
   * A whole number with separators ({@code 12,000,000}); a fractional value as {@link #decimal}.
   */
  static String count(double value) {
    if (!Double.isFinite(value)) {
      return NOT_MEASURED;
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return format("#,##0", value);
    }
    return decimal(value);
  }

  /**
   * A measured decimal to three significant digits, at least to the unit: {@code 0.100}, {@code
   * 1.25}, {@code 12.5}, {@code 125}, {@code 1,250}.
   */
  static String decimal(double value) {
    if (!Double.isFinite(value)) {
      return NOT_MEASURED;
    }
    double magnitude = Math.abs(value);
    int fractionDigits;
    if (magnitude == 0 || magnitude >= 100) {
      fractionDigits = 0;
    } else {
      fractionDigits = Math.min(12, 2 - (int) Math.floor(Math.log10(magnitude)));
    }
    return format("#,##0" + (fractionDigits > 0 ? "." + "0".repeat(fractionDigits) : ""), value);
  }

  /** A byte count in mebibytes, as {@link #decimal}. */
  static String mebibytes(double bytes) {
    return decimal(bytes / BYTES_PER_MIB);
  }

  /** A byte count in gibibytes, as {@link #decimal}. */
  static String gibibytes(double bytes) {
    return decimal(bytes / BYTES_PER_GIB);
  }

  /**
   * A given (not measured) value such as an axis tick or a time on the schedule, exactly as short
   * as it is: {@code 0.2}, {@code 50,000}, {@code 12.5}.
   */
  static String exact(double value) {
    if (!Double.isFinite(value)) {
      return NOT_MEASURED;
    }
    BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
    int fractionDigits = Math.max(0, exact.scale());
    return format("#,##0" + (fractionDigits > 0 ? "." + "0".repeat(fractionDigits) : ""), value);
  }

  /** A duration in seconds, with hours and minutes added once it reaches two minutes. */
  static String duration(double seconds) {
    if (!Double.isFinite(seconds)) {
      return NOT_MEASURED;
    }
    String plain = decimal(seconds) + " s";
    if (Math.abs(seconds) < 120) {
      return plain;
    }
    long wholeMinutes = Math.round(Math.abs(seconds) / 60);
    long hours = wholeMinutes / 60;
    long minutes = wholeMinutes % 60;
    return plain + " (" + (hours > 0 ? hours + " h " : "") + minutes + " min)";
  }

  private static String format(String pattern, double value) {
    DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
    String text = format.format(value);
    return text.startsWith("-") && text.chars().noneMatch(c -> c >= '1' && c <= '9')
        ? text.substring(1)
        : text;
  }
}
