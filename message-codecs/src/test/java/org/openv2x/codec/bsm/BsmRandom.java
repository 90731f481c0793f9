package org.openv2x.codec.bsm;

import static org.openv2x.codec.common.CommonRandom.between;
import static org.openv2x.codec.common.CommonRandom.bitString;
import static org.openv2x.codec.common.CommonRandom.bits;
import static org.openv2x.codec.common.CommonRandom.list;
import static org.openv2x.codec.common.CommonRandom.maybe;
import static org.openv2x.codec.common.CommonRandom.oneOf;

import java.util.OptionalInt;
import java.util.Random;
import org.openv2x.codec.common.CommonRandom;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.common.TransmissionState;

/**
 * Random valid values of the BasicSafetyMessage family, for property tests: every OPTIONAL member
 * present or absent, every enumeration value, list sizes over the whole range, extended bit
 * strings.
 */
public final class BsmRandom {
  private BsmRandom() {}

  public static BasicSafetyMessage basicSafetyMessage(Random random) {
    return new BasicSafetyMessage(
        between(random, 0, BasicSafetyMessage.MSG_CNT_MAX),
        random.nextLong(),
        between(random, 0, BasicSafetyMessage.SEC_MARK_MAX),
        maybe(random, r -> oneOf(r, TimeConfidence.values())),
        CommonRandom.position3D(random),
        maybe(random, CommonRandom::positionalAccuracy),
        maybe(random, CommonRandom::positionConfidenceSet),
        oneOf(random, TransmissionState.values()),
        between(random, 0, BasicSafetyMessage.SPEED_MAX),
        between(random, 0, BasicSafetyMessage.HEADING_MAX),
        maybe(random, BasicSafetyMessage.ANGLE_MIN, BasicSafetyMessage.ANGLE_MAX),
        maybe(random, CommonRandom::motionConfidenceSet),
        CommonRandom.accelerationSet4Way(random),
        brakeSystemStatus(random),
        CommonRandom.vehicleSize(random),
        CommonRandom.vehicleClassification(random),
        maybe(random, BsmRandom::vehicleSafetyExtensions),
        maybe(random, BsmRandom::vehicleEmergencyExtensions));
  }

  public static BrakeSystemStatus brakeSystemStatus(Random random) {
    return new BrakeSystemStatus(
        maybe(random, r -> oneOf(r, BrakePedalStatus.values())),
        random.nextBoolean()
            ? OptionalInt.of(bits(random, BrakeSystemStatus.WHEEL_BRAKES_BITS))
            : OptionalInt.empty(),
        maybe(random, r -> oneOf(r, TractionControlStatus.values())),
        maybe(random, r -> oneOf(r, AntiLockBrakeStatus.values())),
        maybe(random, r -> oneOf(r, StabilityControlStatus.values())),
        maybe(random, r -> oneOf(r, BrakeBoostApplied.values())),
        maybe(random, r -> oneOf(r, AuxiliaryBrakeStatus.values())));
  }

  public static VehicleSafetyExtensions vehicleSafetyExtensions(Random random) {
    return new VehicleSafetyExtensions(
        maybe(
            random,
            r ->
                bitString(
                    r,
                    VehicleSafetyExtensions.EVENTS_BITS,
                    VehicleSafetyExtensions.EVENTS_BITS,
                    true)),
        maybe(random, BsmRandom::pathHistory),
        maybe(random, BsmRandom::pathPrediction),
        maybe(
            random,
            r ->
                bitString(
                    r,
                    VehicleSafetyExtensions.LIGHTS_BITS,
                    VehicleSafetyExtensions.LIGHTS_BITS,
                    true)));
  }

  public static PathHistory pathHistory(Random random) {
    return new PathHistory(
        maybe(random, BsmRandom::fullPositionVector),
        random.nextBoolean()
            ? OptionalInt.of(bits(random, PathHistory.GNSS_STATUS_BITS))
            : OptionalInt.empty(),
        list(
            random,
            PathHistory.CRUMB_DATA_MIN,
            PathHistory.CRUMB_DATA_MAX,
            PathHistory.CRUMB_DATA_MAX,
            BsmRandom::pathHistoryPoint));
  }

  public static FullPositionVector fullPositionVector(Random random) {
    return new FullPositionVector(
        maybe(random, BsmRandom::dDateTime),
        CommonRandom.position3D(random),
        maybe(random, 0, FullPositionVector.HEADING_MAX),
        maybe(random, r -> oneOf(r, TransmissionState.values())),
        maybe(random, 0, FullPositionVector.SPEED_MAX),
        maybe(random, CommonRandom::positionalAccuracy),
        maybe(random, CommonRandom::positionConfidenceSet),
        maybe(random, r -> oneOf(r, TimeConfidence.values())),
        maybe(random, CommonRandom::motionConfidenceSet));
  }

  public static DDateTime dDateTime(Random random) {
    return new DDateTime(
        maybe(random, 0, DDateTime.YEAR_MAX),
        maybe(random, 0, DDateTime.MONTH_MAX),
        maybe(random, 0, DDateTime.DAY_MAX),
        maybe(random, 0, DDateTime.HOUR_MAX),
        maybe(random, 0, DDateTime.MINUTE_MAX),
        maybe(random, 0, DDateTime.SECOND_MAX),
        maybe(random, DDateTime.OFFSET_MIN, DDateTime.OFFSET_MAX));
  }

  public static PathHistoryPoint pathHistoryPoint(Random random) {
    return new PathHistoryPoint(
        CommonRandom.positionOffsetLlv(random),
        between(random, PathHistoryPoint.TIME_OFFSET_MIN, PathHistoryPoint.TIME_OFFSET_MAX),
        maybe(random, 0, PathHistoryPoint.SPEED_MAX),
        maybe(random, CommonRandom::positionConfidenceSet),
        maybe(random, 0, PathHistoryPoint.HEADING_MAX));
  }

  public static PathPrediction pathPrediction(Random random) {
    return new PathPrediction(
        between(random, PathPrediction.RADIUS_MIN, PathPrediction.RADIUS_MAX),
        between(random, 0, PathPrediction.CONFIDENCE_MAX));
  }

  public static VehicleEmergencyExtensions vehicleEmergencyExtensions(Random random) {
    return new VehicleEmergencyExtensions(
        maybe(random, r -> oneOf(r, ResponseType.values())),
        maybe(random, r -> oneOf(r, SirenInUse.values())),
        maybe(random, r -> oneOf(r, LightbarInUse.values())));
  }
}
