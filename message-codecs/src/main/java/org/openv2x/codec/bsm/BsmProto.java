package org.openv2x.codec.bsm;

import static org.openv2x.codec.common.CommonProto.build;
import static org.openv2x.codec.common.CommonProto.enumFromNumber;
import static org.openv2x.codec.common.CommonProto.optional;
import static org.openv2x.codec.common.CommonProto.path;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.common.AccelerationSet4Way;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.CommonProto;
import org.openv2x.codec.common.MotionConfidenceSet;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.PositionalAccuracy;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.codec.common.VehicleClassification;
import org.openv2x.codec.common.VehicleSize;
import org.openv2x.proto.v1.BsmProtos;

/**
 * Lossless mapping of the BSM message family to protobuf ({@code v2x/v1/bsm.proto}). {@code
 * toProto} is on the gateway's hot path and only copies; {@code fromProto} checks every value,
 * refuses an absent required message field, and names the path of a bad one. Paths use the
 * standard's member names.
 */
public final class BsmProto {
  private BsmProto() {}

  private static final TimeConfidence[] TIME_CONFIDENCE = TimeConfidence.values();
  private static final TransmissionState[] TRANSMISSION = TransmissionState.values();
  private static final BrakePedalStatus[] BRAKE_PEDAL = BrakePedalStatus.values();
  private static final TractionControlStatus[] TRACTION = TractionControlStatus.values();
  private static final AntiLockBrakeStatus[] ABS = AntiLockBrakeStatus.values();
  private static final StabilityControlStatus[] SCS = StabilityControlStatus.values();
  private static final BrakeBoostApplied[] BRAKE_BOOST = BrakeBoostApplied.values();
  private static final AuxiliaryBrakeStatus[] AUX_BRAKES = AuxiliaryBrakeStatus.values();
  private static final ResponseType[] RESPONSE_TYPE = ResponseType.values();
  private static final SirenInUse[] SIREN = SirenInUse.values();
  private static final LightbarInUse[] LIGHTBAR = LightbarInUse.values();

  private static CodecException missing(String path, String field) {
    return new CodecException(
        Reason.MISSING_FIELD, path(path, field), "required message field is not set");
  }

  // ---------------------------------------------------------------- BasicSafetyMessage

  public static BsmProtos.BasicSafetyMessage toProto(BasicSafetyMessage value) {
    BsmProtos.BasicSafetyMessage.Builder proto =
        BsmProtos.BasicSafetyMessage.newBuilder()
            .setMsgCnt(value.msgCnt())
            .setId(value.id())
            .setSecMarkMs(value.secMarkMs())
            .setPos(CommonProto.toProto(value.pos()))
            .setTransmissionValue(value.transmission().ordinal())
            .setSpeed0P02Mps(value.speed0p02Mps())
            .setHeading0P0125Deg(value.heading0p0125Deg())
            .setAccelSet(CommonProto.toProto(value.accelSet()))
            .setBrakes(toProto(value.brakes()))
            .setSize(CommonProto.toProto(value.size()))
            .setVehicleClass(CommonProto.toProto(value.vehicleClass()));
    if (value.timeConfidence().isPresent()) {
      proto.setTimeConfidenceValue(value.timeConfidence().get().ordinal());
    }
    if (value.posAccuracy().isPresent()) {
      proto.setPosAccuracy(CommonProto.toProto(value.posAccuracy().get()));
    }
    if (value.posConfidence().isPresent()) {
      proto.setPosConfidence(CommonProto.toProto(value.posConfidence().get()));
    }
    if (value.angle1p5Deg().isPresent()) {
      proto.setAngle1P5Deg(value.angle1p5Deg().getAsInt());
    }
    if (value.motionCfd().isPresent()) {
      proto.setMotionCfd(CommonProto.toProto(value.motionCfd().get()));
    }
    if (value.safetyExt().isPresent()) {
      proto.setSafetyExt(toProto(value.safetyExt().get()));
    }
    if (value.emergencyExt().isPresent()) {
      proto.setEmergencyExt(toProto(value.emergencyExt().get()));
    }
    return proto.build();
  }

