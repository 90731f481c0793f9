package org.openv2x.hdmap.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.DerivedConnection;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneKeys;
import org.openv2x.hdmap.derive.LocalFrame;
import org.openv2x.hdmap.testing.GridMaps;

/**
 * Matching on a 3 × 3 {@link GridMaps} grid, 200 m apart; positions are given in metres from the
 * centre intersection (column 1, row 1). Its north leg's ingress lanes run south 1.75 m (lane 1)
 * and 5.25 m (lane 2) west of the road's centre line, its egress lanes north on the east side.
 */
class MapMatcherTest {
  private static final GeoPoint ORIGIN = GeoPoint.of(31.2304, 121.4737);
  private static final double SPEED_MPS = 10;
  private static final double NORTH = 0;
  private static final double SOUTH = 180;

  private final List<Intersection> grid = GridMaps.grid(3, 3, ORIGIN, 200);
  private final List<IntersectionVersion> versions = GridMaps.versions(grid);
  private final MapMatcher matcher = MapMatchers.of(versions);
  private final Intersection centre = grid.get(4);
  private final LocalFrame frame = new LocalFrame(centre.refPoint());

  @Test
  void onTheCentreOfEveryLaneOfEveryApproach() {
    for (Approach approach : centre.approaches()) {
      for (Lane lane : approach.lanes()) {
        GeoPoint a = lane.centreLine().get(1);
        GeoPoint b = lane.centreLine().get(2);
        GeoPoint middle =
            frame.toGeo(
                (frame.eastM(a) + frame.eastM(b)) / 2, (frame.northM(a) + frame.northM(b)) / 2);
        String key = LaneKeys.lane(centre.id(), approach, lane);
        MatchResult match = match(middle, LocalFrame.bearingDeg(a, b), SPEED_MPS).orElseThrow();
        assertEquals(centre.id(), match.intersection(), key);
        assertEquals(approach.id(), match.approachId(), key);
        assertEquals(key, match.laneKey());
        assertEquals(Optional.empty(), match.connectionKey(), key);
        assertEquals(0, match.lateralOffsetM(), 0.01, key);
        assertEquals(0, match.headingDifferenceDeg(), 0.01, key);
        assertFalse(match.wrongWay(), key);
        assertTrue(match.confidence() > 0.9, key + " confidence " + match.confidence());
        assertEquals(
            approach.kind() == ApproachKind.INGRESS, match.distanceToStopLineM().isPresent(), key);
      }
    }
  }

  @Test
  void atALaneBoundaryTheNearerCentreLineWinsWithLessConfidence() {
    String inner = northIngressLane(1);
    String outer = northIngressLane(2);
    MatchResult centreOfInner = match(-1.75, 60, SOUTH, SPEED_MPS).orElseThrow();
    MatchResult nearInner = match(-3.45, 60, SOUTH, SPEED_MPS).orElseThrow();
    MatchResult nearOuter = match(-3.55, 60, SOUTH, SPEED_MPS).orElseThrow();
    assertEquals(inner, nearInner.laneKey());
    assertEquals(-1.70, nearInner.lateralOffsetM(), 0.01, "to the right of a vehicle going south");
    assertEquals(outer, nearOuter.laneKey());
    assertEquals(1.70, nearOuter.lateralOffsetM(), 0.01);
    assertTrue(nearInner.confidence() < 0.5, "confidence " + nearInner.confidence());
    assertTrue(nearOuter.confidence() < 0.5, "confidence " + nearOuter.confidence());
    assertTrue(centreOfInner.confidence() > 0.9, "confidence " + centreOfInner.confidence());
  }

  @Test
  void insideTheBoxOnATurningPathMatchesTheConnection() {
    for (DerivedConnection connection : versions.get(4).derived().connections()) {
      List<GeoPoint> path = connection.path();
      MatchResult match = match(middle(path), middleHeadingDeg(path), SPEED_MPS).orElseThrow();
      String key = connection.connectionKey();
      assertEquals(Optional.of(key), match.connectionKey());
      assertEquals(connection.fromLaneKey(), match.laneKey(), key);
      assertEquals(connection.fromLaneKey().split("\\.")[1], match.approachId(), key);
      assertEquals(centre.id(), match.intersection(), key);
      assertTrue(match.distanceToStopLineM().isEmpty(), key);
      assertEquals(0, match.lateralOffsetM(), 0.05, key);
      assertFalse(match.wrongWay(), key);
    }
  }

