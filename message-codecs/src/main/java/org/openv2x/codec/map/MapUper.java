package org.openv2x.codec.map;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.CommonUper;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.OptionalInts;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.uper.UperReader;
import org.openv2x.codec.uper.UperWriter;

/**
 * UPER encoding of the MAP message family. Each {@code decodeX(reader, field)} enters {@code field}
 * (null inside a SEQUENCE OF element), reads the value and leaves; each {@code encodeX(writer,
 * value)} writes it. The preamble of a SEQUENCE (extension bit, OPTIONAL bitmap) is read under the
 * path of the SEQUENCE itself.
 */
public final class MapUper {
  private MapUper() {}

  private static final SpeedLimitType[] SPEED_LIMIT_TYPES = SpeedLimitType.values();
  private static final LaneTypeAttributes.Kind[] LANE_KINDS = LaneTypeAttributes.Kind.values();

  // Lower bounds of one element's encoding, in bits, so that a lying count fails before allocation.
  /** NodeReferenceID: bitmap 1, id 16. */
  private static final int NODE_REFERENCE_ID_MIN_BITS = 1 + 16;

  /** Node: extension bit, bitmap 2, id, refPos (bitmap 1, lat 31, long 32). */
  static final int NODE_MIN_BITS = 1 + 2 + NODE_REFERENCE_ID_MIN_BITS + 1 + 31 + 32;

  /** Lane: extension bit, bitmap 6, laneID 8. */
  static final int LANE_MIN_BITS = 1 + 6 + 8;

  /** Link: extension bit, bitmap 5, upstreamNodeId, lanes (count 5 and one lane). */
  static final int LINK_MIN_BITS = 1 + 5 + NODE_REFERENCE_ID_MIN_BITS + 5 + LANE_MIN_BITS;

  /** Movement: bitmap 1, remoteIntersection. */
  static final int MOVEMENT_MIN_BITS = 1 + NODE_REFERENCE_ID_MIN_BITS;

  /** Connection: bitmap 2, remoteIntersection. */
  static final int CONNECTION_MIN_BITS = 2 + NODE_REFERENCE_ID_MIN_BITS;

  /** RoadPoint: extension bit, posOffset (bitmap 1, CHOICE index 3, two 12-bit offsets). */
  static final int ROAD_POINT_MIN_BITS = 1 + 1 + 3 + 12 + 12;

  /** RegulatorySpeedLimit: type (extension bit, index 4), speed 13. */
  static final int SPEED_LIMIT_MIN_BITS = 1 + 4 + 13;

  // ---------------------------------------------------------------- MapData

  public static MapData decodeMapData(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    boolean hasTimeStamp = reader.readBoolean(null);
    int msgCnt = reader.readConstrainedInt(0, 127, "msgCnt");
    OptionalInt timeStamp =
        hasTimeStamp
            ? OptionalInts.of(
                reader.readConstrainedInt(0, MapData.MINUTE_OF_THE_YEAR_MAX, "timeStamp"))
            : OptionalInt.empty();
    List<Node> nodes = decodeNodeList(reader, "nodes");
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new MapData(msgCnt, timeStamp, nodes);
  }

  public static void encodeMapData(UperWriter writer, MapData value) {
    writer.writeExtensionBit(false);
    writer.writeBoolean(value.timeStampMinutes().isPresent());
    writer.writeConstrained(value.msgCnt(), 0, 127);
    if (value.timeStampMinutes().isPresent()) {
      writer.writeConstrained(
          value.timeStampMinutes().getAsInt(), 0, MapData.MINUTE_OF_THE_YEAR_MAX);
    }
    encodeNodeList(writer, value.nodes());
  }

  // ---------------------------------------------------------------- Node

  public static Node decodeNode(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    int present = (int) reader.readBits(2, null);
    Optional<String> name =
        (present & 0b10) != 0
            ? Optional.of(reader.readIa5String(1, Node.NAME_MAX_LENGTH, "name"))
            : Optional.empty();
    NodeReferenceId id = CommonUper.decodeNodeReferenceId(reader, "id");
    Position3D refPos = CommonUper.decodePosition3D(reader, "refPos");
    Optional<List<Link>> inLinks =
        (present & 0b01) != 0 ? Optional.of(decodeLinkList(reader, "inLinks")) : Optional.empty();
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new Node(name, id, refPos, inLinks);
  }

