package org.openv2x.hdmap.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.Maneuver;
import org.openv2x.hdmap.MapProblem;
import org.openv2x.hdmap.derive.FourLegs;
import org.openv2x.hdmap.derive.FourLegs.Leg;

class MapValidatorTest {
  private static final String SOUTH_IN = "intersection 1:101 approach in1:104";
  private static final String SOUTH_OUT = "intersection 1:101 approach out1:104";

  /** Approach indexes in {@link FourLegs#intersection()}: in, out per leg in leg order. */
  private static final int SOUTH_INGRESS = 4;

  private static final int SOUTH_EGRESS = 5;

  @Test
  void aValidMapHasNoProblems() {
    assertEquals(List.of(), MapValidator.validate(FourLegs.intersection()));
    List<Approach> ingressOnly = new ArrayList<>();
    for (Leg leg : Leg.values()) {
      ingressOnly.add(FourLegs.ingress(leg, false));
    }
    assertEquals(List.of(), MapValidator.validate(FourLegs.intersection(ingressOnly)));
  }

  @Test
  void aRoadEndPointWithoutApproachesIsValid() {
    assertEquals(List.of(), MapValidator.validate(FourLegs.intersection(List.of())));
  }

  @Test
  void duplicateApproachIds() {
    List<Approach> approaches = new ArrayList<>(FourLegs.intersection().approaches());
    approaches.add(FourLegs.ingress(Leg.SOUTH, true));
    assertProblems(
        FourLegs.intersection(approaches),
        new MapProblem(SOUTH_IN, "duplicate approach id: 2 approaches have it"));
  }

  @Test
  void duplicateLaneIds() {
    List<Approach> approaches = new ArrayList<>(FourLegs.intersection().approaches());
    Approach south = approaches.get(SOUTH_EGRESS);
    List<Lane> lanes = new ArrayList<>(south.lanes());
    lanes.add(line(lanes.get(0), Leg.SOUTH.egressLine(2)));
    approaches.set(
        SOUTH_EGRESS,
        new Approach(
            south.kind(),
            south.otherNode(),
            south.name(),
            south.speedLimits(),
            south.widthM(),
            lanes));
    assertProblems(
        FourLegs.intersection(approaches),
        new MapProblem(
            SOUTH_OUT + " lane 1", "duplicate lane id: 2 lanes of the approach have it"));
  }

  @Test
  void aCentreLineNeedsTwoPoints() {
    Intersection map =
        withLane(SOUTH_EGRESS, 0, lane -> line(lane, List.of(Leg.SOUTH.at(20, 1.75))));
    assertProblems(
        map,
        new MapProblem(
            SOUTH_OUT + " lane 1 centreLine", "a centre line needs at least 2 points, has 1"));
  }

  @Test
  void consecutiveIdenticalPointsAreAZeroLengthSegment() {
    GeoPoint middle = Leg.SOUTH.at(50, 1.75);
    Intersection map =
        withLane(
            SOUTH_EGRESS,
            0,
            lane ->
                line(
                    lane,
                    List.of(Leg.SOUTH.at(15, 1.75), middle, middle, Leg.SOUTH.at(115, 1.75))));
    assertProblems(
        map,
        new MapProblem(
            SOUTH_OUT + " lane 1 centreLine",
            "points 1 and 2 are the same (a zero-length segment, 0.00 m)"));
  }

  @Test
  void aSegmentLongerThanTwoKilometres() {
    Intersection map =
        withLane(
            SOUTH_EGRESS,
            0,
            lane -> line(lane, List.of(Leg.SOUTH.at(15, 1.75), Leg.SOUTH.at(2100, 1.75))));
    MapProblem problem = single(map);
    assertEquals(SOUTH_OUT + " lane 1 centreLine", problem.element());
    assertTrue(
        problem.reason().startsWith("the segment from point 0 to 1 is 2085."), problem.reason());
    assertTrue(problem.reason().endsWith(" m long (at most 2000.00 m)"), problem.reason());
  }

  @Test
  void aPointFurtherThanFiveKilometresFromTheReferencePoint() {
    List<GeoPoint> line = new ArrayList<>();
    for (int m = 15; m <= 6015; m += 1000) {
      line.add(Leg.SOUTH.at(m, 1.75));
    }
    MapProblem problem = single(withLane(SOUTH_EGRESS, 0, lane -> line(lane, line)));
    assertEquals(SOUTH_OUT + " lane 1 centreLine", problem.element());
    assertTrue(problem.reason().startsWith("point 5 is 5015."), problem.reason());
    assertTrue(problem.reason().endsWith(" m from the reference point (at most 5000.00 m)"));
  }

