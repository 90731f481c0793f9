package org.openv2x.codec.bsm;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.AccelerationSet4Way;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.CommonUper;
import org.openv2x.codec.common.MotionConfidenceSet;
import org.openv2x.codec.common.OptionalEnums;
import org.openv2x.codec.common.OptionalInts;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.PositionalAccuracy;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.codec.common.VehicleClassification;
import org.openv2x.codec.common.VehicleSize;
import org.openv2x.codec.uper.UperReader;
import org.openv2x.codec.uper.UperWriter;

/**
 * UPER encoding of the BSM message family. Each {@code decodeX(reader, field)} enters {@code field}
 * (null inside a SEQUENCE OF element), reads the value and leaves; each {@code encodeX(writer,
 * value)} writes it. The extension bit and the OPTIONAL bitmap of a SEQUENCE are read with one
 * {@link UperReader#readBits} call; a failure there names the SEQUENCE itself.
 */
public final class BsmUper {
  private BsmUper() {}

  /** A true lower bound of the bits of one PathHistoryPoint: ext bit, bitmap, llvOffset, time. */
  static final int PATH_HISTORY_POINT_MIN_BITS = 1 + 3 + (1 + 3 + 2 * 12) + 16;

  private static final BrakePedalStatus[] BRAKE_PEDAL = BrakePedalStatus.values();
  private static final Optional<BrakePedalStatus>[] OPTIONAL_BRAKE_PEDAL =
      OptionalEnums.cache(BRAKE_PEDAL);
  private static final TractionControlStatus[] TRACTION = TractionControlStatus.values();
  private static final Optional<TractionControlStatus>[] OPTIONAL_TRACTION =
      OptionalEnums.cache(TRACTION);
  private static final AntiLockBrakeStatus[] ABS = AntiLockBrakeStatus.values();
  private static final Optional<AntiLockBrakeStatus>[] OPTIONAL_ABS = OptionalEnums.cache(ABS);
  private static final StabilityControlStatus[] SCS = StabilityControlStatus.values();
  private static final Optional<StabilityControlStatus>[] OPTIONAL_SCS = OptionalEnums.cache(SCS);
  private static final BrakeBoostApplied[] BRAKE_BOOST = BrakeBoostApplied.values();
  private static final Optional<BrakeBoostApplied>[] OPTIONAL_BRAKE_BOOST =
      OptionalEnums.cache(BRAKE_BOOST);
  private static final AuxiliaryBrakeStatus[] AUX_BRAKES = AuxiliaryBrakeStatus.values();
  private static final Optional<AuxiliaryBrakeStatus>[] OPTIONAL_AUX_BRAKES =
      OptionalEnums.cache(AUX_BRAKES);
  private static final ResponseType[] RESPONSE_TYPE = ResponseType.values();
  private static final Optional<ResponseType>[] OPTIONAL_RESPONSE_TYPE =
      OptionalEnums.cache(RESPONSE_TYPE);
  private static final SirenInUse[] SIREN = SirenInUse.values();
  private static final Optional<SirenInUse>[] OPTIONAL_SIREN = OptionalEnums.cache(SIREN);
  private static final LightbarInUse[] LIGHTBAR = LightbarInUse.values();
  private static final Optional<LightbarInUse>[] OPTIONAL_LIGHTBAR = OptionalEnums.cache(LIGHTBAR);

  // ---------------------------------------------------------------- BasicSafetyMessage