  public static void encodeNode(UperWriter writer, Node value) {
    writer.writeExtensionBit(false);
    writer.writeBoolean(value.name().isPresent());
    writer.writeBoolean(value.inLinks().isPresent());
    if (value.name().isPresent()) {
      writer.writeIa5String(value.name().get(), 1, Node.NAME_MAX_LENGTH);
    }
    CommonUper.encodeNodeReferenceId(writer, value.id());
    CommonUper.encodePosition3D(writer, value.refPos());
    if (value.inLinks().isPresent()) {
      encodeLinkList(writer, value.inLinks().get());
    }
  }

  private static List<Node> decodeNodeList(UperReader reader, String field) {
    int count = reader.readCount(1, MapData.NODES_MAX, NODE_MIN_BITS, field);
    Node[] items = new Node[count];
    reader.enter(field);
    for (int i = 0; i < count; i++) {
      reader.enterElement(i);
      items[i] = decodeNode(reader, null);
      reader.exit();
    }
    reader.exit();
    return List.of(items);
  }

  private static void encodeNodeList(UperWriter writer, List<Node> items) {
    writer.writeCount(items.size(), 1, MapData.NODES_MAX);
    for (int i = 0; i < items.size(); i++) {
      encodeNode(writer, items.get(i));
    }
  }

  // ---------------------------------------------------------------- Link

  public static Link decodeLink(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    int present = (int) reader.readBits(5, null);
    Optional<String> name =
        (present & 0b10000) != 0
            ? Optional.of(reader.readIa5String(1, Node.NAME_MAX_LENGTH, "name"))
            : Optional.empty();
    NodeReferenceId upstreamNodeId = CommonUper.decodeNodeReferenceId(reader, "upstreamNodeId");
    Optional<List<RegulatorySpeedLimit>> speedLimits =
        (present & 0b01000) != 0
            ? Optional.of(decodeSpeedLimitList(reader, "speedLimits"))
            : Optional.empty();
    OptionalInt linkWidth =
        (present & 0b00100) != 0
            ? OptionalInts.of(reader.readConstrainedInt(0, Lane.LANE_WIDTH_MAX, "linkWidth"))
            : OptionalInt.empty();
    Optional<List<RoadPoint>> points =
        (present & 0b00010) != 0
            ? Optional.of(decodePointList(reader, "points"))
            : Optional.empty();
    Optional<List<Movement>> movements =
        (present & 0b00001) != 0
            ? Optional.of(decodeMovementList(reader, "movements"))
            : Optional.empty();
    List<Lane> lanes = decodeLaneList(reader, "lanes");
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new Link(name, upstreamNodeId, speedLimits, linkWidth, points, movements, lanes);
  }

  public static void encodeLink(UperWriter writer, Link value) {
    writer.writeExtensionBit(false);
    writer.writeBoolean(value.name().isPresent());
    writer.writeBoolean(value.speedLimits().isPresent());
    writer.writeBoolean(value.linkWidthCm().isPresent());
    writer.writeBoolean(value.points().isPresent());
    writer.writeBoolean(value.movements().isPresent());
    if (value.name().isPresent()) {
      writer.writeIa5String(value.name().get(), 1, Node.NAME_MAX_LENGTH);
    }
    CommonUper.encodeNodeReferenceId(writer, value.upstreamNodeId());
    if (value.speedLimits().isPresent()) {
      encodeSpeedLimitList(writer, value.speedLimits().get());
    }
    if (value.linkWidthCm().isPresent()) {
      writer.writeConstrained(value.linkWidthCm().getAsInt(), 0, Lane.LANE_WIDTH_MAX);
    }
    if (value.points().isPresent()) {
      encodePointList(writer, value.points().get());
    }
    if (value.movements().isPresent()) {
      encodeMovementList(writer, value.movements().get());
    }
    encodeLaneList(writer, value.lanes());
  }

  private static List<Link> decodeLinkList(UperReader reader, String field) {
    int count = reader.readCount(1, Node.IN_LINKS_MAX, LINK_MIN_BITS, field);
    Link[] items = new Link[count];
    reader.enter(field);
    for (int i = 0; i < count; i++) {
      reader.enterElement(i);
      items[i] = decodeLink(reader, null);
      reader.exit();
    }
    reader.exit();
    return List.of(items);
  }

  private static void encodeLinkList(UperWriter writer, List<Link> items) {
    writer.writeCount(items.size(), 1, Node.IN_LINKS_MAX);
    for (int i = 0; i < items.size(); i++) {
      encodeLink(writer, items.get(i));
    }
  }

  // ---------------------------------------------------------------- Movement

