package org.openv2x.codec.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionOffsetLl;

class MapVectorTest {
  private final UperCodec codec = new UperCodec();

  private static NodeReferenceId node(int id) {
    return new NodeReferenceId(OptionalInt.of(1), id);
  }

  private MapData decode(String name) {
    return assertInstanceOf(MapData.class, codec.decode(MapVectors.bytes(name)));
  }

  @ParameterizedTest
  @ValueSource(strings = {MapVectors.MAP_01, MapVectors.MAP_02})
  void encodesBackToTheSameBytes(String name) {
    byte[] bytes = MapVectors.bytes(name);
    assertArrayEquals(bytes, codec.encode(codec.decode(bytes)));
  }

  @ParameterizedTest
  @ValueSource(strings = {MapVectors.MAP_01, MapVectors.MAP_02})
  void everyValueMatchesTheXer(String name) {
    MapData map = decode(name);
    JsonNode expected = MapVectors.expectedJer(name);
    assertEquals(map.nodes().size(), expected.path("mapFrame").path("nodes").size());
    assertEquals(expected, MapVectors.tree(JerCodec.toJson(map)), "JER vs XER of " + name);
  }

  @ParameterizedTest
  @ValueSource(strings = {MapVectors.MAP_01, MapVectors.MAP_02})
  void jerAndProtobufRoundTrip(String name) {
    MapData map = decode(name);
    assertEquals(map, JerCodec.fromJson(JerCodec.toJson(map)));
    assertEquals(map, ProtoCodec.fromProto(ProtoCodec.toProto(map)));
    assertEquals(map, ProtoCodec.fromJson(ProtoCodec.toJson(map)));
  }

  @Test
  void map01() {
    MapData map = decode(MapVectors.MAP_01);
    assertEquals(MessageType.MAP, map.type());
    assertEquals(3, map.msgCnt());
    assertEquals(OptionalInt.of(196530), map.timeStampMinutes());
    assertEquals(1, map.nodes().size());

    Node node = map.nodes().get(0);
    assertEquals(Optional.of("Kechuang6-Jinghai"), node.name());
    assertEquals(node(1001), node.id());
    assertEquals(new Position3D(397813000, 1165042000, OptionalInt.of(420)), node.refPos());
    List<Link> links = node.inLinks().orElseThrow();
    assertEquals(4, links.size());

    Link link = links.get(0);
    assertEquals(Optional.empty(), link.name());
    assertEquals(node(1002), link.upstreamNodeId());
    assertEquals(
        List.of(
            new RegulatorySpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 833),
            new RegulatorySpeedLimit(SpeedLimitType.VEHICLE_MIN_SPEED, 139)),
        link.speedLimits().orElseThrow());
    assertEquals(OptionalInt.of(1050), link.linkWidthCm());
    assertEquals(Optional.empty(), link.points());
    assertEquals(
        List.of(
            new Movement(node(1003), OptionalInt.of(2)),
            new Movement(node(1004), OptionalInt.of(1)),
            new Movement(node(1005), OptionalInt.of(1))),
        link.movements().orElseThrow());
    assertEquals(3, link.lanes().size());

    Lane lane = link.lanes().get(0);
    assertEquals(11, lane.laneId());
    assertEquals(OptionalInt.of(350), lane.laneWidthCm());
    assertEquals(Optional.empty(), lane.laneAttributes());
    assertEquals(OptionalInt.of(0b010000000000), lane.maneuvers());
    assertTrue(AllowedManeuver.MANEUVER_LEFT_ALLOWED.isSetIn(lane.maneuvers().getAsInt()));
    assertFalse(AllowedManeuver.MANEUVER_STRAIGHT_ALLOWED.isSetIn(lane.maneuvers().getAsInt()));
    assertEquals(
        List.of(
            new Connection(
                node(1003),
                Optional.of(
                    new ConnectingLane(
                        1,
                        OptionalInt.of(AllowedManeuver.of(AllowedManeuver.MANEUVER_LEFT_ALLOWED)))),
                OptionalInt.of(2))),
        lane.connectsTo().orElseThrow());
    assertEquals(Optional.empty(), lane.speedLimits());
    assertEquals(Optional.empty(), lane.points());

    Lane third = link.lanes().get(2);
    assertEquals(13, third.laneId());
    assertEquals(
        AllowedManeuver.of(
            AllowedManeuver.MANEUVER_STRAIGHT_ALLOWED, AllowedManeuver.MANEUVER_RIGHT_ALLOWED),
        third.maneuvers().getAsInt());
    List<Connection> connections = third.connectsTo().orElseThrow();
    assertEquals(2, connections.size());
    assertEquals(node(1005), connections.get(1).remoteIntersection());
    assertEquals(3, connections.get(1).connectingLane().orElseThrow().lane());
    assertEquals(
        OptionalInt.of(0b001000000000),
        connections.get(1).connectingLane().orElseThrow().maneuver());
    assertEquals(OptionalInt.of(1), connections.get(1).phaseId());

