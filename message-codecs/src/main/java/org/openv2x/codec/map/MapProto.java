package org.openv2x.codec.map;

import static org.openv2x.codec.common.CommonProto.build;
import static org.openv2x.codec.common.CommonProto.optional;
import static org.openv2x.codec.common.CommonProto.path;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.CommonProto;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.proto.v1.MapProtos;

/**
 * Lossless mapping of the MAP message family to protobuf ({@code v2x/v1/map.proto}). {@code
 * toProto} only copies; {@code fromProto} checks every value, refuses an absent required message
 * and a list of the wrong size, and names the path (ASN.1 member names, for example {@code
 * mapFrame.nodes[0].inLinks[1].lanes[0].laneID}) of a bad value.
 */
public final class MapProto {
  private MapProto() {}

  private static final SpeedLimitType[] SPEED_LIMIT_TYPES = SpeedLimitType.values();
  private static final LaneTypeAttributes.Kind[] LANE_KINDS = LaneTypeAttributes.Kind.values();

  // ---------------------------------------------------------------- MapData

  public static MapProtos.MapData toProto(MapData value) {
    MapProtos.MapData.Builder proto = MapProtos.MapData.newBuilder().setMsgCnt(value.msgCnt());
    if (value.timeStampMinutes().isPresent()) {
      proto.setTimeStampMinutes(value.timeStampMinutes().getAsInt());
    }
    List<Node> nodes = value.nodes();
    for (int i = 0; i < nodes.size(); i++) {
      proto.addNodes(toProto(nodes.get(i)));
    }
    return proto.build();
  }

  public static MapData fromProto(MapProtos.MapData proto, String path) {
    String nodesPath = path(path, "nodes");
    int count = count(proto.getNodesCount(), 1, MapData.NODES_MAX, nodesPath);
    Node[] nodes = new Node[count];
    for (int i = 0; i < count; i++) {
      nodes[i] = fromProto(proto.getNodes(i), element(nodesPath, i));
    }
    return build(
        path,
        () ->
            new MapData(
                proto.getMsgCnt(),
                optional(proto.hasTimeStampMinutes(), proto.getTimeStampMinutes()),
                List.of(nodes)));
  }

  // ---------------------------------------------------------------- Node

  public static MapProtos.Node toProto(Node value) {
    MapProtos.Node.Builder proto =
        MapProtos.Node.newBuilder()
            .setId(CommonProto.toProto(value.id()))
            .setRefPos(CommonProto.toProto(value.refPos()));
    if (value.name().isPresent()) {
      proto.setName(value.name().get());
    }
    if (value.inLinks().isPresent()) {
      MapProtos.LinkList.Builder links = MapProtos.LinkList.newBuilder();
      List<Link> items = value.inLinks().get();
      for (int i = 0; i < items.size(); i++) {
        links.addLinks(toProto(items.get(i)));
      }
      proto.setInLinks(links);
    }
    return proto.build();
  }

  public static Node fromProto(MapProtos.Node proto, String path) {
    require(proto.hasId(), path, "id");
    require(proto.hasRefPos(), path, "refPos");
    NodeReferenceId id = CommonProto.fromProto(proto.getId(), path(path, "id"));
    Position3D refPos = CommonProto.fromProto(proto.getRefPos(), path(path, "refPos"));
    Optional<List<Link>> inLinks = Optional.empty();
    if (proto.hasInLinks()) {
      String linksPath = path(path, "inLinks");
      MapProtos.LinkList list = proto.getInLinks();
      int count = count(list.getLinksCount(), 1, Node.IN_LINKS_MAX, linksPath);
      Link[] links = new Link[count];
      for (int i = 0; i < count; i++) {
        links[i] = fromProto(list.getLinks(i), element(linksPath, i));
      }
      inLinks = Optional.of(List.of(links));
    }
    Optional<String> name = proto.hasName() ? Optional.of(proto.getName()) : Optional.empty();
    Optional<List<Link>> links = inLinks;
    return build(path, () -> new Node(name, id, refPos, links));
  }

  // ---------------------------------------------------------------- Link

