package org.openv2x.codec.rsm;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.openv2x.codec.common.AccelerationSet4Way;
import org.openv2x.codec.common.CommonUper;
import org.openv2x.codec.common.MotionConfidenceSet;
import org.openv2x.codec.common.OptionalInts;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.codec.common.VehicleClassification;
import org.openv2x.codec.common.VehicleSize;
import org.openv2x.codec.uper.UperReader;
import org.openv2x.codec.uper.UperWriter;

/**
 * UPER encoding of the RSM message family. Each {@code decodeX(reader, field)} enters {@code field}
 * (null inside a SEQUENCE OF element), reads the value and leaves; each {@code encodeX(writer,
 * value)} writes it. The extension bit and the extension additions of a SEQUENCE are read with a
 * null leaf, so an error there names the SEQUENCE itself.
 */
public final class RsmUper {
  private RsmUper() {}

  private static final ParticipantType[] PARTICIPANT_TYPES = ParticipantType.values();
  private static final SourceType[] SOURCE_TYPES = SourceType.values();
  private static final int MSG_CNT_MAX = 127;

  /**
   * Fewest bits of one ParticipantData: extension bit, 6 presence bits, ptcType 4, ptcId 16, source
   * 4, secMark 16, pos (1 + 3 + 2 * 12), posConfidence (1 + 4), speed 13, heading 15, size (1 + 10
   * + 12).
   */
  static final int PARTICIPANT_DATA_MIN_BITS = 1 + 6 + 4 + 16 + 4 + 16 + 28 + 5 + 13 + 15 + 23;

  // ---------------------------------------------------------------- RoadsideSafetyMessage

  public static RoadsideSafetyMessage decodeRoadsideSafetyMessage(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    int msgCnt = reader.readConstrainedInt(0, MSG_CNT_MAX, "msgCnt");
    long id = reader.readOctets8("id");
    Position3D refPos = CommonUper.decodePosition3D(reader, "refPos");
    int count =
        reader.readCount(
            RoadsideSafetyMessage.PARTICIPANTS_MIN,
            RoadsideSafetyMessage.PARTICIPANTS_MAX,
            PARTICIPANT_DATA_MIN_BITS,
            "participants");
    ParticipantData[] participants = new ParticipantData[count];
    reader.enter("participants");
    for (int i = 0; i < count; i++) {
      reader.enterElement(i);
      participants[i] = decodeParticipantData(reader, null);
      reader.exit();
    }
    reader.exit();
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new RoadsideSafetyMessage(msgCnt, id, refPos, List.of(participants));
  }

  public static void encodeRoadsideSafetyMessage(UperWriter writer, RoadsideSafetyMessage value) {
    writer.writeExtensionBit(false);
    writer.writeConstrained(value.msgCnt(), 0, MSG_CNT_MAX);
    writer.writeOctets8(value.id());
    CommonUper.encodePosition3D(writer, value.refPos());
    List<ParticipantData> participants = value.participants();
    writer.writeCount(
        participants.size(),
        RoadsideSafetyMessage.PARTICIPANTS_MIN,
        RoadsideSafetyMessage.PARTICIPANTS_MAX);
    for (int i = 0; i < participants.size(); i++) {
      encodeParticipantData(writer, participants.get(i));
    }
  }

  // ---------------------------------------------------------------- ParticipantData

