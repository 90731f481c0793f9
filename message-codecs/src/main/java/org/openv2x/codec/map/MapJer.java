package org.openv2x.codec.map;

import static org.openv2x.codec.common.CommonJer.build;
import static org.openv2x.codec.common.CommonJer.start;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.CommonJer;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.jer.JerObject;
import org.openv2x.codec.jer.JerWriter;

/**
 * X.697 JER of the MAP message family. Each {@code writeX(jer, field, value)} writes a member
 * {@code field} (an array element if {@code field} is null); each {@code readX(object)} reads the
 * JSON object of the value. Member names are the ASN.1 ones ({@code laneID}, {@code linkWidth},
 * {@code timeStamp}); AllowedManeuvers, LaneSharing and the SIZE(16) lane attribute bits are hex
 * strings, the extensible-size {@code vehicle} bits are {@code {"value","length"}}.
 */
public final class MapJer {
  private MapJer() {}

  // ---------------------------------------------------------------- MapData

  public static void writeMapData(JerWriter jer, String field, MapData value) {
    start(jer, field);
    jer.integer("msgCnt", value.msgCnt());
    jer.integer("timeStamp", value.timeStampMinutes());
    jer.startArray("nodes");
    for (Node node : value.nodes()) {
      writeNode(jer, null, node);
    }
    jer.endArray();
    jer.endObject();
  }

  public static MapData readMapData(JerObject o) {
    int msgCnt = o.integer("msgCnt", 0, 127);
    OptionalInt timeStamp = o.optionalInteger("timeStamp", 0, MapData.MINUTE_OF_THE_YEAR_MAX);
    List<Node> nodes = o.list("nodes", 1, MapData.NODES_MAX, e -> readNode(e.object()));
    return build(o, () -> new MapData(msgCnt, timeStamp, nodes));
  }

  // ---------------------------------------------------------------- Node

  public static void writeNode(JerWriter jer, String field, Node value) {
    start(jer, field);
    if (value.name().isPresent()) {
      jer.string("name", value.name().get());
    }
    CommonJer.writeNodeReferenceId(jer, "id", value.id());
    CommonJer.writePosition3D(jer, "refPos", value.refPos());
    if (value.inLinks().isPresent()) {
      jer.startArray("inLinks");
      for (Link link : value.inLinks().get()) {
        writeLink(jer, null, link);
      }
      jer.endArray();
    }
    jer.endObject();
  }

  public static Node readNode(JerObject o) {
    Optional<String> name = o.optionalIa5String("name", 1, Node.NAME_MAX_LENGTH);
    NodeReferenceId id = CommonJer.readNodeReferenceId(o.object("id"));
    Position3D refPos = CommonJer.readPosition3D(o.object("refPos"));
    Optional<List<Link>> inLinks =
        o.optionalList("inLinks", 1, Node.IN_LINKS_MAX, e -> readLink(e.object()));
    return build(o, () -> new Node(name, id, refPos, inLinks));
  }

  // ---------------------------------------------------------------- Link

  public static void writeLink(JerWriter jer, String field, Link value) {
    start(jer, field);
    if (value.name().isPresent()) {
      jer.string("name", value.name().get());
    }
    CommonJer.writeNodeReferenceId(jer, "upstreamNodeId", value.upstreamNodeId());
    if (value.speedLimits().isPresent()) {
      writeSpeedLimitList(jer, "speedLimits", value.speedLimits().get());
    }
    jer.integer("linkWidth", value.linkWidthCm());
    if (value.points().isPresent()) {
      writePointList(jer, "points", value.points().get());
    }
    if (value.movements().isPresent()) {
      jer.startArray("movements");
      for (Movement movement : value.movements().get()) {
        writeMovement(jer, null, movement);
      }
      jer.endArray();
    }
    jer.startArray("lanes");
    for (Lane lane : value.lanes()) {
      writeLane(jer, null, lane);
    }
    jer.endArray();
    jer.endObject();
  }

