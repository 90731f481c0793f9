package org.openv2x.codec.bsm;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.AccelerationSet4Way;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.CommonJer;
import org.openv2x.codec.common.MotionConfidenceSet;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.PositionalAccuracy;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.codec.common.VehicleClassification;
import org.openv2x.codec.common.VehicleSize;
import org.openv2x.codec.jer.JerObject;
import org.openv2x.codec.jer.JerWriter;

/**
 * X.697 JER of the BSM message family. Each {@code writeX(jer, field, value)} writes a member
 * {@code field} (an array element if {@code field} is null); each {@code readX(object)} reads the
 * JSON object of the value. Member names are the standard's, misspellings included ({@code
 * brakePadel}, {@code posConficence}).
 */
public final class BsmJer {
  private BsmJer() {}

  // ---------------------------------------------------------------- BasicSafetyMessage

  public static void writeBasicSafetyMessage(
      JerWriter jer, String field, BasicSafetyMessage value) {
    CommonJer.start(jer, field);
    jer.integer("msgCnt", value.msgCnt());
    jer.octets8("id", value.id());
    jer.integer("secMark", value.secMarkMs());
    if (value.timeConfidence().isPresent()) {
      jer.enumerated("timeConfidence", value.timeConfidence().get());
    }
    CommonJer.writePosition3D(jer, "pos", value.pos());
    if (value.posAccuracy().isPresent()) {
      CommonJer.writePositionalAccuracy(jer, "posAccuracy", value.posAccuracy().get());
    }
    if (value.posConfidence().isPresent()) {
      CommonJer.writePositionConfidenceSet(jer, "posConfidence", value.posConfidence().get());
    }
    jer.enumerated("transmission", value.transmission());
    jer.integer("speed", value.speed0p02Mps());
    jer.integer("heading", value.heading0p0125Deg());
    jer.integer("angle", value.angle1p5Deg());
    if (value.motionCfd().isPresent()) {
      CommonJer.writeMotionConfidenceSet(jer, "motionCfd", value.motionCfd().get());
    }
    CommonJer.writeAccelerationSet4Way(jer, "accelSet", value.accelSet());
    writeBrakeSystemStatus(jer, "brakes", value.brakes());
    CommonJer.writeVehicleSize(jer, "size", value.size());
    CommonJer.writeVehicleClassification(jer, "vehicleClass", value.vehicleClass());
    if (value.safetyExt().isPresent()) {
      writeVehicleSafetyExtensions(jer, "safetyExt", value.safetyExt().get());
    }
    if (value.emergencyExt().isPresent()) {
      writeVehicleEmergencyExtensions(jer, "emergencyExt", value.emergencyExt().get());
    }
    jer.endObject();
  }

  public static BasicSafetyMessage readBasicSafetyMessage(JerObject o) {
    int msgCnt = o.integer("msgCnt", 0, BasicSafetyMessage.MSG_CNT_MAX);
    long id = o.octets8("id");
    int secMark = o.integer("secMark", 0, BasicSafetyMessage.SEC_MARK_MAX);
    Optional<TimeConfidence> timeConfidence =
        o.optionalEnumerated("timeConfidence", TimeConfidence.class);
    Position3D pos = CommonJer.readPosition3D(o.object("pos"));
    Optional<PositionalAccuracy> posAccuracy =
        o.optionalObject("posAccuracy").map(CommonJer::readPositionalAccuracy);
    Optional<PositionConfidenceSet> posConfidence =
        o.optionalObject("posConfidence").map(CommonJer::readPositionConfidenceSet);
    TransmissionState transmission = o.enumerated("transmission", TransmissionState.class);
    int speed = o.integer("speed", 0, BasicSafetyMessage.SPEED_MAX);
    int heading = o.integer("heading", 0, BasicSafetyMessage.HEADING_MAX);
    OptionalInt angle =
        o.optionalInteger("angle", BasicSafetyMessage.ANGLE_MIN, BasicSafetyMessage.ANGLE_MAX);
    Optional<MotionConfidenceSet> motionCfd =
        o.optionalObject("motionCfd").map(CommonJer::readMotionConfidenceSet);
    AccelerationSet4Way accelSet = CommonJer.readAccelerationSet4Way(o.object("accelSet"));
    BrakeSystemStatus brakes = readBrakeSystemStatus(o.object("brakes"));
    VehicleSize size = CommonJer.readVehicleSize(o.object("size"));
    VehicleClassification vehicleClass =
        CommonJer.readVehicleClassification(o.object("vehicleClass"));
    Optional<VehicleSafetyExtensions> safetyExt =
        o.optionalObject("safetyExt").map(BsmJer::readVehicleSafetyExtensions);
    Optional<VehicleEmergencyExtensions> emergencyExt =
        o.optionalObject("emergencyExt").map(BsmJer::readVehicleEmergencyExtensions);
    return CommonJer.build(
        o,
        () ->
            new BasicSafetyMessage(
                msgCnt,
                id,
                secMark,
                timeConfidence,
                pos,
                posAccuracy,
                posConfidence,
                transmission,
                speed,
                heading,
                angle,
                motionCfd,
                accelSet,
                brakes,
                size,
                vehicleClass,
                safetyExt,
                emergencyExt));
  }

