package org.openv2x.codec.rsm;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.openv2x.codec.common.AccelerationSet4Way;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.MotionConfidenceSet;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.codec.common.VehicleClassification;
import org.openv2x.codec.common.VehicleSize;

/**
 * ParticipantData (RSM): one traffic participant detected by the RSU. Extensible; unknown extension
 * additions are skipped.
 *
 * @param ptcType ParticipantType
 * @param ptcId temporary id given by the RSU, 0..65535 (0 = the RSU itself), unique within the RSU
 * @param source SourceType of the information
 * @param id OCTET STRING (SIZE(8)) as a big-endian long: the vehicle's temporary id from its BSM,
 *     OPTIONAL
 * @param secMarkMs secMark: DSecond, millisecond within the current UTC minute, 0..65535
 * @param pos PositionOffsetLLV, relative to the RSM's refPos
 * @param posConfidence PositionConfidenceSet
 * @param transmission TransmissionState, OPTIONAL
 * @param speed0p02Mps speed: Speed, 0.02 m/s, 0..8191 (8191 = unavailable)
 * @param heading0p0125Deg heading: Heading, 0.0125 degree clockwise from north, 0..28800
 * @param angle1p5Deg angle: SteeringWheelAngle, 1.5 degree, -126..127 (127 = unavailable), OPTIONAL
 * @param motionCfd MotionConfidenceSet, OPTIONAL
 * @param accelSet AccelerationSet4Way, OPTIONAL
 * @param size VehicleSize of the participant (also for non-motor vehicles, pedestrians, the RSU)
 * @param vehicleClass VehicleClassification, OPTIONAL
 */
public record ParticipantData(
    ParticipantType ptcType,
    int ptcId,
    SourceType source,
    OptionalLong id,
    int secMarkMs,
    PositionOffsetLlv pos,
    PositionConfidenceSet posConfidence,
    Optional<TransmissionState> transmission,
    int speed0p02Mps,
    int heading0p0125Deg,
    OptionalInt angle1p5Deg,
    Optional<MotionConfidenceSet> motionCfd,
    Optional<AccelerationSet4Way> accelSet,
    VehicleSize size,
    Optional<VehicleClassification> vehicleClass) {

  /** ptcId of the RSU itself. */
  public static final int PTC_ID_RSU = 0;

  public static final int PTC_ID_MAX = 65535;
  public static final int SEC_MARK_MAX = 65535;
  public static final int SPEED_MAX = 8191;
  public static final int SPEED_UNAVAILABLE = 8191;
  public static final int HEADING_MAX = 28800;
  public static final int ANGLE_MIN = -126;
  public static final int ANGLE_MAX = 127;
  public static final int ANGLE_UNAVAILABLE = 127;

  public ParticipantData {
    Check.notNull(ptcType, "ptcType");
    Check.range(ptcId, 0, PTC_ID_MAX, "ptcId");
    Check.notNull(source, "source");
    Check.notNull(id, "id");
    Check.range(secMarkMs, 0, SEC_MARK_MAX, "secMark");
    Check.notNull(pos, "pos");
    Check.notNull(posConfidence, "posConfidence");
    Check.notNull(transmission, "transmission");
    Check.range(speed0p02Mps, 0, SPEED_MAX, "speed");
    Check.range(heading0p0125Deg, 0, HEADING_MAX, "heading");
    Check.range(angle1p5Deg, ANGLE_MIN, ANGLE_MAX, "angle");
    Check.notNull(motionCfd, "motionCfd");
    Check.notNull(accelSet, "accelSet");
    Check.notNull(size, "size");
    Check.notNull(vehicleClass, "vehicleClass");
  }
}
