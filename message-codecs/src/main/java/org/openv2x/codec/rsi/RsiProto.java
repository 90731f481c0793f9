package org.openv2x.codec.rsi;

import static org.openv2x.codec.common.CommonProto.build;
import static org.openv2x.codec.common.CommonProto.optional;
import static org.openv2x.codec.common.CommonProto.path;

import com.google.protobuf.ByteString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.common.CommonProto;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.OctetString;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.proto.v1.CommonProtos;
import org.openv2x.proto.v1.RsiProtos;

/**
 * Lossless mapping of the RSI message family to protobuf ({@code v2x/v1/rsi.proto}). {@code
 * toProto} only copies; {@code fromProto} checks every value and names the path of a bad one (ASN.1
 * member names, for example {@code rsiFrame.rtes[0].referencePaths[1].activePath}).
 */
public final class RsiProto {
  private RsiProto() {}

  private static final EventSource[] EVENT_SOURCE = EventSource.values();

  // ---------------------------------------------------------------- RoadSideInformation

  public static RsiProtos.RoadSideInformation toProto(RoadSideInformation value) {
    RsiProtos.RoadSideInformation.Builder proto =
        RsiProtos.RoadSideInformation.newBuilder()
            .setMsgCnt(value.msgCnt())
            .setId(value.id())
            .setRefPos(CommonProto.toProto(value.refPos()));
    if (value.moyMinutes().isPresent()) {
      proto.setMoyMinutes(value.moyMinutes().getAsInt());
    }
    if (value.rtes().isPresent()) {
      List<RteData> rtes = value.rtes().get();
      RsiProtos.RteList.Builder list = RsiProtos.RteList.newBuilder();
      for (int i = 0; i < rtes.size(); i++) {
        list.addItems(toProto(rtes.get(i)));
      }
      proto.setRtes(list);
    }
    if (value.rtss().isPresent()) {
      List<RtsData> rtss = value.rtss().get();
      RsiProtos.RtsList.Builder list = RsiProtos.RtsList.newBuilder();
      for (int i = 0; i < rtss.size(); i++) {
        list.addItems(toProto(rtss.get(i)));
      }
      proto.setRtss(list);
    }
    return proto.build();
  }