  public static BasicSafetyMessage decodeBasicSafetyMessage(UperReader reader, String field) {
    reader.enter(field);
    int preamble = (int) reader.readBits(8, null);
    int msgCnt = reader.readConstrainedInt(0, BasicSafetyMessage.MSG_CNT_MAX, "msgCnt");
    long id = reader.readOctets8("id");
    int secMark = reader.readConstrainedInt(0, BasicSafetyMessage.SEC_MARK_MAX, "secMark");
    Optional<TimeConfidence> timeConfidence =
        (preamble & 0x40) != 0
            ? CommonUper.decodeOptionalEnum(
                reader, CommonUper.OPTIONAL_TIME_CONFIDENCE, false, "timeConfidence")
            : Optional.empty();
    Position3D pos = CommonUper.decodePosition3D(reader, "pos");
    Optional<PositionalAccuracy> posAccuracy =
        (preamble & 0x20) != 0
            ? Optional.of(CommonUper.decodePositionalAccuracy(reader, "posAccuracy"))
            : Optional.empty();
    Optional<PositionConfidenceSet> posConfidence =
        (preamble & 0x10) != 0
            ? CommonUper.decodeOptionalPositionConfidenceSet(reader, "posConfidence")
            : Optional.empty();
    TransmissionState transmission = CommonUper.decodeTransmissionState(reader, "transmission");
    int speed = reader.readConstrainedInt(0, BasicSafetyMessage.SPEED_MAX, "speed");
    int heading = reader.readConstrainedInt(0, BasicSafetyMessage.HEADING_MAX, "heading");
    OptionalInt angle =
        (preamble & 0x08) != 0
            ? OptionalInts.of(
                reader.readConstrainedInt(
                    BasicSafetyMessage.ANGLE_MIN, BasicSafetyMessage.ANGLE_MAX, "angle"))
            : OptionalInt.empty();
    Optional<MotionConfidenceSet> motionCfd =
        (preamble & 0x04) != 0
            ? CommonUper.decodeOptionalMotionConfidenceSet(reader, "motionCfd")
            : Optional.empty();
    AccelerationSet4Way accelSet = CommonUper.decodeAccelerationSet4Way(reader, "accelSet");
    BrakeSystemStatus brakes = decodeBrakeSystemStatus(reader, "brakes");
    VehicleSize size = CommonUper.decodeVehicleSize(reader, "size");
    VehicleClassification vehicleClass =
        CommonUper.decodeVehicleClassification(reader, "vehicleClass");
    Optional<VehicleSafetyExtensions> safetyExt =
        (preamble & 0x02) != 0
            ? Optional.of(decodeVehicleSafetyExtensions(reader, "safetyExt"))
            : Optional.empty();
    Optional<VehicleEmergencyExtensions> emergencyExt =
        (preamble & 0x01) != 0
            ? Optional.of(decodeVehicleEmergencyExtensions(reader, "emergencyExt"))
            : Optional.empty();
    if ((preamble & 0x80) != 0) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new BasicSafetyMessage(
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
        emergencyExt);
  }

  public static void encodeBasicSafetyMessage(UperWriter writer, BasicSafetyMessage value) {
    writer.writeExtensionBit(false);
    int present =
        (value.timeConfidence().isPresent() ? 0x40 : 0)
            | (value.posAccuracy().isPresent() ? 0x20 : 0)
            | (value.posConfidence().isPresent() ? 0x10 : 0)
            | (value.angle1p5Deg().isPresent() ? 0x08 : 0)
            | (value.motionCfd().isPresent() ? 0x04 : 0)
            | (value.safetyExt().isPresent() ? 0x02 : 0)
            | (value.emergencyExt().isPresent() ? 0x01 : 0);
    writer.writeBits(present, 7);
    writer.writeConstrained(value.msgCnt(), 0, BasicSafetyMessage.MSG_CNT_MAX);
    writer.writeOctets8(value.id());
    writer.writeConstrained(value.secMarkMs(), 0, BasicSafetyMessage.SEC_MARK_MAX);
    if (value.timeConfidence().isPresent()) {
      CommonUper.encodeTimeConfidence(writer, value.timeConfidence().get());
    }
    CommonUper.encodePosition3D(writer, value.pos());
    if (value.posAccuracy().isPresent()) {
      CommonUper.encodePositionalAccuracy(writer, value.posAccuracy().get());
    }
    if (value.posConfidence().isPresent()) {
      CommonUper.encodePositionConfidenceSet(writer, value.posConfidence().get());
    }
    CommonUper.encodeTransmissionState(writer, value.transmission());
    writer.writeConstrained(value.speed0p02Mps(), 0, BasicSafetyMessage.SPEED_MAX);
    writer.writeConstrained(value.heading0p0125Deg(), 0, BasicSafetyMessage.HEADING_MAX);
    if (value.angle1p5Deg().isPresent()) {
      writer.writeConstrained(
          value.angle1p5Deg().getAsInt(),
          BasicSafetyMessage.ANGLE_MIN,
          BasicSafetyMessage.ANGLE_MAX);
    }
    if (value.motionCfd().isPresent()) {
      CommonUper.encodeMotionConfidenceSet(writer, value.motionCfd().get());
    }
    CommonUper.encodeAccelerationSet4Way(writer, value.accelSet());
    encodeBrakeSystemStatus(writer, value.brakes());
    CommonUper.encodeVehicleSize(writer, value.size());
    CommonUper.encodeVehicleClassification(writer, value.vehicleClass());
    if (value.safetyExt().isPresent()) {
      encodeVehicleSafetyExtensions(writer, value.safetyExt().get());
    }
    if (value.emergencyExt().isPresent()) {
      encodeVehicleEmergencyExtensions(writer, value.emergencyExt().get());
    }
  }

