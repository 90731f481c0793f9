package org.openv2x.codec.rsi;

import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.TimeConfidence;

/**
 * RSITimeDetails (RSI): when a traffic event or sign is active. Not extensible.
 *
 * @param startTimeMinutes startTime, MinuteOfTheYear, 0..527040 (527040 = invalid), OPTIONAL
 * @param endTimeMinutes endTime, exact or estimated, MinuteOfTheYear, 0..527040 (527040 = invalid),
 *     OPTIONAL
 * @param endTimeConfidence the confidence of {@code endTime}, OPTIONAL
 */
public record RsiTimeDetails(
    OptionalInt startTimeMinutes,
    OptionalInt endTimeMinutes,
    Optional<TimeConfidence> endTimeConfidence) {
  public RsiTimeDetails {
    Check.range(startTimeMinutes, 0, RoadSideInformation.MOY_MAX, "startTime");
    Check.range(endTimeMinutes, 0, RoadSideInformation.MOY_MAX, "endTime");
    Check.notNull(endTimeConfidence, "endTimeConfidence");
  }
}
