package org.openv2x.hdmap.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.openv2x.codec.map.SpeedLimitType;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.LaneType;
import org.openv2x.hdmap.Maneuver;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.SpeedLimit;
import org.openv2x.hdmap.VersionInfo;
import org.openv2x.hdmap.derive.LocalFrame;
import org.openv2x.hdmap.derive.MapDerivation;
import org.openv2x.hdmap.derive.RemoteLanes;

/**
 * A test map: a grid of 4-leg signalised intersections, {@code spacingM} apart, column 0 row 0 at
 * {@code origin}, columns to the east, rows to the north. Intersection (column, row) is {@link
 * #nodeId}: region 1, id {@code 1 + row * columns + column}. Every leg (north, east, south, west,
 * in that order) has an ingress approach from its other node and an egress approach towards it,
 * each with {@link #LANE_WIDTH_M} lanes 1 (inner, next to the road's centre line) and 2 (outer);
 * ingress lane 1 allows LEFT and STRAIGHT, lane 2 STRAIGHT and RIGHT, connected to this
 * intersection's egress lanes (left turns into lane 1, right turns into lane 2, straight on into
 * the same lane). Legs run {@code spacingM / 2} from the centre, so the egress lanes of one
 * intersection end where the ingress lanes of the next begin; legs at the edge of the grid lead to
 * road end nodes (ids after the intersections'). Ingress lanes end at their stop line {@link
 * #STOP_LINE_SETBACK_M} from the centre; centre lines have a point every {@link #POINT_SPACING_M}
 * from there. Phases: 2 north/south straight on and right, 1 north/south left, 4 and 3 the same
 * east/west.
 */
public final class GridMaps {
  public static final double LANE_WIDTH_M = 3.5;
  public static final double STOP_LINE_SETBACK_M = 12.0;
  public static final double POINT_SPACING_M = 25.0;
  public static final double SPEED_LIMIT_MPS = 50 / 3.6;
  public static final int REGION = 1;
  public static final Instant STORED_AT = Instant.parse("2024-01-01T00:00:00Z");