  // ---------------------------------------------------------------- BrakeSystemStatus

  public static void writeBrakeSystemStatus(JerWriter jer, String field, BrakeSystemStatus v) {
    CommonJer.start(jer, field);
    v.brakePedal().ifPresent(e -> jer.enumerated("brakePadel", e));
    if (v.wheelBrakes().isPresent()) {
      jer.fixedBits("wheelBrakes", v.wheelBrakes().getAsInt(), BrakeSystemStatus.WHEEL_BRAKES_BITS);
    }
    v.traction().ifPresent(e -> jer.enumerated("traction", e));
    v.abs().ifPresent(e -> jer.enumerated("abs", e));
    v.scs().ifPresent(e -> jer.enumerated("scs", e));
    v.brakeBoost().ifPresent(e -> jer.enumerated("brakeBoost", e));
    v.auxBrakes().ifPresent(e -> jer.enumerated("auxBrakes", e));
    jer.endObject();
  }

  public static BrakeSystemStatus readBrakeSystemStatus(JerObject o) {
    Optional<BrakePedalStatus> brakePedal =
        o.optionalEnumerated("brakePadel", BrakePedalStatus.class);
    OptionalInt wheelBrakes =
        o.optionalFixedBits("wheelBrakes", BrakeSystemStatus.WHEEL_BRAKES_BITS);
    Optional<TractionControlStatus> traction =
        o.optionalEnumerated("traction", TractionControlStatus.class);
    Optional<AntiLockBrakeStatus> abs = o.optionalEnumerated("abs", AntiLockBrakeStatus.class);
    Optional<StabilityControlStatus> scs =
        o.optionalEnumerated("scs", StabilityControlStatus.class);
    Optional<BrakeBoostApplied> brakeBoost =
        o.optionalEnumerated("brakeBoost", BrakeBoostApplied.class);
    Optional<AuxiliaryBrakeStatus> auxBrakes =
        o.optionalEnumerated("auxBrakes", AuxiliaryBrakeStatus.class);
    return CommonJer.build(
        o,
        () ->
            new BrakeSystemStatus(
                brakePedal, wheelBrakes, traction, abs, scs, brakeBoost, auxBrakes));
  }

  // ---------------------------------------------------------------- VehicleSafetyExtensions

  public static void writeVehicleSafetyExtensions(
      JerWriter jer, String field, VehicleSafetyExtensions v) {
    CommonJer.start(jer, field);
    v.events().ifPresent(bits -> jer.bitString("events", bits));
    v.pathHistory().ifPresent(history -> writePathHistory(jer, "pathHistory", history));
    v.pathPrediction()
        .ifPresent(prediction -> writePathPrediction(jer, "pathPrediction", prediction));
    v.lights().ifPresent(bits -> jer.bitString("lights", bits));
    jer.endObject();
  }

  public static VehicleSafetyExtensions readVehicleSafetyExtensions(JerObject o) {
    Optional<BitString> events =
        o.optionalBitString(
            "events",
            VehicleSafetyExtensions.EVENTS_BITS,
            VehicleSafetyExtensions.EVENTS_BITS,
            true);
    Optional<PathHistory> pathHistory =
        o.optionalObject("pathHistory").map(BsmJer::readPathHistory);
    Optional<PathPrediction> pathPrediction =
        o.optionalObject("pathPrediction").map(BsmJer::readPathPrediction);
    Optional<BitString> lights =
        o.optionalBitString(
            "lights",
            VehicleSafetyExtensions.LIGHTS_BITS,
            VehicleSafetyExtensions.LIGHTS_BITS,
            true);
    return CommonJer.build(
        o, () -> new VehicleSafetyExtensions(events, pathHistory, pathPrediction, lights));
  }

