package org.openv2x.codec.bsm;

import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.common.AccelerationSet4Way;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.MotionConfidenceSet;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionalAccuracy;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.codec.common.VehicleClassification;
import org.openv2x.codec.common.VehicleSize;

/**
 * BasicSafetyMessage (BSM): a vehicle's state, sent about ten times a second. Extensible (unknown
 * extension additions are skipped); 7 OPTIONAL members.
 *
 * @param msgCnt MsgCount, 0..127, wrapping from 127 to 0
 * @param id the vehicle's temporary id, OCTET STRING (SIZE(8)), big-endian: the first octet is the
 *     most significant byte
 * @param secMarkMs secMark, DSecond, ms within the current UTC minute, 0..65535
 * @param timeConfidence the confidence of the time, OPTIONAL
 * @param pos the vehicle's position
 * @param posAccuracy posAccuracy, the accuracy of the GNSS system, OPTIONAL
 * @param posConfidence posConfidence, the real-time position confidence, OPTIONAL
 * @param transmission the gear state
 * @param speed0p02Mps speed, Speed, 0.02 m/s, 0..8191 (8191 = unavailable)
 * @param heading0p0125Deg heading, Heading, 0.0125 degree clockwise from north, 0..28800 (28800 =
 *     unavailable by J2735 convention; the module's comment gives only the range)
 * @param angle1p5Deg angle, SteeringWheelAngle, 1.5 degree, -126..127 (-126 = -189 degrees and
 *     beyond, 127 = unavailable), OPTIONAL
 * @param motionCfd motionCfd, the confidence of speed, heading and steering angle, OPTIONAL
 * @param accelSet accelerations and yaw rate
 * @param brakes the brake system
 * @param size the vehicle's size
 * @param vehicleClass the vehicle's class and fuel type
 * @param safetyExt safety extensions (events, path history, path prediction, lights), OPTIONAL
 * @param emergencyExt emergency vehicle extensions, OPTIONAL
 */
public record BasicSafetyMessage(
    int msgCnt,
    long id,
    int secMarkMs,
    Optional<TimeConfidence> timeConfidence,
    Position3D pos,
    Optional<PositionalAccuracy> posAccuracy,
    Optional<PositionConfidenceSet> posConfidence,
    TransmissionState transmission,
    int speed0p02Mps,
    int heading0p0125Deg,
    OptionalInt angle1p5Deg,
    Optional<MotionConfidenceSet> motionCfd,
    AccelerationSet4Way accelSet,
    BrakeSystemStatus brakes,
    VehicleSize size,
    VehicleClassification vehicleClass,
    Optional<VehicleSafetyExtensions> safetyExt,
    Optional<VehicleEmergencyExtensions> emergencyExt)
    implements MessageFrame {
  public static final int MSG_CNT_MAX = 127;
  public static final int SEC_MARK_MAX = 65535;
  public static final int SPEED_MAX = 8191;
  public static final int SPEED_UNAVAILABLE = 8191;
  public static final int HEADING_MAX = 28800;
  public static final int HEADING_UNAVAILABLE = 28800;
  public static final int ANGLE_MIN = -126;
  public static final int ANGLE_MAX = 127;
  public static final int ANGLE_UNAVAILABLE = 127;

  public BasicSafetyMessage {
    Check.range(msgCnt, 0, MSG_CNT_MAX, "msgCnt");
    Check.range(secMarkMs, 0, SEC_MARK_MAX, "secMark");
    Check.notNull(timeConfidence, "timeConfidence");
    Check.notNull(pos, "pos");
    Check.notNull(posAccuracy, "posAccuracy");
    Check.notNull(posConfidence, "posConfidence");
    Check.notNull(transmission, "transmission");
    Check.range(speed0p02Mps, 0, SPEED_MAX, "speed");
    Check.range(heading0p0125Deg, 0, HEADING_MAX, "heading");
    Check.range(angle1p5Deg, ANGLE_MIN, ANGLE_MAX, "angle");
    Check.notNull(motionCfd, "motionCfd");
    Check.notNull(accelSet, "accelSet");
    Check.notNull(brakes, "brakes");
    Check.notNull(size, "size");
    Check.notNull(vehicleClass, "vehicleClass");
    Check.notNull(safetyExt, "safetyExt");
    Check.notNull(emergencyExt, "emergencyExt");
  }

  @Override
  public MessageType type() {
    return MessageType.BSM;
  }
}