  public static Movement decodeMovement(UperReader reader, String field) {
    reader.enter(field);
    boolean hasPhaseId = reader.readBoolean(null);
    NodeReferenceId remote = CommonUper.decodeNodeReferenceId(reader, "remoteIntersection");
    OptionalInt phaseId =
        hasPhaseId
            ? OptionalInts.of(reader.readConstrainedInt(0, 255, "phaseId"))
            : OptionalInt.empty();
    reader.exit();
    return new Movement(remote, phaseId);
  }

  public static void encodeMovement(UperWriter writer, Movement value) {
    writer.writeBoolean(value.phaseId().isPresent());
    CommonUper.encodeNodeReferenceId(writer, value.remoteIntersection());
    if (value.phaseId().isPresent()) {
      writer.writeConstrained(value.phaseId().getAsInt(), 0, 255);
    }
  }

  private static List<Movement> decodeMovementList(UperReader reader, String field) {
    int count = reader.readCount(1, Link.MOVEMENTS_MAX, MOVEMENT_MIN_BITS, field);
    Movement[] items = new Movement[count];
    reader.enter(field);
    for (int i = 0; i < count; i++) {
      reader.enterElement(i);
      items[i] = decodeMovement(reader, null);
      reader.exit();
    }
    reader.exit();
    return List.of(items);
  }

  private static void encodeMovementList(UperWriter writer, List<Movement> items) {
    writer.writeCount(items.size(), 1, Link.MOVEMENTS_MAX);
    for (int i = 0; i < items.size(); i++) {
      encodeMovement(writer, items.get(i));
    }
  }

  // ---------------------------------------------------------------- Lane

  public static Lane decodeLane(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    int present = (int) reader.readBits(6, null);
    int laneId = reader.readConstrainedInt(0, Lane.LANE_ID_MAX, "laneID");
    OptionalInt laneWidth =
        (present & 0b100000) != 0
            ? OptionalInts.of(reader.readConstrainedInt(0, Lane.LANE_WIDTH_MAX, "laneWidth"))
            : OptionalInt.empty();
    Optional<LaneAttributes> laneAttributes =
        (present & 0b010000) != 0
            ? Optional.of(decodeLaneAttributes(reader, "laneAttributes"))
            : Optional.empty();
    OptionalInt maneuvers =
        (present & 0b001000) != 0
            ? OptionalInts.of(reader.readFixedBits(AllowedManeuver.SIZE_BITS, "maneuvers"))
            : OptionalInt.empty();
    Optional<List<Connection>> connectsTo =
        (present & 0b000100) != 0
            ? Optional.of(decodeConnectsToList(reader, "connectsTo"))
            : Optional.empty();
    Optional<List<RegulatorySpeedLimit>> speedLimits =
        (present & 0b000010) != 0
            ? Optional.of(decodeSpeedLimitList(reader, "speedLimits"))
            : Optional.empty();
    Optional<List<RoadPoint>> points =
        (present & 0b000001) != 0
            ? Optional.of(decodePointList(reader, "points"))
            : Optional.empty();
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new Lane(laneId, laneWidth, laneAttributes, maneuvers, connectsTo, speedLimits, points);
  }

  public static void encodeLane(UperWriter writer, Lane value) {
    writer.writeExtensionBit(false);
    writer.writeBoolean(value.laneWidthCm().isPresent());
    writer.writeBoolean(value.laneAttributes().isPresent());
    writer.writeBoolean(value.maneuvers().isPresent());
    writer.writeBoolean(value.connectsTo().isPresent());
    writer.writeBoolean(value.speedLimits().isPresent());
    writer.writeBoolean(value.points().isPresent());
    writer.writeConstrained(value.laneId(), 0, Lane.LANE_ID_MAX);
    if (value.laneWidthCm().isPresent()) {
      writer.writeConstrained(value.laneWidthCm().getAsInt(), 0, Lane.LANE_WIDTH_MAX);
    }
    if (value.laneAttributes().isPresent()) {
      encodeLaneAttributes(writer, value.laneAttributes().get());
    }
    if (value.maneuvers().isPresent()) {
      writer.writeFixedBits(value.maneuvers().getAsInt(), AllowedManeuver.SIZE_BITS);
    }
    if (value.connectsTo().isPresent()) {
      encodeConnectsToList(writer, value.connectsTo().get());
    }
    if (value.speedLimits().isPresent()) {
      encodeSpeedLimitList(writer, value.speedLimits().get());
    }
    if (value.points().isPresent()) {
      encodePointList(writer, value.points().get());
    }
  }