  public static MapProtos.Link toProto(Link value) {
    MapProtos.Link.Builder proto =
        MapProtos.Link.newBuilder().setUpstreamNodeId(CommonProto.toProto(value.upstreamNodeId()));
    if (value.name().isPresent()) {
      proto.setName(value.name().get());
    }
    if (value.speedLimits().isPresent()) {
      proto.setSpeedLimits(toProtoSpeedLimits(value.speedLimits().get()));
    }
    if (value.linkWidthCm().isPresent()) {
      proto.setLinkWidthCm(value.linkWidthCm().getAsInt());
    }
    if (value.points().isPresent()) {
      proto.setPoints(toProtoPoints(value.points().get()));
    }
    if (value.movements().isPresent()) {
      MapProtos.MovementList.Builder movements = MapProtos.MovementList.newBuilder();
      List<Movement> items = value.movements().get();
      for (int i = 0; i < items.size(); i++) {
        movements.addMovements(toProto(items.get(i)));
      }
      proto.setMovements(movements);
    }
    List<Lane> lanes = value.lanes();
    for (int i = 0; i < lanes.size(); i++) {
      proto.addLanes(toProto(lanes.get(i)));
    }
    return proto.build();
  }

  public static Link fromProto(MapProtos.Link proto, String path) {
    require(proto.hasUpstreamNodeId(), path, "upstreamNodeId");
    Optional<String> name = proto.hasName() ? Optional.of(proto.getName()) : Optional.empty();
    NodeReferenceId upstream =
        CommonProto.fromProto(proto.getUpstreamNodeId(), path(path, "upstreamNodeId"));
    Optional<List<RegulatorySpeedLimit>> speedLimits =
        proto.hasSpeedLimits()
            ? Optional.of(fromProtoSpeedLimits(proto.getSpeedLimits(), path(path, "speedLimits")))
            : Optional.empty();
    OptionalInt linkWidth = optional(proto.hasLinkWidthCm(), proto.getLinkWidthCm());
    Optional<List<RoadPoint>> points =
        proto.hasPoints()
            ? Optional.of(fromProtoPoints(proto.getPoints(), path(path, "points")))
            : Optional.empty();
    Optional<List<Movement>> movements = Optional.empty();
    if (proto.hasMovements()) {
      String movementsPath = path(path, "movements");
      MapProtos.MovementList list = proto.getMovements();
      int count = count(list.getMovementsCount(), 1, Link.MOVEMENTS_MAX, movementsPath);
      Movement[] items = new Movement[count];
      for (int i = 0; i < count; i++) {
        items[i] = fromProto(list.getMovements(i), element(movementsPath, i));
      }
      movements = Optional.of(List.of(items));
    }
    String lanesPath = path(path, "lanes");
    int laneCount = count(proto.getLanesCount(), 1, Link.LANES_MAX, lanesPath);
    Lane[] lanes = new Lane[laneCount];
    for (int i = 0; i < laneCount; i++) {
      lanes[i] = fromProto(proto.getLanes(i), element(lanesPath, i));
    }
    Optional<List<Movement>> moves = movements;
    return build(
        path,
        () -> new Link(name, upstream, speedLimits, linkWidth, points, moves, List.of(lanes)));
  }

  // ---------------------------------------------------------------- Movement

  public static MapProtos.Movement toProto(Movement value) {
    MapProtos.Movement.Builder proto =
        MapProtos.Movement.newBuilder()
            .setRemoteIntersection(CommonProto.toProto(value.remoteIntersection()));
    if (value.phaseId().isPresent()) {
      proto.setPhaseId(value.phaseId().getAsInt());
    }
    return proto.build();
  }

  public static Movement fromProto(MapProtos.Movement proto, String path) {
    require(proto.hasRemoteIntersection(), path, "remoteIntersection");
    NodeReferenceId remote =
        CommonProto.fromProto(proto.getRemoteIntersection(), path(path, "remoteIntersection"));
    return build(
        path, () -> new Movement(remote, optional(proto.hasPhaseId(), proto.getPhaseId())));
  }

  // ---------------------------------------------------------------- Lane

  public static MapProtos.Lane toProto(Lane value) {
    MapProtos.Lane.Builder proto = MapProtos.Lane.newBuilder().setLaneId(value.laneId());
    if (value.laneWidthCm().isPresent()) {
      proto.setLaneWidthCm(value.laneWidthCm().getAsInt());
    }
    if (value.laneAttributes().isPresent()) {
      proto.setLaneAttributes(toProto(value.laneAttributes().get()));
    }
    if (value.maneuvers().isPresent()) {
      proto.setManeuvers(value.maneuvers().getAsInt());
    }
    if (value.connectsTo().isPresent()) {
      MapProtos.ConnectionList.Builder connections = MapProtos.ConnectionList.newBuilder();
      List<Connection> items = value.connectsTo().get();
      for (int i = 0; i < items.size(); i++) {
        connections.addConnections(toProto(items.get(i)));
      }
      proto.setConnectsTo(connections);
    }
    if (value.speedLimits().isPresent()) {
      proto.setSpeedLimits(toProtoSpeedLimits(value.speedLimits().get()));
    }
    if (value.points().isPresent()) {
      proto.setPoints(toProtoPoints(value.points().get()));
    }
    return proto.build();
  }

