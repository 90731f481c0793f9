package org.openv2x.hdmap.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openv2x.hdmap.derive.Geometry.angleDeg;
import static org.openv2x.hdmap.derive.Geometry.bearingDeg;
import static org.openv2x.hdmap.derive.Geometry.east;
import static org.openv2x.hdmap.derive.Geometry.north;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.DerivedConnection;
import org.openv2x.hdmap.DerivedGeometry;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.LaneKeys;
import org.openv2x.hdmap.Maneuver;
import org.openv2x.hdmap.derive.FourLegs.Leg;

class ConnectionDerivationTest {
  /** Twice the distance of the farthest stop line end (lane 2: 15 m out, 5.25 m aside). */
  private static final double BOX_SIZE_M = 2 * Math.hypot(15, 5.25);

  private final DerivedGeometry geometry =
      MapDerivation.derive(FourLegs.intersection(), RemoteLanes.NONE);

  @Test
  void oneConnectionPerLaneConnectionIntoThisMapsEgressLanes() {
    assertEquals(16, geometry.connections().size());
    DerivedConnection first = geometry.connections().get(0);
    assertEquals("1:101.in1:102.1>1:101.out1:103.1", first.connectionKey());
    assertEquals("1:101.in1:102.1", first.fromLaneKey());
    assertEquals("1:101.out1:103.1", first.toLaneKey());
    assertEquals(Set.of(Maneuver.LEFT), first.maneuvers());
    assertEquals(OptionalInt.of(1), first.phaseId());
    assertTrue(MapDerivation.remoteIntersections(FourLegs.intersection()).isEmpty());
    for (DerivedConnection connection : geometry.connections()) {
      assertFalse(connection.pathEstimated(), connection.connectionKey());
    }
  }

  @Test
  void pathsRunFromTheStopLineToTheStartOfTheTargetLane() {
    for (Leg leg : Leg.values()) {
      for (int laneId = 1; laneId <= 2; laneId++) {
        List<DerivedConnection> fromLane = from(geometry, leg, laneId);
        assertEquals(2, fromLane.size());
        for (DerivedConnection connection : fromLane) {
          assertEquals(leg.ingressLine(laneId).get(1), connection.path().get(0));
          Leg to = Leg.valueOf(legOf(connection.toLaneKey()).name());
          int toLane =
              Integer.parseInt(
                  connection.toLaneKey().substring(connection.toLaneKey().lastIndexOf('.') + 1));
          List<GeoPoint> path = connection.path();
          assertEquals(to.egressLine(toLane).get(0), path.get(path.size() - 1));
        }
      }
    }
  }

  @Test
  void straightOnIsALineAcrossTheBox() {
    DerivedConnection straight = connection(geometry, Leg.SOUTH, 1, Maneuver.STRAIGHT);
    assertEquals(2, straight.path().size());
    assertEquals(30, straight.lengthM(), 1e-6);
    assertEquals("1:101.in1:104.1>1:101.out1:102.1", straight.connectionKey());
  }

  @Test
  void turnsAreCurvesTangentToBothLanes() {
    for (Maneuver turn : List.of(Maneuver.LEFT, Maneuver.RIGHT)) {
      for (Leg leg : Leg.values()) {
        DerivedConnection connection =
            connection(geometry, leg, turn == Maneuver.LEFT ? 1 : 2, turn);
        List<GeoPoint> path = connection.path();
        assertEquals(ConnectionPaths.SEGMENTS + 1, path.size());
        double inDeg = bearingDeg(leg.ingressLine(1).get(0), leg.ingressLine(1).get(1));
        double outDeg = inDeg + (turn == Maneuver.LEFT ? -90 : 90);
        // the first and last of 12 samples turn by less than 1/12 of the 90° turn
        assertTrue(
            angleDeg(bearingDeg(path.get(0), path.get(1)), inDeg) < 7.5,
            connection.connectionKey());
        int last = path.size() - 1;
        assertTrue(
            angleDeg(bearingDeg(path.get(last - 1), path.get(last)), outDeg) < 7.5,
            connection.connectionKey());
        assertEquals(90, angleDeg(bearingDeg(path.get(last - 1), path.get(last)), inDeg), 15);
      }
    }
    // left from the south: from (1.75, -15) to (-15, 1.75) on a Bézier symmetric about east = north
    DerivedConnection left = connection(geometry, Leg.SOUTH, 1, Maneuver.LEFT);
    GeoPoint middle = left.path().get(6);
    double control = Math.hypot(16.75, 16.75) / 3;
    double expected = (1.75 + 3 * 1.75 + 3 * (-15 + control) - 15) / 8;
    assertEquals(expected, east(middle), 1e-6);
    assertEquals(expected, north(middle), 1e-6);
  }

