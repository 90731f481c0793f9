package org.openv2x.codec.bsm;

import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionOffsetLlv;

/**
 * PathHistoryPoint (VehSafetyExt): one point of the path history. Extensible (unknown extension
 * additions are skipped).
 *
 * @param llvOffset the offset from the path history's reference position
 * @param timeOffset10Ms timeOffset, TimeOffset, 10 ms backwards in time, 1..65535 (65534 = 655.34 s
 *     or more, 65535 = unavailable)
 * @param speed0p02Mps speed over the reported period, Speed, 0.02 m/s, 0..8191 (8191 =
 *     unavailable), OPTIONAL
 * @param posAccuracy the accuracy of this point, a PositionConfidenceSet, OPTIONAL
 * @param heading1p5Deg heading, CoarseHeading, 1.5 degree, 0..240 (240 = unavailable), OPTIONAL
 */
public record PathHistoryPoint(
    PositionOffsetLlv llvOffset,
    int timeOffset10Ms,
    OptionalInt speed0p02Mps,
    Optional<PositionConfidenceSet> posAccuracy,
    OptionalInt heading1p5Deg) {
  public static final int TIME_OFFSET_MIN = 1;
  public static final int TIME_OFFSET_MAX = 65535;
  public static final int TIME_OFFSET_SATURATED = 65534;
  public static final int TIME_OFFSET_UNAVAILABLE = 65535;
  public static final int SPEED_MAX = 8191;
  public static final int SPEED_UNAVAILABLE = 8191;
  public static final int HEADING_MAX = 240;
  public static final int HEADING_UNAVAILABLE = 240;

  public PathHistoryPoint {
    Check.notNull(llvOffset, "llvOffset");
    Check.range(timeOffset10Ms, TIME_OFFSET_MIN, TIME_OFFSET_MAX, "timeOffset");
    Check.range(speed0p02Mps, 0, SPEED_MAX, "speed");
    Check.notNull(posAccuracy, "posAccuracy");
    Check.range(heading1p5Deg, 0, HEADING_MAX, "heading");
  }
}