  public static RoadSideInformation fromProto(RsiProtos.RoadSideInformation proto, String path) {
    OptionalInt moy = optional(proto.hasMoyMinutes(), proto.getMoyMinutes());
    if (!proto.hasRefPos()) {
      throw missing(path(path, "refPos"));
    }
    Position3D refPos = CommonProto.fromProto(proto.getRefPos(), path(path, "refPos"));
    Optional<List<RteData>> rtes = Optional.empty();
    if (proto.hasRtes()) {
      String listPath = path(path, "rtes");
      List<RsiProtos.RteData> items = proto.getRtes().getItemsList();
      checkCount(
          items.size(), RoadSideInformation.RTES_MIN, RoadSideInformation.RTES_MAX, listPath);
      List<RteData> list = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        list.add(fromProto(items.get(i), listPath + "[" + i + "]"));
      }
      rtes = Optional.of(list);
    }
    Optional<List<RtsData>> rtss = Optional.empty();
    if (proto.hasRtss()) {
      String listPath = path(path, "rtss");
      List<RsiProtos.RtsData> items = proto.getRtss().getItemsList();
      checkCount(
          items.size(), RoadSideInformation.RTSS_MIN, RoadSideInformation.RTSS_MAX, listPath);
      List<RtsData> list = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        list.add(fromProto(items.get(i), listPath + "[" + i + "]"));
      }
      rtss = Optional.of(list);
    }
    Optional<List<RteData>> rteList = rtes;
    Optional<List<RtsData>> rtsList = rtss;
    return build(
        path,
        () ->
            new RoadSideInformation(
                proto.getMsgCnt(), moy, proto.getId(), refPos, rteList, rtsList));
  }

  // ---------------------------------------------------------------- RTEData

  public static RsiProtos.RteData toProto(RteData value) {
    RsiProtos.RteData.Builder proto =
        RsiProtos.RteData.newBuilder()
            .setRteId(value.rteId())
            .setEventType(value.eventType())
            .setEventSourceValue(value.eventSource().ordinal());
    if (value.eventPos().isPresent()) {
      proto.setEventPos(CommonProto.toProto(value.eventPos().get()));
    }
    if (value.eventRadiusDm().isPresent()) {
      proto.setEventRadiusDm(value.eventRadiusDm().getAsInt());
    }
    if (value.description().isPresent()) {
      proto.setDescription(toProto(value.description().get()));
    }
    if (value.timeDetails().isPresent()) {
      proto.setTimeDetails(toProto(value.timeDetails().get()));
    }
    if (value.priority().isPresent()) {
      proto.setPriority(value.priority().getAsInt());
    }
    if (value.referencePaths().isPresent()) {
      proto.setReferencePaths(referencePathsToProto(value.referencePaths().get()));
    }
    if (value.referenceLinks().isPresent()) {
      proto.setReferenceLinks(referenceLinksToProto(value.referenceLinks().get()));
    }
    if (value.eventConfidence0p5Pct().isPresent()) {
      proto.setEventConfidence0P5Pct(value.eventConfidence0p5Pct().getAsInt());
    }
    return proto.build();
  }

  public static RteData fromProto(RsiProtos.RteData proto, String path) {
    EventSource eventSource =
        CommonProto.enumFromNumber(
            proto.getEventSourceValue(), EVENT_SOURCE, path(path, "eventSource"));
    Optional<PositionOffsetLlv> eventPos =
        proto.hasEventPos()
            ? Optional.of(CommonProto.fromProto(proto.getEventPos(), path(path, "eventPos")))
            : Optional.empty();
    Optional<Description> description =
        proto.hasDescription()
            ? Optional.of(fromProto(proto.getDescription(), path(path, "description")))
            : Optional.empty();
    Optional<RsiTimeDetails> timeDetails =
        proto.hasTimeDetails()
            ? Optional.of(fromProto(proto.getTimeDetails(), path(path, "timeDetails")))
            : Optional.empty();
    Optional<List<ReferencePath>> referencePaths =
        proto.hasReferencePaths()
            ? Optional.of(
                referencePathsFromProto(proto.getReferencePaths(), path(path, "referencePaths")))
            : Optional.empty();
    Optional<List<ReferenceLink>> referenceLinks =
        proto.hasReferenceLinks()
            ? Optional.of(
                referenceLinksFromProto(proto.getReferenceLinks(), path(path, "referenceLinks")))
            : Optional.empty();
    return build(
        path,
        () ->
            new RteData(
                proto.getRteId(),
                proto.getEventType(),
                eventSource,
                eventPos,
                optional(proto.hasEventRadiusDm(), proto.getEventRadiusDm()),
                description,
                timeDetails,
                optional(proto.hasPriority(), proto.getPriority()),
                referencePaths,
                referenceLinks,
                optional(proto.hasEventConfidence0P5Pct(), proto.getEventConfidence0P5Pct())));
  }

  // ---------------------------------------------------------------- RTSData

  public static RsiProtos.RtsData toProto(RtsData value) {
    RsiProtos.RtsData.Builder proto =
        RsiProtos.RtsData.newBuilder().setRtsId(value.rtsId()).setSignType(value.signType());
    if (value.signPos().isPresent()) {
      proto.setSignPos(CommonProto.toProto(value.signPos().get()));
    }
    if (value.description().isPresent()) {
      proto.setDescription(toProto(value.description().get()));
    }
    if (value.timeDetails().isPresent()) {
      proto.setTimeDetails(toProto(value.timeDetails().get()));
    }
    if (value.priority().isPresent()) {
      proto.setPriority(value.priority().getAsInt());
    }
    if (value.referencePaths().isPresent()) {
      proto.setReferencePaths(referencePathsToProto(value.referencePaths().get()));
    }
    if (value.referenceLinks().isPresent()) {
      proto.setReferenceLinks(referenceLinksToProto(value.referenceLinks().get()));
    }
    return proto.build();
  }

  public static RtsData fromProto(RsiProtos.RtsData proto, String path) {
    Optional<PositionOffsetLlv> signPos =
        proto.hasSignPos()
            ? Optional.of(CommonProto.fromProto(proto.getSignPos(), path(path, "signPos")))
            : Optional.empty();
    Optional<Description> description =
        proto.hasDescription()
            ? Optional.of(fromProto(proto.getDescription(), path(path, "description")))
            : Optional.empty();
    Optional<RsiTimeDetails> timeDetails =
        proto.hasTimeDetails()
            ? Optional.of(fromProto(proto.getTimeDetails(), path(path, "timeDetails")))
            : Optional.empty();
    Optional<List<ReferencePath>> referencePaths =
        proto.hasReferencePaths()
            ? Optional.of(
                referencePathsFromProto(proto.getReferencePaths(), path(path, "referencePaths")))
            : Optional.empty();
    Optional<List<ReferenceLink>> referenceLinks =
        proto.hasReferenceLinks()
            ? Optional.of(
                referenceLinksFromProto(proto.getReferenceLinks(), path(path, "referenceLinks")))
            : Optional.empty();
    return build(
        path,
        () ->
            new RtsData(
                proto.getRtsId(),
                proto.getSignType(),
                signPos,
                description,
                timeDetails,
                optional(proto.hasPriority(), proto.getPriority()),
                referencePaths,
                referenceLinks));
  }

  // ---------------------------------------------------------------- Description

  public static RsiProtos.Description toProto(Description value) {
    RsiProtos.Description.Builder proto = RsiProtos.Description.newBuilder();
    if (value instanceof Description.TextString text) {
      proto.setTextString(text.text());
    } else {
      proto.setTextGb2312(
          ByteString.copyFrom(((Description.TextGb2312) value).bytes().toByteArray()));
    }
    return proto.build();
  }

  public static Description fromProto(RsiProtos.Description proto, String path) {
    switch (proto.getTextCase()) {
      case TEXT_STRING:
        return build(path, () -> new Description.TextString(proto.getTextString()));
      case TEXT_GB2312:
        OctetString bytes = OctetString.wrap(proto.getTextGb2312().toByteArray());
        return build(path, () -> new Description.TextGb2312(bytes));
      default:
        throw missing(path(path, "text"));
    }
  }

  // ---------------------------------------------------------------- RSITimeDetails

  public static RsiProtos.RsiTimeDetails toProto(RsiTimeDetails value) {
    RsiProtos.RsiTimeDetails.Builder proto = RsiProtos.RsiTimeDetails.newBuilder();
    if (value.startTimeMinutes().isPresent()) {
      proto.setStartTimeMinutes(value.startTimeMinutes().getAsInt());
    }
    if (value.endTimeMinutes().isPresent()) {
      proto.setEndTimeMinutes(value.endTimeMinutes().getAsInt());
    }
    if (value.endTimeConfidence().isPresent()) {
      proto.setEndTimeConfidenceValue(value.endTimeConfidence().get().ordinal());
    }
    return proto.build();
  }

  public static RsiTimeDetails fromProto(RsiProtos.RsiTimeDetails proto, String path) {
    Optional<TimeConfidence> confidence =
        proto.hasEndTimeConfidence()
            ? Optional.of(
                CommonProto.timeConfidence(
                    proto.getEndTimeConfidenceValue(), path(path, "endTimeConfidence")))
            : Optional.empty();
    return build(
        path,
        () ->
            new RsiTimeDetails(
                optional(proto.hasStartTimeMinutes(), proto.getStartTimeMinutes()),
                optional(proto.hasEndTimeMinutes(), proto.getEndTimeMinutes()),
                confidence));
  }

  // ---------------------------------------------------------------- ReferencePath

  public static RsiProtos.ReferencePath toProto(ReferencePath value) {
    RsiProtos.ReferencePath.Builder proto =
        RsiProtos.ReferencePath.newBuilder().setPathRadiusDm(value.pathRadiusDm());
    List<PositionOffsetLlv> activePath = value.activePath();
    for (int i = 0; i < activePath.size(); i++) {
      proto.addActivePath(CommonProto.toProto(activePath.get(i)));
    }
    return proto.build();
  }

  public static ReferencePath fromProto(RsiProtos.ReferencePath proto, String path) {
    String listPath = path(path, "activePath");
    List<CommonProtos.PositionOffsetLlv> items = proto.getActivePathList();
    checkCount(
        items.size(), ReferencePath.ACTIVE_PATH_MIN, ReferencePath.ACTIVE_PATH_MAX, listPath);
    List<PositionOffsetLlv> activePath = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      activePath.add(CommonProto.fromProto(items.get(i), listPath + "[" + i + "]"));
    }
    return build(path, () -> new ReferencePath(activePath, proto.getPathRadiusDm()));
  }

  private static RsiProtos.ReferencePathList referencePathsToProto(List<ReferencePath> items) {
    RsiProtos.ReferencePathList.Builder proto = RsiProtos.ReferencePathList.newBuilder();
    for (int i = 0; i < items.size(); i++) {
      proto.addItems(toProto(items.get(i)));
    }
    return proto.build();
  }

  private static List<ReferencePath> referencePathsFromProto(
      RsiProtos.ReferencePathList proto, String path) {
    List<RsiProtos.ReferencePath> items = proto.getItemsList();
    checkCount(items.size(), RteData.REFERENCE_PATHS_MIN, RteData.REFERENCE_PATHS_MAX, path);
    List<ReferencePath> list = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      list.add(fromProto(items.get(i), path + "[" + i + "]"));
    }
    return list;
  }

  // ---------------------------------------------------------------- ReferenceLink

  public static RsiProtos.ReferenceLink toProto(ReferenceLink value) {
    RsiProtos.ReferenceLink.Builder proto =
        RsiProtos.ReferenceLink.newBuilder()
            .setUpstreamNodeId(CommonProto.toProto(value.upstreamNodeId()))
            .setDownstreamNodeId(CommonProto.toProto(value.downstreamNodeId()));
    if (value.referenceLanes().isPresent()) {
      proto.setReferenceLanes(value.referenceLanes().getAsInt());
    }
    return proto.build();
  }

  public static ReferenceLink fromProto(RsiProtos.ReferenceLink proto, String path) {
    if (!proto.hasUpstreamNodeId()) {
      throw missing(path(path, "upstreamNodeId"));
    }
    if (!proto.hasDownstreamNodeId()) {
      throw missing(path(path, "downstreamNodeId"));
    }
    NodeReferenceId upstream =
        CommonProto.fromProto(proto.getUpstreamNodeId(), path(path, "upstreamNodeId"));
    NodeReferenceId downstream =
        CommonProto.fromProto(proto.getDownstreamNodeId(), path(path, "downstreamNodeId"));
    return build(
        path,
        () ->
            new ReferenceLink(
                upstream,
                downstream,
                optional(proto.hasReferenceLanes(), proto.getReferenceLanes())));
  }

  private static RsiProtos.ReferenceLinkList referenceLinksToProto(List<ReferenceLink> items) {
    RsiProtos.ReferenceLinkList.Builder proto = RsiProtos.ReferenceLinkList.newBuilder();
    for (int i = 0; i < items.size(); i++) {
      proto.addItems(toProto(items.get(i)));
    }
    return proto.build();
  }

  private static List<ReferenceLink> referenceLinksFromProto(
      RsiProtos.ReferenceLinkList proto, String path) {
    List<RsiProtos.ReferenceLink> items = proto.getItemsList();
    checkCount(items.size(), RteData.REFERENCE_LINKS_MIN, RteData.REFERENCE_LINKS_MAX, path);
    List<ReferenceLink> list = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      list.add(fromProto(items.get(i), path + "[" + i + "]"));
    }
    return list;
  }

  // ---------------------------------------------------------------- checks

  private static void checkCount(int count, int lower, int upper, String path) {
    if (count < lower || count > upper) {
      throw new CodecException(
          Reason.SIZE_OUT_OF_RANGE,
          path,
          path + " has " + count + " elements, allowed " + lower + ".." + upper);
    }
  }

  private static CodecException missing(String path) {
    return new CodecException(Reason.MISSING_FIELD, path, "required field is absent");
  }
}
