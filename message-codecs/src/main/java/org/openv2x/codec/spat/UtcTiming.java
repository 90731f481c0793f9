package org.openv2x.codec.spat;

import static org.openv2x.codec.spat.TimeChangeDetails.CONFIDENCE_MAX;
import static org.openv2x.codec.spat.TimeChangeDetails.TIME_MARK_MAX;
import static org.openv2x.codec.spat.TimeChangeDetails.TIME_MARK_MIN;

import java.util.OptionalInt;
import org.openv2x.codec.common.Check;

/**
 * UTCTiming (SPATIntersectionState), the {@code utcTiming} alternative of {@link
 * TimeChangeDetails}: absolute times. Not extensible. Every time is a TimeMark, 0.1 s within the
 * current or next UTC hour, 0..36001 (36000 = more than an hour, 36001 = unknown).
 *
 * @param startUtcTime0p1S startUTCTime: when this state started (or will start)
 * @param minEndUtcTime0p1S minEndUTCTime: earliest end of this state, OPTIONAL
 * @param maxEndUtcTime0p1S maxEndUTCTime: latest end of this state, OPTIONAL
 * @param likelyEndUtcTime0p1S likelyEndUTCTime: best predicted end of this state
 * @param timeConfidence0p5Pct timeConfidence: Confidence of likelyEndUTCTime, 0.5 %, 0..200,
 *     OPTIONAL
 * @param nextStartUtcTime0p1S nextStartUTCTime: rough time this state starts again, OPTIONAL
 * @param nextEndUtcTime0p1S nextEndUTCTime: rough time this state ends again, OPTIONAL
 */
public record UtcTiming(
    int startUtcTime0p1S,
    OptionalInt minEndUtcTime0p1S,
    OptionalInt maxEndUtcTime0p1S,
    int likelyEndUtcTime0p1S,
    OptionalInt timeConfidence0p5Pct,
    OptionalInt nextStartUtcTime0p1S,
    OptionalInt nextEndUtcTime0p1S)
    implements TimeChangeDetails {

  /** The CHOICE alternative's identifier. */
  public static final String ASN_NAME = "utcTiming";

  public UtcTiming {
    Check.range(startUtcTime0p1S, TIME_MARK_MIN, TIME_MARK_MAX, "startUTCTime");
    Check.range(minEndUtcTime0p1S, TIME_MARK_MIN, TIME_MARK_MAX, "minEndUTCTime");
    Check.range(maxEndUtcTime0p1S, TIME_MARK_MIN, TIME_MARK_MAX, "maxEndUTCTime");
    Check.range(likelyEndUtcTime0p1S, TIME_MARK_MIN, TIME_MARK_MAX, "likelyEndUTCTime");
    Check.range(timeConfidence0p5Pct, 0, CONFIDENCE_MAX, "timeConfidence");
    Check.range(nextStartUtcTime0p1S, TIME_MARK_MIN, TIME_MARK_MAX, "nextStartUTCTime");
    Check.range(nextEndUtcTime0p1S, TIME_MARK_MIN, TIME_MARK_MAX, "nextEndUTCTime");
  }

  @Override
  public String asnName() {
    return ASN_NAME;
  }
}
