package org.openv2x.codec.bsm;

import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.MotionConfidenceSet;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionalAccuracy;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.common.TransmissionState;

/**
 * FullPositionVector (VehSafetyExt): a complete position fix. Extensible (unknown extension
 * additions are skipped); 8 OPTIONAL members.
 *
 * @param utcTime the time of the fix, with ms precision, OPTIONAL
 * @param pos the position
 * @param heading0p0125Deg heading, Heading, 0.0125 degree clockwise from north, 0..28800, OPTIONAL
 * @param transmission the gear state, OPTIONAL
 * @param speed0p02Mps speed, Speed, 0.02 m/s, 0..8191 (8191 = unavailable), OPTIONAL
 * @param posAccuracy the accuracy of the position, OPTIONAL
 * @param posConfidence posConficence (so spelled in the standard), the position confidence,
 *     OPTIONAL
 * @param timeConfidence the confidence of the time, OPTIONAL
 * @param motionCfd the confidence of speed, heading and steering angle, OPTIONAL
 */
public record FullPositionVector(
    Optional<DDateTime> utcTime,
    Position3D pos,
    OptionalInt heading0p0125Deg,
    Optional<TransmissionState> transmission,
    OptionalInt speed0p02Mps,
    Optional<PositionalAccuracy> posAccuracy,
    Optional<PositionConfidenceSet> posConfidence,
    Optional<TimeConfidence> timeConfidence,
    Optional<MotionConfidenceSet> motionCfd) {
  public static final int HEADING_MAX = 28800;
  public static final int SPEED_MAX = 8191;
  public static final int SPEED_UNAVAILABLE = 8191;

  public FullPositionVector {
    Check.notNull(utcTime, "utcTime");
    Check.notNull(pos, "pos");
    Check.range(heading0p0125Deg, 0, HEADING_MAX, "heading");
    Check.notNull(transmission, "transmission");
    Check.range(speed0p02Mps, 0, SPEED_MAX, "speed");
    Check.notNull(posAccuracy, "posAccuracy");
    Check.notNull(posConfidence, "posConficence");
    Check.notNull(timeConfidence, "timeConfidence");
    Check.notNull(motionCfd, "motionCfd");
  }
}
