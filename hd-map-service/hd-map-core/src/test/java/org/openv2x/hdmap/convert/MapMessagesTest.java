package org.openv2x.hdmap.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionOffsetLl;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.map.ConnectingLane;
import org.openv2x.codec.map.Connection;
import org.openv2x.codec.map.LaneAttributes;
import org.openv2x.codec.map.LaneTypeAttributes;
import org.openv2x.codec.map.Link;
import org.openv2x.codec.map.MapData;
import org.openv2x.codec.map.Movement;
import org.openv2x.codec.map.Node;
import org.openv2x.codec.map.RegulatorySpeedLimit;
import org.openv2x.codec.map.RoadPoint;
import org.openv2x.codec.map.SpeedLimitType;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.LaneType;
import org.openv2x.hdmap.Maneuver;
import org.openv2x.hdmap.SpeedLimit;

class MapMessagesTest {
  private static final String MAP_01 = "map-01-4leg-intersection";
  private static final String MAP_02 = "map-02-4leg-geometry";

  /** Half the 1e-7 degree step, plus room for the rounding of doubles. */
  private static final double QUANTUM_DEG = 0.5e-7 + 1e-12;

  /** The Earth's mean radius, for distances on a local tangent plane. */
  private static final double EARTH_RADIUS_M = 6_371_008.8;

  private final UperCodec codec = new UperCodec();

  private MapData vector(String name) {
    return assertInstanceOf(MapData.class, codec.decode(TestVectors.vector(name)));
  }

  // ---- the shared vectors ----

  @ParameterizedTest
  @ValueSource(strings = {MAP_01, MAP_02})
  void everyNodeLinkLaneAndPointOfAVectorIsInTheModelAsItsXerSays(String name) {
    List<Intersection> intersections = MapMessages.fromMapData(vector(name));
    List<MapVectorXer.XerNode> nodes = MapVectorXer.read(name);
    assertEquals(nodes.size(), intersections.size());
    for (int n = 0; n < nodes.size(); n++) {
      MapVectorXer.XerNode node = nodes.get(n);
      Intersection intersection = intersections.get(n);
      assertEquals(new IntersectionId(node.region(), node.id()), intersection.id());
      assertEquals(node.name(), intersection.name());
      assertEquals(node.latE7() / 1e7, intersection.refPoint().latDeg(), 1e-12);
      assertEquals(node.lonE7() / 1e7, intersection.refPoint().lonDeg(), 1e-12);
      assertEquals(node.elevationDm().isPresent(), intersection.elevationM().isPresent());
      if (node.elevationDm().isPresent()) {
        assertEquals(
            node.elevationDm().getAsInt() / 10.0, intersection.elevationM().getAsDouble(), 1e-9);
      }
      assertEquals(node.links().size(), intersection.approaches().size());
      for (int k = 0; k < node.links().size(); k++) {
        MapVectorXer.XerLink link = node.links().get(k);
        Approach approach = intersection.approaches().get(k);
        String where = intersection.id() + " " + approach.id();
        assertEquals(ApproachKind.INGRESS, approach.kind());
        assertEquals(
            new IntersectionId(link.upstreamRegion(), link.upstreamId()), approach.otherNode());
        assertEquals(link.name(), approach.name(), where);
        assertCm(link.widthCm(), approach.widthM(), where);
        assertEquals(link.speedLimits().size(), approach.speedLimits().size(), where);
        for (int s = 0; s < link.speedLimits().size(); s++) {
          assertEquals(
              link.speedLimits().get(s)[0] * 0.02, approach.speedLimits().get(s).speedMps(), 1e-9);
        }
        assertEquals(link.lanes().size(), approach.lanes().size(), where);
        for (int l = 0; l < link.lanes().size(); l++) {
          MapVectorXer.XerLane xerLane = link.lanes().get(l);
          Lane lane = approach.lanes().get(l);
          assertEquals(xerLane.laneId(), lane.laneId(), where);
          assertCm(xerLane.widthCm(), lane.widthM(), where + " lane " + lane.laneId());
          List<MapVectorXer.XerPoint> listed =
              xerLane.points().isEmpty() ? link.points() : xerLane.points();
          for (MapVectorXer.XerPoint point : listed) {
            assertTrue(point.kind().startsWith("position-LL"), point.kind());
          }
          List<MapVectorXer.XerPoint> points = inTravelOrder(listed, node.latE7());
          assertEquals(points.size(), lane.centreLine().size(), where + " lane " + lane.laneId());
          for (int p = 0; p < points.size(); p++) {
            MapVectorXer.XerPoint point = points.get(p);
            GeoPoint actual = lane.centreLine().get(p);
            assertEquals((node.latE7() + point.lat()) / 1e7, actual.latDeg(), 1e-12, where);
            assertEquals((node.lonE7() + point.lon()) / 1e7, actual.lonDeg(), 1e-12, where);
          }
        }
      }
    }
  }

  /**
   * A lane's XER points (offsets from refPos) in travel order: reversed when the first point is
   * nearer to refPos on the ground than the last, as listed otherwise. Worked out on the XER's
   * numbers in metres on the local tangent plane of the node's latitude.
   */
  private static List<MapVectorXer.XerPoint> inTravelOrder(
      List<MapVectorXer.XerPoint> points, int refLatE7) {
    if (points.size() < 2) {
      return points;
    }
    MapVectorXer.XerPoint first = points.get(0);
    MapVectorXer.XerPoint last = points.get(points.size() - 1);
    if (groundM(first.lon(), first.lat(), refLatE7) < groundM(last.lon(), last.lat(), refLatE7)) {
      List<MapVectorXer.XerPoint> reversed = new ArrayList<>();
      for (int i = points.size() - 1; i >= 0; i--) {
        reversed.add(points.get(i));
      }
      return reversed;
    }
    return points;
  }

  /** Ground distance in metres of an offset (1e-7 degree) from a reference at this latitude. */
  private static double groundM(long dLonE7, long dLatE7, int refLatE7) {
    double northM = Math.toRadians(dLatE7 / 1e7) * EARTH_RADIUS_M;
    double eastM =
        Math.toRadians(dLonE7 / 1e7) * Math.cos(Math.toRadians(refLatE7 / 1e7)) * EARTH_RADIUS_M;
    return Math.hypot(northM, eastM);
  }