  @Test
  void theLeftTurnIsMatchedWhereItCrossesTheOpposingStraightOn() {
    DerivedConnection left = connection(northIngressLane(1), "out", 2);
    DerivedConnection straight = connection(southIngressLane(1), "out", 0);
    assertEquals(
        Optional.of(left.connectionKey()),
        match(middle(left.path()), middleHeadingDeg(left.path()), SPEED_MPS)
            .orElseThrow()
            .connectionKey());
    GeoPoint onStraight = middle(straight.path());
    assertEquals(
        Optional.of(straight.connectionKey()),
        match(onStraight, NORTH, SPEED_MPS).orElseThrow().connectionKey());
  }

  @Test
  void wrongWayIsMatchedAndFlagged() {
    MatchResult match = match(-1.75, 60, NORTH, SPEED_MPS).orElseThrow();
    assertEquals(northIngressLane(1), match.laneKey());
    assertTrue(match.wrongWay());
    assertEquals(180, match.headingDifferenceDeg(), 0.01);
  }

  @Test
  void farAwayNothingMatches() {
    assertEquals(Optional.empty(), match(-1.75, 1000, SOUTH, SPEED_MPS));
    assertEquals(Optional.empty(), match(-15, 60, SOUTH, SPEED_MPS), "beside the road");
    assertEquals(Optional.empty(), match(50, 50, SOUTH, SPEED_MPS), "between the roads");
  }

  @Test
  void headingUnknownOrStandingStillIsIgnored() {
    String inner = northIngressLane(1);
    MatchResult unknown = match(-1.75, 60, Double.NaN, SPEED_MPS).orElseThrow();
    assertEquals(inner, unknown.laneKey());
    assertTrue(Double.isNaN(unknown.headingDifferenceDeg()));
    assertFalse(unknown.wrongWay());
    MatchResult reversedStanding = match(-1.75, 60, NORTH, 0.5).orElseThrow();
    assertEquals(inner, reversedStanding.laneKey());
    assertFalse(reversedStanding.wrongWay(), "the heading of a standing vehicle is noise");
    assertEquals(180, reversedStanding.headingDifferenceDeg(), 0.01, "still reported");
    assertEquals(inner, match(-1.75, 60, 90, 0).orElseThrow().laneKey());
    assertEquals(Optional.empty(), match(-1.75, 60, 90, SPEED_MPS), "across the lane while moving");
  }

  @Test
  void distanceToTheStopLineIsAlongTheLane() {
    double stopNorthM = GridMaps.STOP_LINE_SETBACK_M;
    MatchResult match = match(-1.75, stopNorthM + 40, SOUTH, SPEED_MPS).orElseThrow();
    assertEquals(40, match.distanceToStopLineM().getAsDouble(), 0.1);
    MatchResult offCentre = match(-2.75, stopNorthM + 40, 190, SPEED_MPS).orElseThrow();
    assertEquals(northIngressLane(1), offCentre.laneKey());
    assertEquals(40, offCentre.distanceToStopLineM().getAsDouble(), 0.1);
    assertEquals(-1.0, offCentre.lateralOffsetM(), 0.01);
    assertEquals(10, offCentre.headingDifferenceDeg(), 0.01);
    MatchResult atStop = match(-1.75, stopNorthM + 0.5, SOUTH, SPEED_MPS).orElseThrow();
    assertEquals(0.5, atStop.distanceToStopLineM().getAsDouble(), 0.1);
  }