    Link last = links.get(3);
    assertEquals(node(1005), last.upstreamNodeId());
    assertEquals(3, last.lanes().size());
  }

  @Test
  void map02() {
    MapData map = decode(MapVectors.MAP_02);
    assertEquals(4, map.msgCnt());
    assertEquals(OptionalInt.of(196531), map.timeStampMinutes());
    assertEquals(5, map.nodes().size());

    Node center = map.nodes().get(0);
    assertEquals(Optional.of("Kechuang6-Jinghai"), center.name());
    List<Link> links = center.inLinks().orElseThrow();
    assertEquals(4, links.size());
    assertEquals(
        List.of(
            Optional.of("Kechuang 6th St southbound"),
            Optional.of("Jinghai Rd westbound"),
            Optional.of("Kechuang 6th St northbound"),
            Optional.of("Jinghai Rd eastbound")),
        links.stream().map(Link::name).toList());

    Link south = links.get(0);
    assertEquals(
        List.of(
            new RoadPoint(
                new org.openv2x.codec.common.PositionOffsetLlv(
                    new PositionOffsetLl(PositionOffsetLl.Kind.LL1, 0, 1078), Optional.empty())),
            new RoadPoint(
                new org.openv2x.codec.common.PositionOffsetLlv(
                    new PositionOffsetLl(PositionOffsetLl.Kind.LL3, 0, 13475), Optional.empty())),
            new RoadPoint(
                new org.openv2x.codec.common.PositionOffsetLlv(
                    new PositionOffsetLl(PositionOffsetLl.Kind.LL3, 0, 26949), Optional.empty()))),
        south.points().orElseThrow());

    Lane lane = south.lanes().get(0);
    assertEquals(11, lane.laneId());
    LaneAttributes attributes = lane.laneAttributes().orElseThrow();
    assertEquals(OptionalInt.of(0b0001000000), attributes.shareWith());
    assertTrue(
        LaneSharingBit.INDIVIDUAL_MOTORIZED_VEHICLE_TRAFFIC.isSetIn(
            attributes.shareWith().getAsInt()));
    assertEquals(LaneTypeAttributes.Kind.VEHICLE, attributes.laneType().kind());
    assertEquals(BitString.parse("00000000"), attributes.laneType().bits());
    assertEquals(LaneTypeAttributes.of(LaneTypeAttributes.Kind.VEHICLE), attributes.laneType());
    assertFalse(attributes.laneType().isSet(LaneTypeAttributes.Vehicle.HOV_LANE_USE_ONLY));
    assertEquals(
        List.of(new RegulatorySpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 694)),
        lane.speedLimits().orElseThrow());
    List<RoadPoint> points = lane.points().orElseThrow();
    assertEquals(3, points.size());
    assertEquals(
        new PositionOffsetLl(PositionOffsetLl.Kind.LL1, -205, 1347),
        points.get(0).posOffset().offsetLl());
    assertEquals(
        new PositionOffsetLl(PositionOffsetLl.Kind.LL2, -205, 5390),
        points.get(1).posOffset().offsetLl());
    assertEquals(
        new PositionOffsetLl(PositionOffsetLl.Kind.LL3, -205, 10780),
        points.get(2).posOffset().offsetLl());

    Link west = links.get(1);
    assertEquals(node(1003), west.upstreamNodeId());
    assertEquals(
        new PositionOffsetLl(PositionOffsetLl.Kind.LL4, 35068, 0),
        west.points().orElseThrow().get(2).posOffset().offsetLl());
    assertEquals(
        List.of(
            new Movement(node(1004), OptionalInt.of(4)),
            new Movement(node(1005), OptionalInt.of(3)),
            new Movement(node(1002), OptionalInt.of(3))),
        west.movements().orElseThrow());
    assertEquals(21, west.lanes().get(0).laneId());

    Lane lastLane = links.get(3).lanes().get(links.get(3).lanes().size() - 1);
    assertEquals(
        new PositionOffsetLl(PositionOffsetLl.Kind.LL3, -14027, -786),
        lastLane.points().orElseThrow().get(2).posOffset().offsetLl());

    Node north = map.nodes().get(1);
    assertEquals(Optional.empty(), north.name());
    assertEquals(node(1002), north.id());
    assertEquals(new Position3D(397839949, 1165042000, OptionalInt.empty()), north.refPos());
    assertEquals(Optional.empty(), north.inLinks());
    Node west2 = map.nodes().get(4);
    assertEquals(node(1005), west2.id());
    assertEquals(new Position3D(397813000, 1165006932, OptionalInt.empty()), west2.refPos());
  }
}