  // ---------------------------------------------------------------- PathHistory

  public static void writePathHistory(JerWriter jer, String field, PathHistory v) {
    CommonJer.start(jer, field);
    v.initialPosition()
        .ifPresent(position -> writeFullPositionVector(jer, "initialPosition", position));
    if (v.currGnssStatus().isPresent()) {
      jer.fixedBits("currGNSSstatus", v.currGnssStatus().getAsInt(), PathHistory.GNSS_STATUS_BITS);
    }
    jer.startArray("crumbData");
    for (PathHistoryPoint point : v.crumbData()) {
      writePathHistoryPoint(jer, null, point);
    }
    jer.endArray();
    jer.endObject();
  }

  public static PathHistory readPathHistory(JerObject o) {
    Optional<FullPositionVector> initialPosition =
        o.optionalObject("initialPosition").map(BsmJer::readFullPositionVector);
    OptionalInt currGnssStatus =
        o.optionalFixedBits("currGNSSstatus", PathHistory.GNSS_STATUS_BITS);
    List<PathHistoryPoint> crumbData =
        o.list(
            "crumbData",
            PathHistory.CRUMB_DATA_MIN,
            PathHistory.CRUMB_DATA_MAX,
            element -> readPathHistoryPoint(element.object()));
    return CommonJer.build(o, () -> new PathHistory(initialPosition, currGnssStatus, crumbData));
  }

  // ---------------------------------------------------------------- FullPositionVector

  public static void writeFullPositionVector(JerWriter jer, String field, FullPositionVector v) {
    CommonJer.start(jer, field);
    v.utcTime().ifPresent(time -> writeDDateTime(jer, "utcTime", time));
    CommonJer.writePosition3D(jer, "pos", v.pos());
    jer.integer("heading", v.heading0p0125Deg());
    v.transmission().ifPresent(e -> jer.enumerated("transmission", e));
    jer.integer("speed", v.speed0p02Mps());
    v.posAccuracy()
        .ifPresent(accuracy -> CommonJer.writePositionalAccuracy(jer, "posAccuracy", accuracy));
    v.posConfidence()
        .ifPresent(
            confidence -> CommonJer.writePositionConfidenceSet(jer, "posConficence", confidence));
    v.timeConfidence().ifPresent(e -> jer.enumerated("timeConfidence", e));
    v.motionCfd()
        .ifPresent(confidence -> CommonJer.writeMotionConfidenceSet(jer, "motionCfd", confidence));
    jer.endObject();
  }

  public static FullPositionVector readFullPositionVector(JerObject o) {
    Optional<DDateTime> utcTime = o.optionalObject("utcTime").map(BsmJer::readDDateTime);
    Position3D pos = CommonJer.readPosition3D(o.object("pos"));
    OptionalInt heading = o.optionalInteger("heading", 0, FullPositionVector.HEADING_MAX);
    Optional<TransmissionState> transmission =
        o.optionalEnumerated("transmission", TransmissionState.class);
    OptionalInt speed = o.optionalInteger("speed", 0, FullPositionVector.SPEED_MAX);
    Optional<PositionalAccuracy> posAccuracy =
        o.optionalObject("posAccuracy").map(CommonJer::readPositionalAccuracy);
    Optional<PositionConfidenceSet> posConfidence =
        o.optionalObject("posConficence").map(CommonJer::readPositionConfidenceSet);
    Optional<TimeConfidence> timeConfidence =
        o.optionalEnumerated("timeConfidence", TimeConfidence.class);
    Optional<MotionConfidenceSet> motionCfd =
        o.optionalObject("motionCfd").map(CommonJer::readMotionConfidenceSet);
    return CommonJer.build(
        o,
        () ->
            new FullPositionVector(
                utcTime,
                pos,
                heading,
                transmission,
                speed,
                posAccuracy,
                posConfidence,
                timeConfidence,
                motionCfd));
  }

  // ---------------------------------------------------------------- DDateTime

  public static void writeDDateTime(JerWriter jer, String field, DDateTime v) {
    CommonJer.start(jer, field);
    jer.integer("year", v.year());
    jer.integer("month", v.month());
    jer.integer("day", v.day());
    jer.integer("hour", v.hour());
    jer.integer("minute", v.minute());
    jer.integer("second", v.secondMs());
    jer.integer("offset", v.offsetMinutes());
    jer.endObject();
  }