  private static List<Lane> decodeLaneList(UperReader reader, String field) {
    int count = reader.readCount(1, Link.LANES_MAX, LANE_MIN_BITS, field);
    Lane[] items = new Lane[count];
    reader.enter(field);
    for (int i = 0; i < count; i++) {
      reader.enterElement(i);
      items[i] = decodeLane(reader, null);
      reader.exit();
    }
    reader.exit();
    return List.of(items);
  }

  private static void encodeLaneList(UperWriter writer, List<Lane> items) {
    writer.writeCount(items.size(), 1, Link.LANES_MAX);
    for (int i = 0; i < items.size(); i++) {
      encodeLane(writer, items.get(i));
    }
  }

  // ---------------------------------------------------------------- LaneAttributes

  public static LaneAttributes decodeLaneAttributes(UperReader reader, String field) {
    reader.enter(field);
    boolean hasShareWith = reader.readBoolean(null);
    OptionalInt shareWith =
        hasShareWith
            ? OptionalInts.of(reader.readFixedBits(LaneSharingBit.SIZE_BITS, "shareWith"))
            : OptionalInt.empty();
    LaneTypeAttributes laneType = decodeLaneTypeAttributes(reader, "laneType");
    reader.exit();
    return new LaneAttributes(shareWith, laneType);
  }

  public static void encodeLaneAttributes(UperWriter writer, LaneAttributes value) {
    writer.writeBoolean(value.shareWith().isPresent());
    if (value.shareWith().isPresent()) {
      writer.writeFixedBits(value.shareWith().getAsInt(), LaneSharingBit.SIZE_BITS);
    }
    encodeLaneTypeAttributes(writer, value.laneType());
  }

  public static LaneTypeAttributes decodeLaneTypeAttributes(UperReader reader, String field) {
    reader.enter(field);
    LaneTypeAttributes.Kind kind =
        LANE_KINDS[
            reader.readChoiceIndex(LANE_KINDS.length, LaneTypeAttributes.Kind.EXTENSIBLE, null)];
    BitString bits =
        reader.readBitString(kind.size(), kind.size(), kind.extensible(), kind.asnName());
    reader.exit();
    return new LaneTypeAttributes(kind, bits);
  }

  public static void encodeLaneTypeAttributes(UperWriter writer, LaneTypeAttributes value) {
    LaneTypeAttributes.Kind kind = value.kind();
    writer.writeChoiceIndex(kind.ordinal(), LANE_KINDS.length, LaneTypeAttributes.Kind.EXTENSIBLE);
    writer.writeBitString(value.bits(), kind.size(), kind.size(), kind.extensible());
  }

  // ---------------------------------------------------------------- Connection

  public static Connection decodeConnection(UperReader reader, String field) {
    reader.enter(field);
    int present = (int) reader.readBits(2, null);
    NodeReferenceId remote = CommonUper.decodeNodeReferenceId(reader, "remoteIntersection");
    Optional<ConnectingLane> connectingLane =
        (present & 0b10) != 0
            ? Optional.of(decodeConnectingLane(reader, "connectingLane"))
            : Optional.empty();
    OptionalInt phaseId =
        (present & 0b01) != 0
            ? OptionalInts.of(reader.readConstrainedInt(0, 255, "phaseId"))
            : OptionalInt.empty();
    reader.exit();
    return new Connection(remote, connectingLane, phaseId);
  }

  public static void encodeConnection(UperWriter writer, Connection value) {
    writer.writeBoolean(value.connectingLane().isPresent());
    writer.writeBoolean(value.phaseId().isPresent());
    CommonUper.encodeNodeReferenceId(writer, value.remoteIntersection());
    if (value.connectingLane().isPresent()) {
      encodeConnectingLane(writer, value.connectingLane().get());
    }
    if (value.phaseId().isPresent()) {
      writer.writeConstrained(value.phaseId().getAsInt(), 0, 255);
    }
  }

  private static List<Connection> decodeConnectsToList(UperReader reader, String field) {
    int count = reader.readCount(1, Lane.CONNECTS_TO_MAX, CONNECTION_MIN_BITS, field);
    Connection[] items = new Connection[count];
    reader.enter(field);
    for (int i = 0; i < count; i++) {
      reader.enterElement(i);
      items[i] = decodeConnection(reader, null);
      reader.exit();
    }
    reader.exit();
    return List.of(items);
  }

