package org.openv2x.hdmap.derive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.BoundingBox;
import org.openv2x.hdmap.ConflictPoint;
import org.openv2x.hdmap.DerivedConnection;
import org.openv2x.hdmap.DerivedGeometry;
import org.openv2x.hdmap.DerivedLane;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.LaneKeys;
import org.openv2x.hdmap.StopLine;

/**
 * Derives the geometry of an intersection's map ({@link DerivedGeometry}) in a {@link LocalFrame}
 * around its reference point: lanes (width, length, polygon, stop line), connection paths, their
 * conflict points, the box and the bounds. Deterministic: equal inputs give equal results.
 *
 * <p>A connection's target is lane {@code remoteLaneId} of this map's egress approach towards the
 * remote intersection ({@code <this>.out<remote>.<lane>}) when this map has it, else the lane
 * {@link LaneKeys#connectionTarget} of the remote's map, looked up with {@link RemoteLanes}. A
 * connection without a remote lane id leads to {@link #estimatedTarget}. When the target's centre
 * line is not known the path is estimated (see {@link EstimatedPaths}).
 *
 * <p>Conflicts: one per pair of connections from different ingress lanes whose paths meet, at the
 * first place along the path of the connection with the smaller key. Two connections into the same
 * known lane merge: their conflict point is that lane's start (the end of both paths), with the
 * full path lengths as distances. Connections from the same ingress lane diverge and never
 * conflict.
 *
 * <p>The input should have passed {@code MapValidator}; a lane with fewer than 2 distinct centre
 * line points still gets an entry, with its length but no polygon, no stop line and no connections.
 */
public final class MapDerivation {
  /** The lane part of {@link #estimatedTarget}: any lane of the link into the remote. */
  public static final String ANY_LANE = "*";

  private MapDerivation() {}

  /**
   * Derives the geometry of {@code intersection}, finding other intersections' lanes in {@code
   * remoteLanes}.
   *
   * @throws IllegalArgumentException when the reference point is at a pole ({@link LocalFrame})
   */
  public static DerivedGeometry derive(Intersection intersection, RemoteLanes remoteLanes) {
    LocalFrame frame = new LocalFrame(intersection.refPoint());
    IntersectionId self = intersection.id();
    Map<String, List<Xy>> localLines = new HashMap<>();
    List<DerivedLane> lanes = new ArrayList<>();
    List<Xy> stopLineEnds = new ArrayList<>();
    List<GeoPoint> everything = new ArrayList<>();
    everything.add(intersection.refPoint());
    double farthestStopM = 0;
    for (Approach approach : intersection.approaches()) {
      for (Lane lane : approach.lanes()) {
        String key = LaneKeys.lane(self, approach, lane);
        List<Xy> line = Polylines.distinct(toLocal(frame, lane.centreLine()));
        localLines.put(key, line);
        double widthM = widthM(approach, lane);
        List<GeoPoint> polygon = List.of();
        Optional<StopLine> stopLine = Optional.empty();
        if (line.size() >= 2) {
          polygon = toGeo(frame, Polylines.offsetPolygon(line, widthM / 2));
          if (approach.kind() == ApproachKind.INGRESS) {
            Xy end = line.get(line.size() - 1);
            Xy toLeft = Polylines.lastDirection(line).left().times(widthM / 2);
            stopLineEnds.add(end.plus(toLeft));
            stopLineEnds.add(end.minus(toLeft));
            stopLine =
                Optional.of(
                    new StopLine(
                        lane.centreLine().get(lane.centreLine().size() - 1),
                        toGeo(frame, end.plus(toLeft)),
                        toGeo(frame, end.minus(toLeft))));
            farthestStopM = Math.max(farthestStopM, end.length());
          }
        }
        lanes.add(new DerivedLane(key, widthM, Polylines.lengthM(line), polygon, stopLine));
        everything.addAll(lane.centreLine());
        everything.addAll(polygon);
        stopLine.ifPresent(s -> everything.addAll(List.of(s.left(), s.right())));
      }
    }
    EstimatedPaths estimates = new EstimatedPaths(farthestStopM);
    List<DerivedConnection> connections = new ArrayList<>();
    List<List<Xy>> paths = new ArrayList<>();
    List<Xy> boxPoints = new ArrayList<>(stopLineEnds);
    for (Approach approach : intersection.approaches()) {
      if (approach.kind() != ApproachKind.INGRESS) {
        continue;
      }
      for (Lane lane : approach.lanes()) {
        String fromKey = LaneKeys.lane(self, approach, lane);
        List<Xy> from = localLines.get(fromKey);
        if (from.size() < 2) {
          continue;
        }
        for (LaneConnection connection : lane.connections()) {
          Target target = target(intersection, connection, localLines, frame, remoteLanes);
          Xy start = from.get(from.size() - 1);
          Xy startDirection = Polylines.lastDirection(from);
          boolean estimated = target.line().size() < 2;
          List<Xy> path =
              estimated
                  ? estimates.path(start, startDirection, widthM(approach, lane), connection)
                  : ConnectionPaths.bezier(
                      start,
                      startDirection,
                      target.line().get(0),
                      Polylines.firstDirection(target.line()));
          List<GeoPoint> geoPath = toGeo(frame, path);
          geoPath.set(0, lane.centreLine().get(lane.centreLine().size() - 1));
          if (!estimated) {
            geoPath.set(geoPath.size() - 1, target.first());
          }
          paths.add(path);
          boxPoints.addAll(path);
          everything.addAll(geoPath);
          connections.add(
              new DerivedConnection(
                  LaneKeys.connection(fromKey, target.key()),
                  fromKey,
                  target.key(),
                  connection.phaseId(),
                  connection.maneuvers(),
                  geoPath,
                  Polylines.lengthM(path),
                  estimated));
        }
      }
    }
    List<GeoPoint> box = toGeo(frame, ConvexHull.of(boxPoints));
    everything.addAll(box);
    return new DerivedGeometry(
        lanes,
        connections,
        conflicts(connections, paths, frame),
        box,
        BoundingBox.around(everything));
  }

