package org.openv2x.codec.rsi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.CommonUper;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.OctetString;
import org.openv2x.codec.common.OptionalInts;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.uper.UperReader;
import org.openv2x.codec.uper.UperWriter;

/**
 * UPER encoding of the RSI message family. Each {@code decodeX(reader, field)} enters {@code field}
 * (null inside a SEQUENCE OF element), reads the value and leaves; each {@code encodeX(writer,
 * value)} writes it.
 */
public final class RsiUper {
  private RsiUper() {}

  private static final EventSource[] EVENT_SOURCE = EventSource.values();
  private static final int DESCRIPTION_ALTERNATIVES = 2;

  // Lower bounds of one element's encoding, in bits, so a lying count fails before allocation.
  /** RTEData: extension bit, 8 presence bits, rteId, eventType, eventSource. */
  static final int MIN_RTE_BITS = 1 + 8 + 8 + 16 + 4;

  /** RTSData: extension bit, 6 presence bits, rtsId, signType. */
  static final int MIN_RTS_BITS = 1 + 6 + 8 + 16;

  /** PositionOffsetLLV: presence bit, CHOICE index, two 12-bit offsets. */
  static final int MIN_POINT_BITS = 1 + 3 + 24;

  /** ReferencePath: point count, one point, pathRadius. */
  static final int MIN_PATH_BITS = 5 + MIN_POINT_BITS + 16;

  /** ReferenceLink: presence bit, two NodeReferenceIDs without region. */
  static final int MIN_LINK_BITS = 1 + 17 + 17;

  // ---------------------------------------------------------------- RoadSideInformation

  public static RoadSideInformation decodeRoadSideInformation(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    boolean hasMoy = reader.readBoolean("moy");
    boolean hasRtes = reader.readBoolean("rtes");
    boolean hasRtss = reader.readBoolean("rtss");
    int msgCnt = reader.readConstrainedInt(0, RoadSideInformation.MSG_CNT_MAX, "msgCnt");
    OptionalInt moy =
        hasMoy
            ? OptionalInts.of(reader.readConstrainedInt(0, RoadSideInformation.MOY_MAX, "moy"))
            : OptionalInt.empty();
    long id = reader.readOctets8("id");
    Position3D refPos = CommonUper.decodePosition3D(reader, "refPos");
    Optional<List<RteData>> rtes =
        hasRtes ? Optional.of(decodeRteList(reader, "rtes")) : Optional.empty();
    Optional<List<RtsData>> rtss =
        hasRtss ? Optional.of(decodeRtsList(reader, "rtss")) : Optional.empty();
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new RoadSideInformation(msgCnt, moy, id, refPos, rtes, rtss);
  }

  public static void encodeRoadSideInformation(UperWriter writer, RoadSideInformation value) {
    writer.writeExtensionBit(false);
    writer.writeBoolean(value.moyMinutes().isPresent());
    writer.writeBoolean(value.rtes().isPresent());
    writer.writeBoolean(value.rtss().isPresent());
    writer.writeConstrained(value.msgCnt(), 0, RoadSideInformation.MSG_CNT_MAX);
    if (value.moyMinutes().isPresent()) {
      writer.writeConstrained(value.moyMinutes().getAsInt(), 0, RoadSideInformation.MOY_MAX);
    }
    writer.writeOctets8(value.id());
    CommonUper.encodePosition3D(writer, value.refPos());
    if (value.rtes().isPresent()) {
      List<RteData> rtes = value.rtes().get();
      writer.writeCount(rtes.size(), RoadSideInformation.RTES_MIN, RoadSideInformation.RTES_MAX);
      for (int i = 0; i < rtes.size(); i++) {
        encodeRteData(writer, rtes.get(i));
      }
    }
    if (value.rtss().isPresent()) {
      List<RtsData> rtss = value.rtss().get();
      writer.writeCount(rtss.size(), RoadSideInformation.RTSS_MIN, RoadSideInformation.RTSS_MAX);
      for (int i = 0; i < rtss.size(); i++) {
        encodeRtsData(writer, rtss.get(i));
      }
    }
  }

