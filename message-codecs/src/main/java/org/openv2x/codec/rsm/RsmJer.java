package org.openv2x.codec.rsm;

import static org.openv2x.codec.common.CommonJer.build;
import static org.openv2x.codec.common.CommonJer.start;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.openv2x.codec.common.AccelerationSet4Way;
import org.openv2x.codec.common.CommonJer;
import org.openv2x.codec.common.MotionConfidenceSet;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.codec.common.VehicleClassification;
import org.openv2x.codec.common.VehicleSize;
import org.openv2x.codec.jer.JerObject;
import org.openv2x.codec.jer.JerWriter;

/**
 * X.697 JER of the RSM message family. Each {@code writeX(jer, field, value)} writes a member
 * {@code field} (an array element if {@code field} is null); each {@code readX(object)} reads the
 * JSON object of the value. Member names are the ASN.1 names.
 */
public final class RsmJer {
  private RsmJer() {}

  // ---------------------------------------------------------------- RoadsideSafetyMessage

  public static void writeRoadsideSafetyMessage(
      JerWriter jer, String field, RoadsideSafetyMessage value) {
    start(jer, field);
    jer.integer("msgCnt", value.msgCnt());
    jer.octets8("id", value.id());
    CommonJer.writePosition3D(jer, "refPos", value.refPos());
    jer.startArray("participants");
    for (ParticipantData participant : value.participants()) {
      writeParticipantData(jer, null, participant);
    }
    jer.endArray();
    jer.endObject();
  }

  public static RoadsideSafetyMessage readRoadsideSafetyMessage(JerObject o) {
    int msgCnt = o.integer("msgCnt", 0, 127);
    long id = o.octets8("id");
    Position3D refPos = CommonJer.readPosition3D(o.object("refPos"));
    List<ParticipantData> participants =
        o.list(
            "participants",
            RoadsideSafetyMessage.PARTICIPANTS_MIN,
            RoadsideSafetyMessage.PARTICIPANTS_MAX,
            e -> readParticipantData(e.object()));
    return build(o, () -> new RoadsideSafetyMessage(msgCnt, id, refPos, participants));
  }

  // ---------------------------------------------------------------- ParticipantData

  public static void writeParticipantData(JerWriter jer, String field, ParticipantData v) {
    start(jer, field);
    jer.enumerated("ptcType", v.ptcType());
    jer.integer("ptcId", v.ptcId());
    jer.enumerated("source", v.source());
    if (v.id().isPresent()) {
      jer.octets8("id", v.id().getAsLong());
    }
    jer.integer("secMark", v.secMarkMs());
    CommonJer.writePositionOffsetLlv(jer, "pos", v.pos());
    CommonJer.writePositionConfidenceSet(jer, "posConfidence", v.posConfidence());
    if (v.transmission().isPresent()) {
      jer.enumerated("transmission", v.transmission().get());
    }
    jer.integer("speed", v.speed0p02Mps());
    jer.integer("heading", v.heading0p0125Deg());
    jer.integer("angle", v.angle1p5Deg());
    if (v.motionCfd().isPresent()) {
      CommonJer.writeMotionConfidenceSet(jer, "motionCfd", v.motionCfd().get());
    }
    if (v.accelSet().isPresent()) {
      CommonJer.writeAccelerationSet4Way(jer, "accelSet", v.accelSet().get());
    }
    CommonJer.writeVehicleSize(jer, "size", v.size());
    if (v.vehicleClass().isPresent()) {
      CommonJer.writeVehicleClassification(jer, "vehicleClass", v.vehicleClass().get());
    }
    jer.endObject();
  }

  public static ParticipantData readParticipantData(JerObject o) {
    ParticipantType ptcType = o.enumerated("ptcType", ParticipantType.class);
    int ptcId = o.integer("ptcId", 0, ParticipantData.PTC_ID_MAX);
    SourceType source = o.enumerated("source", SourceType.class);
    JerObject.OptionalLongValue idValue = o.optionalOctets8("id");
    OptionalLong id = idValue.present() ? OptionalLong.of(idValue.value()) : OptionalLong.empty();
    int secMark = o.integer("secMark", 0, ParticipantData.SEC_MARK_MAX);
    PositionOffsetLlv pos = CommonJer.readPositionOffsetLlv(o.object("pos"));
    PositionConfidenceSet posConfidence =
        CommonJer.readPositionConfidenceSet(o.object("posConfidence"));
    Optional<TransmissionState> transmission =
        o.optionalEnumerated("transmission", TransmissionState.class);
    int speed = o.integer("speed", 0, ParticipantData.SPEED_MAX);
    int heading = o.integer("heading", 0, ParticipantData.HEADING_MAX);
    OptionalInt angle =
        o.optionalInteger("angle", ParticipantData.ANGLE_MIN, ParticipantData.ANGLE_MAX);
    Optional<MotionConfidenceSet> motionCfd =
        o.optionalObject("motionCfd").map(CommonJer::readMotionConfidenceSet);
    Optional<AccelerationSet4Way> accelSet =
        o.optionalObject("accelSet").map(CommonJer::readAccelerationSet4Way);
    VehicleSize size = CommonJer.readVehicleSize(o.object("size"));
    Optional<VehicleClassification> vehicleClass =
        o.optionalObject("vehicleClass").map(CommonJer::readVehicleClassification);
    return build(
        o,
        () ->
            new ParticipantData(
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
                vehicleClass));
  }
}