  // ---------------------------------------------------------------- BrakeSystemStatus

  public static BrakeSystemStatus decodeBrakeSystemStatus(UperReader reader, String field) {
    reader.enter(field);
    int present = (int) reader.readBits(7, null);
    if (present == 0) {
      reader.exit();
      return BrakeSystemStatus.NONE;
    }
    Optional<BrakePedalStatus> brakePedal =
        (present & 0x40) != 0
            ? CommonUper.decodeOptionalEnum(reader, OPTIONAL_BRAKE_PEDAL, false, "brakePadel")
            : Optional.empty();
    OptionalInt wheelBrakes =
        (present & 0x20) != 0
            ? OptionalInts.of(
                reader.readFixedBits(BrakeSystemStatus.WHEEL_BRAKES_BITS, "wheelBrakes"))
            : OptionalInt.empty();
    Optional<TractionControlStatus> traction =
        (present & 0x10) != 0
            ? CommonUper.decodeOptionalEnum(reader, OPTIONAL_TRACTION, false, "traction")
            : Optional.empty();
    Optional<AntiLockBrakeStatus> abs =
        (present & 0x08) != 0
            ? CommonUper.decodeOptionalEnum(reader, OPTIONAL_ABS, false, "abs")
            : Optional.empty();
    Optional<StabilityControlStatus> scs =
        (present & 0x04) != 0
            ? CommonUper.decodeOptionalEnum(reader, OPTIONAL_SCS, false, "scs")
            : Optional.empty();
    Optional<BrakeBoostApplied> brakeBoost =
        (present & 0x02) != 0
            ? CommonUper.decodeOptionalEnum(reader, OPTIONAL_BRAKE_BOOST, false, "brakeBoost")
            : Optional.empty();
    Optional<AuxiliaryBrakeStatus> auxBrakes =
        (present & 0x01) != 0
            ? CommonUper.decodeOptionalEnum(reader, OPTIONAL_AUX_BRAKES, false, "auxBrakes")
            : Optional.empty();
    reader.exit();
    return new BrakeSystemStatus(
        brakePedal, wheelBrakes, traction, abs, scs, brakeBoost, auxBrakes);
  }