  private static List<RteData> decodeRteList(UperReader reader, String field) {
    int n =
        reader.readCount(
            RoadSideInformation.RTES_MIN, RoadSideInformation.RTES_MAX, MIN_RTE_BITS, field);
    List<RteData> items = new ArrayList<>(n);
    reader.enter(field);
    for (int i = 0; i < n; i++) {
      reader.enterElement(i);
      items.add(decodeRteData(reader, null));
      reader.exit();
    }
    reader.exit();
    return items;
  }

  private static List<RtsData> decodeRtsList(UperReader reader, String field) {
    int n =
        reader.readCount(
            RoadSideInformation.RTSS_MIN, RoadSideInformation.RTSS_MAX, MIN_RTS_BITS, field);
    List<RtsData> items = new ArrayList<>(n);
    reader.enter(field);
    for (int i = 0; i < n; i++) {
      reader.enterElement(i);
      items.add(decodeRtsData(reader, null));
      reader.exit();
    }
    reader.exit();
    return items;
  }

  // ---------------------------------------------------------------- RTEData

  public static RteData decodeRteData(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    boolean hasEventPos = reader.readBoolean("eventPos");
    boolean hasEventRadius = reader.readBoolean("eventRadius");
    boolean hasDescription = reader.readBoolean("description");
    boolean hasTimeDetails = reader.readBoolean("timeDetails");
    boolean hasPriority = reader.readBoolean("priority");
    boolean hasReferencePaths = reader.readBoolean("referencePaths");
    boolean hasReferenceLinks = reader.readBoolean("referenceLinks");
    boolean hasEventConfidence = reader.readBoolean("eventConfidence");
    int rteId = reader.readConstrainedInt(0, 255, "rteId");
    int eventType = reader.readConstrainedInt(0, 65535, "eventType");
    EventSource eventSource =
        EVENT_SOURCE[
            reader.readEnumerated(EVENT_SOURCE.length, EventSource.EXTENSIBLE, "eventSource")];
    Optional<PositionOffsetLlv> eventPos =
        hasEventPos
            ? Optional.of(CommonUper.decodePositionOffsetLlv(reader, "eventPos"))
            : Optional.empty();
    OptionalInt eventRadius =
        hasEventRadius
            ? OptionalInts.of(reader.readConstrainedInt(0, ReferencePath.RADIUS_MAX, "eventRadius"))
            : OptionalInt.empty();
    Optional<Description> description =
        hasDescription ? Optional.of(decodeDescription(reader, "description")) : Optional.empty();
    Optional<RsiTimeDetails> timeDetails =
        hasTimeDetails
            ? Optional.of(decodeRsiTimeDetails(reader, "timeDetails"))
            : Optional.empty();
    OptionalInt priority =
        hasPriority ? OptionalInts.of(decodePriority(reader, "priority")) : OptionalInt.empty();
    Optional<List<ReferencePath>> referencePaths =
        hasReferencePaths
            ? Optional.of(decodeReferencePathList(reader, "referencePaths"))
            : Optional.empty();
    Optional<List<ReferenceLink>> referenceLinks =
        hasReferenceLinks
            ? Optional.of(decodeReferenceLinkList(reader, "referenceLinks"))
            : Optional.empty();
    OptionalInt eventConfidence =
        hasEventConfidence
            ? OptionalInts.of(
                reader.readConstrainedInt(0, RteData.CONFIDENCE_MAX, "eventConfidence"))
            : OptionalInt.empty();
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new RteData(
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
        eventConfidence);
  }

