package org.openv2x.sim.rsu;

import java.time.LocalDate;

/**
 * The time fields of the standard, from the simulated UTC clock (epoch milliseconds): DSecond,
 * MinuteOfTheYear and the relative TimeMark of SPAT countdowns.
 */
public final class TimeFields {
  private static final long MS_PER_DAY = 86_400_000L;
  private static final long MS_PER_MINUTE = 60_000L;

  /** TimeMark for "an hour or more" (36001 is "unknown"). */
  public static final int TIME_MARK_HOUR_OR_MORE = 36_000;

  private TimeFields() {}

  /** DSecond: milliseconds within the current UTC minute, 0..59999. */
  public static int dSecondMs(long epochMs) {
    return (int) Math.floorMod(epochMs, MS_PER_MINUTE);
  }

  /** MinuteOfTheYear: minutes since 1 January 00:00 UTC of the current year, 0..527039. */
  public static int minuteOfTheYear(long epochMs) {
    return (int) ((epochMs - yearStartEpochMs(epochMs)) / MS_PER_MINUTE);
  }

  /** Epoch milliseconds of 1 January 00:00 UTC of the year {@code epochMs} lies in. */
  public static long yearStartEpochMs(long epochMs) {
    int year = LocalDate.ofEpochDay(Math.floorDiv(epochMs, MS_PER_DAY)).getYear();
    return LocalDate.of(year, 1, 1).toEpochDay() * MS_PER_DAY;
  }

  /**
   * A relative TimeMark (0.1 s) for a duration in seconds from now: rounded, 0 for the past, {@link
   * #TIME_MARK_HOUR_OR_MORE} for an hour or more.
   */
  public static int timeMark0p1S(double seconds) {
    if (!(seconds > 0)) {
      return 0;
    }
    long tenths = Math.round(seconds * 10);
    return (int) Math.min(tenths, TIME_MARK_HOUR_OR_MORE);
  }
}
