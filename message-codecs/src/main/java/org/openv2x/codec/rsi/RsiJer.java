package org.openv2x.codec.rsi;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.CommonJer;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.OctetString;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.jer.JerObject;
import org.openv2x.codec.jer.JerWriter;

/**
 * X.697 JER of the RSI message family. Each {@code writeX(jer, field, value)} writes a member
 * {@code field} (an array element if {@code field} is null); each {@code readX(object)} reads the
 * JSON object of the value. Member names are the ASN.1 identifiers.
 */
public final class RsiJer {
  private RsiJer() {}

  // ---------------------------------------------------------------- RoadSideInformation

  public static void writeRoadSideInformation(
      JerWriter jer, String field, RoadSideInformation value) {
    CommonJer.start(jer, field);
    jer.integer("msgCnt", value.msgCnt());
    jer.integer("moy", value.moyMinutes());
    jer.octets8("id", value.id());
    CommonJer.writePosition3D(jer, "refPos", value.refPos());
    if (value.rtes().isPresent()) {
      jer.startArray("rtes");
      for (RteData item : value.rtes().get()) {
        writeRteData(jer, null, item);
      }
      jer.endArray();
    }
    if (value.rtss().isPresent()) {
      jer.startArray("rtss");
      for (RtsData item : value.rtss().get()) {
        writeRtsData(jer, null, item);
      }
      jer.endArray();
    }
    jer.endObject();
  }

  public static RoadSideInformation readRoadSideInformation(JerObject o) {
    int msgCnt = o.integer("msgCnt", 0, RoadSideInformation.MSG_CNT_MAX);
    OptionalInt moy = o.optionalInteger("moy", 0, RoadSideInformation.MOY_MAX);
    long id = o.octets8("id");
    Position3D refPos = CommonJer.readPosition3D(o.object("refPos"));
    Optional<List<RteData>> rtes =
        o.optionalList(
            "rtes",
            RoadSideInformation.RTES_MIN,
            RoadSideInformation.RTES_MAX,
            e -> readRteData(e.object()));
    Optional<List<RtsData>> rtss =
        o.optionalList(
            "rtss",
            RoadSideInformation.RTSS_MIN,
            RoadSideInformation.RTSS_MAX,
            e -> readRtsData(e.object()));
    return CommonJer.build(o, () -> new RoadSideInformation(msgCnt, moy, id, refPos, rtes, rtss));
  }

  // ---------------------------------------------------------------- RTEData

  public static void writeRteData(JerWriter jer, String field, RteData value) {
    CommonJer.start(jer, field);
    jer.integer("rteId", value.rteId());
    jer.integer("eventType", value.eventType());
    jer.enumerated("eventSource", value.eventSource());
    if (value.eventPos().isPresent()) {
      CommonJer.writePositionOffsetLlv(jer, "eventPos", value.eventPos().get());
    }
    jer.integer("eventRadius", value.eventRadiusDm());
    if (value.description().isPresent()) {
      writeDescription(jer, "description", value.description().get());
    }
    if (value.timeDetails().isPresent()) {
      writeRsiTimeDetails(jer, "timeDetails", value.timeDetails().get());
    }
    if (value.priority().isPresent()) {
      jer.octets1("priority", value.priority().getAsInt());
    }
    if (value.referencePaths().isPresent()) {
      writeReferencePathList(jer, "referencePaths", value.referencePaths().get());
    }
    if (value.referenceLinks().isPresent()) {
      writeReferenceLinkList(jer, "referenceLinks", value.referenceLinks().get());
    }
    jer.integer("eventConfidence", value.eventConfidence0p5Pct());
    jer.endObject();
  }