  public static void encodeRteData(UperWriter writer, RteData value) {
    writer.writeExtensionBit(false);
    writer.writeBoolean(value.eventPos().isPresent());
    writer.writeBoolean(value.eventRadiusDm().isPresent());
    writer.writeBoolean(value.description().isPresent());
    writer.writeBoolean(value.timeDetails().isPresent());
    writer.writeBoolean(value.priority().isPresent());
    writer.writeBoolean(value.referencePaths().isPresent());
    writer.writeBoolean(value.referenceLinks().isPresent());
    writer.writeBoolean(value.eventConfidence0p5Pct().isPresent());
    writer.writeConstrained(value.rteId(), 0, 255);
    writer.writeConstrained(value.eventType(), 0, 65535);
    writer.writeEnumerated(
        value.eventSource().ordinal(), EVENT_SOURCE.length, EventSource.EXTENSIBLE);
    if (value.eventPos().isPresent()) {
      CommonUper.encodePositionOffsetLlv(writer, value.eventPos().get());
    }
    if (value.eventRadiusDm().isPresent()) {
      writer.writeConstrained(value.eventRadiusDm().getAsInt(), 0, ReferencePath.RADIUS_MAX);
    }
    if (value.description().isPresent()) {
      encodeDescription(writer, value.description().get());
    }
    if (value.timeDetails().isPresent()) {
      encodeRsiTimeDetails(writer, value.timeDetails().get());
    }
    if (value.priority().isPresent()) {
      encodePriority(writer, value.priority().getAsInt());
    }
    if (value.referencePaths().isPresent()) {
      encodeReferencePathList(writer, value.referencePaths().get());
    }
    if (value.referenceLinks().isPresent()) {
      encodeReferenceLinkList(writer, value.referenceLinks().get());
    }
    if (value.eventConfidence0p5Pct().isPresent()) {
      writer.writeConstrained(value.eventConfidence0p5Pct().getAsInt(), 0, RteData.CONFIDENCE_MAX);
    }
  }

  // ---------------------------------------------------------------- RTSData

  public static RtsData decodeRtsData(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    boolean hasSignPos = reader.readBoolean("signPos");
    boolean hasDescription = reader.readBoolean("description");
    boolean hasTimeDetails = reader.readBoolean("timeDetails");
    boolean hasPriority = reader.readBoolean("priority");
    boolean hasReferencePaths = reader.readBoolean("referencePaths");
    boolean hasReferenceLinks = reader.readBoolean("referenceLinks");
    int rtsId = reader.readConstrainedInt(0, 255, "rtsId");
    int signType = reader.readConstrainedInt(0, 65535, "signType");
    Optional<PositionOffsetLlv> signPos =
        hasSignPos
            ? Optional.of(CommonUper.decodePositionOffsetLlv(reader, "signPos"))
            : Optional.empty();
    Optional<Description> description =
        hasDescription ? Optional.of(decodeDescription(reader, "description")) : Optional.empty();
    Optional<RsiTimeDetails> timeDetails =
        hasTimeDetails
            ? Optional.of(decodeRsiTimeDetails(reader, "timeDetails"))
            : Optional.empty();
    OptionalInt priority =
        hasPriority ? OptionalInts.of(decodePriority(reader, "priority")) : OptionalInt.empty();
    Optional<List<ReferencePath>> referencePaths =
        hasReferencePaths
            ? Optional.of(decodeReferencePathList(reader, "referencePaths"))
            : Optional.empty();
    Optional<List<ReferenceLink>> referenceLinks =
        hasReferenceLinks
            ? Optional.of(decodeReferenceLinkList(reader, "referenceLinks"))
            : Optional.empty();
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new RtsData(
        rtsId,
        signType,
        signPos,
        description,
        timeDetails,
        priority,
        referencePaths,
        referenceLinks);
  }

  public static void encodeRtsData(UperWriter writer, RtsData value) {
    writer.writeExtensionBit(false);
    writer.writeBoolean(value.signPos().isPresent());
    writer.writeBoolean(value.description().isPresent());
    writer.writeBoolean(value.timeDetails().isPresent());
    writer.writeBoolean(value.priority().isPresent());
    writer.writeBoolean(value.referencePaths().isPresent());
    writer.writeBoolean(value.referenceLinks().isPresent());
    writer.writeConstrained(value.rtsId(), 0, 255);
    writer.writeConstrained(value.signType(), 0, 65535);
    if (value.signPos().isPresent()) {
      CommonUper.encodePositionOffsetLlv(writer, value.signPos().get());
    }
    if (value.description().isPresent()) {
      encodeDescription(writer, value.description().get());
    }
    if (value.timeDetails().isPresent()) {
      encodeRsiTimeDetails(writer, value.timeDetails().get());
    }
    if (value.priority().isPresent()) {
      encodePriority(writer, value.priority().getAsInt());
    }
    if (value.referencePaths().isPresent()) {
      encodeReferencePathList(writer, value.referencePaths().get());
    }
    if (value.referenceLinks().isPresent()) {
      encodeReferenceLinkList(writer, value.referenceLinks().get());
    }
  }