  public static void encodeBrakeSystemStatus(UperWriter writer, BrakeSystemStatus value) {
    int present =
        (value.brakePedal().isPresent() ? 0x40 : 0)
            | (value.wheelBrakes().isPresent() ? 0x20 : 0)
            | (value.traction().isPresent() ? 0x10 : 0)
            | (value.abs().isPresent() ? 0x08 : 0)
            | (value.scs().isPresent() ? 0x04 : 0)
            | (value.brakeBoost().isPresent() ? 0x02 : 0)
            | (value.auxBrakes().isPresent() ? 0x01 : 0);
    writer.writeBits(present, 7);
    if (value.brakePedal().isPresent()) {
      CommonUper.encodeEnum(writer, value.brakePedal().get(), BRAKE_PEDAL.length, false);
    }
    if (value.wheelBrakes().isPresent()) {
      writer.writeFixedBits(value.wheelBrakes().getAsInt(), BrakeSystemStatus.WHEEL_BRAKES_BITS);
    }
    if (value.traction().isPresent()) {
      CommonUper.encodeEnum(writer, value.traction().get(), TRACTION.length, false);
    }
    if (value.abs().isPresent()) {
      CommonUper.encodeEnum(writer, value.abs().get(), ABS.length, false);
    }
    if (value.scs().isPresent()) {
      CommonUper.encodeEnum(writer, value.scs().get(), SCS.length, false);
    }
    if (value.brakeBoost().isPresent()) {
      CommonUper.encodeEnum(writer, value.brakeBoost().get(), BRAKE_BOOST.length, false);
    }
    if (value.auxBrakes().isPresent()) {
      CommonUper.encodeEnum(writer, value.auxBrakes().get(), AUX_BRAKES.length, false);
    }
  }

  // ---------------------------------------------------------------- VehicleSafetyExtensions

  public static VehicleSafetyExtensions decodeVehicleSafetyExtensions(
      UperReader reader, String field) {
    reader.enter(field);
    int preamble = (int) reader.readBits(5, null);
    Optional<BitString> events =
        (preamble & 0x08) != 0
            ? Optional.of(
                reader.readBitString(
                    VehicleSafetyExtensions.EVENTS_BITS,
                    VehicleSafetyExtensions.EVENTS_BITS,
                    true,
                    "events"))
            : Optional.empty();
    Optional<PathHistory> pathHistory =
        (preamble & 0x04) != 0
            ? Optional.of(decodePathHistory(reader, "pathHistory"))
            : Optional.empty();
    Optional<PathPrediction> pathPrediction =
        (preamble & 0x02) != 0
            ? Optional.of(decodePathPrediction(reader, "pathPrediction"))
            : Optional.empty();
    Optional<BitString> lights =
        (preamble & 0x01) != 0
            ? Optional.of(
                reader.readBitString(
                    VehicleSafetyExtensions.LIGHTS_BITS,
                    VehicleSafetyExtensions.LIGHTS_BITS,
                    true,
                    "lights"))
            : Optional.empty();
    if ((preamble & 0x10) != 0) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new VehicleSafetyExtensions(events, pathHistory, pathPrediction, lights);
  }

  public static void encodeVehicleSafetyExtensions(
      UperWriter writer, VehicleSafetyExtensions value) {
    writer.writeExtensionBit(false);
    int present =
        (value.events().isPresent() ? 0x08 : 0)
            | (value.pathHistory().isPresent() ? 0x04 : 0)
            | (value.pathPrediction().isPresent() ? 0x02 : 0)
            | (value.lights().isPresent() ? 0x01 : 0);
    writer.writeBits(present, 4);
    if (value.events().isPresent()) {
      writer.writeBitString(
          value.events().get(),
          VehicleSafetyExtensions.EVENTS_BITS,
          VehicleSafetyExtensions.EVENTS_BITS,
          true);
    }
    if (value.pathHistory().isPresent()) {
      encodePathHistory(writer, value.pathHistory().get());
    }
    if (value.pathPrediction().isPresent()) {
      encodePathPrediction(writer, value.pathPrediction().get());
    }
    if (value.lights().isPresent()) {
      writer.writeBitString(
          value.lights().get(),
          VehicleSafetyExtensions.LIGHTS_BITS,
          VehicleSafetyExtensions.LIGHTS_BITS,
          true);
    }
  }