  @Test
  void pathsAreEstimatedFromTheManoeuvreWhenTargetsAreUnknown() {
    Intersection ingressOnly = ingressOnly(true);
    assertEquals(
        List.of(Leg.NORTH.node, Leg.EAST.node, Leg.SOUTH.node, Leg.WEST.node),
        List.copyOf(MapDerivation.remoteIntersections(ingressOnly)));
    DerivedGeometry estimated = MapDerivation.derive(ingressOnly, RemoteLanes.NONE);
    assertEquals(16, estimated.connections().size());
    estimated.connections().forEach(c -> assertTrue(c.pathEstimated(), c.connectionKey()));

    DerivedConnection straight = connection(estimated, Leg.SOUTH, 1, Maneuver.STRAIGHT);
    assertEquals("1:101.in1:104.1>1:102.in1:101.1", straight.connectionKey());
    assertEquals(BOX_SIZE_M, straight.lengthM(), 1e-6);
    assertEnd(straight, 1.75, -15 + BOX_SIZE_M);

    DerivedConnection left = connection(estimated, Leg.SOUTH, 1, Maneuver.LEFT);
    assertEnd(left, 1.75 - BOX_SIZE_M / 2, -15 + BOX_SIZE_M / 2);
    assertEquals(Math.PI / 4 * BOX_SIZE_M, left.lengthM(), 0.05);
    assertEndHeading(left, 270);

    DerivedConnection right = connection(estimated, Leg.SOUTH, 2, Maneuver.RIGHT);
    assertEnd(right, 5.25 + BOX_SIZE_M / 4, -15 + BOX_SIZE_M / 4);
    assertEndHeading(right, 90);
  }

  @Test
  void remoteLanesResolveTargetsInOtherIntersectionsMaps() {
    Map<String, List<GeoPoint>> remote = new HashMap<>();
    for (Leg leg : Leg.values()) {
      for (int laneId = 1; laneId <= 2; laneId++) {
        remote.put(
            LaneKeys.connectionTarget(FourLegs.ID, leg.node, laneId), leg.egressLine(laneId));
      }
    }
    DerivedGeometry resolved =
        MapDerivation.derive(ingressOnly(true), key -> Optional.ofNullable(remote.get(key)));
    assertEquals(16, resolved.connections().size());
    for (int i = 0; i < 16; i++) {
      DerivedConnection viaRemote = resolved.connections().get(i);
      DerivedConnection viaEgress = geometry.connections().get(i);
      assertFalse(viaRemote.pathEstimated(), viaRemote.connectionKey());
      assertEquals(viaEgress.path(), viaRemote.path(), viaRemote.connectionKey());
      assertEquals(viaEgress.lengthM(), viaRemote.lengthM(), 1e-9);
      assertTrue(
          viaRemote.toLaneKey().matches("1:10[2-5]\\.in1:101\\.[12]"), viaRemote.toLaneKey());
    }
    assertEquals(geometry.conflicts().size(), resolved.conflicts().size());
  }

  @Test
  void aRemoteLaneWithoutADirectionLeavesThePathEstimated() {
    GeoPoint onlyPoint = Leg.NORTH.egressLine(1).get(0);
    DerivedGeometry derived =
        MapDerivation.derive(ingressOnly(true), key -> Optional.of(List.of(onlyPoint, onlyPoint)));
    DerivedConnection straight = connection(derived, Leg.SOUTH, 1, Maneuver.STRAIGHT);
    assertTrue(straight.pathEstimated());
    assertEnd(straight, 1.75, -15 + BOX_SIZE_M);
  }

