package org.openv2x.codec.bsm;

import java.util.OptionalInt;
import org.openv2x.codec.common.Check;

/**
 * DDateTime (DefTime): a date and time, every part OPTIONAL. Not extensible.
 *
 * @param year DYear, 0..4095, OPTIONAL
 * @param month DMonth, 0..12, OPTIONAL
 * @param day DDay, 0..31, OPTIONAL
 * @param hour DHour, 0..24, OPTIONAL
 * @param minute DMinute, 0..60, OPTIONAL
 * @param secondMs second, DSecond, ms within the minute, 0..65535, OPTIONAL
 * @param offsetMinutes offset, DTimeOffset, the time zone in minutes from UTC, -720..721, OPTIONAL
 */
public record DDateTime(
    OptionalInt year,
    OptionalInt month,
    OptionalInt day,
    OptionalInt hour,
    OptionalInt minute,
    OptionalInt secondMs,
    OptionalInt offsetMinutes) {
  public static final int YEAR_MAX = 4095;
  public static final int MONTH_MAX = 12;
  public static final int DAY_MAX = 31;
  public static final int HOUR_MAX = 24;
  public static final int MINUTE_MAX = 60;
  public static final int SECOND_MAX = 65535;
  public static final int OFFSET_MIN = -720;
  public static final int OFFSET_MAX = 721;

  public DDateTime {
    Check.range(year, 0, YEAR_MAX, "year");
    Check.range(month, 0, MONTH_MAX, "month");
    Check.range(day, 0, DAY_MAX, "day");
    Check.range(hour, 0, HOUR_MAX, "hour");
    Check.range(minute, 0, MINUTE_MAX, "minute");
    Check.range(secondMs, 0, SECOND_MAX, "second");
    Check.range(offsetMinutes, OFFSET_MIN, OFFSET_MAX, "offset");
  }
}