  public static Link readLink(JerObject o) {
    Optional<String> name = o.optionalIa5String("name", 1, Node.NAME_MAX_LENGTH);
    NodeReferenceId upstream = CommonJer.readNodeReferenceId(o.object("upstreamNodeId"));
    Optional<List<RegulatorySpeedLimit>> speedLimits =
        o.optionalList(
            "speedLimits", 1, Link.SPEED_LIMITS_MAX, e -> readRegulatorySpeedLimit(e.object()));
    OptionalInt linkWidth = o.optionalInteger("linkWidth", 0, Lane.LANE_WIDTH_MAX);
    Optional<List<RoadPoint>> points =
        o.optionalList("points", Link.POINTS_MIN, Link.POINTS_MAX, e -> readRoadPoint(e.object()));
    Optional<List<Movement>> movements =
        o.optionalList("movements", 1, Link.MOVEMENTS_MAX, e -> readMovement(e.object()));
    List<Lane> lanes = o.list("lanes", 1, Link.LANES_MAX, e -> readLane(e.object()));
    return build(
        o, () -> new Link(name, upstream, speedLimits, linkWidth, points, movements, lanes));
  }

  // ---------------------------------------------------------------- Movement

  public static void writeMovement(JerWriter jer, String field, Movement value) {
    start(jer, field);
    CommonJer.writeNodeReferenceId(jer, "remoteIntersection", value.remoteIntersection());
    jer.integer("phaseId", value.phaseId());
    jer.endObject();
  }

  public static Movement readMovement(JerObject o) {
    NodeReferenceId remote = CommonJer.readNodeReferenceId(o.object("remoteIntersection"));
    OptionalInt phaseId = o.optionalInteger("phaseId", 0, 255);
    return build(o, () -> new Movement(remote, phaseId));
  }

  // ---------------------------------------------------------------- Lane

  public static void writeLane(JerWriter jer, String field, Lane value) {
    start(jer, field);
    jer.integer("laneID", value.laneId());
    jer.integer("laneWidth", value.laneWidthCm());
    if (value.laneAttributes().isPresent()) {
      writeLaneAttributes(jer, "laneAttributes", value.laneAttributes().get());
    }
    if (value.maneuvers().isPresent()) {
      jer.fixedBits("maneuvers", value.maneuvers().getAsInt(), AllowedManeuver.SIZE_BITS);
    }
    if (value.connectsTo().isPresent()) {
      jer.startArray("connectsTo");
      for (Connection connection : value.connectsTo().get()) {
        writeConnection(jer, null, connection);
      }
      jer.endArray();
    }
    if (value.speedLimits().isPresent()) {
      writeSpeedLimitList(jer, "speedLimits", value.speedLimits().get());
    }
    if (value.points().isPresent()) {
      writePointList(jer, "points", value.points().get());
    }
    jer.endObject();
  }

  public static Lane readLane(JerObject o) {
    int laneId = o.integer("laneID", 0, Lane.LANE_ID_MAX);
    OptionalInt laneWidth = o.optionalInteger("laneWidth", 0, Lane.LANE_WIDTH_MAX);
    Optional<LaneAttributes> laneAttributes =
        o.optionalObject("laneAttributes").map(MapJer::readLaneAttributes);
    OptionalInt maneuvers = o.optionalFixedBits("maneuvers", AllowedManeuver.SIZE_BITS);
    Optional<List<Connection>> connectsTo =
        o.optionalList("connectsTo", 1, Lane.CONNECTS_TO_MAX, e -> readConnection(e.object()));
    Optional<List<RegulatorySpeedLimit>> speedLimits =
        o.optionalList(
            "speedLimits", 1, Link.SPEED_LIMITS_MAX, e -> readRegulatorySpeedLimit(e.object()));
    Optional<List<RoadPoint>> points =
        o.optionalList("points", Link.POINTS_MIN, Link.POINTS_MAX, e -> readRoadPoint(e.object()));
    return build(
        o,
        () ->
            new Lane(
                laneId, laneWidth, laneAttributes, maneuvers, connectsTo, speedLimits, points));
  }

  // ---------------------------------------------------------------- LaneAttributes

  public static void writeLaneAttributes(JerWriter jer, String field, LaneAttributes value) {
    start(jer, field);
    if (value.shareWith().isPresent()) {
      jer.fixedBits("shareWith", value.shareWith().getAsInt(), LaneSharingBit.SIZE_BITS);
    }
    writeLaneTypeAttributes(jer, "laneType", value.laneType());
    jer.endObject();
  }

  public static LaneAttributes readLaneAttributes(JerObject o) {
    OptionalInt shareWith = o.optionalFixedBits("shareWith", LaneSharingBit.SIZE_BITS);
    LaneTypeAttributes laneType = readLaneTypeAttributes(o.object("laneType"));
    return build(o, () -> new LaneAttributes(shareWith, laneType));
  }

