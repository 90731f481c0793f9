package org.openv2x.sim;

import java.time.Duration;
import java.util.Locale;

/**
 * Parses the durations and speeds of the command line: {@code 90s}, {@code 10m}, {@code 1h}, {@code
 * 10x}.
 */
public final class Durations {
  private Durations() {}

  /**
   * {@code 250ms}, {@code 90s}, {@code 10m}, {@code 2h}, {@code 1d}, or an ISO-8601 duration
   * ({@code PT1M30S}); a bare number is seconds.
   */
  public static Duration parse(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a duration is empty; use e.g. 90s, 10m or 1h");
    }
    if (value.startsWith("p")) {
      try {
        return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 duration", e);
      }
    }
    int unitStart = 0;
    while (unitStart < value.length()
        && (Character.isDigit(value.charAt(unitStart)) || value.charAt(unitStart) == '.')) {
      unitStart++;
    }
    String number = value.substring(0, unitStart);
    String unit = value.substring(unitStart).trim();
    double amount;
    try {
      amount = Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a duration; use e.g. 90s, 10m or 1h", e);
    }
    double millis =
        switch (unit) {
          case "ms" -> amount;
          case "", "s" -> amount * 1000;
          case "m", "min" -> amount * 60_000;
          case "h" -> amount * 3_600_000;
          case "d" -> amount * 86_400_000;
          default ->
              throw new IllegalArgumentException(
                  "'" + text + "' has an unknown unit '" + unit + "'; use ms, s, m, h or d");
        };
    if (millis > Long.MAX_VALUE / 2) {
      throw new IllegalArgumentException("'" + text + "' is too long");
    }
    return Duration.ofMillis(Math.round(millis));
  }

  /**
   * A simulation speed: {@code 1x} (real time), {@code 10x}, {@code 0.5x}, or {@code max} (as fast
   * as it goes, returned as 0).
   */
  public static double parseSpeed(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    if (value.equals("max")) {
      return 0;
    }
    if (value.endsWith("x")) {
      value = value.substring(0, value.length() - 1);
    }
    double speed;
    try {
      speed = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a speed; use e.g. 1x, 10x or max", e);
    }
    if (!(speed > 0 && speed <= 10_000)) {
      throw new IllegalArgumentException("speed must be above 0x and at most 10000x, is " + text);
    }
    return speed;
  }
}
