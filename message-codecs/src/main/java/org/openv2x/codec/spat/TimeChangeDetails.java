package org.openv2x.codec.spat;

/**
 * TimeChangeDetails (SPATIntersectionState): the timing of a phase state, a CHOICE of 2
 * alternatives with an extension marker (extension bit + 1 bit on the wire): {@link
 * TimeCountingDown} ({@code counting}, times relative to now) or {@link UtcTiming} ({@code
 * utcTiming}, absolute times).
 *
 * <p>All times are TimeMark: INTEGER (0..36001), 0.1 s; 0..36000 covers one hour (35991..35999
 * during a leap second), 36000 means more than 3600 s, 36001 means unknown. Confidence is INTEGER
 * (0..200) in 0.5 %.
 */
public sealed interface TimeChangeDetails permits TimeCountingDown, UtcTiming {
  /** Smallest TimeMark. */
  int TIME_MARK_MIN = 0;

  /** Largest TimeMark, also its "unknown" value. */
  int TIME_MARK_MAX = 36001;

  /** TimeMark value for more than 3600 s. */
  int TIME_MARK_OVER_AN_HOUR = 36000;

  /** TimeMark value for an unknown time. */
  int TIME_MARK_UNKNOWN = 36001;

  /** Largest Confidence (100 %). */
  int CONFIDENCE_MAX = 200;

  /** The CHOICE alternative's identifier: {@code counting} or {@code utcTiming}. */
  String asnName();
}