  public static BasicSafetyMessage fromProto(BsmProtos.BasicSafetyMessage proto, String path) {
    Optional<TimeConfidence> timeConfidence =
        CommonProto.optionalEnum(
            proto.hasTimeConfidence(),
            proto.getTimeConfidenceValue(),
            TIME_CONFIDENCE,
            path(path, "timeConfidence"));
    if (!proto.hasPos()) {
      throw missing(path, "pos");
    }
    Position3D pos = CommonProto.fromProto(proto.getPos(), path(path, "pos"));
    Optional<PositionalAccuracy> posAccuracy =
        proto.hasPosAccuracy()
            ? Optional.of(CommonProto.fromProto(proto.getPosAccuracy(), path(path, "posAccuracy")))
            : Optional.empty();
    Optional<PositionConfidenceSet> posConfidence =
        proto.hasPosConfidence()
            ? Optional.of(
                CommonProto.fromProto(proto.getPosConfidence(), path(path, "posConfidence")))
            : Optional.empty();
    TransmissionState transmission =
        enumFromNumber(proto.getTransmissionValue(), TRANSMISSION, path(path, "transmission"));
    Optional<MotionConfidenceSet> motionCfd =
        proto.hasMotionCfd()
            ? Optional.of(CommonProto.fromProto(proto.getMotionCfd(), path(path, "motionCfd")))
            : Optional.empty();
    if (!proto.hasAccelSet()) {
      throw missing(path, "accelSet");
    }
    AccelerationSet4Way accelSet =
        CommonProto.fromProto(proto.getAccelSet(), path(path, "accelSet"));
    if (!proto.hasBrakes()) {
      throw missing(path, "brakes");
    }
    BrakeSystemStatus brakes = fromProto(proto.getBrakes(), path(path, "brakes"));
    if (!proto.hasSize()) {
      throw missing(path, "size");
    }
    VehicleSize size = CommonProto.fromProto(proto.getSize(), path(path, "size"));
    if (!proto.hasVehicleClass()) {
      throw missing(path, "vehicleClass");
    }
    VehicleClassification vehicleClass =
        CommonProto.fromProto(proto.getVehicleClass(), path(path, "vehicleClass"));
    Optional<VehicleSafetyExtensions> safetyExt =
        proto.hasSafetyExt()
            ? Optional.of(fromProto(proto.getSafetyExt(), path(path, "safetyExt")))
            : Optional.empty();
    Optional<VehicleEmergencyExtensions> emergencyExt =
        proto.hasEmergencyExt()
            ? Optional.of(fromProto(proto.getEmergencyExt(), path(path, "emergencyExt")))
            : Optional.empty();
    return build(
        path,
        () ->
            new BasicSafetyMessage(
                proto.getMsgCnt(),
                proto.getId(),
                proto.getSecMarkMs(),
                timeConfidence,
                pos,
                posAccuracy,
                posConfidence,
                transmission,
                proto.getSpeed0P02Mps(),
                proto.getHeading0P0125Deg(),
                optional(proto.hasAngle1P5Deg(), proto.getAngle1P5Deg()),
                motionCfd,
                accelSet,
                brakes,
                size,
                vehicleClass,
                safetyExt,
                emergencyExt));
  }

  // ---------------------------------------------------------------- BrakeSystemStatus

  public static BsmProtos.BrakeSystemStatus toProto(BrakeSystemStatus value) {
    BsmProtos.BrakeSystemStatus.Builder proto = BsmProtos.BrakeSystemStatus.newBuilder();
    if (value.brakePedal().isPresent()) {
      proto.setBrakePedalValue(value.brakePedal().get().ordinal());
    }
    if (value.wheelBrakes().isPresent()) {
      proto.setWheelBrakes(value.wheelBrakes().getAsInt());
    }
    if (value.traction().isPresent()) {
      proto.setTractionValue(value.traction().get().ordinal());
    }
    if (value.abs().isPresent()) {
      proto.setAbsValue(value.abs().get().ordinal());
    }
    if (value.scs().isPresent()) {
      proto.setScsValue(value.scs().get().ordinal());
    }
    if (value.brakeBoost().isPresent()) {
      proto.setBrakeBoostValue(value.brakeBoost().get().ordinal());
    }
    if (value.auxBrakes().isPresent()) {
      proto.setAuxBrakesValue(value.auxBrakes().get().ordinal());
    }
    return proto.build();
  }