  @Test
  void onTheLinkBetweenTwoIntersectionsTheNearerOneMatches() {
    Intersection east = grid.get(5);
    MatchResult beforeEast = match(200 - 30, -1.75, 90, SPEED_MPS).orElseThrow();
    assertEquals(east.id(), beforeEast.intersection());
    assertEquals("in" + centre.id().key(), beforeEast.approachId());
    assertEquals(
        30 - GridMaps.STOP_LINE_SETBACK_M, beforeEast.distanceToStopLineM().getAsDouble(), 0.1);
    MatchResult afterCentre = match(30, -1.75, 90, SPEED_MPS).orElseThrow();
    assertEquals(centre.id(), afterCentre.intersection());
    assertEquals("out" + east.id().key(), afterCentre.approachId());
    assertTrue(afterCentre.distanceToStopLineM().isEmpty());
    MatchResult towardsCentre = match(170, 1.75, 270, SPEED_MPS).orElseThrow();
    assertEquals(east.id(), towardsCentre.intersection());
    assertEquals("out" + centre.id().key(), towardsCentre.approachId());
  }

  @Test
  void theCellGridFindsWhatSearchingEverySegmentFinds() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    LaneSegments lanes = LaneSegments.of(versions);
    MapMatcher oneCell = new GridMapMatcher(lanes, 1e7);
    int matched = 0;
    for (int i = 0; i < 20_000; i++) {
      double eastM = -120 + random.nextDouble() * 640;
      double northM = -120 + random.nextDouble() * 640;
      GeoPoint p = frame.toGeo(eastM - 200, northM - 200);
      double headingDeg = random.nextInt(8) == 0 ? Double.NaN : random.nextDouble() * 360;
      double speedMps = random.nextDouble() * 15;
      Optional<MatchResult> expected = oneCell.match(p.latDeg(), p.lonDeg(), headingDeg, speedMps);
      assertEquals(
          expected,
          matcher.match(p.latDeg(), p.lonDeg(), headingDeg, speedMps),
          "seed " + seed + " query " + i);
      matched += expected.isPresent() ? 1 : 0;
    }
    assertTrue(matched > 1000, "seed " + seed + ": only " + matched + " matched");
  }

  /** The middle point of a path: its middle point, or the middle of its only segment. */
  private GeoPoint middle(List<GeoPoint> path) {
    int i = path.size() / 2;
    if (path.size() > 2) {
      return path.get(i);
    }
    GeoPoint a = path.get(0);
    GeoPoint b = path.get(1);
    return frame.toGeo(
        (frame.eastM(a) + frame.eastM(b)) / 2, (frame.northM(a) + frame.northM(b)) / 2);
  }

  /** The direction of a path at its {@link #middle}. */
  private static double middleHeadingDeg(List<GeoPoint> path) {
    int i = path.size() / 2;
    return path.size() > 2
        ? LocalFrame.bearingDeg(path.get(i - 1), path.get(i + 1))
        : LocalFrame.bearingDeg(path.get(0), path.get(1));
  }

  private String northIngressLane(int laneId) {
    return LaneKeys.lane(centre.id(), centre.approaches().get(0), laneId(0, laneId));
  }

  private String southIngressLane(int laneId) {
    return LaneKeys.lane(centre.id(), centre.approaches().get(4), laneId(4, laneId));
  }

  private Lane laneId(int approach, int laneId) {
    return centre.approaches().get(approach).lanes().get(laneId - 1);
  }

  /**
   * The connection from {@code fromLaneKey} into lane {@code laneId} of the egress leg {@code leg}.
   */
  private DerivedConnection connection(String fromLaneKey, String kind, int leg) {
    Approach to = centre.approaches().get(2 * leg + 1);
    assertEquals(kind, to.kind().prefix());
    for (DerivedConnection connection : versions.get(4).derived().connections()) {
      if (connection.fromLaneKey().equals(fromLaneKey)
          && connection.toLaneKey().startsWith(centre.id().key() + "." + to.id() + ".")) {
        return connection;
      }
    }
    throw new AssertionError("no connection from " + fromLaneKey + " to " + to.id());
  }

  private Optional<MatchResult> match(
      double eastM, double northM, double headingDeg, double speedMps) {
    return match(frame.toGeo(eastM, northM), headingDeg, speedMps);
  }

  private Optional<MatchResult> match(GeoPoint point, double headingDeg, double speedMps) {
    return matcher.match(point.latDeg(), point.lonDeg(), headingDeg, speedMps);
  }
}
