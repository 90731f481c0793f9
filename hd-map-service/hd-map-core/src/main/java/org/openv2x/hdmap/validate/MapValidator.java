package org.openv2x.hdmap.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.MapProblem;

/**
 * Refuses maps that cannot be right: duplicate approach or lane ids, connections that leave an
 * egress lane, lead back into the intersection, name a lane this map does not have or repeat
 * another, approaches towards the intersection itself, widths out of (0, {@value #MAX_WIDTH_M}] m,
 * and centre lines that are too short, have zero-length segments, implausible distances or zig-zags
 * ({@link CentreLineChecks}). A node without approaches (a road end point) is valid. Every problem
 * names its element, e.g. {@code intersection 1:101 approach in1:100 lane 3 centreLine}.
 */
public final class MapValidator {
  /** The widest a lane may be, in metres (a lane's own width, or its share of its approach's). */
  public static final double MAX_WIDTH_M = 20;

  /**
   * The largest |latitude| of a reference point in degrees: a map's local frame is not defined at
   * the poles, and no intersection is this far north or south.
   */
  public static final double MAX_ABS_LAT_DEG = 85;

  private static final int MAX_LANE_ID = 255;

  private MapValidator() {}

  /** Every problem of {@code intersection}, in the order of its content; empty when it is valid. */
  public static List<MapProblem> validate(Intersection intersection) {
    List<MapProblem> problems = new ArrayList<>();
    String where = "intersection " + intersection.id().key();
    if (Math.abs(intersection.refPoint().latDeg()) > MAX_ABS_LAT_DEG) {
      problems.add(
          new MapProblem(
              where + " refPoint",
              "latitude must be within ±"
                  + MAX_ABS_LAT_DEG
                  + "°, is "
                  + intersection.refPoint().latDeg()));
    }
    Map<String, Integer> approachIds = count(intersection.approaches(), Approach::id);
    Set<String> reported = new HashSet<>();
    for (Approach approach : intersection.approaches()) {
      String approachWhere = where + " approach " + approach.id();
      int sameId = approachIds.get(approach.id());
      if (sameId > 1 && reported.add(approach.id())) {
        problems.add(
            new MapProblem(
                approachWhere, "duplicate approach id: " + sameId + " approaches have it"));
      }
      checkApproach(intersection, approach, approachWhere, problems);
    }
    return problems;
  }

  /**
   * Every problem of each intersection, then one per intersection id that occurs more than once in
   * the batch.
   */
  public static List<MapProblem> validateAll(List<Intersection> intersections) {
    List<MapProblem> problems = new ArrayList<>();
    for (Intersection intersection : intersections) {
      problems.addAll(validate(intersection));
    }
    Map<IntersectionId, Integer> ids = count(intersections, Intersection::id);
    ids.forEach(
        (id, times) -> {
          if (times > 1) {
            problems.add(
                new MapProblem(
                    "intersection " + id.key(),
                    "duplicate intersection id: " + times + " maps in the batch have it"));
          }
        });
    return problems;
  }

