package org.openv2x.hdmap.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openv2x.hdmap.derive.Geometry.angleDeg;
import static org.openv2x.hdmap.derive.Geometry.bearingDeg;
import static org.openv2x.hdmap.derive.Geometry.inside;
import static org.openv2x.hdmap.derive.Geometry.signedAreaM2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.DerivedGeometry;
import org.openv2x.hdmap.DerivedLane;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneType;
import org.openv2x.hdmap.StopLine;
import org.openv2x.hdmap.derive.FourLegs.Leg;

class LaneDerivationTest {
  private final DerivedGeometry geometry =
      MapDerivation.derive(FourLegs.intersection(), RemoteLanes.NONE);

  @Test
  void oneEntryPerLaneInContentOrder() {
    List<String> expected = new ArrayList<>();
    for (Leg leg : Leg.values()) {
      for (String approach : List.of("in", "out")) {
        for (int laneId = 1; laneId <= 2; laneId++) {
          expected.add("1:101." + approach + leg.node.key() + "." + laneId);
        }
      }
    }
    assertEquals(expected, geometry.lanes().stream().map(DerivedLane::laneKey).toList());
  }

  @Test
  void lengthsAreTheCentreLinesInMetres() {
    for (DerivedLane lane : geometry.lanes()) {
      assertEquals(100, lane.lengthM(), 1e-6, lane.laneKey());
      assertEquals(3.5, lane.widthM(), lane.laneKey());
    }
    DerivedLane bent = deriveOne(bentLine(), OptionalDouble.of(3), OptionalDouble.empty());
    assertEquals(100, bent.lengthM(), 1e-6);
  }

  @Test
  void widthIsTheLanesElseItsShareOfTheApproachElseTheDefault() {
    Lane ownWidth = lane(1, OptionalDouble.of(3.0), Leg.SOUTH.ingressLine(1));
    Lane noWidth = lane(2, OptionalDouble.empty(), Leg.SOUTH.ingressLine(2));
    Approach shared = approach(OptionalDouble.of(9), ownWidth, noWidth);
    Approach none =
        new Approach(
            ApproachKind.INGRESS,
            Leg.NORTH.node,
            Optional.empty(),
            List.of(),
            OptionalDouble.empty(),
            List.of(lane(1, OptionalDouble.empty(), Leg.NORTH.ingressLine(1))));
    DerivedGeometry derived =
        MapDerivation.derive(FourLegs.intersection(List.of(shared, none)), RemoteLanes.NONE);
    assertEquals(
        List.of(3.0, 4.5, Lane.DEFAULT_WIDTH_M),
        derived.lanes().stream().map(DerivedLane::widthM).toList());
  }

  @Test
  void stopLinesArePerpendicularAtTheEndOfIngressLanes() {
    for (Leg leg : Leg.values()) {
      for (int laneId = 1; laneId <= 2; laneId++) {
        List<GeoPoint> line = leg.ingressLine(laneId);
        StopLine stop = lane("in", leg, laneId).stopLine().orElseThrow();
        double travelDeg = bearingDeg(line.get(0), line.get(1));
        assertEquals(line.get(1), stop.centre());
        assertEquals(3.5, LocalFrame.distanceM(stop.left(), stop.right()), 1e-4);
        assertEquals(1.75, LocalFrame.distanceM(stop.centre(), stop.left()), 1e-4);
        assertEquals(0, angleDeg(bearingDeg(stop.centre(), stop.left()), travelDeg - 90), 1e-3);
        assertEquals(0, angleDeg(bearingDeg(stop.centre(), stop.right()), travelDeg + 90), 1e-3);
      }
      assertTrue(lane("out", leg, 1).stopLine().isEmpty(), "egress lanes have no stop line");
    }
  }

  @Test
  void polygonsAreClosedCounterClockwiseAroundTheCentreLineWithWidthTimesLengthArea() {
    for (DerivedLane lane : geometry.lanes()) {
      List<GeoPoint> ring = lane.polygon();
      assertEquals(ring.get(0), ring.get(ring.size() - 1), lane.laneKey());
      assertEquals(350, signedAreaM2(ring), 1e-4, lane.laneKey());
    }
    DerivedLane south = lane("in", Leg.SOUTH, 2);
    // lane 2 of the south leg runs north 5.25 m east of the centre, from 115 m to 15 m south
    assertTrue(inside(south.polygon(), 5.25, -15.01));
    assertTrue(inside(south.polygon(), 5.25, -114.99));
    assertTrue(inside(south.polygon(), 3.51, -60));
    assertTrue(inside(south.polygon(), 6.99, -60));
    assertTrue(!inside(south.polygon(), 7.01, -60) && !inside(south.polygon(), 3.49, -60));
    assertTrue(!inside(south.polygon(), 5.25, -14.99));
  }

  @Test
  void aBentLaneIsMitredAndKeepsItsArea() {
    DerivedLane bent = deriveOne(bentLine(), OptionalDouble.of(3), OptionalDouble.empty());
    assertEquals(300, signedAreaM2(bent.polygon()), 1e-3);
    assertEquals(7, bent.polygon().size(), "6 corners and the closing point");
    assertTrue(inside(bent.polygon(), 59.9, -60.1), "near the corner");
    assertTrue(inside(bent.polygon(), 61.4, -61.4), "the mitred outer corner");
    assertTrue(!inside(bent.polygon(), 61.6, -61.6));
  }

  @Test
  void aLaneWithoutDistinctPointsHasNoPolygonNorStopLine() {
    GeoPoint point = Leg.SOUTH.at(20, 1.75);
    DerivedLane degenerate =
        deriveOne(List.of(point, point), OptionalDouble.empty(), OptionalDouble.empty());
    assertEquals(0, degenerate.lengthM());
    assertTrue(degenerate.polygon().isEmpty());
    assertTrue(degenerate.stopLine().isEmpty());
  }

  /** 60 m east, then 40 m north, ending 20 m south of the centre. */
  private static List<GeoPoint> bentLine() {
    return List.of(
        FourLegs.FRAME.toGeo(0, -60), FourLegs.FRAME.toGeo(60, -60), FourLegs.FRAME.toGeo(60, -20));
  }

  private DerivedLane lane(String kind, Leg leg, int laneId) {
    String key = "1:101." + kind + leg.node.key() + "." + laneId;
    return geometry.lanes().stream().filter(l -> l.laneKey().equals(key)).findFirst().orElseThrow();
  }

  private static DerivedLane deriveOne(
      List<GeoPoint> line, OptionalDouble laneWidthM, OptionalDouble approachWidthM) {
    Approach approach = approach(approachWidthM, lane(1, laneWidthM, line));
    return MapDerivation.derive(FourLegs.intersection(List.of(approach)), RemoteLanes.NONE)
        .lanes()
        .get(0);
  }

  private static Approach approach(OptionalDouble widthM, Lane... lanes) {
    return new Approach(
        ApproachKind.INGRESS, Leg.SOUTH.node, Optional.empty(), List.of(), widthM, List.of(lanes));
  }

  private static Lane lane(int laneId, OptionalDouble widthM, List<GeoPoint> line) {
    return new Lane(laneId, LaneType.VEHICLE, widthM, null, List.of(), List.of(), line);
  }
}