  /** Ground distance in metres between two points, on the tangent plane at {@code ref}. */
  private static double groundM(GeoPoint point, GeoPoint ref) {
    double northM = Math.toRadians(point.latDeg() - ref.latDeg()) * EARTH_RADIUS_M;
    double eastM =
        Math.toRadians(point.lonDeg() - ref.lonDeg())
            * Math.cos(Math.toRadians(ref.latDeg()))
            * EARTH_RADIUS_M;
    return Math.hypot(northM, eastM);
  }

  private static void assertCm(OptionalInt cm, OptionalDouble metres, String where) {
    assertEquals(cm.isPresent(), metres.isPresent(), where);
    if (cm.isPresent()) {
      assertEquals(cm.getAsInt() / 100.0, metres.getAsDouble(), 1e-9, where);
    }
  }

  @Test
  void map01IsOneIntersectionOfFourApproachesOfThreeLanesWithoutGeometry() {
    List<Intersection> intersections = MapMessages.fromMapData(vector(MAP_01));
    assertEquals(1, intersections.size());
    Intersection intersection = intersections.get(0);
    assertEquals("1:1001", intersection.id().key());
    assertEquals(Optional.of("Kechuang6-Jinghai"), intersection.name());
    assertEquals(39.7813, intersection.refPoint().latDeg(), 1e-12);
    assertEquals(116.5042, intersection.refPoint().lonDeg(), 1e-12);
    assertEquals(42.0, intersection.elevationM().getAsDouble(), 1e-9);
    assertEquals(
        List.of("in1:1002", "in1:1003", "in1:1004", "in1:1005"),
        intersection.approaches().stream().map(Approach::id).toList());
    Approach north = intersection.approaches().get(0);
    assertEquals(10.5, north.widthM().getAsDouble(), 1e-9);
    assertEquals(
        List.of(
            new SpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 833 * 0.02),
            new SpeedLimit(SpeedLimitType.VEHICLE_MIN_SPEED, 139 * 0.02)),
        north.speedLimits());
    assertEquals(List.of(11, 12, 13), north.lanes().stream().map(Lane::laneId).toList());
    for (Approach approach : intersection.approaches()) {
      assertEquals(3, approach.lanes().size());
      for (Lane lane : approach.lanes()) {
        assertEquals(List.of(), lane.centreLine(), "no points in map-01");
        assertEquals(LaneType.VEHICLE, lane.type(), "no lane attributes in map-01");
        assertEquals(3.5, lane.widthM().getAsDouble(), 1e-9);
      }
    }
    Lane straightRight = north.lanes().get(2);
    assertEquals(EnumSet.of(Maneuver.STRAIGHT, Maneuver.RIGHT), straightRight.maneuvers());
    assertEquals(
        List.of(
            new LaneConnection(
                IntersectionId.of(1, 1004),
                OptionalInt.of(3),
                Set.of(Maneuver.STRAIGHT),
                OptionalInt.of(1)),
            new LaneConnection(
                IntersectionId.of(1, 1005),
                OptionalInt.of(3),
                Set.of(Maneuver.RIGHT),
                OptionalInt.of(1))),
        straightRight.connections());
    assertEquals(Set.of(Maneuver.LEFT), north.lanes().get(0).maneuvers());
  }

  @Test
  void map02HasLaneCentreLinesAsOffsetsFromTheReferencePosition() {
    List<Intersection> intersections = MapMessages.fromMapData(vector(MAP_02));
    assertEquals(5, intersections.size());
    assertEquals(
        List.of("1:1001", "1:1002", "1:1003", "1:1004", "1:1005"),
        intersections.stream().map(i -> i.id().key()).toList());
    assertEquals(4, intersections.get(0).approaches().size());
    for (Intersection endPoint : intersections.subList(1, 5)) {
      assertEquals(List.of(), endPoint.approaches());
      assertEquals(OptionalDouble.empty(), endPoint.elevationM());
    }
    assertEquals(39.7839949, intersections.get(1).refPoint().latDeg(), 1e-12);
    Approach north = intersections.get(0).approaches().get(0);
    assertEquals(Optional.of("Kechuang 6th St southbound"), north.name());
    Lane lane11 = north.lanes().get(0);
    assertEquals(11, lane11.laneId());
    // listed from the stop line outwards: position-LL1 (lon -205, lat 1347), LL2 (-205, 5390), LL3
    // (-205, 10780) from (397813000, 1165042000); in travel order the LL3 point comes first and
    // the lane ends at its stop line, 15 m north of refPos
    assertEquals(3, lane11.centreLine().size());
    assertEquals(39.7823780, lane11.centreLine().get(0).latDeg(), 1e-12);
    assertEquals(116.5041795, lane11.centreLine().get(0).lonDeg(), 1e-12);
    assertEquals(39.7818390, lane11.centreLine().get(1).latDeg(), 1e-12);
    assertEquals(39.7814347, lane11.centreLine().get(2).latDeg(), 1e-12);
    assertEquals(116.5041795, lane11.centreLine().get(2).lonDeg(), 1e-12);
    assertEquals(LaneType.VEHICLE, lane11.type());
    assertEquals(
        List.of(new SpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 694 * 0.02)),
        lane11.speedLimits());
    Lane lane43 = intersections.get(0).approaches().get(3).lanes().get(2);
    assertEquals(43, lane43.laneId());
    // eastbound from the west: LL3 (-14027, -786) first, LL1 (-1753, -786) at the stop line last
    assertEquals(116.5042 - 0.0014027, lane43.centreLine().get(0).lonDeg(), 1e-12);
    assertEquals(39.7813 - 0.0000786, lane43.centreLine().get(0).latDeg(), 1e-12);
    assertEquals(116.5042 - 0.0001753, lane43.centreLine().get(2).lonDeg(), 1e-12);
    assertEquals(39.7813 - 0.0000786, lane43.centreLine().get(2).latDeg(), 1e-12);
    // every lane of the vector is listed outwards; each now runs towards the node: its first
    // point is the farthest from refPos, its last the nearest
    GeoPoint ref = intersections.get(0).refPoint();
    for (Approach approach : intersections.get(0).approaches()) {
      for (Lane lane : approach.lanes()) {
        List<GeoPoint> line = lane.centreLine();
        double startM = groundM(line.get(0), ref);
        double endM = groundM(line.get(line.size() - 1), ref);
        for (GeoPoint point : line) {
          double m = groundM(point, ref);
          assertTrue(endM <= m && m <= startM, approach.id() + " lane " + lane.laneId());
        }
        assertTrue(endM < startM, approach.id() + " lane " + lane.laneId());
      }
    }
  }

  // ---- hand-made MAPs ----

  private static final Position3D REF_POS =
      new Position3D(397813000, 1165042000, OptionalInt.empty());

  private static RoadPoint offset(PositionOffsetLl.Kind kind, int lon, int lat) {
    return new RoadPoint(
        new PositionOffsetLlv(new PositionOffsetLl(kind, lon, lat), Optional.empty()));
  }

  private static org.openv2x.codec.map.Lane mapLane(
      int id,
      Optional<LaneAttributes> attributes,
      Optional<List<Connection>> connections,
      Optional<List<RoadPoint>> points) {
    return new org.openv2x.codec.map.Lane(
        id,
        OptionalInt.empty(),
        attributes,
        OptionalInt.empty(),
        connections,
        Optional.empty(),
        points);
  }

  private static MapData map(Position3D refPos, Link... links) {
    return new MapData(
        0,
        OptionalInt.empty(),
        List.of(
            new Node(
                Optional.empty(),
                new NodeReferenceId(OptionalInt.of(1), 5),
                refPos,
                Optional.of(List.of(links)))));
  }

  private static Link link(
      Optional<List<RegulatorySpeedLimit>> limits,
      Optional<List<RoadPoint>> points,
      org.openv2x.codec.map.Lane... lanes) {
    return new Link(
        Optional.empty(),
        new NodeReferenceId(OptionalInt.of(1), 6),
        limits,
        OptionalInt.empty(),
        points,
        Optional.empty(),
        List.of(lanes));
  }

  @Test
  void aLaneWithoutPointsTakesTheLinksPointsElseHasAnEmptyCentreLine() {
    List<RoadPoint> linkPoints =
        List.of(
            offset(PositionOffsetLl.Kind.LL1, 0, 2000), offset(PositionOffsetLl.Kind.LL1, 0, 100));
    List<RoadPoint> lanePoints =
        List.of(
            offset(PositionOffsetLl.Kind.LL2, -300, 6000),
            offset(PositionOffsetLl.Kind.LL1, -300, 120));
    MapData withLinkPoints =
        map(
            REF_POS,
            link(
                Optional.empty(),
                Optional.of(linkPoints),
                mapLane(1, Optional.empty(), Optional.empty(), Optional.empty()),
                mapLane(2, Optional.empty(), Optional.empty(), Optional.of(lanePoints))));
    List<Lane> lanes = MapMessages.fromMapData(withLinkPoints).get(0).approaches().get(0).lanes();
    assertEquals(
        List.of(GeoPoint.of(39.7815, 116.5042), GeoPoint.of(39.781310, 116.5042)),
        rounded(lanes.get(0).centreLine()));
    assertEquals(
        List.of(GeoPoint.of(39.7819, 116.504170), GeoPoint.of(39.781312, 116.504170)),
        rounded(lanes.get(1).centreLine()));

    MapData without =
        map(
            REF_POS,
            link(
                Optional.empty(),
                Optional.empty(),
                mapLane(1, Optional.empty(), Optional.empty(), Optional.empty())));
    assertEquals(
        List.of(),
        MapMessages.fromMapData(without).get(0).approaches().get(0).lanes().get(0).centreLine());
  }

  /** Points rounded to the 1e-7 degree grid, for comparing with decimal literals. */
  private static List<GeoPoint> rounded(List<GeoPoint> points) {
    return points.stream()
        .map(
            p ->
                GeoPoint.of(Math.round(p.latDeg() * 1e7) / 1e7, Math.round(p.lonDeg() * 1e7) / 1e7))
        .toList();
  }

  @Test
  void aLatLonPointIsAbsoluteAndEveryOffsetFormIsRelative() {
    // listed upstream to downstream (the far end first, so the lane keeps this order): the absolute
    // point, then one at the edge of each offset form from LL6 (24 bits) down to LL1 (12 bits)
    PositionOffsetLl.Kind[] kinds = {
      PositionOffsetLl.Kind.LL6,
      PositionOffsetLl.Kind.LL5,
      PositionOffsetLl.Kind.LL4,
      PositionOffsetLl.Kind.LL3,
      PositionOffsetLl.Kind.LL2,
      PositionOffsetLl.Kind.LL1
    };
    int[][] offsets = {
      {-8388608, 7}, {2097151, 5}, {-131072, 1}, {32767, 0}, {8191, -8192}, {-2048, 2047}
    };
    List<RoadPoint> points = new ArrayList<>();
    points.add(offset(PositionOffsetLl.Kind.LAT_LON, 1210000000, 311000000));
    for (int i = 0; i < offsets.length; i++) {
      points.add(offset(kinds[i], offsets[i][0], offsets[i][1]));
    }
    MapData map =
        map(
            REF_POS,
            link(
                Optional.empty(),
                Optional.empty(),
                mapLane(1, Optional.empty(), Optional.empty(), Optional.of(points))));
    List<GeoPoint> line =
        MapMessages.fromMapData(map).get(0).approaches().get(0).lanes().get(0).centreLine();
    assertEquals(7, line.size());
    assertEquals(31.1, line.get(0).latDeg(), 1e-12);
    assertEquals(121.0, line.get(0).lonDeg(), 1e-12);
    for (int i = 0; i < offsets.length; i++) {
      assertEquals(
          (397813000 + offsets[i][1]) / 1e7, line.get(i + 1).latDeg(), 1e-12, kinds[i].asnName());
      assertEquals(
          (1165042000 + offsets[i][0]) / 1e7, line.get(i + 1).lonDeg(), 1e-12, kinds[i].asnName());
    }
  }

  @Test
  void theLaneTypeIsTheKindOfItsAttributesAndVehicleWithout() {
    List<org.openv2x.codec.map.Lane> lanes = new ArrayList<>();
    LaneTypeAttributes.Kind[] kinds = LaneTypeAttributes.Kind.values();
    for (int i = 0; i < kinds.length; i++) {
      lanes.add(
          mapLane(
              i + 1,
              Optional.of(new LaneAttributes(OptionalInt.of(0), LaneTypeAttributes.of(kinds[i]))),
              Optional.empty(),
              Optional.empty()));
    }
    lanes.add(mapLane(20, Optional.empty(), Optional.empty(), Optional.empty()));
    MapData map =
        map(
            REF_POS,
            link(
                Optional.empty(),
                Optional.empty(),
                lanes.toArray(org.openv2x.codec.map.Lane[]::new)));
    List<LaneType> types =
        MapMessages.fromMapData(map).get(0).approaches().get(0).lanes().stream()
            .map(Lane::type)
            .toList();
    List<LaneType> expected = new ArrayList<>();
    for (LaneTypeAttributes.Kind kind : kinds) {
      expected.add(LaneType.valueOf(kind.name()));
    }
    expected.add(LaneType.VEHICLE);
    assertEquals(expected, types);
  }

  @Test
  void theStandardsUnknownValuesBecomeAbsent() {
    NodeReferenceId remote = new NodeReferenceId(OptionalInt.empty(), 9);
    List<Connection> connections =
        List.of(
            new Connection(remote, Optional.empty(), OptionalInt.of(4)),
            new Connection(
                remote,
                Optional.of(new ConnectingLane(0, OptionalInt.of(0x800))),
                OptionalInt.of(0)),
            new Connection(
                remote,
                Optional.of(new ConnectingLane(7, OptionalInt.empty())),
                OptionalInt.of(255)));
    MapData map =
        map(
            REF_POS,
            link(
                Optional.of(
                    List.of(
                        new RegulatorySpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 8191),
                        new RegulatorySpeedLimit(SpeedLimitType.TRUCK_MAX_SPEED, 500))),
                Optional.empty(),
                mapLane(1, Optional.empty(), Optional.of(connections), Optional.empty())));
    Approach approach = MapMessages.fromMapData(map).get(0).approaches().get(0);
    assertEquals(
        List.of(new SpeedLimit(SpeedLimitType.TRUCK_MAX_SPEED, 10.0)), approach.speedLimits());
    IntersectionId nine = IntersectionId.of(9);
    assertEquals(
        List.of(
            new LaneConnection(nine, OptionalInt.empty(), Set.of(), OptionalInt.of(4)),
            new LaneConnection(
                nine, OptionalInt.empty(), Set.of(Maneuver.STRAIGHT), OptionalInt.empty()),
            new LaneConnection(nine, OptionalInt.of(7), Set.of(), OptionalInt.of(255))),
        approach.lanes().get(0).connections());
    assertEquals(Set.of(), approach.lanes().get(0).maneuvers());
  }

  @Test
  void anUnavailableReferencePositionIsRefusedNamingTheNode() {
    MapData map =
        map(
            new Position3D(Position3D.LAT_UNAVAILABLE, 1165042000, OptionalInt.empty()),
            link(
                Optional.empty(),
                Optional.empty(),
                mapLane(1, Optional.empty(), Optional.empty(), Optional.empty())));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> MapMessages.fromMapData(map));
    assertEquals("intersection 1:5 refPos: latitude unavailable", refused.getMessage());
  }

  @Test
  void anOffsetBeyondThePoleIsRefusedNamingThePoint() {
    Position3D nearPole = new Position3D(899_999_000, 0, OptionalInt.empty());
    List<RoadPoint> points =
        List.of(
            offset(PositionOffsetLl.Kind.LL1, 0, 0), offset(PositionOffsetLl.Kind.LL1, 0, 2000));
    MapData map =
        map(
            nearPole,
            link(
                Optional.empty(),
                Optional.empty(),
                mapLane(3, Optional.empty(), Optional.empty(), Optional.of(points))));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> MapMessages.fromMapData(map));
    assertTrue(
        refused
            .getMessage()
            .startsWith("intersection 1:5 approach in1:6 lane 3 points[1]: latitude must be"),
        refused.getMessage());
  }

  // ---- travel order ----

  /** The point at this offset (1e-7 degree, longitude first) from REF_POS. */
  private static GeoPoint at(int lon, int lat) {
    return GeoPoint.of((REF_POS.latE7Deg() + lat) / 1e7, (REF_POS.lonE7Deg() + lon) / 1e7);
  }

  /** An offset point (1e-7 degree, longitude first) in the smallest LL form that holds it. */
  private static RoadPoint ll(int lon, int lat) {
    for (PositionOffsetLl.Kind kind : PositionOffsetLl.Kind.values()) {
      if (kind != PositionOffsetLl.Kind.LAT_LON
          && lon >= kind.lonMin()
          && lon <= kind.lonMax()
          && lat >= kind.latMin()
          && lat <= kind.latMax()) {
        return offset(kind, lon, lat);
      }
    }
    throw new IllegalArgumentException("beyond position-LL6: " + lon + ", " + lat);
  }

  private static org.openv2x.codec.map.Lane laneWith(int id, RoadPoint... points) {
    return mapLane(id, Optional.empty(), Optional.empty(), Optional.of(List.of(points)));
  }

  /** A link from upstream node 1:{@code upstreamId}. */
  private static Link linkFrom(
      int upstreamId, Optional<List<RoadPoint>> points, org.openv2x.codec.map.Lane... lanes) {
    return new Link(
        Optional.empty(),
        new NodeReferenceId(OptionalInt.of(1), upstreamId),
        Optional.empty(),
        OptionalInt.empty(),
        points,
        Optional.empty(),
        List.of(lanes));
  }

  /** The centre lines of the one node's lanes, approach by approach. */
  private static List<List<List<GeoPoint>>> centreLines(MapData map) {
    return MapMessages.fromMapData(map).get(0).approaches().stream()
        .map(approach -> approach.lanes().stream().map(Lane::centreLine).toList())
        .toList();
  }

  @Test
  void aLaneListedFromItsStopLineOutwardsComesOutReversedEndingNearTheReferencePosition() {
    MapData map =
        map(
            REF_POS,
            // from the north, southbound
            linkFrom(
                2, Optional.empty(), laneWith(11, ll(-200, 1300), ll(-200, 5400), ll(-200, 10800))),
            // from the east, its far end an absolute position (lon +14000, lat +150 from refPos)
            linkFrom(
                3,
                Optional.empty(),
                laneWith(
                    21,
                    ll(1700, 150),
                    ll(7000, 150),
                    offset(PositionOffsetLl.Kind.LAT_LON, 1165056000, 397813150))),
            // from the south, two points, the fewest a MAP lane has
            linkFrom(4, Optional.empty(), laneWith(31, ll(200, -1300), ll(200, -10800))),
            linkFrom(
                5,
                Optional.empty(),
                laneWith(41, ll(-1500, -150), ll(-7000, -150), ll(-14000, -150)),
                // a slip lane: its first point is 1000 units of longitude west of refPos, its
                // last 900 of latitude south; a degree of longitude being cos(39.8°) = 0.77 of one
                // of latitude on the ground, the first point is the nearer (8.5 m against 10.0 m)
                laneWith(42, ll(-1000, 0), ll(0, -900))));
    assertEquals(
        List.of(
            List.of(List.of(at(-200, 10800), at(-200, 5400), at(-200, 1300))),
            List.of(List.of(at(14000, 150), at(7000, 150), at(1700, 150))),
            List.of(List.of(at(200, -10800), at(200, -1300))),
            List.of(
                List.of(at(-14000, -150), at(-7000, -150), at(-1500, -150)),
                List.of(at(0, -900), at(-1000, 0)))),
        centreLines(map));
    GeoPoint ref = at(0, 0);
    for (List<List<GeoPoint>> approach : centreLines(map)) {
      for (List<GeoPoint> line : approach) {
        assertTrue(
            groundM(line.get(line.size() - 1), ref) < groundM(line.get(0), ref),
            "ends nearer refPos than it starts: " + line);
      }
    }
  }

  @Test
  void aLaneListedInTheStandardsOrderIsKeptAsIs() {
    MapData map =
        map(
            REF_POS,
            linkFrom(
                2, Optional.empty(), laneWith(11, ll(-200, 10800), ll(-200, 5400), ll(-200, 1300))),
            linkFrom(
                3,
                Optional.empty(),
                laneWith(
                    21,
                    offset(PositionOffsetLl.Kind.LAT_LON, 1165056000, 397813150),
                    ll(7000, 150),
                    ll(1700, 150))),
            linkFrom(4, Optional.empty(), laneWith(31, ll(200, -10800), ll(200, -1300))),
            linkFrom(
                5,
                Optional.empty(),
                laneWith(41, ll(-14000, -150), ll(-7000, -150), ll(-1500, -150)),
                // the slip lane the other way round: from 10.0 m to 8.5 m from refPos
                laneWith(42, ll(0, -900), ll(-1000, 0)),
                // a lane whose middle point is nearer than both ends: only the ends count
                laneWith(43, ll(-9000, -5000), ll(-300, -300), ll(-1500, -1000))));
    assertEquals(
        List.of(
            List.of(List.of(at(-200, 10800), at(-200, 5400), at(-200, 1300))),
            List.of(List.of(at(14000, 150), at(7000, 150), at(1700, 150))),
            List.of(List.of(at(200, -10800), at(200, -1300))),
            List.of(
                List.of(at(-14000, -150), at(-7000, -150), at(-1500, -150)),
                List.of(at(0, -900), at(-1000, 0)),
                List.of(at(-9000, -5000), at(-300, -300), at(-1500, -1000)))),
        centreLines(map));
  }

  @Test
  void aLaneWhoseEndsAreEquallyNearOnTheStandardsGridKeepsItsOrder() {
    // a crosswalk across the approach, its ends 2500 units east and west of refPos: in degrees
    // (divided by 1e7) the two differences from refPos round differently, on the grid they are
    // equal; one unit more on one side decides
    MapData map =
        map(
            REF_POS,
            linkFrom(
                2,
                Optional.empty(),
                laneWith(1, ll(-2500, 500), ll(2500, 500)),
                laneWith(2, ll(2500, 500), ll(-2500, 500)),
                laneWith(3, ll(-2500, 500), ll(2501, 500)),
                laneWith(4, ll(-2501, 500), ll(2500, 500))));
    assertEquals(
        List.of(
            List.of(
                List.of(at(-2500, 500), at(2500, 500)),
                List.of(at(2500, 500), at(-2500, 500)),
                List.of(at(2501, 500), at(-2500, 500)),
                List.of(at(-2501, 500), at(2500, 500)))),
        centreLines(map));
  }

  @Test
  void aLaneOfOnePointOrWithTheLinksPointsOnlyFollowsTheSameRule() {
    MapData map =
        map(
            REF_POS,
            // link points listed from the stop line outwards
            linkFrom(
                2,
                Optional.of(List.of(ll(0, 1100), ll(0, 13500), ll(0, 27000))),
                mapLane(11, Optional.empty(), Optional.empty(), Optional.empty()),
                // its own points, in the standard's order, are kept whatever the link's order
                laneWith(12, ll(-400, 10800), ll(-400, 1300))),
            // link points in the standard's order
            linkFrom(
                4,
                Optional.of(List.of(ll(0, -27000), ll(0, -1100))),
                mapLane(31, Optional.empty(), Optional.empty(), Optional.empty()),
                // its own points listed outwards are reversed though the link's are not
                laneWith(32, ll(400, -1300), ll(400, -10800))));
    assertEquals(
        List.of(
            List.of(
                List.of(at(0, 27000), at(0, 13500), at(0, 1100)),
                List.of(at(-400, 10800), at(-400, 1300))),
            List.of(
                List.of(at(0, -27000), at(0, -1100)), List.of(at(400, -10800), at(400, -1300)))),
        centreLines(map));

    // a MAP's PointList has 2..31 points, so one point (or none) reaches the rule only directly:
    // there is nothing to reverse, near refPos or far from it
    assertEquals(
        "points has 1 elements, allowed 2..31",
        assertThrows(IllegalArgumentException.class, () -> laneWith(1, ll(0, 1300))).getMessage());
    assertEquals(List.of(at(0, 1300)), MapMessages.inTravelOrder(List.of(at(0, 1300)), REF_POS));
    assertEquals(List.of(at(0, 27000)), MapMessages.inTravelOrder(List.of(at(0, 27000)), REF_POS));
    assertEquals(List.of(), MapMessages.inTravelOrder(List.of(), REF_POS));
  }

  // ---- model → MAP → model ----

  /** The fixture without its egress approach, which a MAP does not carry. */
  private static Intersection ingressOnly(Intersection intersection) {
    return new Intersection(
        intersection.id(),
        intersection.name(),
        intersection.refPoint(),
        intersection.elevationM(),
        intersection.approaches().stream().filter(a -> a.kind() == ApproachKind.INGRESS).toList());
  }

  @Test
  void aMapMadeFromTheModelDecodesBackToItUpToTheStandardsQuantisation() {
    Intersection original = HdMapFixtures.intersection();
    Intersection far = farPoints();
    Intersection bare = HdMapFixtures.minimalIntersection();
    MapData map = MapMessages.toMapData(List.of(original, far, bare), 17, OptionalInt.of(196530));
    assertEquals(17, map.msgCnt());
    assertEquals(OptionalInt.of(196530), map.timeStampMinutes());

    MapData decoded = assertInstanceOf(MapData.class, codec.decode(codec.encode(map)));
    assertEquals(map, decoded);
    List<Intersection> back = MapMessages.fromMapData(decoded);
    assertEquals(3, back.size());
    assertSameUpToQuantisation(ingressOnly(original), back.get(0));
    assertSameUpToQuantisation(far, back.get(1));
    assertSameUpToQuantisation(bare, back.get(2));
    // once on the standard's grid, the round trip is exact
    assertEquals(
        back, MapMessages.fromMapData(MapMessages.toMapData(back, 18, OptionalInt.empty())));
  }

  private static Approach ingressFrom(int upstreamId, Lane... lanes) {
    return new Approach(
        ApproachKind.INGRESS,
        IntersectionId.of(1, upstreamId),
        Optional.empty(),
        List.of(),
        OptionalDouble.empty(),
        List.of(lanes));
  }

  private static Lane laneAlong(int id, LaneType type, GeoPoint... centreLine) {
    return new Lane(id, type, null, null, null, null, List.of(centreLine));
  }

  @Test
  void aModelWhoseLanesRunInTravelOrderRoundTripsThroughAMapExactly() {
    // on the 1e-7 degree grid, so nothing is lost; every lane ends near refPos
    GeoPoint beyondLl6 = GeoPoint.of(39.0, 115.0);
    Intersection model =
        new Intersection(
            IntersectionId.of(1, 5),
            Optional.empty(),
            at(0, 0),
            OptionalDouble.empty(),
            List.of(
                ingressFrom(
                    2,
                    laneAlong(
                        11, LaneType.VEHICLE, at(-200, 10800), at(-200, 5400), at(-200, 1300))),
                ingressFrom(
                    3,
                    laneAlong(21, LaneType.VEHICLE, at(14000, 150), at(7000, 150), at(1700, 150))),
                ingressFrom(4, laneAlong(31, LaneType.VEHICLE, at(200, -10800), at(200, -1300))),
                ingressFrom(
                    5,
                    laneAlong(41, LaneType.VEHICLE, beyondLl6, at(-7000, -150), at(-1500, -150)),
                    laneAlong(42, LaneType.VEHICLE, at(0, -900), at(-1000, 0)),
                    laneAlong(43, LaneType.CROSSWALK, at(-2500, 500), at(2500, 500)))));
    MapData map = MapMessages.toMapData(List.of(model), 0, OptionalInt.empty());
    // written upstream to downstream, as the model holds them: lane 11 from its far end
    List<RoadPoint> lane11 =
        map.nodes().get(0).inLinks().orElseThrow().get(0).lanes().get(0).points().orElseThrow();
    assertEquals(
        List.of(
            new PositionOffsetLl(PositionOffsetLl.Kind.LL3, -200, 10800),
            new PositionOffsetLl(PositionOffsetLl.Kind.LL2, -200, 5400),
            new PositionOffsetLl(PositionOffsetLl.Kind.LL1, -200, 1300)),
        lane11.stream().map(p -> p.posOffset().offsetLl()).toList());

    MapData decoded = assertInstanceOf(MapData.class, codec.decode(codec.encode(map)));
    assertEquals(List.of(model), MapMessages.fromMapData(decoded));
  }

  @Test
  void offsetsTakeTheSmallestFormThatHoldsThemAndLatLonBeyondLl6() {
    MapData map = MapMessages.toMapData(List.of(farPoints()), 0, OptionalInt.empty());
    Node node = map.nodes().get(0);
    List<RoadPoint> points =
        node.inLinks().orElseThrow().get(0).lanes().get(0).points().orElseThrow();
    List<PositionOffsetLl.Kind> kinds =
        points.stream().map(p -> p.posOffset().offsetLl().kind()).toList();
    assertEquals(
        List.of(
            PositionOffsetLl.Kind.LL1,
            PositionOffsetLl.Kind.LL2,
            PositionOffsetLl.Kind.LL3,
            PositionOffsetLl.Kind.LL4,
            PositionOffsetLl.Kind.LL5,
            PositionOffsetLl.Kind.LL6,
            PositionOffsetLl.Kind.LAT_LON,
            PositionOffsetLl.Kind.LL1),
        kinds);
    PositionOffsetLl latLon = points.get(6).posOffset().offsetLl();
    assertEquals(407813000, latLon.latE7Deg());
    assertEquals(1165042000, latLon.lonE7Deg());
    PositionOffsetLl ll6 = points.get(5).posOffset().offsetLl();
    assertEquals(-8388608, ll6.lonE7Deg());
    assertEquals(Position3D.class, node.refPos().getClass());
    assertEquals(397813000, node.refPos().latE7Deg());
  }

  /**
   * An intersection whose one lane has a point at the edge of every offset form (LL1 12 bits ...
   * LL6 24 bits), one a degree away (beyond LL6) and one back near the reference.
   */
  private static Intersection farPoints() {
    double lat0 = 39.7813;
    double lon0 = 116.5042;
    List<GeoPoint> line =
        List.of(
            GeoPoint.of(lat0 + 2047e-7, lon0 - 2048e-7),
            GeoPoint.of(lat0 - 8192e-7, lon0 + 8191e-7),
            GeoPoint.of(lat0, lon0 + 32767e-7),
            GeoPoint.of(lat0 + 1e-7, lon0 - 131072e-7),
            GeoPoint.of(lat0 + 5e-7, lon0 + 2097151e-7),
            GeoPoint.of(lat0 + 7e-7, lon0 - 8388608e-7),
            GeoPoint.of(lat0 + 1, lon0),
            GeoPoint.of(lat0 + 1e-7, lon0 + 1e-7));
    Lane lane =
        new Lane(
            4,
            LaneType.BIKE_LANE,
            OptionalDouble.of(1.5),
            Set.of(Maneuver.STRAIGHT, Maneuver.CAUTION),
            List.of(),
            List.of(new SpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 8.34)),
            line);
    return new Intersection(
        IntersectionId.of(2, 77),
        Optional.of("far"),
        GeoPoint.of(lat0, lon0),
        OptionalDouble.of(-12.3),
        List.of(
            new Approach(
                ApproachKind.INGRESS,
                IntersectionId.of(2, 78),
                Optional.empty(),
                List.of(),
                OptionalDouble.empty(),
                List.of(lane))));
  }

  private static void assertSameUpToQuantisation(Intersection expected, Intersection actual) {
    String where = expected.id().key();
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.name(), actual.name(), where);
    assertPoint(expected.refPoint(), actual.refPoint(), where + " refPoint");
    assertClose(expected.elevationM(), actual.elevationM(), 0.05, where + " elevation");
    assertEquals(expected.approaches().size(), actual.approaches().size(), where);
    for (int a = 0; a < expected.approaches().size(); a++) {
      Approach e = expected.approaches().get(a);
      Approach g = actual.approaches().get(a);
      String approach = where + " " + e.id();
      assertEquals(e.kind(), g.kind(), approach);
      assertEquals(e.otherNode(), g.otherNode(), approach);
      assertEquals(e.name(), g.name(), approach);
      assertClose(e.widthM(), g.widthM(), 0.005, approach + " width");
      assertSpeedLimits(e.speedLimits(), g.speedLimits(), approach);
      assertEquals(e.lanes().size(), g.lanes().size(), approach);
      for (int l = 0; l < e.lanes().size(); l++) {
        Lane el = e.lanes().get(l);
        Lane gl = g.lanes().get(l);
        String lane = approach + " lane " + el.laneId();
        assertEquals(el.laneId(), gl.laneId(), lane);
        assertEquals(el.type(), gl.type(), lane);
        assertClose(el.widthM(), gl.widthM(), 0.005, lane + " width");
        assertEquals(el.maneuvers(), gl.maneuvers(), lane);
        assertEquals(el.connections(), gl.connections(), lane);
        assertSpeedLimits(el.speedLimits(), gl.speedLimits(), lane);
        assertEquals(el.centreLine().size(), gl.centreLine().size(), lane);
        for (int p = 0; p < el.centreLine().size(); p++) {
          assertPoint(el.centreLine().get(p), gl.centreLine().get(p), lane + " point " + p);
        }
      }
    }
  }

  private static void assertSpeedLimits(
      List<SpeedLimit> expected, List<SpeedLimit> actual, String where) {
    assertEquals(expected.size(), actual.size(), where);
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).type(), actual.get(i).type(), where);
      assertEquals(expected.get(i).speedMps(), actual.get(i).speedMps(), 0.01 + 1e-9, where);
    }
  }

  private static void assertPoint(GeoPoint expected, GeoPoint actual, String where) {
    assertEquals(expected.latDeg(), actual.latDeg(), QUANTUM_DEG, where);
    assertEquals(expected.lonDeg(), actual.lonDeg(), QUANTUM_DEG, where);
  }

  private static void assertClose(
      OptionalDouble expected, OptionalDouble actual, double tolerance, String where) {
    assertEquals(expected.isPresent(), actual.isPresent(), where);
    if (expected.isPresent()) {
      assertEquals(expected.getAsDouble(), actual.getAsDouble(), tolerance + 1e-9, where);
    }
  }

  @Test
  void aMapHasMovementsFromTheConnectionsAndLaneAttributesOfTheLaneType() {
    MapData map =
        MapMessages.toMapData(List.of(HdMapFixtures.intersection()), 0, OptionalInt.empty());
    Link link = map.nodes().get(0).inLinks().orElseThrow().get(0);
    assertEquals(
        1, map.nodes().get(0).inLinks().orElseThrow().size(), "egress approaches left out");
    assertEquals(
        List.of(
            new Movement(new NodeReferenceId(OptionalInt.of(1), 1005), OptionalInt.of(3)),
            new Movement(new NodeReferenceId(OptionalInt.of(1), 1004), OptionalInt.of(1)),
            new Movement(new NodeReferenceId(OptionalInt.empty(), 7), OptionalInt.empty())),
        link.movements().orElseThrow());
    assertEquals(OptionalInt.of(700), link.linkWidthCm());
    assertEquals(Optional.empty(), link.points());
    org.openv2x.codec.map.Lane crossing = link.lanes().get(2);
    assertEquals(
        LaneTypeAttributes.Kind.CROSSWALK,
        crossing.laneAttributes().orElseThrow().laneType().kind());
    assertEquals(OptionalInt.empty(), crossing.maneuvers());
    Connection unknownLane = link.lanes().get(1).connectsTo().orElseThrow().get(1);
    assertEquals(Optional.empty(), unknownLane.connectingLane());
    assertEquals(OptionalInt.empty(), unknownLane.phaseId());
  }

  @Test
  void aConnectionWithManoeuvresToAnUnknownLaneNamesLaneZero() {
    Intersection base = HdMapFixtures.minimalIntersection();
    LaneConnection connection =
        new LaneConnection(
            IntersectionId.of(3), OptionalInt.empty(), Set.of(Maneuver.U_TURN), OptionalInt.of(2));
    Intersection intersection =
        withLane(base, new Lane(1, null, null, null, List.of(connection), null, null));
    MapData map = MapMessages.toMapData(List.of(intersection), 0, OptionalInt.empty());
    Connection written =
        map.nodes()
            .get(0)
            .inLinks()
            .orElseThrow()
            .get(0)
            .lanes()
            .get(0)
            .connectsTo()
            .orElseThrow()
            .get(0);
    assertEquals(0, written.connectingLane().orElseThrow().lane());
    List<Intersection> back = MapMessages.fromMapData(map);
    assertEquals(1, back.size());
    assertSameUpToQuantisation(intersection, back.get(0));
  }

  private static Intersection withLane(Intersection base, Lane lane) {
    return new Intersection(
        base.id(),
        base.name(),
        base.refPoint(),
        base.elevationM(),
        List.of(
            new Approach(
                ApproachKind.INGRESS,
                IntersectionId.of(4),
                Optional.empty(),
                List.of(),
                OptionalDouble.empty(),
                List.of(lane))));
  }

  @Test
  void whatTheStandardCannotHoldIsRefusedNamingTheElement() {
    Intersection base = HdMapFixtures.minimalIntersection();
    assertRefused(
        "intersection 65535: name has a non-IA5 (non-ASCII) character",
        new Intersection(
            base.id(), Optional.of("科创六街"), base.refPoint(), base.elevationM(), base.approaches()));
    assertRefused(
        "intersection 65535 approach in4 lane 1 centreLine: a MAP lane has 2..31 points, this has 1",
        withLane(base, new Lane(1, null, null, null, null, null, List.of(base.refPoint()))));
    assertRefused(
        "intersection 65535 approach in4 lane 2 widthM: must be 0..327.67 m, is 400.0",
        withLane(base, new Lane(2, null, OptionalDouble.of(400), null, null, null, null)));
    assertRefused(
        "intersection 65535 approach in4 lane 2 widthM: must be 0..327.67 m, is NaN",
        withLane(base, new Lane(2, null, OptionalDouble.of(Double.NaN), null, null, null, null)));
    assertRefused(
        "intersection 65535 approach in4 lane 3 connections: phaseId = 256 is outside 0..255",
        withLane(
            base,
            new Lane(
                3,
                null,
                null,
                null,
                List.of(
                    new LaneConnection(
                        IntersectionId.of(1), OptionalInt.of(1), null, OptionalInt.of(256))),
                null,
                null)));
    assertRefused(
        "intersection 65535 approach in4: lanes has 0 elements, allowed 1..32",
        new Intersection(
            base.id(),
            base.name(),
            base.refPoint(),
            base.elevationM(),
            List.of(
                new Approach(
                    ApproachKind.INGRESS,
                    IntersectionId.of(4),
                    Optional.empty(),
                    List.of(),
                    OptionalDouble.empty(),
                    List.of()))));
    assertRefused(
        "intersection 65535 elevationM: must be -409.5..6143.9 m, is 7000.0",
        new Intersection(
            base.id(), base.name(), base.refPoint(), OptionalDouble.of(7000), base.approaches()));
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> MapMessages.toMapData(List.of(), 0, OptionalInt.empty()));
    assertEquals("a MAP holds 1..63 intersections, given 0", none.getMessage());
    IllegalArgumentException msgCnt =
        assertThrows(
            IllegalArgumentException.class,
            () -> MapMessages.toMapData(List.of(base), 128, OptionalInt.empty()));
    assertEquals("MAP: msgCnt = 128 is outside 0..127", msgCnt.getMessage());
  }

  private static void assertRefused(String message, Intersection intersection) {
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> MapMessages.toMapData(List.of(intersection), 0, OptionalInt.empty()));
    assertEquals(message, refused.getMessage());
  }

  // ---- message time ----

  @Test
  void theMessageTimeIsTheMinuteInTheReceivingYear() {
    // minute 196530 = day 136 (0-based) + 11:30; 2025 is no leap year: 17 May
    assertEquals(
        Instant.parse("2025-05-17T11:30:00Z"),
        MapMessages.messageTime(196530, Instant.parse("2025-05-17T11:30:42.5Z")));
    assertEquals(
        Instant.parse("2024-05-16T11:30:00Z"),
        MapMessages.messageTime(196530, Instant.parse("2024-05-16T11:31:00Z")));
  }

  @Test
  void theLastMinuteOfALeapYearReceivedOnNewYearsDayIsOfThePreviousYear() {
    assertEquals(
        Instant.parse("2024-12-31T23:59:00Z"),
        MapMessages.messageTime(527039, Instant.parse("2025-01-01T00:00:20Z")));
    assertEquals(
        Instant.parse("2025-12-31T23:59:00Z"),
        MapMessages.messageTime(525599, Instant.parse("2026-01-01T00:00:05Z")));
  }

  @Test
  void theFirstMinuteOfAYearReceivedOnNewYearsEveIsOfTheNextYear() {
    assertEquals(
        Instant.parse("2026-01-01T00:00:00Z"),
        MapMessages.messageTime(0, Instant.parse("2025-12-31T23:59:58Z")));
  }

  @Test
  void anInvalidMinuteIsRefused() {
    Instant now = Instant.parse("2025-06-01T00:00:00Z");
    assertEquals(
        "minuteOfTheYear must be 0..527039, is 527040",
        assertThrows(IllegalArgumentException.class, () -> MapMessages.messageTime(527040, now))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> MapMessages.messageTime(-1, now));
    assertEquals(
        "minuteOfTheYear 526000 exists in none of 2025..2027 (none is a leap year)",
        assertThrows(
                IllegalArgumentException.class,
                () -> MapMessages.messageTime(526000, Instant.parse("2026-06-01T00:00:00Z")))
            .getMessage());
  }
}