  private static void encodeConnectsToList(UperWriter writer, List<Connection> items) {
    writer.writeCount(items.size(), 1, Lane.CONNECTS_TO_MAX);
    for (int i = 0; i < items.size(); i++) {
      encodeConnection(writer, items.get(i));
    }
  }

  public static ConnectingLane decodeConnectingLane(UperReader reader, String field) {
    reader.enter(field);
    boolean hasManeuver = reader.readBoolean(null);
    int lane = reader.readConstrainedInt(0, Lane.LANE_ID_MAX, "lane");
    OptionalInt maneuver =
        hasManeuver
            ? OptionalInts.of(reader.readFixedBits(AllowedManeuver.SIZE_BITS, "maneuver"))
            : OptionalInt.empty();
    reader.exit();
    return new ConnectingLane(lane, maneuver);
  }

  public static void encodeConnectingLane(UperWriter writer, ConnectingLane value) {
    writer.writeBoolean(value.maneuver().isPresent());
    writer.writeConstrained(value.lane(), 0, Lane.LANE_ID_MAX);
    if (value.maneuver().isPresent()) {
      writer.writeFixedBits(value.maneuver().getAsInt(), AllowedManeuver.SIZE_BITS);
    }
  }

  // ---------------------------------------------------------------- RoadPoint

  public static RoadPoint decodeRoadPoint(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    PositionOffsetLlv posOffset = CommonUper.decodePositionOffsetLlv(reader, "posOffset");
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new RoadPoint(posOffset);
  }

  public static void encodeRoadPoint(UperWriter writer, RoadPoint value) {
    writer.writeExtensionBit(false);
    CommonUper.encodePositionOffsetLlv(writer, value.posOffset());
  }

  private static List<RoadPoint> decodePointList(UperReader reader, String field) {
    int count = reader.readCount(Link.POINTS_MIN, Link.POINTS_MAX, ROAD_POINT_MIN_BITS, field);
    RoadPoint[] items = new RoadPoint[count];
    reader.enter(field);
    for (int i = 0; i < count; i++) {
      reader.enterElement(i);
      items[i] = decodeRoadPoint(reader, null);
      reader.exit();
    }
    reader.exit();
    return List.of(items);
  }

  private static void encodePointList(UperWriter writer, List<RoadPoint> items) {
    writer.writeCount(items.size(), Link.POINTS_MIN, Link.POINTS_MAX);
    for (int i = 0; i < items.size(); i++) {
      encodeRoadPoint(writer, items.get(i));
    }
  }

  // ---------------------------------------------------------------- RegulatorySpeedLimit

  public static RegulatorySpeedLimit decodeRegulatorySpeedLimit(UperReader reader, String field) {
    reader.enter(field);
    SpeedLimitType type =
        CommonUper.decodeEnum(reader, SPEED_LIMIT_TYPES, SpeedLimitType.EXTENSIBLE, "type");
    int speed =
        reader.readConstrainedInt(
            RegulatorySpeedLimit.SPEED_MIN, RegulatorySpeedLimit.SPEED_MAX, "speed");
    reader.exit();
    return new RegulatorySpeedLimit(type, speed);
  }

  public static void encodeRegulatorySpeedLimit(UperWriter writer, RegulatorySpeedLimit value) {
    CommonUper.encodeEnum(
        writer, value.type(), SPEED_LIMIT_TYPES.length, SpeedLimitType.EXTENSIBLE);
    writer.writeConstrained(
        value.speed0p02Mps(), RegulatorySpeedLimit.SPEED_MIN, RegulatorySpeedLimit.SPEED_MAX);
  }

  private static List<RegulatorySpeedLimit> decodeSpeedLimitList(UperReader reader, String field) {
    int count = reader.readCount(1, Link.SPEED_LIMITS_MAX, SPEED_LIMIT_MIN_BITS, field);
    RegulatorySpeedLimit[] items = new RegulatorySpeedLimit[count];
    reader.enter(field);
    for (int i = 0; i < count; i++) {
      reader.enterElement(i);
      items[i] = decodeRegulatorySpeedLimit(reader, null);
      reader.exit();
    }
    reader.exit();
    return List.of(items);
  }

  private static void encodeSpeedLimitList(UperWriter writer, List<RegulatorySpeedLimit> items) {
    writer.writeCount(items.size(), 1, Link.SPEED_LIMITS_MAX);
    for (int i = 0; i < items.size(); i++) {
      encodeRegulatorySpeedLimit(writer, items.get(i));
    }
  }
}