  public static BrakeSystemStatus fromProto(BsmProtos.BrakeSystemStatus proto, String path) {
    Optional<BrakePedalStatus> brakePedal =
        CommonProto.optionalEnum(
            proto.hasBrakePedal(),
            proto.getBrakePedalValue(),
            BRAKE_PEDAL,
            path(path, "brakePadel"));
    Optional<TractionControlStatus> traction =
        CommonProto.optionalEnum(
            proto.hasTraction(), proto.getTractionValue(), TRACTION, path(path, "traction"));
    Optional<AntiLockBrakeStatus> abs =
        CommonProto.optionalEnum(proto.hasAbs(), proto.getAbsValue(), ABS, path(path, "abs"));
    Optional<StabilityControlStatus> scs =
        CommonProto.optionalEnum(proto.hasScs(), proto.getScsValue(), SCS, path(path, "scs"));
    Optional<BrakeBoostApplied> brakeBoost =
        CommonProto.optionalEnum(
            proto.hasBrakeBoost(),
            proto.getBrakeBoostValue(),
            BRAKE_BOOST,
            path(path, "brakeBoost"));
    Optional<AuxiliaryBrakeStatus> auxBrakes =
        CommonProto.optionalEnum(
            proto.hasAuxBrakes(), proto.getAuxBrakesValue(), AUX_BRAKES, path(path, "auxBrakes"));
    return build(
        path,
        () ->
            new BrakeSystemStatus(
                brakePedal,
                optional(proto.hasWheelBrakes(), proto.getWheelBrakes()),
                traction,
                abs,
                scs,
                brakeBoost,
                auxBrakes));
  }

  // ---------------------------------------------------------------- VehicleSafetyExtensions

  public static BsmProtos.VehicleSafetyExtensions toProto(VehicleSafetyExtensions value) {
    BsmProtos.VehicleSafetyExtensions.Builder proto =
        BsmProtos.VehicleSafetyExtensions.newBuilder();
    if (value.events().isPresent()) {
      proto.setEvents(CommonProto.toProto(value.events().get()));
    }
    if (value.pathHistory().isPresent()) {
      proto.setPathHistory(toProto(value.pathHistory().get()));
    }
    if (value.pathPrediction().isPresent()) {
      proto.setPathPrediction(toProto(value.pathPrediction().get()));
    }
    if (value.lights().isPresent()) {
      proto.setLights(CommonProto.toProto(value.lights().get()));
    }
    return proto.build();
  }

  public static VehicleSafetyExtensions fromProto(
      BsmProtos.VehicleSafetyExtensions proto, String path) {
    Optional<BitString> events =
        proto.hasEvents()
            ? Optional.of(CommonProto.fromProto(proto.getEvents(), path(path, "events")))
            : Optional.empty();
    Optional<PathHistory> pathHistory =
        proto.hasPathHistory()
            ? Optional.of(fromProto(proto.getPathHistory(), path(path, "pathHistory")))
            : Optional.empty();
    Optional<PathPrediction> pathPrediction =
        proto.hasPathPrediction()
            ? Optional.of(fromProto(proto.getPathPrediction(), path(path, "pathPrediction")))
            : Optional.empty();
    Optional<BitString> lights =
        proto.hasLights()
            ? Optional.of(CommonProto.fromProto(proto.getLights(), path(path, "lights")))
            : Optional.empty();
    return build(
        path, () -> new VehicleSafetyExtensions(events, pathHistory, pathPrediction, lights));
  }

  // ---------------------------------------------------------------- PathHistory

  public static BsmProtos.PathHistory toProto(PathHistory value) {
    BsmProtos.PathHistory.Builder proto = BsmProtos.PathHistory.newBuilder();
    if (value.initialPosition().isPresent()) {
      proto.setInitialPosition(toProto(value.initialPosition().get()));
    }
    if (value.currGnssStatus().isPresent()) {
      proto.setCurrGnssStatus(value.currGnssStatus().getAsInt());
    }
    List<PathHistoryPoint> crumbData = value.crumbData();
    for (int i = 0; i < crumbData.size(); i++) {
      proto.addCrumbData(toProto(crumbData.get(i)));
    }
    return proto.build();
  }

  public static PathHistory fromProto(BsmProtos.PathHistory proto, String path) {
    Optional<FullPositionVector> initialPosition =
        proto.hasInitialPosition()
            ? Optional.of(fromProto(proto.getInitialPosition(), path(path, "initialPosition")))
            : Optional.empty();
    int count = proto.getCrumbDataCount();
    String listPath = path(path, "crumbData");
    if (count < PathHistory.CRUMB_DATA_MIN || count > PathHistory.CRUMB_DATA_MAX) {
      throw new CodecException(
          Reason.SIZE_OUT_OF_RANGE,
          listPath,
          count
              + " elements, allowed "
              + PathHistory.CRUMB_DATA_MIN
              + ".."
              + PathHistory.CRUMB_DATA_MAX);
    }
    PathHistoryPoint[] crumbData = new PathHistoryPoint[count];
    for (int i = 0; i < count; i++) {
      crumbData[i] = fromProto(proto.getCrumbData(i), listPath + "[" + i + "]");
    }
    return build(
        path,
        () ->
            new PathHistory(
                initialPosition,
                optional(proto.hasCurrGnssStatus(), proto.getCurrGnssStatus()),
                List.of(crumbData)));
  }

