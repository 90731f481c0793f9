package org.openv2x.hdmap.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.DerivedConnection;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.Maneuver;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.validate.MapValidator;

/** The fixture's layout: ids, legs, lanes where they should be, connections that resolve. */
class GridMapsTest {
  private static final GeoPoint ORIGIN = GeoPoint.of(31.2304, 121.4737);
  private static final double METRES_PER_DEG = 6_371_008.8 * Math.PI / 180;

  @Test
  void intersectionsRowByRowWithEightApproachesOfTwoLanes() {
    List<Intersection> grid = GridMaps.grid(3, 2, ORIGIN, 200);
    assertEquals(6, grid.size());
    assertEquals(IntersectionId.of(1, 1), grid.get(0).id());
    assertEquals(GridMaps.nodeId(3, 2, 1), grid.get(5).id());
    assertEquals(IntersectionId.of(1, 6), grid.get(5).id());
    for (Intersection intersection : grid) {
      assertEquals(8, intersection.approaches().size());
      for (Approach approach : intersection.approaches()) {
        assertEquals(2, approach.lanes().size());
        for (Lane lane : approach.lanes()) {
          assertEquals(GridMaps.LANE_WIDTH_M, lane.widthM().getAsDouble());
          assertEquals(5, lane.centreLine().size(), "12, 37, 62, 87 m and the end at 100 m");
        }
      }
    }
  }

  @Test
  void ingressLanesEndAtTheirStopLineRightOfTheRoadsCentre() {
    Intersection centre = GridMaps.grid(1, 1, ORIGIN, 200).get(0);
    Approach north = centre.approaches().get(0);
    assertEquals(ApproachKind.INGRESS, north.kind());
    Lane inner = north.lanes().get(0);
    GeoPoint stop = inner.centreLine().get(inner.centreLine().size() - 1);
    assertEquals(-1.75, eastM(centre.refPoint(), stop), 1e-6, "west of the centre line");
    assertEquals(GridMaps.STOP_LINE_SETBACK_M, northM(centre.refPoint(), stop), 1e-6);
    assertEquals(100, northM(centre.refPoint(), inner.centreLine().get(0)), 1e-6);
    Lane outerEgress = centre.approaches().get(3).lanes().get(1);
    assertEquals(ApproachKind.EGRESS, centre.approaches().get(3).kind(), "the east leg's way out");
    assertEquals(12, eastM(centre.refPoint(), outerEgress.centreLine().get(0)), 1e-6);
    assertEquals(
        -5.25, northM(centre.refPoint(), outerEgress.centreLine().get(0)), 1e-6, "south of it");
  }

  @Test
  void neighboursShareTheirLinksAndEdgesLeadToEndNodes() {
    List<Intersection> grid = GridMaps.grid(2, 1, ORIGIN, 200);
    Approach eastOut = grid.get(0).approaches().get(3);
    Approach westIn = grid.get(1).approaches().get(6);
    assertEquals(grid.get(1).id(), eastOut.otherNode());
    assertEquals(grid.get(0).id(), westIn.otherNode());
    List<GeoPoint> out = eastOut.lanes().get(0).centreLine();
    assertEquals(out.get(out.size() - 1), westIn.lanes().get(0).centreLine().get(0));
    Set<IntersectionId> ends = new HashSet<>();
    for (Intersection intersection : grid) {
      for (Approach approach : intersection.approaches()) {
        if (approach.otherNode().id() > 2) {
          ends.add(approach.otherNode());
        }
      }
    }
    assertEquals(6, ends.size(), "2 north, 2 south, 1 west, 1 east");
  }

  @Test
  void connectionsLeadToEgressLanesOfTheSameIntersectionWithPhases() {
    Intersection centre = GridMaps.grid(1, 1, ORIGIN, 200).get(0);
    Set<String> egress = new HashSet<>();
    for (Approach approach : centre.approaches()) {
      if (approach.kind() == ApproachKind.EGRESS) {
        for (Lane lane : approach.lanes()) {
          egress.add(approach.otherNode().key() + "/" + lane.laneId());
        }
      }
    }
    int connections = 0;
    for (Approach approach : centre.approaches()) {
      for (Lane lane : approach.lanes()) {
        for (LaneConnection connection : lane.connections()) {
          String target =
              connection.remoteIntersection().key() + "/" + connection.remoteLaneId().getAsInt();
          assertTrue(egress.contains(target), target);
          assertTrue(connection.phaseId().isPresent());
          assertTrue(lane.maneuvers().containsAll(connection.maneuvers()));
          connections++;
        }
      }
    }
    assertEquals(16, connections);
    Lane northInner = centre.approaches().get(0).lanes().get(0);
    LaneConnection left = northInner.connections().get(0);
    assertEquals(Set.of(Maneuver.LEFT), left.maneuvers());
    assertEquals(centre.approaches().get(2).otherNode(), left.remoteIntersection(), "east leg");
  }

  @Test
  void versionsCarryDerivedGeometryWithEveryPathKnown() {
    List<Intersection> grid = GridMaps.grid(2, 2, ORIGIN, 200);
    List<IntersectionVersion> versions = GridMaps.versions(grid);
    assertEquals(4, versions.size());
    for (int i = 0; i < 4; i++) {
      IntersectionVersion version = versions.get(i);
      assertEquals(grid.get(i), version.intersection());
      assertEquals(1, version.info().version());
      assertEquals(MapSource.SCENARIO_IMPORT, version.info().source());
      assertEquals(16, version.derived().lanes().size());
      assertEquals(16, version.derived().connections().size());
      for (DerivedConnection connection : version.derived().connections()) {
        assertFalse(connection.pathEstimated(), connection.connectionKey());
      }
    }
    assertEquals(versions, GridMaps.versions(grid), "deterministic");
  }

  @Test
  void theGridIsAValidMap() {
    assertEquals(List.of(), MapValidator.validateAll(GridMaps.grid(3, 3, ORIGIN, 200)));
    assertEquals(List.of(), MapValidator.validateAll(GridMaps.grid(2, 1, ORIGIN, 50)));
  }

  @Test
  void refusesGridsThatCannotBeBuilt() {
    assertThrows(IllegalArgumentException.class, () -> GridMaps.grid(0, 1, ORIGIN, 200));
    assertThrows(IllegalArgumentException.class, () -> GridMaps.grid(1, 1, ORIGIN, 40));
    assertThrows(IllegalArgumentException.class, () -> GridMaps.grid(300, 300, ORIGIN, 200));
  }

  private static double eastM(GeoPoint origin, GeoPoint point) {
    return (point.lonDeg() - origin.lonDeg())
        * METRES_PER_DEG
        * Math.cos(Math.toRadians(origin.latDeg()));
  }

  private static double northM(GeoPoint origin, GeoPoint point) {
    return (point.latDeg() - origin.latDeg()) * METRES_PER_DEG;
  }
}