  public static void writeLaneTypeAttributes(
      JerWriter jer, String field, LaneTypeAttributes value) {
    start(jer, field);
    LaneTypeAttributes.Kind kind = value.kind();
    if (kind.extensible()) {
      jer.bitString(kind.asnName(), value.bits());
    } else {
      jer.fixedBits(kind.asnName(), (int) fixedValue(value.bits()), kind.size());
    }
    jer.endObject();
  }

  public static LaneTypeAttributes readLaneTypeAttributes(JerObject o) {
    String name = o.choiceName();
    for (LaneTypeAttributes.Kind kind : LaneTypeAttributes.Kind.values()) {
      if (kind.asnName().equals(name)) {
        BitString bits =
            kind.extensible()
                ? o.bitString(name, kind.size(), kind.size(), true)
                : BitString.ofBits(o.fixedBits(name, kind.size()), kind.size());
        return build(o, () -> new LaneTypeAttributes(kind, bits));
      }
    }
    throw o.unknownAlternative(name);
  }

  /** The bits of a short fixed-size bit string as a number, bit 0 most significant. */
  private static long fixedValue(BitString bits) {
    long value = 0;
    for (int i = 0; i < bits.sizeBits(); i++) {
      value = (value << 1) | (bits.get(i) ? 1 : 0);
    }
    return value;
  }

  // ---------------------------------------------------------------- Connection

  public static void writeConnection(JerWriter jer, String field, Connection value) {
    start(jer, field);
    CommonJer.writeNodeReferenceId(jer, "remoteIntersection", value.remoteIntersection());
    if (value.connectingLane().isPresent()) {
      writeConnectingLane(jer, "connectingLane", value.connectingLane().get());
    }
    jer.integer("phaseId", value.phaseId());
    jer.endObject();
  }

  public static Connection readConnection(JerObject o) {
    NodeReferenceId remote = CommonJer.readNodeReferenceId(o.object("remoteIntersection"));
    Optional<ConnectingLane> connectingLane =
        o.optionalObject("connectingLane").map(MapJer::readConnectingLane);
    OptionalInt phaseId = o.optionalInteger("phaseId", 0, 255);
    return build(o, () -> new Connection(remote, connectingLane, phaseId));
  }

  public static void writeConnectingLane(JerWriter jer, String field, ConnectingLane value) {
    start(jer, field);
    jer.integer("lane", value.lane());
    if (value.maneuver().isPresent()) {
      jer.fixedBits("maneuver", value.maneuver().getAsInt(), AllowedManeuver.SIZE_BITS);
    }
    jer.endObject();
  }

  public static ConnectingLane readConnectingLane(JerObject o) {
    int lane = o.integer("lane", 0, Lane.LANE_ID_MAX);
    OptionalInt maneuver = o.optionalFixedBits("maneuver", AllowedManeuver.SIZE_BITS);
    return build(o, () -> new ConnectingLane(lane, maneuver));
  }

  // ---------------------------------------------------------------- RoadPoint

  public static void writeRoadPoint(JerWriter jer, String field, RoadPoint value) {
    start(jer, field);
    CommonJer.writePositionOffsetLlv(jer, "posOffset", value.posOffset());
    jer.endObject();
  }

  public static RoadPoint readRoadPoint(JerObject o) {
    PositionOffsetLlv posOffset = CommonJer.readPositionOffsetLlv(o.object("posOffset"));
    return build(o, () -> new RoadPoint(posOffset));
  }

  private static void writePointList(JerWriter jer, String field, List<RoadPoint> points) {
    jer.startArray(field);
    for (RoadPoint point : points) {
      writeRoadPoint(jer, null, point);
    }
    jer.endArray();
  }

  // ---------------------------------------------------------------- RegulatorySpeedLimit

  public static void writeRegulatorySpeedLimit(
      JerWriter jer, String field, RegulatorySpeedLimit value) {
    start(jer, field);
    jer.enumerated("type", value.type());
    jer.integer("speed", value.speed0p02Mps());
    jer.endObject();
  }

  public static RegulatorySpeedLimit readRegulatorySpeedLimit(JerObject o) {
    SpeedLimitType type = o.enumerated("type", SpeedLimitType.class);
    int speed = o.integer("speed", RegulatorySpeedLimit.SPEED_MIN, RegulatorySpeedLimit.SPEED_MAX);
    return build(o, () -> new RegulatorySpeedLimit(type, speed));
  }

  private static void writeSpeedLimitList(
      JerWriter jer, String field, List<RegulatorySpeedLimit> limits) {
    jer.startArray(field);
    for (RegulatorySpeedLimit limit : limits) {
      writeRegulatorySpeedLimit(jer, null, limit);
    }
    jer.endArray();
  }
}