  public static RteData readRteData(JerObject o) {
    int rteId = o.integer("rteId", 0, 255);
    int eventType = o.integer("eventType", 0, 65535);
    EventSource eventSource = o.enumerated("eventSource", EventSource.class);
    Optional<PositionOffsetLlv> eventPos =
        o.optionalObject("eventPos").map(CommonJer::readPositionOffsetLlv);
    OptionalInt eventRadius = o.optionalInteger("eventRadius", 0, ReferencePath.RADIUS_MAX);
    Optional<Description> description =
        o.optionalObject("description").map(RsiJer::readDescription);
    Optional<RsiTimeDetails> timeDetails =
        o.optionalObject("timeDetails").map(RsiJer::readRsiTimeDetails);
    OptionalInt priority = readPriority(o);
    Optional<List<ReferencePath>> referencePaths = readReferencePathList(o);
    Optional<List<ReferenceLink>> referenceLinks = readReferenceLinkList(o);
    OptionalInt eventConfidence = o.optionalInteger("eventConfidence", 0, RteData.CONFIDENCE_MAX);
    return CommonJer.build(
        o,
        () ->
            new RteData(
                rteId,
                eventType,
                eventSource,
                eventPos,
                eventRadius,
                description,
                timeDetails,
                priority,
                referencePaths,
                referenceLinks,
                eventConfidence));
  }

  // ---------------------------------------------------------------- RTSData

  public static void writeRtsData(JerWriter jer, String field, RtsData value) {
    CommonJer.start(jer, field);
    jer.integer("rtsId", value.rtsId());
    jer.integer("signType", value.signType());
    if (value.signPos().isPresent()) {
      CommonJer.writePositionOffsetLlv(jer, "signPos", value.signPos().get());
    }
    if (value.description().isPresent()) {
      writeDescription(jer, "description", value.description().get());
    }
    if (value.timeDetails().isPresent()) {
      writeRsiTimeDetails(jer, "timeDetails", value.timeDetails().get());
    }
    if (value.priority().isPresent()) {
      jer.octets1("priority", value.priority().getAsInt());
    }
    if (value.referencePaths().isPresent()) {
      writeReferencePathList(jer, "referencePaths", value.referencePaths().get());
    }
    if (value.referenceLinks().isPresent()) {
      writeReferenceLinkList(jer, "referenceLinks", value.referenceLinks().get());
    }
    jer.endObject();
  }

  public static RtsData readRtsData(JerObject o) {
    int rtsId = o.integer("rtsId", 0, 255);
    int signType = o.integer("signType", 0, 65535);
    Optional<PositionOffsetLlv> signPos =
        o.optionalObject("signPos").map(CommonJer::readPositionOffsetLlv);
    Optional<Description> description =
        o.optionalObject("description").map(RsiJer::readDescription);
    Optional<RsiTimeDetails> timeDetails =
        o.optionalObject("timeDetails").map(RsiJer::readRsiTimeDetails);
    OptionalInt priority = readPriority(o);
    Optional<List<ReferencePath>> referencePaths = readReferencePathList(o);
    Optional<List<ReferenceLink>> referenceLinks = readReferenceLinkList(o);
    return CommonJer.build(
        o,
        () ->
            new RtsData(
                rtsId,
                signType,
                signPos,
                description,
                timeDetails,
                priority,
                referencePaths,
                referenceLinks));
  }

  // ---------------------------------------------------------------- RSIPriority

  /** RSIPriority, OCTET STRING (SIZE(1)): two hex digits. */
  private static OptionalInt readPriority(JerObject o) {
    return o.has("priority") ? OptionalInt.of(o.octets1("priority")) : OptionalInt.empty();
  }

  // ---------------------------------------------------------------- Description

  public static void writeDescription(JerWriter jer, String field, Description value) {
    CommonJer.start(jer, field);
    if (value instanceof Description.TextString text) {
      jer.string(Description.TextString.ASN_NAME, text.text());
    } else {
      jer.octets(Description.TextGb2312.ASN_NAME, ((Description.TextGb2312) value).bytes());
    }
    jer.endObject();
  }

  public static Description readDescription(JerObject o) {
    String name = o.choiceName();
    if (Description.TextString.ASN_NAME.equals(name)) {
      String text =
          o.ia5String(name, Description.TextString.MIN_LENGTH, Description.TextString.MAX_LENGTH);
      return CommonJer.build(o, () -> new Description.TextString(text));
    }
    if (Description.TextGb2312.ASN_NAME.equals(name)) {
      OctetString bytes =
          o.octets(name, Description.TextGb2312.MIN_OCTETS, Description.TextGb2312.MAX_OCTETS);
      return CommonJer.build(o, () -> new Description.TextGb2312(bytes));
    }
    throw o.unknownAlternative(name);
  }