  // ---------------------------------------------------------------- FullPositionVector

  public static BsmProtos.FullPositionVector toProto(FullPositionVector value) {
    BsmProtos.FullPositionVector.Builder proto =
        BsmProtos.FullPositionVector.newBuilder().setPos(CommonProto.toProto(value.pos()));
    if (value.utcTime().isPresent()) {
      proto.setUtcTime(toProto(value.utcTime().get()));
    }
    if (value.heading0p0125Deg().isPresent()) {
      proto.setHeading0P0125Deg(value.heading0p0125Deg().getAsInt());
    }
    if (value.transmission().isPresent()) {
      proto.setTransmissionValue(value.transmission().get().ordinal());
    }
    if (value.speed0p02Mps().isPresent()) {
      proto.setSpeed0P02Mps(value.speed0p02Mps().getAsInt());
    }
    if (value.posAccuracy().isPresent()) {
      proto.setPosAccuracy(CommonProto.toProto(value.posAccuracy().get()));
    }
    if (value.posConfidence().isPresent()) {
      proto.setPosConfidence(CommonProto.toProto(value.posConfidence().get()));
    }
    if (value.timeConfidence().isPresent()) {
      proto.setTimeConfidenceValue(value.timeConfidence().get().ordinal());
    }
    if (value.motionCfd().isPresent()) {
      proto.setMotionCfd(CommonProto.toProto(value.motionCfd().get()));
    }
    return proto.build();
  }

  public static FullPositionVector fromProto(BsmProtos.FullPositionVector proto, String path) {
    Optional<DDateTime> utcTime =
        proto.hasUtcTime()
            ? Optional.of(fromProto(proto.getUtcTime(), path(path, "utcTime")))
            : Optional.empty();
    if (!proto.hasPos()) {
      throw missing(path, "pos");
    }
    Position3D pos = CommonProto.fromProto(proto.getPos(), path(path, "pos"));
    Optional<TransmissionState> transmission =
        CommonProto.optionalEnum(
            proto.hasTransmission(),
            proto.getTransmissionValue(),
            TRANSMISSION,
            path(path, "transmission"));
    Optional<PositionalAccuracy> posAccuracy =
        proto.hasPosAccuracy()
            ? Optional.of(CommonProto.fromProto(proto.getPosAccuracy(), path(path, "posAccuracy")))
            : Optional.empty();
    Optional<PositionConfidenceSet> posConfidence =
        proto.hasPosConfidence()
            ? Optional.of(
                CommonProto.fromProto(proto.getPosConfidence(), path(path, "posConficence")))
            : Optional.empty();
    Optional<TimeConfidence> timeConfidence =
        CommonProto.optionalEnum(
            proto.hasTimeConfidence(),
            proto.getTimeConfidenceValue(),
            TIME_CONFIDENCE,
            path(path, "timeConfidence"));
    Optional<MotionConfidenceSet> motionCfd =
        proto.hasMotionCfd()
            ? Optional.of(CommonProto.fromProto(proto.getMotionCfd(), path(path, "motionCfd")))
            : Optional.empty();
    return build(
        path,
        () ->
            new FullPositionVector(
                utcTime,
                pos,
                optional(proto.hasHeading0P0125Deg(), proto.getHeading0P0125Deg()),
                transmission,
                optional(proto.hasSpeed0P02Mps(), proto.getSpeed0P02Mps()),
                posAccuracy,
                posConfidence,
                timeConfidence,
                motionCfd));
  }

  // ---------------------------------------------------------------- DDateTime

  public static BsmProtos.DDateTime toProto(DDateTime value) {
    BsmProtos.DDateTime.Builder proto = BsmProtos.DDateTime.newBuilder();
    if (value.year().isPresent()) {
      proto.setYear(value.year().getAsInt());
    }
    if (value.month().isPresent()) {
      proto.setMonth(value.month().getAsInt());
    }
    if (value.day().isPresent()) {
      proto.setDay(value.day().getAsInt());
    }
    if (value.hour().isPresent()) {
      proto.setHour(value.hour().getAsInt());
    }
    if (value.minute().isPresent()) {
      proto.setMinute(value.minute().getAsInt());
    }
    if (value.secondMs().isPresent()) {
      proto.setSecondMs(value.secondMs().getAsInt());
    }
    if (value.offsetMinutes().isPresent()) {
      proto.setOffsetMinutes(value.offsetMinutes().getAsInt());
    }
    return proto.build();
  }

