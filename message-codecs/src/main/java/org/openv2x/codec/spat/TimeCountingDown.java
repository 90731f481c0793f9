package org.openv2x.codec.spat;

import static org.openv2x.codec.spat.TimeChangeDetails.CONFIDENCE_MAX;
import static org.openv2x.codec.spat.TimeChangeDetails.TIME_MARK_MAX;
import static org.openv2x.codec.spat.TimeChangeDetails.TIME_MARK_MIN;

import java.util.OptionalInt;
import org.openv2x.codec.common.Check;

/**
 * TimeCountingDown (SPATIntersectionState), the {@code counting} alternative of {@link
 * TimeChangeDetails}: times relative to now. Not extensible. Every time is a TimeMark, 0.1 s,
 * 0..36001 (36000 = more than an hour, 36001 = unknown).
 *
 * @param startTime0p1S startTime: when this state starts, from now; 0 if it has already started
 * @param minEndTime0p1S minEndTime: shortest time left until this state ends, OPTIONAL
 * @param maxEndTime0p1S maxEndTime: longest time left until this state ends, OPTIONAL
 * @param likelyEndTime0p1S likelyEndTime: best predicted time left until this state ends
 * @param timeConfidence0p5Pct timeConfidence: Confidence of likelyEndTime, 0.5 %, 0..200, OPTIONAL
 * @param nextStartTime0p1S nextStartTime: rough time from now until this state starts again,
 *     OPTIONAL
 * @param nextDuration0p1S nextDuration: rough length of this state when it next occurs, OPTIONAL
 */
public record TimeCountingDown(
    int startTime0p1S,
    OptionalInt minEndTime0p1S,
    OptionalInt maxEndTime0p1S,
    int likelyEndTime0p1S,
    OptionalInt timeConfidence0p5Pct,
    OptionalInt nextStartTime0p1S,
    OptionalInt nextDuration0p1S)
    implements TimeChangeDetails {

  /** The CHOICE alternative's identifier. */
  public static final String ASN_NAME = "counting";

  public TimeCountingDown {
    Check.range(startTime0p1S, TIME_MARK_MIN, TIME_MARK_MAX, "startTime");
    Check.range(minEndTime0p1S, TIME_MARK_MIN, TIME_MARK_MAX, "minEndTime");
    Check.range(maxEndTime0p1S, TIME_MARK_MIN, TIME_MARK_MAX, "maxEndTime");
    Check.range(likelyEndTime0p1S, TIME_MARK_MIN, TIME_MARK_MAX, "likelyEndTime");
    Check.range(timeConfidence0p5Pct, 0, CONFIDENCE_MAX, "timeConfidence");
    Check.range(nextStartTime0p1S, TIME_MARK_MIN, TIME_MARK_MAX, "nextStartTime");
    Check.range(nextDuration0p1S, TIME_MARK_MIN, TIME_MARK_MAX, "nextDuration");
  }

  @Override
  public String asnName() {
    return ASN_NAME;
  }
}