  // ---------------------------------------------------------------- RSITimeDetails

  public static void writeRsiTimeDetails(JerWriter jer, String field, RsiTimeDetails value) {
    CommonJer.start(jer, field);
    jer.integer("startTime", value.startTimeMinutes());
    jer.integer("endTime", value.endTimeMinutes());
    if (value.endTimeConfidence().isPresent()) {
      jer.enumerated("endTimeConfidence", value.endTimeConfidence().get());
    }
    jer.endObject();
  }

  public static RsiTimeDetails readRsiTimeDetails(JerObject o) {
    OptionalInt start = o.optionalInteger("startTime", 0, RoadSideInformation.MOY_MAX);
    OptionalInt end = o.optionalInteger("endTime", 0, RoadSideInformation.MOY_MAX);
    Optional<TimeConfidence> confidence =
        o.optionalEnumerated("endTimeConfidence", TimeConfidence.class);
    return CommonJer.build(o, () -> new RsiTimeDetails(start, end, confidence));
  }

  // ---------------------------------------------------------------- ReferencePath

  public static void writeReferencePath(JerWriter jer, String field, ReferencePath value) {
    CommonJer.start(jer, field);
    jer.startArray("activePath");
    for (PositionOffsetLlv point : value.activePath()) {
      CommonJer.writePositionOffsetLlv(jer, null, point);
    }
    jer.endArray();
    jer.integer("pathRadius", value.pathRadiusDm());
    jer.endObject();
  }

  public static ReferencePath readReferencePath(JerObject o) {
    List<PositionOffsetLlv> activePath =
        o.list(
            "activePath",
            ReferencePath.ACTIVE_PATH_MIN,
            ReferencePath.ACTIVE_PATH_MAX,
            e -> CommonJer.readPositionOffsetLlv(e.object()));
    int pathRadius = o.integer("pathRadius", 0, ReferencePath.RADIUS_MAX);
    return CommonJer.build(o, () -> new ReferencePath(activePath, pathRadius));
  }

  private static void writeReferencePathList(
      JerWriter jer, String field, List<ReferencePath> items) {
    jer.startArray(field);
    for (ReferencePath item : items) {
      writeReferencePath(jer, null, item);
    }
    jer.endArray();
  }

  private static Optional<List<ReferencePath>> readReferencePathList(JerObject o) {
    return o.optionalList(
        "referencePaths",
        RteData.REFERENCE_PATHS_MIN,
        RteData.REFERENCE_PATHS_MAX,
        e -> readReferencePath(e.object()));
  }

  // ---------------------------------------------------------------- ReferenceLink

  public static void writeReferenceLink(JerWriter jer, String field, ReferenceLink value) {
    CommonJer.start(jer, field);
    CommonJer.writeNodeReferenceId(jer, "upstreamNodeId", value.upstreamNodeId());
    CommonJer.writeNodeReferenceId(jer, "downstreamNodeId", value.downstreamNodeId());
    if (value.referenceLanes().isPresent()) {
      jer.fixedBits("referenceLanes", value.referenceLanes().getAsInt(), ReferenceLanes.SIZE_BITS);
    }
    jer.endObject();
  }

  public static ReferenceLink readReferenceLink(JerObject o) {
    NodeReferenceId upstream = CommonJer.readNodeReferenceId(o.object("upstreamNodeId"));
    NodeReferenceId downstream = CommonJer.readNodeReferenceId(o.object("downstreamNodeId"));
    OptionalInt lanes = o.optionalFixedBits("referenceLanes", ReferenceLanes.SIZE_BITS);
    return CommonJer.build(o, () -> new ReferenceLink(upstream, downstream, lanes));
  }

  private static void writeReferenceLinkList(
      JerWriter jer, String field, List<ReferenceLink> items) {
    jer.startArray(field);
    for (ReferenceLink item : items) {
      writeReferenceLink(jer, null, item);
    }
    jer.endArray();
  }

  private static Optional<List<ReferenceLink>> readReferenceLinkList(JerObject o) {
    return o.optionalList(
        "referenceLinks",
        RteData.REFERENCE_LINKS_MIN,
        RteData.REFERENCE_LINKS_MAX,
        e -> readReferenceLink(e.object()));
  }
}