  /**
   * The other intersections whose lanes {@link #derive} looks up in {@link RemoteLanes}: the remote
   * intersections of this map's connections that have a remote lane id not held by this map's own
   * egress approach towards the remote. Sorted.
   */
  public static Set<IntersectionId> remoteIntersections(Intersection intersection) {
    Set<IntersectionId> remotes = new TreeSet<>();
    for (Approach approach : intersection.approaches()) {
      if (approach.kind() != ApproachKind.INGRESS) {
        continue;
      }
      for (Lane lane : approach.lanes()) {
        for (LaneConnection connection : lane.connections()) {
          if (looksUpRemote(intersection, connection)) {
            remotes.add(connection.remoteIntersection());
          }
        }
      }
    }
    return Collections.unmodifiableSet(remotes);
  }

  /**
   * The target key of a connection from {@code from} into {@code remote} that names no lane: {@code
   * <remote>.in<from>.*}, e.g. {@code 1:102.in1:101.*}.
   */
  public static String estimatedTarget(IntersectionId from, IntersectionId remote) {
    return remote.key() + "." + ApproachKind.INGRESS.prefix() + from.key() + "." + ANY_LANE;
  }

  /** The lane's own width, else its approach's width shared by its lanes, else the default. */
  static double widthM(Approach approach, Lane lane) {
    if (lane.widthM().isPresent()) {
      return lane.widthM().getAsDouble();
    }
    if (approach.widthM().isPresent()) {
      return approach.widthM().getAsDouble() / approach.lanes().size();
    }
    return Lane.DEFAULT_WIDTH_M;
  }

  /**
   * A connection's target: its key, its centre line in the local frame (distinct points; fewer than
   * 2 when unknown) and its first point as given (null when it has none).
   */
  private record Target(String key, List<Xy> line, GeoPoint first) {}

