package org.openv2x.hdmap.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.BoundingBox;
import org.openv2x.hdmap.DerivedGeometry;
import org.openv2x.hdmap.DerivedLane;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneKeys;
import org.openv2x.hdmap.LaneType;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.VersionInfo;
import org.openv2x.hdmap.testing.GridMaps;

/**
 * What {@link MapMatchers} refuses, the empty matcher and the checks of a query's parameters. The
 * versions here carry hand-made lane geometry (widths only, no connection paths).
 */
class MapMatchersTest {
  private static final GeoPoint ORIGIN = GeoPoint.of(31.2304, 121.4737);

  @Test
  void refusesTwoVersionsOfOneIntersection() {
    Intersection intersection = GridMaps.grid(1, 1, ORIGIN, 200).get(0);
    IntersectionVersion version = lanesOnly(intersection);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MapMatchers.of(List.of(version, version)));
    assertTrue(e.getMessage().contains("intersection 1:1 is given more than once"), e.getMessage());
  }

  @Test
  void refusesDerivedGeometryOfOtherContent() {
    List<Intersection> grid = GridMaps.grid(2, 1, ORIGIN, 200);
    IntersectionVersion mixed =
        new IntersectionVersion(grid.get(0), info(), lanesOnly(grid.get(1)).derived());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MapMatchers.of(List.of(mixed)));
    assertTrue(e.getMessage().startsWith("intersection 1:1: its derived geometry"), e.getMessage());
  }

  @Test
  void emptyMatcherNeverMatches() {
    assertEquals(Optional.empty(), MapMatchers.EMPTY.match(31.2304, 121.4737, 90, 10));
    assertEquals(Optional.empty(), MapMatchers.of(List.of()).match(0, 0, Double.NaN, 0));
  }

  @Test
  void lanesThatAreNotDrivenAreNotMatched() {
    Intersection grid = GridMaps.grid(1, 1, ORIGIN, 200).get(0);
    List<Approach> crosswalks = new ArrayList<>();
    for (Approach approach : grid.approaches()) {
      List<Lane> lanes = new ArrayList<>();
      for (Lane lane : approach.lanes()) {
        lanes.add(
            new Lane(
                lane.laneId(),
                LaneType.CROSSWALK,
                lane.widthM(),
                lane.maneuvers(),
                List.of(),
                List.of(),
                lane.centreLine()));
      }
      crosswalks.add(
          new Approach(
              approach.kind(),
              approach.otherNode(),
              approach.name(),
              approach.speedLimits(),
              approach.widthM(),
              lanes));
    }
    Intersection walks =
        new Intersection(grid.id(), grid.name(), grid.refPoint(), grid.elevationM(), crosswalks);
    GeoPoint onLane = grid.approaches().get(0).lanes().get(0).centreLine().get(1);
    assertTrue(
        MapMatchers.of(List.of(lanesOnly(grid)))
            .match(onLane.latDeg(), onLane.lonDeg(), 180, 10)
            .isPresent());
    assertEquals(
        Optional.empty(),
        MapMatchers.of(List.of(lanesOnly(walks))).match(onLane.latDeg(), onLane.lonDeg(), 180, 10));
  }

  @Test
  void refusesParametersOutOfRangeNamingThem() {
    MapMatcher matcher = MapMatchers.EMPTY;
    assertRefused("latDeg", () -> matcher.match(Double.NaN, 0, 0, 0));
    assertRefused("latDeg", () -> matcher.match(90.5, 0, 0, 0));
    assertRefused("lonDeg", () -> matcher.match(0, -181, 0, 0));
    assertRefused("headingDeg", () -> matcher.match(0, 0, 361, 0));
    assertRefused("headingDeg", () -> matcher.match(0, 0, -1, 0));
    assertRefused("speedMps", () -> matcher.match(0, 0, 0, -0.5));
    assertRefused("speedMps", () -> matcher.match(0, 0, 0, Double.POSITIVE_INFINITY));
    assertEquals(Optional.empty(), matcher.match(0, 0, Double.NaN, Double.NaN));
    assertEquals(Optional.empty(), matcher.match(-90, 180, 360, 0));
  }

  private static void assertRefused(String parameter, Runnable query) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, query::run);
    assertTrue(e.getMessage().startsWith(parameter + " must be"), e.getMessage());
  }

  /** A version with the lanes' widths as derived geometry and nothing else. */
  private static IntersectionVersion lanesOnly(Intersection intersection) {
    List<DerivedLane> lanes = new ArrayList<>();
    for (Approach approach : intersection.approaches()) {
      for (Lane lane : approach.lanes()) {
        lanes.add(
            new DerivedLane(
                LaneKeys.lane(intersection.id(), approach, lane),
                lane.widthM().orElse(Lane.DEFAULT_WIDTH_M),
                0,
                List.of(),
                Optional.empty()));
      }
    }
    BoundingBox bounds = BoundingBox.around(List.of(intersection.refPoint()));
    return new IntersectionVersion(
        intersection, info(), new DerivedGeometry(lanes, List.of(), List.of(), List.of(), bounds));
  }

  private static VersionInfo info() {
    return new VersionInfo(
        1,
        MapSource.SCENARIO_IMPORT,
        Instant.EPOCH,
        "0",
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