  // ---------------------------------------------------------------- PathHistory

  public static PathHistory decodePathHistory(UperReader reader, String field) {
    reader.enter(field);
    int preamble = (int) reader.readBits(3, null);
    Optional<FullPositionVector> initialPosition =
        (preamble & 0x02) != 0
            ? Optional.of(decodeFullPositionVector(reader, "initialPosition"))
            : Optional.empty();
    OptionalInt currGnssStatus =
        (preamble & 0x01) != 0
            ? OptionalInts.of(reader.readFixedBits(PathHistory.GNSS_STATUS_BITS, "currGNSSstatus"))
            : OptionalInt.empty();
    int count =
        reader.readCount(
            PathHistory.CRUMB_DATA_MIN,
            PathHistory.CRUMB_DATA_MAX,
            PATH_HISTORY_POINT_MIN_BITS,
            "crumbData");
    PathHistoryPoint[] crumbData = new PathHistoryPoint[count];
    reader.enter("crumbData");
    for (int i = 0; i < count; i++) {
      reader.enterElement(i);
      crumbData[i] = decodePathHistoryPoint(reader, null);
      reader.exit();
    }
    reader.exit();
    if ((preamble & 0x04) != 0) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new PathHistory(initialPosition, currGnssStatus, List.of(crumbData));
  }

  public static void encodePathHistory(UperWriter writer, PathHistory value) {
    writer.writeExtensionBit(false);
    int present =
        (value.initialPosition().isPresent() ? 0x02 : 0)
            | (value.currGnssStatus().isPresent() ? 0x01 : 0);
    writer.writeBits(present, 2);
    if (value.initialPosition().isPresent()) {
      encodeFullPositionVector(writer, value.initialPosition().get());
    }
    if (value.currGnssStatus().isPresent()) {
      writer.writeFixedBits(value.currGnssStatus().getAsInt(), PathHistory.GNSS_STATUS_BITS);
    }
    List<PathHistoryPoint> crumbData = value.crumbData();
    int count = crumbData.size();
    writer.writeCount(count, PathHistory.CRUMB_DATA_MIN, PathHistory.CRUMB_DATA_MAX);
    for (int i = 0; i < count; i++) {
      encodePathHistoryPoint(writer, crumbData.get(i));
    }
  }

  // ---------------------------------------------------------------- FullPositionVector

  public static FullPositionVector decodeFullPositionVector(UperReader reader, String field) {
    reader.enter(field);
    int preamble = (int) reader.readBits(9, null);
    Optional<DDateTime> utcTime =
        (preamble & 0x80) != 0 ? Optional.of(decodeDDateTime(reader, "utcTime")) : Optional.empty();
    Position3D pos = CommonUper.decodePosition3D(reader, "pos");
    OptionalInt heading =
        (preamble & 0x40) != 0
            ? OptionalInts.of(
                reader.readConstrainedInt(0, FullPositionVector.HEADING_MAX, "heading"))
            : OptionalInt.empty();
    Optional<TransmissionState> transmission =
        (preamble & 0x20) != 0
            ? CommonUper.decodeOptionalEnum(
                reader, CommonUper.OPTIONAL_TRANSMISSION, false, "transmission")
            : Optional.empty();
    OptionalInt speed =
        (preamble & 0x10) != 0
            ? OptionalInts.of(reader.readConstrainedInt(0, FullPositionVector.SPEED_MAX, "speed"))
            : OptionalInt.empty();
    Optional<PositionalAccuracy> posAccuracy =
        (preamble & 0x08) != 0
            ? Optional.of(CommonUper.decodePositionalAccuracy(reader, "posAccuracy"))
            : Optional.empty();
    Optional<PositionConfidenceSet> posConfidence =
        (preamble & 0x04) != 0
            ? CommonUper.decodeOptionalPositionConfidenceSet(reader, "posConficence")
            : Optional.empty();
    Optional<TimeConfidence> timeConfidence =
        (preamble & 0x02) != 0
            ? CommonUper.decodeOptionalEnum(
                reader, CommonUper.OPTIONAL_TIME_CONFIDENCE, false, "timeConfidence")
            : Optional.empty();
    Optional<MotionConfidenceSet> motionCfd =
        (preamble & 0x01) != 0
            ? CommonUper.decodeOptionalMotionConfidenceSet(reader, "motionCfd")
            : Optional.empty();
    if ((preamble & 0x100) != 0) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new FullPositionVector(
        utcTime,
        pos,
        heading,
        transmission,
        speed,
        posAccuracy,
        posConfidence,
        timeConfidence,
        motionCfd);
  }