  public static DDateTime readDDateTime(JerObject o) {
    OptionalInt year = o.optionalInteger("year", 0, DDateTime.YEAR_MAX);
    OptionalInt month = o.optionalInteger("month", 0, DDateTime.MONTH_MAX);
    OptionalInt day = o.optionalInteger("day", 0, DDateTime.DAY_MAX);
    OptionalInt hour = o.optionalInteger("hour", 0, DDateTime.HOUR_MAX);
    OptionalInt minute = o.optionalInteger("minute", 0, DDateTime.MINUTE_MAX);
    OptionalInt second = o.optionalInteger("second", 0, DDateTime.SECOND_MAX);
    OptionalInt offset = o.optionalInteger("offset", DDateTime.OFFSET_MIN, DDateTime.OFFSET_MAX);
    return CommonJer.build(o, () -> new DDateTime(year, month, day, hour, minute, second, offset));
  }

  // ---------------------------------------------------------------- PathHistoryPoint

  public static void writePathHistoryPoint(JerWriter jer, String field, PathHistoryPoint v) {
    CommonJer.start(jer, field);
    CommonJer.writePositionOffsetLlv(jer, "llvOffset", v.llvOffset());
    jer.integer("timeOffset", v.timeOffset10Ms());
    jer.integer("speed", v.speed0p02Mps());
    v.posAccuracy()
        .ifPresent(accuracy -> CommonJer.writePositionConfidenceSet(jer, "posAccuracy", accuracy));
    jer.integer("heading", v.heading1p5Deg());
    jer.endObject();
  }

  public static PathHistoryPoint readPathHistoryPoint(JerObject o) {
    PositionOffsetLlv llvOffset = CommonJer.readPositionOffsetLlv(o.object("llvOffset"));
    int timeOffset =
        o.integer("timeOffset", PathHistoryPoint.TIME_OFFSET_MIN, PathHistoryPoint.TIME_OFFSET_MAX);
    OptionalInt speed = o.optionalInteger("speed", 0, PathHistoryPoint.SPEED_MAX);
    Optional<PositionConfidenceSet> posAccuracy =
        o.optionalObject("posAccuracy").map(CommonJer::readPositionConfidenceSet);
    OptionalInt heading = o.optionalInteger("heading", 0, PathHistoryPoint.HEADING_MAX);
    return CommonJer.build(
        o, () -> new PathHistoryPoint(llvOffset, timeOffset, speed, posAccuracy, heading));
  }

  // ---------------------------------------------------------------- PathPrediction

  public static void writePathPrediction(JerWriter jer, String field, PathPrediction v) {
    CommonJer.start(jer, field);
    jer.integer("radiusOfCurve", v.radiusOfCurveDm());
    jer.integer("confidence", v.confidence0p5Pct());
    jer.endObject();
  }

  public static PathPrediction readPathPrediction(JerObject o) {
    int radius = o.integer("radiusOfCurve", PathPrediction.RADIUS_MIN, PathPrediction.RADIUS_MAX);
    int confidence = o.integer("confidence", 0, PathPrediction.CONFIDENCE_MAX);
    return CommonJer.build(o, () -> new PathPrediction(radius, confidence));
  }

  // ---------------------------------------------------------------- VehicleEmergencyExtensions

  public static void writeVehicleEmergencyExtensions(
      JerWriter jer, String field, VehicleEmergencyExtensions v) {
    CommonJer.start(jer, field);
    v.responseType().ifPresent(e -> jer.enumerated("responseType", e));
    v.sirenUse().ifPresent(e -> jer.enumerated("sirenUse", e));
    v.lightsUse().ifPresent(e -> jer.enumerated("lightsUse", e));
    jer.endObject();
  }

  public static VehicleEmergencyExtensions readVehicleEmergencyExtensions(JerObject o) {
    Optional<ResponseType> responseType = o.optionalEnumerated("responseType", ResponseType.class);
    Optional<SirenInUse> sirenUse = o.optionalEnumerated("sirenUse", SirenInUse.class);
    Optional<LightbarInUse> lightsUse = o.optionalEnumerated("lightsUse", LightbarInUse.class);
    return CommonJer.build(
        o, () -> new VehicleEmergencyExtensions(responseType, sirenUse, lightsUse));
  }
}