  public static ParticipantData decodeParticipantData(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    boolean hasId = reader.readBoolean("id");
    boolean hasTransmission = reader.readBoolean("transmission");
    boolean hasAngle = reader.readBoolean("angle");
    boolean hasMotionCfd = reader.readBoolean("motionCfd");
    boolean hasAccelSet = reader.readBoolean("accelSet");
    boolean hasVehicleClass = reader.readBoolean("vehicleClass");
    ParticipantType ptcType =
        CommonUper.decodeEnum(reader, PARTICIPANT_TYPES, ParticipantType.EXTENSIBLE, "ptcType");
    int ptcId = reader.readConstrainedInt(0, ParticipantData.PTC_ID_MAX, "ptcId");
    SourceType source =
        CommonUper.decodeEnum(reader, SOURCE_TYPES, SourceType.EXTENSIBLE, "source");
    OptionalLong id = hasId ? OptionalLong.of(reader.readOctets8("id")) : OptionalLong.empty();
    int secMark = reader.readConstrainedInt(0, ParticipantData.SEC_MARK_MAX, "secMark");
    PositionOffsetLlv pos = CommonUper.decodePositionOffsetLlv(reader, "pos");
    PositionConfidenceSet posConfidence =
        CommonUper.decodePositionConfidenceSet(reader, "posConfidence");
    Optional<TransmissionState> transmission =
        hasTransmission
            ? CommonUper.decodeOptionalEnum(
                reader, CommonUper.OPTIONAL_TRANSMISSION, false, "transmission")
            : Optional.empty();
    int speed = reader.readConstrainedInt(0, ParticipantData.SPEED_MAX, "speed");
    int heading = reader.readConstrainedInt(0, ParticipantData.HEADING_MAX, "heading");
    OptionalInt angle =
        hasAngle
            ? OptionalInts.of(
                reader.readConstrainedInt(
                    ParticipantData.ANGLE_MIN, ParticipantData.ANGLE_MAX, "angle"))
            : OptionalInt.empty();
    Optional<MotionConfidenceSet> motionCfd =
        hasMotionCfd
            ? CommonUper.decodeOptionalMotionConfidenceSet(reader, "motionCfd")
            : Optional.empty();
    Optional<AccelerationSet4Way> accelSet =
        hasAccelSet
            ? Optional.of(CommonUper.decodeAccelerationSet4Way(reader, "accelSet"))
            : Optional.empty();
    VehicleSize size = CommonUper.decodeVehicleSize(reader, "size");
    Optional<VehicleClassification> vehicleClass =
        hasVehicleClass
            ? Optional.of(CommonUper.decodeVehicleClassification(reader, "vehicleClass"))
            : Optional.empty();
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new ParticipantData(
        ptcType,
        ptcId,
        source,
        id,
        secMark,
        pos,
        posConfidence,
        transmission,
        speed,
        heading,
        angle,
        motionCfd,
        accelSet,
        size,
        vehicleClass);
  }

  public static void encodeParticipantData(UperWriter writer, ParticipantData value) {
    writer.writeExtensionBit(false);
    writer.writeBoolean(value.id().isPresent());
    writer.writeBoolean(value.transmission().isPresent());
    writer.writeBoolean(value.angle1p5Deg().isPresent());
    writer.writeBoolean(value.motionCfd().isPresent());
    writer.writeBoolean(value.accelSet().isPresent());
    writer.writeBoolean(value.vehicleClass().isPresent());
    CommonUper.encodeEnum(
        writer, value.ptcType(), PARTICIPANT_TYPES.length, ParticipantType.EXTENSIBLE);
    writer.writeConstrained(value.ptcId(), 0, ParticipantData.PTC_ID_MAX);
    CommonUper.encodeEnum(writer, value.source(), SOURCE_TYPES.length, SourceType.EXTENSIBLE);
    if (value.id().isPresent()) {
      writer.writeOctets8(value.id().getAsLong());
    }
    writer.writeConstrained(value.secMarkMs(), 0, ParticipantData.SEC_MARK_MAX);
    CommonUper.encodePositionOffsetLlv(writer, value.pos());
    CommonUper.encodePositionConfidenceSet(writer, value.posConfidence());
    if (value.transmission().isPresent()) {
      CommonUper.encodeTransmissionState(writer, value.transmission().get());
    }
    writer.writeConstrained(value.speed0p02Mps(), 0, ParticipantData.SPEED_MAX);
    writer.writeConstrained(value.heading0p0125Deg(), 0, ParticipantData.HEADING_MAX);
    if (value.angle1p5Deg().isPresent()) {
      writer.writeConstrained(
          value.angle1p5Deg().getAsInt(), ParticipantData.ANGLE_MIN, ParticipantData.ANGLE_MAX);
    }
    if (value.motionCfd().isPresent()) {
      CommonUper.encodeMotionConfidenceSet(writer, value.motionCfd().get());
    }
    if (value.accelSet().isPresent()) {
      CommonUper.encodeAccelerationSet4Way(writer, value.accelSet().get());
    }
    CommonUper.encodeVehicleSize(writer, value.size());
    if (value.vehicleClass().isPresent()) {
      CommonUper.encodeVehicleClassification(writer, value.vehicleClass().get());
    }
  }
}