  @Test
  void aZigZagTurnsTooSharply() {
    List<GeoPoint> line =
        List.of(
            Leg.SOUTH.at(15, 1.75),
            Leg.SOUTH.at(60, 1.75),
            Leg.SOUTH.at(40, 4),
            Leg.SOUTH.at(115, 4));
    MapProblem problem = single(withLane(SOUTH_EGRESS, 0, lane -> line(lane, line)));
    assertEquals(SOUTH_OUT + " lane 1 centreLine", problem.element());
    assertTrue(
        problem.reason().matches("turns by 17\\d\\.\\d° at point 1 \\(a zig-zag; at most 150°\\)"),
        problem.reason());
    List<GeoPoint> bend =
        List.of(Leg.SOUTH.at(15, 1.75), Leg.SOUTH.at(60, 1.75), Leg.SOUTH.at(40, 30));
    assertProblems(withLane(SOUTH_EGRESS, 0, lane -> line(lane, bend)));
  }

  @Test
  void widthsMustBeMoreThanZeroAndAtMostTwentyMetres() {
    for (double bad : List.of(0.0, -1.0, 20.5, Double.NaN)) {
      Intersection map =
          withLane(
              SOUTH_INGRESS,
              1,
              lane ->
                  copy(
                      lane,
                      lane.laneId(),
                      lane.centreLine(),
                      OptionalDouble.of(bad),
                      lane.connections()));
      assertProblems(
          map,
          new MapProblem(
              SOUTH_IN + " lane 2 widthM", "must be more than 0 and at most 20.0 m, is " + bad));
    }
    assertProblems(withApproachWidth(OptionalDouble.of(39)));
    assertProblems(
        withApproachWidth(OptionalDouble.of(41)),
        new MapProblem(
            SOUTH_OUT + " widthM",
            "must be more than 0 and at most 20.0 m per lane, is 41.0 m for 2 lanes"));
    assertProblems(
        withApproachWidth(OptionalDouble.of(0)),
        new MapProblem(
            SOUTH_OUT + " widthM",
            "must be more than 0 and at most 20.0 m per lane, is 0.0 m for 2 lanes"));
  }

  @Test
  void anApproachTowardsTheIntersectionItself() {
    List<Approach> approaches = new ArrayList<>(FourLegs.intersection().approaches());
    Approach south = approaches.get(SOUTH_EGRESS);
    approaches.set(
        SOUTH_EGRESS,
        new Approach(
            ApproachKind.EGRESS,
            FourLegs.ID,
            Optional.empty(),
            List.of(),
            OptionalDouble.empty(),
            south.lanes()));
    List<MapProblem> problems = MapValidator.validate(FourLegs.intersection(approaches));
    assertTrue(
        problems.contains(
            new MapProblem(
                "intersection 1:101 approach out1:101 otherNode",
                "an approach leads to or from another node, not the intersection itself")),
        problems.toString());
  }

  @Test
  void aConnectionFromAnEgressLane() {
    LaneConnection onwards =
        FourLegs.connection(IntersectionId.of(1, 200), 1, Maneuver.STRAIGHT, -1);
    Intersection map =
        withLane(
            SOUTH_EGRESS,
            0,
            lane -> copy(lane, 1, lane.centreLine(), lane.widthM(), List.of(onwards)));
    assertProblems(
        map,
        new MapProblem(
            SOUTH_OUT + " lane 1 connection to 1:200 lane 1",
            "connections leave ingress lanes; this lane is in an egress approach"));
  }

  @Test
  void aConnectionToALaneThisMapDoesNotHave() {
    LaneConnection dangling = FourLegs.connection(Leg.EAST.node, 7, Maneuver.RIGHT, -1);
    Intersection map = withConnections(c -> List.of(c.get(0), dangling));
    assertProblems(
        map,
        new MapProblem(
            SOUTH_IN + " lane 2 connection to 1:103 lane 7",
            "dangling reference: this map's egress approach out1:103 has no lane 7"));
  }

  @Test
  void aConnectionIntoTheIntersectionItself() {
    LaneConnection back = FourLegs.connection(FourLegs.ID, -1, Maneuver.U_TURN, -1);
    Intersection map = withConnections(c -> List.of(c.get(0), c.get(1), back));
    assertProblems(
        map,
        new MapProblem(
            SOUTH_IN + " lane 2 connection to 1:101",
            "a connection leads into another node, not the intersection itself"));
  }

  @Test
  void aRemoteLaneIdOutOfRange() {
    LaneConnection far = FourLegs.connection(IntersectionId.of(1, 300), 256, Maneuver.STRAIGHT, -1);
    Intersection map = withConnections(c -> List.of(c.get(0), c.get(1), far));
    assertProblems(
        map,
        new MapProblem(
            SOUTH_IN + " lane 2 connection to 1:300 lane 256", "a lane id must be 0..255, is 256"));
  }