  private static void checkApproach(
      Intersection intersection, Approach approach, String where, List<MapProblem> problems) {
    if (approach.otherNode().equals(intersection.id())) {
      problems.add(
          new MapProblem(
              where + " otherNode",
              "an approach leads to or from another node, not the intersection itself"));
    }
    if (approach.widthM().isPresent()) {
      double widthM = approach.widthM().getAsDouble();
      double perLaneM = widthM / Math.max(1, approach.lanes().size());
      if (!(widthM > 0 && perLaneM <= MAX_WIDTH_M)) {
        problems.add(
            new MapProblem(
                where + " widthM",
                "must be more than 0 and at most "
                    + MAX_WIDTH_M
                    + " m per lane, is "
                    + widthM
                    + " m for "
                    + approach.lanes().size()
                    + " lanes"));
      }
    }
    Map<Integer, Integer> laneIds = count(approach.lanes(), Lane::laneId);
    Set<Integer> reported = new HashSet<>();
    for (Lane lane : approach.lanes()) {
      String laneWhere = where + " lane " + lane.laneId();
      int sameId = laneIds.get(lane.laneId());
      if (sameId > 1 && reported.add(lane.laneId())) {
        problems.add(
            new MapProblem(
                laneWhere, "duplicate lane id: " + sameId + " lanes of the approach have it"));
      }
      if (lane.widthM().isPresent()) {
        double widthM = lane.widthM().getAsDouble();
        if (!(widthM > 0 && widthM <= MAX_WIDTH_M)) {
          problems.add(
              new MapProblem(
                  laneWhere + " widthM",
                  "must be more than 0 and at most " + MAX_WIDTH_M + " m, is " + widthM));
        }
      }
      CentreLineChecks.check(
          intersection.refPoint(),
          lane.centreLine(),
          approach.kind() == ApproachKind.INGRESS,
          laneWhere + " centreLine",
          problems);
      checkConnections(intersection, approach, lane, laneWhere, problems);
    }
  }

  private static void checkConnections(
      Intersection intersection,
      Approach approach,
      Lane lane,
      String where,
      List<MapProblem> problems) {
    Map<String, Integer> targets = count(lane.connections(), MapValidator::connectionName);
    Set<String> reported = new HashSet<>();
    for (LaneConnection connection : lane.connections()) {
      String name = connectionName(connection);
      String connectionWhere = where + " " + name;
      if (approach.kind() == ApproachKind.EGRESS) {
        problems.add(
            new MapProblem(
                connectionWhere,
                "connections leave ingress lanes; this lane is in an egress approach"));
      }
      IntersectionId remote = connection.remoteIntersection();
      if (remote.equals(intersection.id())) {
        problems.add(
            new MapProblem(
                connectionWhere,
                "a connection leads into another node, not the intersection itself"));
      }
      OptionalInt laneId = connection.remoteLaneId();
      if (laneId.isPresent() && (laneId.getAsInt() < 0 || laneId.getAsInt() > MAX_LANE_ID)) {
        problems.add(
            new MapProblem(
                connectionWhere,
                "a lane id must be 0.." + MAX_LANE_ID + ", is " + laneId.getAsInt()));
      }
      Optional<Approach> egress = egressTowards(intersection, remote);
      if (laneId.isPresent()
          && egress.isPresent()
          && egress.get().lanes().stream().noneMatch(l -> l.laneId() == laneId.getAsInt())) {
        problems.add(
            new MapProblem(
                connectionWhere,
                "dangling reference: this map's egress approach "
                    + egress.get().id()
                    + " has no lane "
                    + laneId.getAsInt()));
      }
      int sameTarget = targets.get(name);
      if (sameTarget > 1 && reported.add(name)) {
        problems.add(
            new MapProblem(
                connectionWhere,
                "duplicate connection: the lane has "
                    + sameTarget
                    + " connections to this target"));
      }
    }
  }

  /** {@code connection to 1:102 lane 1}, or {@code connection to 1:102} without a lane id. */
  private static String connectionName(LaneConnection connection) {
    String name = "connection to " + connection.remoteIntersection().key();
    return connection.remoteLaneId().isPresent()
        ? name + " lane " + connection.remoteLaneId().getAsInt()
        : name;
  }

  private static Optional<Approach> egressTowards(
      Intersection intersection, IntersectionId remote) {
    return intersection.approaches().stream()
        .filter(a -> a.kind() == ApproachKind.EGRESS && a.otherNode().equals(remote))
        .findFirst();
  }

  private static <T, K> Map<K, Integer> count(List<T> items, Function<T, K> key) {
    Map<K, Integer> counts = new LinkedHashMap<>();
    for (T item : items) {
      counts.merge(key.apply(item), 1, Integer::sum);
    }
    return counts;
  }
}