  // ---------------------------------------------------------------- RSIPriority

  /** RSIPriority, OCTET STRING (SIZE(1)): 8 bits, no length. */
  public static int decodePriority(UperReader reader, String field) {
    return (int) reader.readBits(8, field);
  }

  public static void encodePriority(UperWriter writer, int value) {
    writer.writeBits(value, 8);
  }

  // ---------------------------------------------------------------- Description

  public static Description decodeDescription(UperReader reader, String field) {
    reader.enter(field);
    int index = reader.readChoiceIndex(DESCRIPTION_ALTERNATIVES, false, null);
    Description value;
    if (index == 0) {
      value =
          new Description.TextString(
              reader.readIa5String(
                  Description.TextString.MIN_LENGTH,
                  Description.TextString.MAX_LENGTH,
                  Description.TextString.ASN_NAME));
    } else {
      OctetString octets =
          reader.readOctetString(
              Description.TextGb2312.MIN_OCTETS,
              Description.TextGb2312.MAX_OCTETS,
              Description.TextGb2312.ASN_NAME);
      value = new Description.TextGb2312(octets);
    }
    reader.exit();
    return value;
  }

  public static void encodeDescription(UperWriter writer, Description value) {
    if (value instanceof Description.TextString text) {
      writer.writeChoiceIndex(0, DESCRIPTION_ALTERNATIVES, false);
      writer.writeIa5String(
          text.text(), Description.TextString.MIN_LENGTH, Description.TextString.MAX_LENGTH);
    } else {
      Description.TextGb2312 text = (Description.TextGb2312) value;
      writer.writeChoiceIndex(1, DESCRIPTION_ALTERNATIVES, false);
      writer.writeOctetString(
          text.bytes(), Description.TextGb2312.MIN_OCTETS, Description.TextGb2312.MAX_OCTETS);
    }
  }

  // ---------------------------------------------------------------- RSITimeDetails

  public static RsiTimeDetails decodeRsiTimeDetails(UperReader reader, String field) {
    reader.enter(field);
    boolean hasStart = reader.readBoolean("startTime");
    boolean hasEnd = reader.readBoolean("endTime");
    boolean hasConfidence = reader.readBoolean("endTimeConfidence");
    OptionalInt start =
        hasStart
            ? OptionalInts.of(
                reader.readConstrainedInt(0, RoadSideInformation.MOY_MAX, "startTime"))
            : OptionalInt.empty();
    OptionalInt end =
        hasEnd
            ? OptionalInts.of(reader.readConstrainedInt(0, RoadSideInformation.MOY_MAX, "endTime"))
            : OptionalInt.empty();
    Optional<TimeConfidence> confidence =
        hasConfidence
            ? CommonUper.decodeOptionalEnum(
                reader, CommonUper.OPTIONAL_TIME_CONFIDENCE, false, "endTimeConfidence")
            : Optional.empty();
    reader.exit();
    return new RsiTimeDetails(start, end, confidence);
  }

  public static void encodeRsiTimeDetails(UperWriter writer, RsiTimeDetails value) {
    writer.writeBoolean(value.startTimeMinutes().isPresent());
    writer.writeBoolean(value.endTimeMinutes().isPresent());
    writer.writeBoolean(value.endTimeConfidence().isPresent());
    if (value.startTimeMinutes().isPresent()) {
      writer.writeConstrained(value.startTimeMinutes().getAsInt(), 0, RoadSideInformation.MOY_MAX);
    }
    if (value.endTimeMinutes().isPresent()) {
      writer.writeConstrained(value.endTimeMinutes().getAsInt(), 0, RoadSideInformation.MOY_MAX);
    }
    if (value.endTimeConfidence().isPresent()) {
      CommonUper.encodeTimeConfidence(writer, value.endTimeConfidence().get());
    }
  }

  // ---------------------------------------------------------------- ReferencePath