  public static void encodeFullPositionVector(UperWriter writer, FullPositionVector value) {
    writer.writeExtensionBit(false);
    int present =
        (value.utcTime().isPresent() ? 0x80 : 0)
            | (value.heading0p0125Deg().isPresent() ? 0x40 : 0)
            | (value.transmission().isPresent() ? 0x20 : 0)
            | (value.speed0p02Mps().isPresent() ? 0x10 : 0)
            | (value.posAccuracy().isPresent() ? 0x08 : 0)
            | (value.posConfidence().isPresent() ? 0x04 : 0)
            | (value.timeConfidence().isPresent() ? 0x02 : 0)
            | (value.motionCfd().isPresent() ? 0x01 : 0);
    writer.writeBits(present, 8);
    if (value.utcTime().isPresent()) {
      encodeDDateTime(writer, value.utcTime().get());
    }
    CommonUper.encodePosition3D(writer, value.pos());
    if (value.heading0p0125Deg().isPresent()) {
      writer.writeConstrained(
          value.heading0p0125Deg().getAsInt(), 0, FullPositionVector.HEADING_MAX);
    }
    if (value.transmission().isPresent()) {
      CommonUper.encodeTransmissionState(writer, value.transmission().get());
    }
    if (value.speed0p02Mps().isPresent()) {
      writer.writeConstrained(value.speed0p02Mps().getAsInt(), 0, FullPositionVector.SPEED_MAX);
    }
    if (value.posAccuracy().isPresent()) {
      CommonUper.encodePositionalAccuracy(writer, value.posAccuracy().get());
    }
    if (value.posConfidence().isPresent()) {
      CommonUper.encodePositionConfidenceSet(writer, value.posConfidence().get());
    }
    if (value.timeConfidence().isPresent()) {
      CommonUper.encodeTimeConfidence(writer, value.timeConfidence().get());
    }
    if (value.motionCfd().isPresent()) {
      CommonUper.encodeMotionConfidenceSet(writer, value.motionCfd().get());
    }
  }

  // ---------------------------------------------------------------- DDateTime

  public static DDateTime decodeDDateTime(UperReader reader, String field) {
    reader.enter(field);
    int present = (int) reader.readBits(7, null);
    OptionalInt year =
        (present & 0x40) != 0
            ? OptionalInts.of(reader.readConstrainedInt(0, DDateTime.YEAR_MAX, "year"))
            : OptionalInt.empty();
    OptionalInt month =
        (present & 0x20) != 0
            ? OptionalInts.of(reader.readConstrainedInt(0, DDateTime.MONTH_MAX, "month"))
            : OptionalInt.empty();
    OptionalInt day =
        (present & 0x10) != 0
            ? OptionalInts.of(reader.readConstrainedInt(0, DDateTime.DAY_MAX, "day"))
            : OptionalInt.empty();
    OptionalInt hour =
        (present & 0x08) != 0
            ? OptionalInts.of(reader.readConstrainedInt(0, DDateTime.HOUR_MAX, "hour"))
            : OptionalInt.empty();
    OptionalInt minute =
        (present & 0x04) != 0
            ? OptionalInts.of(reader.readConstrainedInt(0, DDateTime.MINUTE_MAX, "minute"))
            : OptionalInt.empty();
    OptionalInt second =
        (present & 0x02) != 0
            ? OptionalInts.of(reader.readConstrainedInt(0, DDateTime.SECOND_MAX, "second"))
            : OptionalInt.empty();
    OptionalInt offset =
        (present & 0x01) != 0
            ? OptionalInts.of(
                reader.readConstrainedInt(DDateTime.OFFSET_MIN, DDateTime.OFFSET_MAX, "offset"))
            : OptionalInt.empty();
    reader.exit();
    return new DDateTime(year, month, day, hour, minute, second, offset);
  }