  public static DDateTime fromProto(BsmProtos.DDateTime proto, String path) {
    return build(
        path,
        () ->
            new DDateTime(
                optional(proto.hasYear(), proto.getYear()),
                optional(proto.hasMonth(), proto.getMonth()),
                optional(proto.hasDay(), proto.getDay()),
                optional(proto.hasHour(), proto.getHour()),
                optional(proto.hasMinute(), proto.getMinute()),
                optional(proto.hasSecondMs(), proto.getSecondMs()),
                optional(proto.hasOffsetMinutes(), proto.getOffsetMinutes())));
  }

  // ---------------------------------------------------------------- PathHistoryPoint

  public static BsmProtos.PathHistoryPoint toProto(PathHistoryPoint value) {
    BsmProtos.PathHistoryPoint.Builder proto =
        BsmProtos.PathHistoryPoint.newBuilder()
            .setLlvOffset(CommonProto.toProto(value.llvOffset()))
            .setTimeOffset10Ms(value.timeOffset10Ms());
    if (value.speed0p02Mps().isPresent()) {
      proto.setSpeed0P02Mps(value.speed0p02Mps().getAsInt());
    }
    if (value.posAccuracy().isPresent()) {
      proto.setPosAccuracy(CommonProto.toProto(value.posAccuracy().get()));
    }
    if (value.heading1p5Deg().isPresent()) {
      proto.setHeading1P5Deg(value.heading1p5Deg().getAsInt());
    }
    return proto.build();
  }

  public static PathHistoryPoint fromProto(BsmProtos.PathHistoryPoint proto, String path) {
    if (!proto.hasLlvOffset()) {
      throw missing(path, "llvOffset");
    }
    PositionOffsetLlv llvOffset =
        CommonProto.fromProto(proto.getLlvOffset(), path(path, "llvOffset"));
    Optional<PositionConfidenceSet> posAccuracy =
        proto.hasPosAccuracy()
            ? Optional.of(CommonProto.fromProto(proto.getPosAccuracy(), path(path, "posAccuracy")))
            : Optional.empty();
    OptionalInt speed = optional(proto.hasSpeed0P02Mps(), proto.getSpeed0P02Mps());
    OptionalInt heading = optional(proto.hasHeading1P5Deg(), proto.getHeading1P5Deg());
    return build(
        path,
        () ->
            new PathHistoryPoint(
                llvOffset, proto.getTimeOffset10Ms(), speed, posAccuracy, heading));
  }

  // ---------------------------------------------------------------- PathPrediction

  public static BsmProtos.PathPrediction toProto(PathPrediction value) {
    return BsmProtos.PathPrediction.newBuilder()
        .setRadiusOfCurveDm(value.radiusOfCurveDm())
        .setConfidence0P5Pct(value.confidence0p5Pct())
        .build();
  }

  public static PathPrediction fromProto(BsmProtos.PathPrediction proto, String path) {
    return build(
        path, () -> new PathPrediction(proto.getRadiusOfCurveDm(), proto.getConfidence0P5Pct()));
  }

  // ---------------------------------------------------------------- VehicleEmergencyExtensions

  public static BsmProtos.VehicleEmergencyExtensions toProto(VehicleEmergencyExtensions value) {
    BsmProtos.VehicleEmergencyExtensions.Builder proto =
        BsmProtos.VehicleEmergencyExtensions.newBuilder();
    if (value.responseType().isPresent()) {
      proto.setResponseTypeValue(value.responseType().get().ordinal());
    }
    if (value.sirenUse().isPresent()) {
      proto.setSirenUseValue(value.sirenUse().get().ordinal());
    }
    if (value.lightsUse().isPresent()) {
      proto.setLightsUseValue(value.lightsUse().get().ordinal());
    }
    return proto.build();
  }

  public static VehicleEmergencyExtensions fromProto(
      BsmProtos.VehicleEmergencyExtensions proto, String path) {
    Optional<ResponseType> responseType =
        CommonProto.optionalEnum(
            proto.hasResponseType(),
            proto.getResponseTypeValue(),
            RESPONSE_TYPE,
            path(path, "responseType"));
    Optional<SirenInUse> sirenUse =
        CommonProto.optionalEnum(
            proto.hasSirenUse(), proto.getSirenUseValue(), SIREN, path(path, "sirenUse"));
    Optional<LightbarInUse> lightsUse =
        CommonProto.optionalEnum(
            proto.hasLightsUse(), proto.getLightsUseValue(), LIGHTBAR, path(path, "lightsUse"));
    return build(path, () -> new VehicleEmergencyExtensions(responseType, sirenUse, lightsUse));
  }
}