  public static ReferencePath decodeReferencePath(UperReader reader, String field) {
    reader.enter(field);
    int n =
        reader.readCount(
            ReferencePath.ACTIVE_PATH_MIN,
            ReferencePath.ACTIVE_PATH_MAX,
            MIN_POINT_BITS,
            "activePath");
    List<PositionOffsetLlv> activePath = new ArrayList<>(n);
    reader.enter("activePath");
    for (int i = 0; i < n; i++) {
      reader.enterElement(i);
      activePath.add(CommonUper.decodePositionOffsetLlv(reader, null));
      reader.exit();
    }
    reader.exit();
    int pathRadius = reader.readConstrainedInt(0, ReferencePath.RADIUS_MAX, "pathRadius");
    reader.exit();
    return new ReferencePath(activePath, pathRadius);
  }

  public static void encodeReferencePath(UperWriter writer, ReferencePath value) {
    List<PositionOffsetLlv> activePath = value.activePath();
    writer.writeCount(
        activePath.size(), ReferencePath.ACTIVE_PATH_MIN, ReferencePath.ACTIVE_PATH_MAX);
    for (int i = 0; i < activePath.size(); i++) {
      CommonUper.encodePositionOffsetLlv(writer, activePath.get(i));
    }
    writer.writeConstrained(value.pathRadiusDm(), 0, ReferencePath.RADIUS_MAX);
  }

  private static List<ReferencePath> decodeReferencePathList(UperReader reader, String field) {
    int n =
        reader.readCount(
            RteData.REFERENCE_PATHS_MIN, RteData.REFERENCE_PATHS_MAX, MIN_PATH_BITS, field);
    List<ReferencePath> items = new ArrayList<>(n);
    reader.enter(field);
    for (int i = 0; i < n; i++) {
      reader.enterElement(i);
      items.add(decodeReferencePath(reader, null));
      reader.exit();
    }
    reader.exit();
    return items;
  }

  private static void encodeReferencePathList(UperWriter writer, List<ReferencePath> items) {
    writer.writeCount(items.size(), RteData.REFERENCE_PATHS_MIN, RteData.REFERENCE_PATHS_MAX);
    for (int i = 0; i < items.size(); i++) {
      encodeReferencePath(writer, items.get(i));
    }
  }

  // ---------------------------------------------------------------- ReferenceLink

  public static ReferenceLink decodeReferenceLink(UperReader reader, String field) {
    reader.enter(field);
    boolean hasLanes = reader.readBoolean("referenceLanes");
    NodeReferenceId upstream = CommonUper.decodeNodeReferenceId(reader, "upstreamNodeId");
    NodeReferenceId downstream = CommonUper.decodeNodeReferenceId(reader, "downstreamNodeId");
    OptionalInt lanes =
        hasLanes
            ? OptionalInts.of(reader.readFixedBits(ReferenceLanes.SIZE_BITS, "referenceLanes"))
            : OptionalInt.empty();
    reader.exit();
    return new ReferenceLink(upstream, downstream, lanes);
  }

  public static void encodeReferenceLink(UperWriter writer, ReferenceLink value) {
    writer.writeBoolean(value.referenceLanes().isPresent());
    CommonUper.encodeNodeReferenceId(writer, value.upstreamNodeId());
    CommonUper.encodeNodeReferenceId(writer, value.downstreamNodeId());
    if (value.referenceLanes().isPresent()) {
      writer.writeFixedBits(value.referenceLanes().getAsInt(), ReferenceLanes.SIZE_BITS);
    }
  }

  private static List<ReferenceLink> decodeReferenceLinkList(UperReader reader, String field) {
    int n =
        reader.readCount(
            RteData.REFERENCE_LINKS_MIN, RteData.REFERENCE_LINKS_MAX, MIN_LINK_BITS, field);
    List<ReferenceLink> items = new ArrayList<>(n);
    reader.enter(field);
    for (int i = 0; i < n; i++) {
      reader.enterElement(i);
      items.add(decodeReferenceLink(reader, null));
      reader.exit();
    }
    reader.exit();
    return items;
  }

  private static void encodeReferenceLinkList(UperWriter writer, List<ReferenceLink> items) {
    writer.writeCount(items.size(), RteData.REFERENCE_LINKS_MIN, RteData.REFERENCE_LINKS_MAX);
    for (int i = 0; i < items.size(); i++) {
      encodeReferenceLink(writer, items.get(i));
    }
  }
}