  public static void encodeDDateTime(UperWriter writer, DDateTime value) {
    int present =
        (value.year().isPresent() ? 0x40 : 0)
            | (value.month().isPresent() ? 0x20 : 0)
            | (value.day().isPresent() ? 0x10 : 0)
            | (value.hour().isPresent() ? 0x08 : 0)
            | (value.minute().isPresent() ? 0x04 : 0)
            | (value.secondMs().isPresent() ? 0x02 : 0)
            | (value.offsetMinutes().isPresent() ? 0x01 : 0);
    writer.writeBits(present, 7);
    if (value.year().isPresent()) {
      writer.writeConstrained(value.year().getAsInt(), 0, DDateTime.YEAR_MAX);
    }
    if (value.month().isPresent()) {
      writer.writeConstrained(value.month().getAsInt(), 0, DDateTime.MONTH_MAX);
    }
    if (value.day().isPresent()) {
      writer.writeConstrained(value.day().getAsInt(), 0, DDateTime.DAY_MAX);
    }
    if (value.hour().isPresent()) {
      writer.writeConstrained(value.hour().getAsInt(), 0, DDateTime.HOUR_MAX);
    }
    if (value.minute().isPresent()) {
      writer.writeConstrained(value.minute().getAsInt(), 0, DDateTime.MINUTE_MAX);
    }
    if (value.secondMs().isPresent()) {
      writer.writeConstrained(value.secondMs().getAsInt(), 0, DDateTime.SECOND_MAX);
    }
    if (value.offsetMinutes().isPresent()) {
      writer.writeConstrained(
          value.offsetMinutes().getAsInt(), DDateTime.OFFSET_MIN, DDateTime.OFFSET_MAX);
    }
  }

  // ---------------------------------------------------------------- PathHistoryPoint

  public static PathHistoryPoint decodePathHistoryPoint(UperReader reader, String field) {
    reader.enter(field);
    int preamble = (int) reader.readBits(4, null);
    PositionOffsetLlv llvOffset = CommonUper.decodePositionOffsetLlv(reader, "llvOffset");
    int timeOffset =
        reader.readConstrainedInt(
            PathHistoryPoint.TIME_OFFSET_MIN, PathHistoryPoint.TIME_OFFSET_MAX, "timeOffset");
    OptionalInt speed =
        (preamble & 0x04) != 0
            ? OptionalInts.of(reader.readConstrainedInt(0, PathHistoryPoint.SPEED_MAX, "speed"))
            : OptionalInt.empty();
    Optional<PositionConfidenceSet> posAccuracy =
        (preamble & 0x02) != 0
            ? CommonUper.decodeOptionalPositionConfidenceSet(reader, "posAccuracy")
            : Optional.empty();
    OptionalInt heading =
        (preamble & 0x01) != 0
            ? OptionalInts.of(reader.readConstrainedInt(0, PathHistoryPoint.HEADING_MAX, "heading"))
            : OptionalInt.empty();
    if ((preamble & 0x08) != 0) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new PathHistoryPoint(llvOffset, timeOffset, speed, posAccuracy, heading);
  }

