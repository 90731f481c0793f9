package org.openv2x.codec.rsm;

import static org.openv2x.codec.common.CommonProto.build;
import static org.openv2x.codec.common.CommonProto.optional;
import static org.openv2x.codec.common.CommonProto.path;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.common.AccelerationSet4Way;
import org.openv2x.codec.common.CommonProto;
import org.openv2x.codec.common.MotionConfidenceSet;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.codec.common.VehicleClassification;
import org.openv2x.codec.common.VehicleSize;
import org.openv2x.proto.v1.RsmProtos;

/**
 * Lossless mapping of the RSM message family to protobuf ({@code v2x/v1/rsm.proto}). {@code
 * toProto} only copies; {@code fromProto} checks every value and names the path of a bad one (ASN.1
 * member names, list elements as {@code [i]}).
 */
public final class RsmProto {
  private RsmProto() {}

  private static final ParticipantType[] PARTICIPANT_TYPES = ParticipantType.values();
  private static final SourceType[] SOURCE_TYPES = SourceType.values();

  // ---------------------------------------------------------------- RoadsideSafetyMessage

  public static RsmProtos.RoadsideSafetyMessage toProto(RoadsideSafetyMessage value) {
    RsmProtos.RoadsideSafetyMessage.Builder proto =
        RsmProtos.RoadsideSafetyMessage.newBuilder()
            .setMsgCnt(value.msgCnt())
            .setId(value.id())
            .setRefPos(CommonProto.toProto(value.refPos()));
    List<ParticipantData> participants = value.participants();
    for (int i = 0; i < participants.size(); i++) {
      proto.addParticipants(toProto(participants.get(i)));
    }
    return proto.build();
  }

  public static RoadsideSafetyMessage fromProto(
      RsmProtos.RoadsideSafetyMessage proto, String path) {
    long id = proto.getId();
    requirePresent(proto.hasRefPos(), path(path, "refPos"));
    Position3D refPos = CommonProto.fromProto(proto.getRefPos(), path(path, "refPos"));
    String listPath = path(path, "participants");
    int count = proto.getParticipantsCount();
    if (count < RoadsideSafetyMessage.PARTICIPANTS_MIN
        || count > RoadsideSafetyMessage.PARTICIPANTS_MAX) {
      throw new CodecException(
          Reason.SIZE_OUT_OF_RANGE,
          listPath,
          count
              + " elements, allowed "
              + RoadsideSafetyMessage.PARTICIPANTS_MIN
              + ".."
              + RoadsideSafetyMessage.PARTICIPANTS_MAX);
    }
    ParticipantData[] participants = new ParticipantData[count];
    for (int i = 0; i < count; i++) {
      participants[i] = fromProto(proto.getParticipants(i), listPath + "[" + i + "]");
    }
    return build(
        path,
        () -> new RoadsideSafetyMessage(proto.getMsgCnt(), id, refPos, List.of(participants)));
  }

  // ---------------------------------------------------------------- ParticipantData

  public static RsmProtos.ParticipantData toProto(ParticipantData value) {
    RsmProtos.ParticipantData.Builder proto =
        RsmProtos.ParticipantData.newBuilder()
            .setPtcTypeValue(value.ptcType().ordinal())
            .setPtcId(value.ptcId())
            .setSourceValue(value.source().ordinal())
            .setSecMarkMs(value.secMarkMs())
            .setPos(CommonProto.toProto(value.pos()))
            .setPosConfidence(CommonProto.toProto(value.posConfidence()))
            .setSpeed0P02Mps(value.speed0p02Mps())
            .setHeading0P0125Deg(value.heading0p0125Deg())
            .setSize(CommonProto.toProto(value.size()));
    if (value.id().isPresent()) {
      proto.setId(value.id().getAsLong());
    }
    if (value.transmission().isPresent()) {
      proto.setTransmissionValue(value.transmission().get().ordinal());
    }
    if (value.angle1p5Deg().isPresent()) {
      proto.setAngle1P5Deg(value.angle1p5Deg().getAsInt());
    }
    if (value.motionCfd().isPresent()) {
      proto.setMotionCfd(CommonProto.toProto(value.motionCfd().get()));
    }
    if (value.accelSet().isPresent()) {
      proto.setAccelSet(CommonProto.toProto(value.accelSet().get()));
    }
    if (value.vehicleClass().isPresent()) {
      proto.setVehicleClass(CommonProto.toProto(value.vehicleClass().get()));
    }
    return proto.build();
  }

  public static ParticipantData fromProto(RsmProtos.ParticipantData proto, String path) {
    ParticipantType ptcType =
        CommonProto.enumFromNumber(
            proto.getPtcTypeValue(), PARTICIPANT_TYPES, path(path, "ptcType"));
    SourceType source =
        CommonProto.enumFromNumber(proto.getSourceValue(), SOURCE_TYPES, path(path, "source"));
    OptionalLong id = proto.hasId() ? OptionalLong.of(proto.getId()) : OptionalLong.empty();
    requirePresent(proto.hasPos(), path(path, "pos"));
    PositionOffsetLlv pos = CommonProto.fromProto(proto.getPos(), path(path, "pos"));
    requirePresent(proto.hasPosConfidence(), path(path, "posConfidence"));
    PositionConfidenceSet posConfidence =
        CommonProto.fromProto(proto.getPosConfidence(), path(path, "posConfidence"));
    Optional<TransmissionState> transmission =
        proto.hasTransmission()
            ? Optional.of(
                CommonProto.transmissionState(
                    proto.getTransmissionValue(), path(path, "transmission")))
            : Optional.empty();
    Optional<MotionConfidenceSet> motionCfd =
        proto.hasMotionCfd()
            ? Optional.of(CommonProto.fromProto(proto.getMotionCfd(), path(path, "motionCfd")))
            : Optional.empty();
    Optional<AccelerationSet4Way> accelSet =
        proto.hasAccelSet()
            ? Optional.of(CommonProto.fromProto(proto.getAccelSet(), path(path, "accelSet")))
            : Optional.empty();
    requirePresent(proto.hasSize(), path(path, "size"));
    VehicleSize size = CommonProto.fromProto(proto.getSize(), path(path, "size"));
    Optional<VehicleClassification> vehicleClass =
        proto.hasVehicleClass()
            ? Optional.of(
                CommonProto.fromProto(proto.getVehicleClass(), path(path, "vehicleClass")))
            : Optional.empty();
    return build(
        path,
        () ->
            new ParticipantData(
                ptcType,
                proto.getPtcId(),
                source,
                id,
                proto.getSecMarkMs(),
                pos,
                posConfidence,
                transmission,
                proto.getSpeed0P02Mps(),
                proto.getHeading0P0125Deg(),
                optional(proto.hasAngle1P5Deg(), proto.getAngle1P5Deg()),
                motionCfd,
                accelSet,
                size,
                vehicleClass));
  }

  // ---------------------------------------------------------------- helpers

  private static void requirePresent(boolean present, String path) {
    if (!present) {
      throw new CodecException(Reason.MISSING_FIELD, path, "required message is absent");
    }
  }
}