  @Test
  void duplicateConnections() {
    LaneConnection right = FourLegs.connection(Leg.EAST.node, 2, Maneuver.RIGHT_TURN_ON_RED, -1);
    Intersection map = withConnections(c -> List.of(c.get(0), c.get(1), right));
    assertProblems(
        map,
        new MapProblem(
            SOUTH_IN + " lane 2 connection to 1:103 lane 2",
            "duplicate connection: the lane has 2 connections to this target"));
  }

  @Test
  void anIngressLaneMustEndAtTheIntersection() {
    List<GeoPoint> far = List.of(Leg.SOUTH.at(300, -5.25), Leg.SOUTH.at(200, -5.25));
    MapProblem problem = single(withLane(SOUTH_INGRESS, 1, lane -> line(lane, far)));
    assertEquals(SOUTH_IN + " lane 2 centreLine", problem.element());
    assertTrue(
        problem
            .reason()
            .matches(
                "an ingress lane ends at its stop line, at the intersection; its last point is 200\\.\\d\\d m"
                    + " from the reference point \\(at most 100\\.00 m\\)"),
        problem.reason());
  }

  @Test
  void aReferencePointNearAPole() {
    Intersection polar =
        new Intersection(
            FourLegs.ID, Optional.empty(), GeoPoint.of(86, 10), OptionalDouble.empty(), List.of());
    assertProblems(
        polar,
        new MapProblem("intersection 1:101 refPoint", "latitude must be within ±85.0°, is 86.0"));
  }

  @Test
  void aBatchChecksEachMapAndDuplicateIds() {
    Intersection valid = FourLegs.intersection();
    Intersection other =
        new Intersection(
            IntersectionId.of(1, 102),
            Optional.empty(),
            Leg.NORTH.at(200, 0),
            OptionalDouble.empty(),
            List.of());
    Intersection broken = withApproachWidth(OptionalDouble.of(0));
    assertEquals(List.of(), MapValidator.validateAll(List.of(valid, other)));
    assertEquals(
        List.of(
            new MapProblem(
                SOUTH_OUT + " widthM",
                "must be more than 0 and at most 20.0 m per lane, is 0.0 m for 2 lanes"),
            new MapProblem(
                "intersection 1:101", "duplicate intersection id: 3 maps in the batch have it")),
        MapValidator.validateAll(List.of(valid, other, broken, valid)));
  }

  private static void assertProblems(Intersection map, MapProblem... expected) {
    assertEquals(List.of(expected), MapValidator.validate(map));
  }

  private static MapProblem single(Intersection map) {
    List<MapProblem> problems = MapValidator.validate(map);
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0);
  }

  private static Intersection withApproachWidth(OptionalDouble widthM) {
    List<Approach> approaches = new ArrayList<>(FourLegs.intersection().approaches());
    Approach south = approaches.get(SOUTH_EGRESS);
    List<Lane> lanes = new ArrayList<>();
    for (Lane lane : south.lanes()) {
      lanes.add(
          copy(lane, lane.laneId(), lane.centreLine(), OptionalDouble.empty(), lane.connections()));
    }
    approaches.set(
        SOUTH_EGRESS,
        new Approach(
            south.kind(), south.otherNode(), south.name(), south.speedLimits(), widthM, lanes));
    return FourLegs.intersection(approaches);
  }

  /** The map with the connections of the south ingress lane 2 replaced. */
  private static Intersection withConnections(UnaryOperator<List<LaneConnection>> change) {
    return withLane(
        SOUTH_INGRESS,
        1,
        lane ->
            copy(
                lane,
                lane.laneId(),
                lane.centreLine(),
                lane.widthM(),
                change.apply(lane.connections())));
  }

  private static Intersection withLane(
      int approachIndex, int laneIndex, UnaryOperator<Lane> change) {
    List<Approach> approaches = new ArrayList<>(FourLegs.intersection().approaches());
    Approach approach = approaches.get(approachIndex);
    List<Lane> lanes = new ArrayList<>(approach.lanes());
    lanes.set(laneIndex, change.apply(lanes.get(laneIndex)));
    approaches.set(
        approachIndex,
        new Approach(
            approach.kind(),
            approach.otherNode(),
            approach.name(),
            approach.speedLimits(),
            approach.widthM(),
            lanes));
    return FourLegs.intersection(approaches);
  }

  private static Lane line(Lane lane, List<GeoPoint> centreLine) {
    return copy(lane, lane.laneId(), centreLine, lane.widthM(), lane.connections());
  }

  private static Lane copy(
      Lane lane,
      int laneId,
      List<GeoPoint> centreLine,
      OptionalDouble widthM,
      List<LaneConnection> connections) {
    return new Lane(
        laneId, lane.type(), widthM, lane.maneuvers(), connections, lane.speedLimits(), centreLine);
  }
}