  @Test
  void connectionsWithoutALaneIdLeadToAnyLaneOfTheRemote() {
    Intersection noLaneIds = ingressOnly(false);
    assertTrue(MapDerivation.remoteIntersections(noLaneIds).isEmpty());
    DerivedGeometry derived =
        MapDerivation.derive(
            noLaneIds,
            key -> {
              throw new AssertionError("looked up " + key);
            });
    DerivedConnection left = connection(derived, Leg.SOUTH, 1, Maneuver.LEFT);
    assertEquals("1:105.in1:101.*", left.toLaneKey());
    assertEquals(MapDerivation.estimatedTarget(FourLegs.ID, Leg.WEST.node), left.toLaneKey());
    assertTrue(left.pathEstimated());
    long distinctKeys =
        derived.connections().stream().map(DerivedConnection::connectionKey).distinct().count();
    assertEquals(16, distinctKeys);
  }

  @Test
  void aUTurnIsAHalfTurnToTheLeft() {
    Approach south =
        new Approach(
            ApproachKind.INGRESS,
            Leg.SOUTH.node,
            Optional.empty(),
            List.of(),
            OptionalDouble.empty(),
            List.of(
                FourLegs.lane(
                    1,
                    Leg.SOUTH.ingressLine(1),
                    Set.of(Maneuver.U_TURN),
                    List.of(FourLegs.connection(Leg.SOUTH.node, -1, Maneuver.U_TURN, -1)))));
    DerivedConnection uTurn =
        MapDerivation.derive(FourLegs.intersection(List.of(south)), RemoteLanes.NONE)
            .connections()
            .get(0);
    assertEquals("1:101.in1:104.1>1:104.in1:101.*", uTurn.connectionKey());
    assertEnd(uTurn, 1.75 - 2 * FourLegs.WIDTH_M, -15);
    assertEndHeading(uTurn, 180);
    assertEquals(Math.PI * FourLegs.WIDTH_M, uTurn.lengthM(), 0.05);
  }

  private static Intersection ingressOnly(boolean withLaneIds) {
    List<Approach> approaches = new ArrayList<>();
    for (Leg leg : Leg.values()) {
      approaches.add(FourLegs.ingress(leg, withLaneIds));
    }
    return FourLegs.intersection(approaches);
  }

  private static void assertEnd(DerivedConnection connection, double eastM, double northM) {
    GeoPoint end = connection.path().get(connection.path().size() - 1);
    assertEquals(eastM, east(end), 1e-6, connection.connectionKey());
    assertEquals(northM, north(end), 1e-6, connection.connectionKey());
  }

  private static void assertEndHeading(DerivedConnection connection, double headingDeg) {
    List<GeoPoint> path = connection.path();
    double lastDeg = bearingDeg(path.get(path.size() - 2), path.get(path.size() - 1));
    assertTrue(angleDeg(lastDeg, headingDeg) < 8, connection.connectionKey() + ": " + lastDeg);
  }

  static List<DerivedConnection> from(DerivedGeometry geometry, Leg leg, int laneId) {
    String key = "1:101.in" + leg.node.key() + "." + laneId;
    return geometry.connections().stream().filter(c -> c.fromLaneKey().equals(key)).toList();
  }

  static DerivedConnection connection(
      DerivedGeometry geometry, Leg leg, int laneId, Maneuver maneuver) {
    return from(geometry, leg, laneId).stream()
        .filter(c -> c.maneuvers().contains(maneuver))
        .findFirst()
        .orElseThrow();
  }

  private static Leg legOf(String laneKey) {
    IntersectionId node = IntersectionId.parse(laneKey.split("\\.")[1].substring(3));
    for (Leg leg : Leg.values()) {
      if (leg.node.equals(node)) {
        return leg;
      }
    }
    throw new IllegalArgumentException(laneKey);
  }
}