  public static void encodePathHistoryPoint(UperWriter writer, PathHistoryPoint value) {
    writer.writeExtensionBit(false);
    int present =
        (value.speed0p02Mps().isPresent() ? 0x04 : 0)
            | (value.posAccuracy().isPresent() ? 0x02 : 0)
            | (value.heading1p5Deg().isPresent() ? 0x01 : 0);
    writer.writeBits(present, 3);
    CommonUper.encodePositionOffsetLlv(writer, value.llvOffset());
    writer.writeConstrained(
        value.timeOffset10Ms(), PathHistoryPoint.TIME_OFFSET_MIN, PathHistoryPoint.TIME_OFFSET_MAX);
    if (value.speed0p02Mps().isPresent()) {
      writer.writeConstrained(value.speed0p02Mps().getAsInt(), 0, PathHistoryPoint.SPEED_MAX);
    }
    if (value.posAccuracy().isPresent()) {
      CommonUper.encodePositionConfidenceSet(writer, value.posAccuracy().get());
    }
    if (value.heading1p5Deg().isPresent()) {
      writer.writeConstrained(value.heading1p5Deg().getAsInt(), 0, PathHistoryPoint.HEADING_MAX);
    }
  }

  // ---------------------------------------------------------------- PathPrediction

  public static PathPrediction decodePathPrediction(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    int radius =
        reader.readConstrainedInt(
            PathPrediction.RADIUS_MIN, PathPrediction.RADIUS_MAX, "radiusOfCurve");
    int confidence = reader.readConstrainedInt(0, PathPrediction.CONFIDENCE_MAX, "confidence");
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new PathPrediction(radius, confidence);
  }

  public static void encodePathPrediction(UperWriter writer, PathPrediction value) {
    writer.writeExtensionBit(false);
    writer.writeConstrained(
        value.radiusOfCurveDm(), PathPrediction.RADIUS_MIN, PathPrediction.RADIUS_MAX);
    writer.writeConstrained(value.confidence0p5Pct(), 0, PathPrediction.CONFIDENCE_MAX);
  }

  // ---------------------------------------------------------------- VehicleEmergencyExtensions

  public static VehicleEmergencyExtensions decodeVehicleEmergencyExtensions(
      UperReader reader, String field) {
    reader.enter(field);
    int preamble = (int) reader.readBits(4, null);
    Optional<ResponseType> responseType =
        (preamble & 0x04) != 0
            ? CommonUper.decodeOptionalEnum(
                reader, OPTIONAL_RESPONSE_TYPE, ResponseType.EXTENSIBLE, "responseType")
            : Optional.empty();
    Optional<SirenInUse> sirenUse =
        (preamble & 0x02) != 0
            ? CommonUper.decodeOptionalEnum(reader, OPTIONAL_SIREN, false, "sirenUse")
            : Optional.empty();
    Optional<LightbarInUse> lightsUse =
        (preamble & 0x01) != 0
            ? CommonUper.decodeOptionalEnum(reader, OPTIONAL_LIGHTBAR, false, "lightsUse")
            : Optional.empty();
    if ((preamble & 0x08) != 0) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new VehicleEmergencyExtensions(responseType, sirenUse, lightsUse);
  }

  public static void encodeVehicleEmergencyExtensions(
      UperWriter writer, VehicleEmergencyExtensions value) {
    writer.writeExtensionBit(false);
    int present =
        (value.responseType().isPresent() ? 0x04 : 0)
            | (value.sirenUse().isPresent() ? 0x02 : 0)
            | (value.lightsUse().isPresent() ? 0x01 : 0);
    writer.writeBits(present, 3);
    if (value.responseType().isPresent()) {
      CommonUper.encodeEnum(
          writer, value.responseType().get(), RESPONSE_TYPE.length, ResponseType.EXTENSIBLE);
    }
    if (value.sirenUse().isPresent()) {
      CommonUper.encodeEnum(writer, value.sirenUse().get(), SIREN.length, false);
    }
    if (value.lightsUse().isPresent()) {
      CommonUper.encodeEnum(writer, value.lightsUse().get(), LIGHTBAR.length, false);
    }
  }
}