  public static Lane fromProto(MapProtos.Lane proto, String path) {
    OptionalInt laneWidth = optional(proto.hasLaneWidthCm(), proto.getLaneWidthCm());
    Optional<LaneAttributes> laneAttributes =
        proto.hasLaneAttributes()
            ? Optional.of(fromProto(proto.getLaneAttributes(), path(path, "laneAttributes")))
            : Optional.empty();
    OptionalInt maneuvers = optional(proto.hasManeuvers(), proto.getManeuvers());
    Optional<List<Connection>> connectsTo = Optional.empty();
    if (proto.hasConnectsTo()) {
      String connectsToPath = path(path, "connectsTo");
      MapProtos.ConnectionList list = proto.getConnectsTo();
      int count = count(list.getConnectionsCount(), 1, Lane.CONNECTS_TO_MAX, connectsToPath);
      Connection[] items = new Connection[count];
      for (int i = 0; i < count; i++) {
        items[i] = fromProto(list.getConnections(i), element(connectsToPath, i));
      }
      connectsTo = Optional.of(List.of(items));
    }
    Optional<List<RegulatorySpeedLimit>> speedLimits =
        proto.hasSpeedLimits()
            ? Optional.of(fromProtoSpeedLimits(proto.getSpeedLimits(), path(path, "speedLimits")))
            : Optional.empty();
    Optional<List<RoadPoint>> points =
        proto.hasPoints()
            ? Optional.of(fromProtoPoints(proto.getPoints(), path(path, "points")))
            : Optional.empty();
    Optional<List<Connection>> connections = connectsTo;
    return build(
        path,
        () ->
            new Lane(
                proto.getLaneId(),
                laneWidth,
                laneAttributes,
                maneuvers,
                connections,
                speedLimits,
                points));
  }

  // ---------------------------------------------------------------- LaneAttributes

  public static MapProtos.LaneAttributes toProto(LaneAttributes value) {
    MapProtos.LaneAttributes.Builder proto =
        MapProtos.LaneAttributes.newBuilder().setLaneType(toProto(value.laneType()));
    if (value.shareWith().isPresent()) {
      proto.setShareWith(value.shareWith().getAsInt());
    }
    return proto.build();
  }

  public static LaneAttributes fromProto(MapProtos.LaneAttributes proto, String path) {
    require(proto.hasLaneType(), path, "laneType");
    LaneTypeAttributes laneType = fromProto(proto.getLaneType(), path(path, "laneType"));
    return build(
        path,
        () -> new LaneAttributes(optional(proto.hasShareWith(), proto.getShareWith()), laneType));
  }

  public static MapProtos.LaneTypeAttributes toProto(LaneTypeAttributes value) {
    return MapProtos.LaneTypeAttributes.newBuilder()
        .setKindValue(value.kind().ordinal())
        .setBits(CommonProto.toProto(value.bits()))
        .build();
  }

  public static LaneTypeAttributes fromProto(MapProtos.LaneTypeAttributes proto, String path) {
    LaneTypeAttributes.Kind kind =
        CommonProto.enumFromNumber(proto.getKindValue(), LANE_KINDS, path(path, "kind"));
    require(proto.hasBits(), path, kind.asnName());
    BitString bits = CommonProto.fromProto(proto.getBits(), path(path, kind.asnName()));
    return build(path, () -> new LaneTypeAttributes(kind, bits));
  }

  // ---------------------------------------------------------------- Connection

  public static MapProtos.Connection toProto(Connection value) {
    MapProtos.Connection.Builder proto =
        MapProtos.Connection.newBuilder()
            .setRemoteIntersection(CommonProto.toProto(value.remoteIntersection()));
    if (value.connectingLane().isPresent()) {
      proto.setConnectingLane(toProto(value.connectingLane().get()));
    }
    if (value.phaseId().isPresent()) {
      proto.setPhaseId(value.phaseId().getAsInt());
    }
    return proto.build();
  }

  public static Connection fromProto(MapProtos.Connection proto, String path) {
    require(proto.hasRemoteIntersection(), path, "remoteIntersection");
    NodeReferenceId remote =
        CommonProto.fromProto(proto.getRemoteIntersection(), path(path, "remoteIntersection"));
    Optional<ConnectingLane> connectingLane =
        proto.hasConnectingLane()
            ? Optional.of(fromProto(proto.getConnectingLane(), path(path, "connectingLane")))
            : Optional.empty();
    return build(
        path,
        () ->
            new Connection(
                remote, connectingLane, optional(proto.hasPhaseId(), proto.getPhaseId())));
  }