  private static Target target(
      Intersection intersection,
      LaneConnection connection,
      Map<String, List<Xy>> localLines,
      LocalFrame frame,
      RemoteLanes remoteLanes) {
    IntersectionId self = intersection.id();
    IntersectionId remote = connection.remoteIntersection();
    if (connection.remoteLaneId().isEmpty()) {
      return new Target(estimatedTarget(self, remote), List.of(), null);
    }
    int laneId = connection.remoteLaneId().getAsInt();
    Optional<Lane> local = localEgressLane(intersection, connection);
    if (local.isPresent()) {
      String key = LaneKeys.lane(self, ApproachKind.EGRESS.prefix() + remote.key(), laneId);
      List<GeoPoint> centreLine = local.get().centreLine();
      return new Target(key, localLines.get(key), first(centreLine));
    }
    String key = LaneKeys.connectionTarget(self, remote, laneId);
    if (remote.equals(self)) {
      return new Target(key, List.of(), null);
    }
    List<GeoPoint> centreLine = remoteLanes.centreLine(key).orElse(List.of());
    return new Target(key, Polylines.distinct(toLocal(frame, centreLine)), first(centreLine));
  }

  private static GeoPoint first(List<GeoPoint> line) {
    return line.isEmpty() ? null : line.get(0);
  }

  private static boolean looksUpRemote(Intersection intersection, LaneConnection connection) {
    return connection.remoteLaneId().isPresent()
        && !connection.remoteIntersection().equals(intersection.id())
        && localEgressLane(intersection, connection).isEmpty();
  }

  private static Optional<Lane> localEgressLane(
      Intersection intersection, LaneConnection connection) {
    for (Approach approach : intersection.approaches()) {
      if (approach.kind() == ApproachKind.EGRESS
          && approach.otherNode().equals(connection.remoteIntersection())) {
        for (Lane lane : approach.lanes()) {
          if (lane.laneId() == connection.remoteLaneId().getAsInt()) {
            return Optional.of(lane);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static List<ConflictPoint> conflicts(
      List<DerivedConnection> connections, List<List<Xy>> paths, LocalFrame frame) {
    List<ConflictPoint> conflicts = new ArrayList<>();
    for (int i = 0; i < connections.size(); i++) {
      for (int j = i + 1; j < connections.size(); j++) {
        DerivedConnection a = connections.get(i);
        DerivedConnection b = connections.get(j);
        if (a.fromLaneKey().equals(b.fromLaneKey())) {
          continue;
        }
        if (a.connectionKey().compareTo(b.connectionKey()) > 0) {
          conflict(b, paths.get(j), a, paths.get(i), frame).ifPresent(conflicts::add);
        } else {
          conflict(a, paths.get(i), b, paths.get(j), frame).ifPresent(conflicts::add);
        }
      }
    }
    conflicts.sort(
        Comparator.comparing(ConflictPoint::connectionA).thenComparing(ConflictPoint::connectionB));
    return conflicts;
  }

  private static Optional<ConflictPoint> conflict(
      DerivedConnection a, List<Xy> pathA, DerivedConnection b, List<Xy> pathB, LocalFrame frame) {
    if (a.toLaneKey().equals(b.toLaneKey()) && !a.pathEstimated() && !b.pathEstimated()) {
      return Optional.of(
          new ConflictPoint(
              a.connectionKey(),
              b.connectionKey(),
              a.path().get(a.path().size() - 1),
              a.lengthM(),
              b.lengthM()));
    }
    return Crossings.first(pathA, pathB)
        .map(
            crossing ->
                new ConflictPoint(
                    a.connectionKey(),
                    b.connectionKey(),
                    toGeo(frame, crossing.point()),
                    crossing.alongAM(),
                    crossing.alongBM()));
  }

  private static List<Xy> toLocal(LocalFrame frame, List<GeoPoint> points) {
    List<Xy> local = new ArrayList<>(points.size());
    for (GeoPoint point : points) {
      local.add(new Xy(frame.eastM(point), frame.northM(point)));
    }
    return local;
  }

  private static GeoPoint toGeo(LocalFrame frame, Xy point) {
    return frame.toGeo(point.eastM(), point.northM());
  }

  /** The points in WGS-84, as a mutable list. */
  private static List<GeoPoint> toGeo(LocalFrame frame, List<Xy> points) {
    List<GeoPoint> geo = new ArrayList<>(points.size());
    for (Xy point : points) {
      geo.add(toGeo(frame, point));
    }
    return geo;
  }
}
