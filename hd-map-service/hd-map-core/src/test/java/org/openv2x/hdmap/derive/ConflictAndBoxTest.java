package org.openv2x.hdmap.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openv2x.hdmap.derive.ConnectionDerivationTest.connection;
import static org.openv2x.hdmap.derive.Geometry.east;
import static org.openv2x.hdmap.derive.Geometry.insideConvex;
import static org.openv2x.hdmap.derive.Geometry.north;
import static org.openv2x.hdmap.derive.Geometry.signedAreaM2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.openv2x.hdmap.BoundingBox;
import org.openv2x.hdmap.ConflictPoint;
import org.openv2x.hdmap.DerivedConnection;
import org.openv2x.hdmap.DerivedGeometry;
import org.openv2x.hdmap.DerivedLane;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.Maneuver;
import org.openv2x.hdmap.StopLine;
import org.openv2x.hdmap.derive.FourLegs.Leg;

class ConflictAndBoxTest {
  private final DerivedGeometry geometry =
      MapDerivation.derive(FourLegs.intersection(), RemoteLanes.NONE);

  @Test
  void aLeftTurnCrossesTheOpposingStraightWhereTheCurveDoes() {
    DerivedConnection straight = connection(geometry, Leg.NORTH, 1, Maneuver.STRAIGHT);
    DerivedConnection left = connection(geometry, Leg.SOUTH, 1, Maneuver.LEFT);
    ConflictPoint conflict = conflict(straight, left).orElseThrow();
    assertEquals("1:101.in1:102.1>1:101.out1:104.1", conflict.connectionA());
    assertEquals("1:101.in1:104.1>1:101.out1:105.1", conflict.connectionB());

    // the straight runs south along east = -1.75 from north = 15; the left turn is the Bézier
    // (1.75, -15), (1.75, -15 + c), (-15 + c, 1.75), (-15, 1.75) with c a third of the chord
    double c = Math.hypot(16.75, 16.75) / 3;
    double[] xs = {1.75, 1.75, -15 + c, -15};
    double[] ys = {-15, -15 + c, 1.75, 1.75};
    double lo = 0;
    double hi = 0.5;
    for (int i = 0; i < 60; i++) {
      double mid = (lo + hi) / 2;
      if (bezier(xs, mid) > -1.75) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double crossingNorthM = bezier(ys, lo);
    double alongCurveM = 0;
    int steps = 100_000;
    for (int i = 1; i <= steps; i++) {
      double t0 = lo * (i - 1) / steps;
      double t1 = lo * i / steps;
      alongCurveM += Math.hypot(bezier(xs, t1) - bezier(xs, t0), bezier(ys, t1) - bezier(ys, t0));
    }
    // the path is the curve sampled at 12 points: a few centimetres off it at most
    assertEquals(-1.75, east(conflict.point()), 1e-6);
    assertEquals(crossingNorthM, north(conflict.point()), 0.05);
    assertEquals(15 - crossingNorthM, conflict.distanceAlongAM(), 0.05);
    assertEquals(alongCurveM, conflict.distanceAlongBM(), 0.05);
    assertEquals(15 - north(conflict.point()), conflict.distanceAlongAM(), 1e-6);
  }

  @Test
  void connectionsOfTheSameLaneDoNotConflict() {
    for (ConflictPoint conflict : geometry.conflicts()) {
      assertNotEquals(
          conflict.connectionA().split(">")[0],
          conflict.connectionB().split(">")[0],
          conflict.toString());
    }
    DerivedConnection straight = connection(geometry, Leg.SOUTH, 2, Maneuver.STRAIGHT);
    DerivedConnection right = connection(geometry, Leg.SOUTH, 2, Maneuver.RIGHT);
    assertTrue(conflict(straight, right).isEmpty());
  }

  @Test
  void connectionsIntoTheSameLaneConflictAtItsStart() {
    DerivedConnection left = connection(geometry, Leg.SOUTH, 1, Maneuver.LEFT);
    DerivedConnection straight = connection(geometry, Leg.EAST, 1, Maneuver.STRAIGHT);
    assertEquals(left.toLaneKey(), straight.toLaneKey());
    ConflictPoint merge = conflict(left, straight).orElseThrow();
    assertEquals(straight.connectionKey(), merge.connectionA(), "in1:103 < in1:104");
    assertEquals(Leg.WEST.egressLine(1).get(0), merge.point());
    assertEquals(straight.lengthM(), merge.distanceAlongAM());
    assertEquals(left.lengthM(), merge.distanceAlongBM());
  }

  @Test
  void parallelStraightsDoNotConflictAndConflictsAreOrdered() {
    DerivedConnection inner = connection(geometry, Leg.SOUTH, 1, Maneuver.STRAIGHT);
    DerivedConnection outer = connection(geometry, Leg.SOUTH, 2, Maneuver.STRAIGHT);
    assertTrue(conflict(inner, outer).isEmpty());
    List<ConflictPoint> sorted = new ArrayList<>(geometry.conflicts());
    sorted.sort(
        Comparator.comparing(ConflictPoint::connectionA).thenComparing(ConflictPoint::connectionB));
    assertEquals(sorted, geometry.conflicts());
    for (ConflictPoint conflict : geometry.conflicts()) {
      assertTrue(conflict.connectionA().compareTo(conflict.connectionB()) < 0, conflict.toString());
    }
    // a 4-fold symmetric box: each leg's 4 connections meet the same number of others
    assertEquals(0, geometry.conflicts().size() % 4);
  }

  @Test
  void theBoxHoldsEveryStopLineAndPath() {
    List<GeoPoint> box = geometry.box();
    assertEquals(box.get(0), box.get(box.size() - 1));
    assertTrue(signedAreaM2(box) > 0, "counter-clockwise");
    for (DerivedLane lane : geometry.lanes()) {
      if (lane.stopLine().isPresent()) {
        StopLine stop = lane.stopLine().get();
        for (GeoPoint point : List.of(stop.left(), stop.centre(), stop.right())) {
          assertTrue(insideConvex(box, point), lane.laneKey());
        }
      }
    }
    for (DerivedConnection connection : geometry.connections()) {
      connection.path().forEach(p -> assertTrue(insideConvex(box, p), connection.connectionKey()));
    }
    // each side 15 m out, from the outer egress lane's centre (5.25 m to one side) to the outer
    // ingress lane's edge (7 m to the other): a 30 × 30 square less four 8 × 9.75 m corners
    assertEquals(30 * 30 - 4 * 8 * 9.75 / 2, signedAreaM2(box), 1e-6);
    assertTrue(!insideConvex(box, FourLegs.FRAME.toGeo(0, 15.1)));
  }

  @Test
  void theBoundsHoldEverything() {
    BoundingBox bounds = geometry.bounds();
    assertTrue(bounds.contains(FourLegs.CENTRE));
    for (DerivedLane lane : geometry.lanes()) {
      lane.polygon().forEach(p -> assertTrue(bounds.contains(p), lane.laneKey()));
    }
    for (Leg leg : Leg.values()) {
      // the outer lane edge at the far end is the extreme point of its leg
      GeoPoint far = leg.at(FourLegs.STOP_M + FourLegs.LENGTH_M, 7);
      assertTrue(bounds.contains(far), leg.name());
      assertTrue(!bounds.contains(leg.at(FourLegs.STOP_M + FourLegs.LENGTH_M + 0.01, 0)));
    }
  }

  @Test
  void theSameInputGivesEqualOutput() {
    DerivedGeometry again = MapDerivation.derive(FourLegs.intersection(), RemoteLanes.NONE);
    assertEquals(geometry, again);
  }

  @Test
  void aRoadEndPointHasOnlyItsBounds() {
    Intersection end =
        new Intersection(
            FourLegs.ID, Optional.empty(), FourLegs.CENTRE, OptionalDouble.empty(), List.of());
    DerivedGeometry derived = MapDerivation.derive(end, RemoteLanes.NONE);
    assertTrue(derived.lanes().isEmpty());
    assertTrue(derived.connections().isEmpty());
    assertTrue(derived.conflicts().isEmpty());
    assertTrue(derived.box().isEmpty());
    assertEquals(BoundingBox.around(List.of(FourLegs.CENTRE)), derived.bounds());
  }

  private Optional<ConflictPoint> conflict(DerivedConnection a, DerivedConnection b) {
    return geometry.conflicts().stream()
        .filter(
            c ->
                (c.connectionA().equals(a.connectionKey())
                        && c.connectionB().equals(b.connectionKey()))
                    || (c.connectionA().equals(b.connectionKey())
                        && c.connectionB().equals(a.connectionKey())))
        .findFirst();
  }

  private static double bezier(double[] controls, double t) {
    double u = 1 - t;
    return u * u * u * controls[0]
        + 3 * u * u * t * controls[1]
        + 3 * u * t * t * controls[2]
        + t * t * t * controls[3];
  }
}