  public static MapProtos.ConnectingLane toProto(ConnectingLane value) {
    MapProtos.ConnectingLane.Builder proto =
        MapProtos.ConnectingLane.newBuilder().setLane(value.lane());
    if (value.maneuver().isPresent()) {
      proto.setManeuver(value.maneuver().getAsInt());
    }
    return proto.build();
  }

  public static ConnectingLane fromProto(MapProtos.ConnectingLane proto, String path) {
    return build(
        path,
        () ->
            new ConnectingLane(
                proto.getLane(), optional(proto.hasManeuver(), proto.getManeuver())));
  }

  // ---------------------------------------------------------------- RoadPoint

  public static MapProtos.RoadPoint toProto(RoadPoint value) {
    return MapProtos.RoadPoint.newBuilder()
        .setPosOffset(CommonProto.toProto(value.posOffset()))
        .build();
  }

  public static RoadPoint fromProto(MapProtos.RoadPoint proto, String path) {
    require(proto.hasPosOffset(), path, "posOffset");
    if (!proto.getPosOffset().hasOffsetLl()) {
      throw missing(path(path(path, "posOffset"), "offsetLL"));
    }
    PositionOffsetLlv posOffset =
        CommonProto.fromProto(proto.getPosOffset(), path(path, "posOffset"));
    return build(path, () -> new RoadPoint(posOffset));
  }

  private static MapProtos.RoadPointList toProtoPoints(List<RoadPoint> items) {
    MapProtos.RoadPointList.Builder proto = MapProtos.RoadPointList.newBuilder();
    for (int i = 0; i < items.size(); i++) {
      proto.addPoints(toProto(items.get(i)));
    }
    return proto.build();
  }

  private static List<RoadPoint> fromProtoPoints(MapProtos.RoadPointList proto, String path) {
    int count = count(proto.getPointsCount(), Link.POINTS_MIN, Link.POINTS_MAX, path);
    RoadPoint[] items = new RoadPoint[count];
    for (int i = 0; i < count; i++) {
      items[i] = fromProto(proto.getPoints(i), element(path, i));
    }
    return List.of(items);
  }

  // ---------------------------------------------------------------- RegulatorySpeedLimit

  public static MapProtos.RegulatorySpeedLimit toProto(RegulatorySpeedLimit value) {
    return MapProtos.RegulatorySpeedLimit.newBuilder()
        .setTypeValue(value.type().ordinal())
        .setSpeed0P02Mps(value.speed0p02Mps())
        .build();
  }

  public static RegulatorySpeedLimit fromProto(MapProtos.RegulatorySpeedLimit proto, String path) {
    SpeedLimitType type =
        CommonProto.enumFromNumber(proto.getTypeValue(), SPEED_LIMIT_TYPES, path(path, "type"));
    return build(path, () -> new RegulatorySpeedLimit(type, proto.getSpeed0P02Mps()));
  }

  private static MapProtos.SpeedLimitList toProtoSpeedLimits(List<RegulatorySpeedLimit> items) {
    MapProtos.SpeedLimitList.Builder proto = MapProtos.SpeedLimitList.newBuilder();
    for (int i = 0; i < items.size(); i++) {
      proto.addSpeedLimits(toProto(items.get(i)));
    }
    return proto.build();
  }

  private static List<RegulatorySpeedLimit> fromProtoSpeedLimits(
      MapProtos.SpeedLimitList proto, String path) {
    int count = count(proto.getSpeedLimitsCount(), 1, Link.SPEED_LIMITS_MAX, path);
    RegulatorySpeedLimit[] items = new RegulatorySpeedLimit[count];
    for (int i = 0; i < count; i++) {
      items[i] = fromProto(proto.getSpeedLimits(i), element(path, i));
    }
    return List.of(items);
  }

  // ---------------------------------------------------------------- helpers

  private static String element(String listPath, int index) {
    return listPath + "[" + index + "]";
  }

  /** The size of a repeated field, refused unless in {@code lower..upper}. */
  private static int count(int size, int lower, int upper, String path) {
    if (size < lower || size > upper) {
      throw new CodecException(
          Reason.SIZE_OUT_OF_RANGE, path, size + " elements, allowed " + lower + ".." + upper);
    }
    return size;
  }

  /** Refuses an absent message field that the standard requires. */
  private static void require(boolean present, String path, String field) {
    if (!present) {
      throw missing(path(path, field));
    }
  }

  private static CodecException missing(String path) {
    return new CodecException(Reason.MISSING_FIELD, path, "required member is absent");
  }
}