  /** Leg directions (east, north unit vectors) in approach order: north, east, south, west. */
  private static final int[][] LEGS = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};

  private static final String[] LEG_NAMES = {"north", "east", "south", "west"};

  private GridMaps() {}

  /** The intersection at (column, row) of a grid with {@code columns} columns. */
  public static IntersectionId nodeId(int columns, int column, int row) {
    return IntersectionId.of(REGION, 1 + row * columns + column);
  }

  /** The position {@code eastM} east and {@code northM} north of {@code origin}. */
  public static GeoPoint offset(GeoPoint origin, double eastM, double northM) {
    return new LocalFrame(origin).toGeo(eastM, northM);
  }

  /**
   * Version 1 of each intersection, as a scenario import would store it: geometry from {@link
   * MapDerivation} (every connection leads to the intersection's own egress lanes, so no remote
   * lanes are needed), stored at {@link #STORED_AT}, origin {@code GridMaps}. The content hash is
   * the SHA-256 (hex) of the content's record text.
   */
  public static List<IntersectionVersion> versions(List<Intersection> intersections) {
    List<IntersectionVersion> versions = new ArrayList<>(intersections.size());
    for (Intersection intersection : intersections) {
      VersionInfo info =
          new VersionInfo(
              1,
              MapSource.SCENARIO_IMPORT,
              STORED_AT,
              sha256(intersection.toString()),
              OptionalInt.empty(),
              Optional.empty(),
              Optional.of("GridMaps"));
      versions.add(
          new IntersectionVersion(
              intersection, info, MapDerivation.derive(intersection, RemoteLanes.NONE)));
    }
    return List.copyOf(versions);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * The grid's intersections, row by row from the south-west.
   *
   * @throws IllegalArgumentException when a count is below 1, the spacing below 50 m or the ids
   *     would not fit 0..65535
   */
  public static List<Intersection> grid(int columns, int rows, GeoPoint origin, double spacingM) {
    if (columns < 1 || rows < 1) {
      throw new IllegalArgumentException(
          "a grid needs at least 1 column and 1 row, has " + columns + " x " + rows);
    }
    if (!(spacingM >= 50)) {
      throw new IllegalArgumentException("spacingM must be at least 50, is " + spacingM);
    }
    if ((long) columns * rows + 2L * (columns + rows) > IntersectionId.MAX) {
      throw new IllegalArgumentException(
          "a " + columns + " x " + rows + " grid has more nodes than ids 1.." + IntersectionId.MAX);
    }
    List<Intersection> intersections = new ArrayList<>(columns * rows);
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        intersections.add(intersection(columns, rows, column, row, origin, spacingM));
      }
    }
    return List.copyOf(intersections);
  }

  private static Intersection intersection(
      int columns, int rows, int column, int row, GeoPoint origin, double spacingM) {
    IntersectionId id = nodeId(columns, column, row);
    double centreEastM = column * spacingM;
    double centreNorthM = row * spacingM;
    IntersectionId[] others = new IntersectionId[4];
    for (int leg = 0; leg < 4; leg++) {
      others[leg] = neighbour(columns, rows, column, row, leg);
    }
    List<Approach> approaches = new ArrayList<>(8);
    for (int leg = 0; leg < 4; leg++) {
      List<Lane> ingress = new ArrayList<>(2);
      List<Lane> egress = new ArrayList<>(2);
      for (int laneId = 1; laneId <= 2; laneId++) {
        double lateralM = (laneId - 0.5) * LANE_WIDTH_M;
        List<Double> distances = distancesFromCentre(spacingM / 2);
        List<GeoPoint> in = new ArrayList<>();
        List<GeoPoint> out = new ArrayList<>();
        for (int i = distances.size() - 1; i >= 0; i--) {
          in.add(legPoint(origin, centreEastM, centreNorthM, leg, distances.get(i), lateralM));
        }
        for (double distanceM : distances) {
          out.add(legPoint(origin, centreEastM, centreNorthM, leg, distanceM, -lateralM));
        }
        ingress.add(ingressLane(leg, laneId, others, in));
        egress.add(lane(laneId, Set.of(), List.of(), out));
      }
      String name = LEG_NAMES[leg] + " leg of " + id.key();
      approaches.add(approach(ApproachKind.INGRESS, others[leg], name, ingress));
      approaches.add(approach(ApproachKind.EGRESS, others[leg], name, egress));
    }
    return new Intersection(
        id,
        Optional.of("Grid " + column + "-" + row),
        offset(origin, centreEastM, centreNorthM),
        OptionalDouble.empty(),
        approaches);
  }

  /** Distances from the centre of a leg's centre-line points, from the stop line outwards. */
  private static List<Double> distancesFromCentre(double legLengthM) {
    List<Double> distances = new ArrayList<>();
    for (double d = STOP_LINE_SETBACK_M; d < legLengthM - 1; d += POINT_SPACING_M) {
      distances.add(d);
    }
    distances.add(legLengthM);
    return distances;
  }

  /**
   * A point of leg {@code leg}, {@code distanceM} from the centre and {@code lateralM} to the right
   * of a vehicle driving in (negative: to the right of one driving out).
   */
  private static GeoPoint legPoint(
      GeoPoint origin,
      double centreEastM,
      double centreNorthM,
      int leg,
      double distanceM,
      double lateralM) {
    int ux = LEGS[leg][0];
    int uy = LEGS[leg][1];
    return offset(
        origin,
        centreEastM + distanceM * ux - lateralM * uy,
        centreNorthM + distanceM * uy + lateralM * ux);
  }

  private static Lane ingressLane(
      int leg, int laneId, IntersectionId[] others, List<GeoPoint> centreLine) {
    int straightPhase = leg % 2 == 0 ? 2 : 4;
    int leftPhase = straightPhase - 1;
    IntersectionId straight = others[(leg + 2) % 4];
    if (laneId == 1) {
      return lane(
          laneId,
          EnumSet.of(Maneuver.LEFT, Maneuver.STRAIGHT),
          List.of(
              connection(others[(leg + 1) % 4], 1, Maneuver.LEFT, leftPhase),
              connection(straight, 1, Maneuver.STRAIGHT, straightPhase)),
          centreLine);
    }
    return lane(
        laneId,
        EnumSet.of(Maneuver.STRAIGHT, Maneuver.RIGHT),
        List.of(
            connection(straight, 2, Maneuver.STRAIGHT, straightPhase),
            connection(others[(leg + 3) % 4], 2, Maneuver.RIGHT, straightPhase)),
        centreLine);
  }

  private static LaneConnection connection(
      IntersectionId remote, int remoteLaneId, Maneuver maneuver, int phaseId) {
    return new LaneConnection(
        remote, OptionalInt.of(remoteLaneId), Set.of(maneuver), OptionalInt.of(phaseId));
  }

  private static Lane lane(
      int laneId,
      Set<Maneuver> maneuvers,
      List<LaneConnection> connections,
      List<GeoPoint> centreLine) {
    return new Lane(
        laneId,
        LaneType.VEHICLE,
        OptionalDouble.of(LANE_WIDTH_M),
        maneuvers,
        connections,
        List.of(),
        centreLine);
  }

  private static Approach approach(
      ApproachKind kind, IntersectionId other, String name, List<Lane> lanes) {
    return new Approach(
        kind,
        other,
        Optional.of(name),
        List.of(new SpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, SPEED_LIMIT_MPS)),
        OptionalDouble.empty(),
        lanes);
  }

  /** The node at the other end of leg {@code leg}: the next intersection or a road end node. */
  private static IntersectionId neighbour(int columns, int rows, int column, int row, int leg) {
    int c = column + LEGS[leg][0];
    int r = row + LEGS[leg][1];
    if (c >= 0 && c < columns && r >= 0 && r < rows) {
      return nodeId(columns, c, r);
    }
    int end =
        switch (leg) {
          case 2 -> column;
          case 0 -> columns + column;
          case 3 -> 2 * columns + row;
          default -> 2 * columns + rows + row;
        };
    return IntersectionId.of(REGION, 1 + columns * rows + end);
  }
}
