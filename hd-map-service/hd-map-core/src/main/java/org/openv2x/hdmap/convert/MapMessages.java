package org.openv2x.hdmap.convert;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionOffsetLl;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.Units;
import org.openv2x.codec.map.ConnectingLane;
import org.openv2x.codec.map.Connection;
import org.openv2x.codec.map.LaneAttributes;
import org.openv2x.codec.map.LaneTypeAttributes;
import org.openv2x.codec.map.Link;
import org.openv2x.codec.map.MapData;
import org.openv2x.codec.map.Movement;
import org.openv2x.codec.map.Node;
import org.openv2x.codec.map.RegulatorySpeedLimit;
import org.openv2x.codec.map.RoadPoint;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.LaneType;
import org.openv2x.hdmap.Maneuver;
import org.openv2x.hdmap.SpeedLimit;

/**
 * The standard's MAP message (T/CSAE 53-2020 MapData) and the map model, both ways.
 *
 * <p>A MAP's Node is an {@link Intersection}; each of its links (inLinks) an {@link
 * ApproachKind#INGRESS} approach from the link's upstream node; each lane a {@link Lane}. Positions
 * of points are PositionOffsetLLV offsets from the node's refPos in 1e-7 degree (longitude first),
 * or an absolute position ({@code position-LatLon}); their order is the standard's PointList order,
 * upstream to downstream, which is the model's direction of travel; a lane whose first point is
 * nearer to refPos than its last (listed from the stop line outwards, as some RSUs do) is reversed
 * into that order, so an ingress lane always ends at its stop line. Widths are LaneWidth (1 cm),
 * speeds the standard's 0.02 m/s. The standard's "unknown" values become absent: a connecting lane
 * 0, a phase id 0 and a speed limit of 8191 (unavailable). What the model does not hold is left
 * out: link points (used only for lanes without points), movements (rebuilt from the connections on
 * the way out), lane sharing and lane attribute bits, vertical offsets.
 */
public final class MapMessages {
  private static final PositionOffsetLl.Kind[] OFFSET_KINDS = {
    PositionOffsetLl.Kind.LL1,
    PositionOffsetLl.Kind.LL2,
    PositionOffsetLl.Kind.LL3,
    PositionOffsetLl.Kind.LL4,
    PositionOffsetLl.Kind.LL5,
    PositionOffsetLl.Kind.LL6
  };
  private static final LaneType[] LANE_TYPES = LaneType.values();
  private static final LaneTypeAttributes.Kind[] LANE_KINDS = LaneTypeAttributes.Kind.values();
  private static final int UNKNOWN_LANE = 0;
  private static final int UNKNOWN_PHASE = 0;
  private static final int MINUTES_IN_LEAP_YEAR = MapData.MINUTE_OF_THE_YEAR_INVALID;

  private MapMessages() {}

  // ---- MAP → model ----

  /**
   * One intersection per Node of the MAP, in its order.
   *
   * @throws IllegalArgumentException naming the element when a position cannot be made absolute (an
   *     unavailable reference position, an offset beyond −90..90° or −180..180°)
   */
  public static List<Intersection> fromMapData(MapData map) {
    List<Intersection> intersections = new ArrayList<>(map.nodes().size());
    for (Node node : map.nodes()) {
      intersections.add(intersection(node));
    }
    return List.copyOf(intersections);
  }

  private static Intersection intersection(Node node) {
    IntersectionId id = IntersectionId.of(node.id());
    String element = "intersection " + id.key();
    Position3D refPos = node.refPos();
    GeoPoint refPoint =
        point(
            Units.latitudeDeg(refPos.latE7Deg()),
            Units.longitudeDeg(refPos.lonE7Deg()),
            element + " refPos");
    OptionalDouble elevationM =
        refPos.elevationDm().isPresent()
            ? Units.elevationM(refPos.elevationDm().getAsInt())
            : OptionalDouble.empty();
    List<Approach> approaches = new ArrayList<>();
    for (Link link : node.inLinks().orElse(List.of())) {
      approaches.add(approach(link, refPos, element));
    }
    return new Intersection(id, node.name(), refPoint, elevationM, approaches);
  }

  private static Approach approach(Link link, Position3D refPos, String intersection) {
    IntersectionId upstream = IntersectionId.of(link.upstreamNodeId());
    String element = intersection + " approach " + ApproachKind.INGRESS.prefix() + upstream.key();
    Optional<List<GeoPoint>> linkPoints =
        link.points().map(points -> points(points, refPos, element + " points"));
    List<Lane> lanes = new ArrayList<>(link.lanes().size());
    for (org.openv2x.codec.map.Lane lane : link.lanes()) {
      lanes.add(lane(lane, refPos, linkPoints, element));
    }
    OptionalDouble widthM =
        link.linkWidthCm().isPresent()
            ? OptionalDouble.of(Units.cmToM(link.linkWidthCm().getAsInt()))
            : OptionalDouble.empty();
    return new Approach(
        ApproachKind.INGRESS,
        upstream,
        link.name(),
        speedLimits(link.speedLimits()),
        widthM,
        lanes);
  }

  private static Lane lane(
      org.openv2x.codec.map.Lane lane,
      Position3D refPos,
      Optional<List<GeoPoint>> linkPoints,
      String approach) {
    String element = approach + " lane " + lane.laneId();
    LaneType type =
        lane.laneAttributes()
            .map(attributes -> LANE_TYPES[attributes.laneType().kind().ordinal()])
            .orElse(LaneType.VEHICLE);
    OptionalDouble widthM =
        lane.laneWidthCm().isPresent()
            ? OptionalDouble.of(Units.cmToM(lane.laneWidthCm().getAsInt()))
            : OptionalDouble.empty();
    List<LaneConnection> connections = new ArrayList<>();
    for (Connection connection : lane.connectsTo().orElse(List.of())) {
      connections.add(connection(connection));
    }
    List<GeoPoint> centreLine =
        inTravelOrder(
            lane.points()
                .map(points -> points(points, refPos, element + " points"))
                .or(() -> linkPoints)
                .orElse(List.of()),
            refPos);
    return new Lane(
        lane.laneId(),
        type,
        widthM,
        Maneuver.fromBits(lane.maneuvers().orElse(0)),
        connections,
        speedLimits(lane.speedLimits()),
        centreLine);
  }

  /**
   * The points of a lane entering the node in the direction of travel: as given when the last point
   * is the nearer to refPos (the standard's order, upstream to downstream) or both ends are equally
   * near, reversed when the first one is nearer (RSUs that list a lane from its stop line
   * outwards). Distances are compared on the standard's 1e-7 degree grid, so ends symmetric about
   * refPos are equally near whatever the rounding of their degrees.
   */
  static List<GeoPoint> inTravelOrder(List<GeoPoint> points, Position3D refPos) {
    if (points.size() < 2) {
      return points;
    }
    double cosLat = Math.cos(Math.toRadians(refPos.latE7Deg() / 1e7));
    if (squaredDistanceE7(points.get(0), refPos, cosLat)
        < squaredDistanceE7(points.get(points.size() - 1), refPos, cosLat)) {
      List<GeoPoint> reversed = new ArrayList<>(points);
      Collections.reverse(reversed);
      return reversed;
    }
    return points;
  }

  /**
   * Squared distance from refPos in (1e-7 degree)², from the point's whole 1e-7 degree values;
   * longitude scaled by the cosine of refPos's latitude.
   */
  private static double squaredDistanceE7(GeoPoint point, Position3D refPos, double cosLat) {
    double dLat = (long) e7(point.latDeg()) - refPos.latE7Deg();
    double dLon = ((long) e7(point.lonDeg()) - refPos.lonE7Deg()) * cosLat;
    return dLat * dLat + dLon * dLon;
  }

  private static LaneConnection connection(Connection connection) {
    OptionalInt remoteLaneId = OptionalInt.empty();
    Set<Maneuver> maneuvers = Set.of();
    if (connection.connectingLane().isPresent()) {
      ConnectingLane connecting = connection.connectingLane().get();
      remoteLaneId =
          connecting.lane() == UNKNOWN_LANE
              ? OptionalInt.empty()
              : OptionalInt.of(connecting.lane());
      maneuvers = Maneuver.fromBits(connecting.maneuver().orElse(0));
    }
    OptionalInt phaseId =
        connection.phaseId().isPresent() && connection.phaseId().getAsInt() != UNKNOWN_PHASE
            ? connection.phaseId()
            : OptionalInt.empty();
    return new LaneConnection(
        IntersectionId.of(connection.remoteIntersection()), remoteLaneId, maneuvers, phaseId);
  }

  /** The limits with a speed; one of 8191 (unavailable) says nothing and is left out. */
  private static List<SpeedLimit> speedLimits(Optional<List<RegulatorySpeedLimit>> limits) {
    List<SpeedLimit> result = new ArrayList<>();
    for (RegulatorySpeedLimit limit : limits.orElse(List.of())) {
      OptionalDouble speedMps = Units.speedMps(limit.speed0p02Mps());
      if (speedMps.isPresent()) {
        result.add(new SpeedLimit(limit.type(), speedMps.getAsDouble()));
      }
    }
    return result;
  }

  private static List<GeoPoint> points(List<RoadPoint> points, Position3D refPos, String element) {
    List<GeoPoint> result = new ArrayList<>(points.size());
    for (int i = 0; i < points.size(); i++) {
      PositionOffsetLl offset = points.get(i).posOffset().offsetLl();
      String pointElement = element + "[" + i + "]";
      if (offset.kind() == PositionOffsetLl.Kind.LAT_LON) {
        result.add(
            point(
                Units.latitudeDeg(offset.latE7Deg()),
                Units.longitudeDeg(offset.lonE7Deg()),
                pointElement));
      } else {
        result.add(
            point(
                Units.latitudeDeg(refPos.latE7Deg() + offset.latE7Deg()),
                Units.longitudeDeg(refPos.lonE7Deg() + offset.lonE7Deg()),
                pointElement));
      }
    }
    return result;
  }

  private static GeoPoint point(OptionalDouble latDeg, OptionalDouble lonDeg, String element) {
    if (latDeg.isEmpty() || lonDeg.isEmpty()) {
      throw new IllegalArgumentException(
          element + ": " + (latDeg.isEmpty() ? "latitude" : "longitude") + " unavailable");
    }
    return wrap(element, () -> new GeoPoint(latDeg.getAsDouble(), lonDeg.getAsDouble()));
  }

  // ---- model → MAP ----

  /**
   * A MAP message of these intersections, one Node each with its {@link ApproachKind#INGRESS}
   * approaches as links (egress approaches are not part of a MAP: they are the ingress links of the
   * downstream nodes). Lane points are offsets from refPos in the smallest LL form that holds them,
   * {@code position-LatLon} when none does. {@code fromMapData(toMapData(x))} equals {@code x} up
   * to the quantisation of the standard (1e-7°, 1 cm, 0.1 m, 0.02 m/s) for intersections without
   * egress approaches.
   *
   * @param msgCnt MsgCount 0..127
   * @param minuteOfTheYear the MAP's timeStamp, 0..527040
   * @throws IllegalArgumentException naming the element that the standard cannot hold: a name that
   *     is not 1..63 ASCII characters, more than 63 intersections, 32 links, 32 lanes a link, 16
   *     connections or 9 speed limits, an ingress approach without lanes, a centre line of 1 point
   *     or more than 31, a width beyond 0..327.67 m
   */
  public static MapData toMapData(
      List<Intersection> intersections, int msgCnt, OptionalInt minuteOfTheYear) {
    if (intersections.isEmpty() || intersections.size() > MapData.NODES_MAX) {
      throw new IllegalArgumentException(
          "a MAP holds 1.." + MapData.NODES_MAX + " intersections, given " + intersections.size());
    }
    List<Node> nodes = new ArrayList<>(intersections.size());
    for (Intersection intersection : intersections) {
      nodes.add(node(intersection));
    }
    return wrap("MAP", () -> new MapData(msgCnt, minuteOfTheYear, nodes));
  }

  private static Node node(Intersection intersection) {
    String element = "intersection " + intersection.id().key();
    OptionalInt elevationDm = OptionalInt.empty();
    if (intersection.elevationM().isPresent()) {
      double elevationM = intersection.elevationM().getAsDouble();
      long dm = Math.round(elevationM * 10);
      if (!Double.isFinite(elevationM)
          || dm <= Position3D.ELEVATION_UNKNOWN
          || dm > Position3D.ELEVATION_MAX) {
        throw new IllegalArgumentException(
            element + " elevationM: must be -409.5..6143.9 m, is " + elevationM);
      }
      elevationDm = OptionalInt.of((int) dm);
    }
    GeoPoint ref = intersection.refPoint();
    int refLatE7 = e7(ref.latDeg());
    int refLonE7 = e7(ref.lonDeg());
    OptionalInt elevation = elevationDm;
    Position3D refPos =
        wrap(element + " refPoint", () -> new Position3D(refLatE7, refLonE7, elevation));
    List<Link> links = new ArrayList<>();
    for (Approach approach : intersection.approaches()) {
      if (approach.kind() == ApproachKind.INGRESS) {
        links.add(link(approach, refPos, element + " approach " + approach.id()));
      }
    }
    Optional<List<Link>> inLinks = links.isEmpty() ? Optional.empty() : Optional.of(links);
    NodeReferenceId id = intersection.id().toNodeReference();
    return wrap(element, () -> new Node(intersection.name(), id, refPos, inLinks));
  }

  private static Link link(Approach approach, Position3D refPos, String element) {
    List<org.openv2x.codec.map.Lane> lanes = new ArrayList<>(approach.lanes().size());
    List<Movement> movements = new ArrayList<>();
    for (Lane lane : approach.lanes()) {
      String laneElement = element + " lane " + lane.laneId();
      org.openv2x.codec.map.Lane mapLane = lane(lane, refPos, laneElement);
      lanes.add(mapLane);
      for (Connection connection : mapLane.connectsTo().orElse(List.of())) {
        Movement movement = new Movement(connection.remoteIntersection(), connection.phaseId());
        if (!movements.contains(movement) && movements.size() < Link.MOVEMENTS_MAX) {
          movements.add(movement);
        }
      }
    }
    OptionalInt widthCm = widthCm(approach.widthM(), element + " widthM");
    Optional<List<RegulatorySpeedLimit>> speedLimits =
        speedLimits(approach.speedLimits(), element + " speedLimits");
    NodeReferenceId upstream = approach.otherNode().toNodeReference();
    return wrap(
        element,
        () ->
            new Link(
                approach.name(),
                upstream,
                speedLimits,
                widthCm,
                Optional.empty(),
                movements.isEmpty() ? Optional.empty() : Optional.of(movements),
                lanes));
  }

  private static org.openv2x.codec.map.Lane lane(Lane lane, Position3D refPos, String element) {
    List<Connection> connections = new ArrayList<>(lane.connections().size());
    for (LaneConnection connection : lane.connections()) {
      connections.add(wrap(element + " connections", () -> connection(connection)));
    }
    Optional<LaneAttributes> attributes =
        Optional.of(
            new LaneAttributes(
                OptionalInt.empty(), LaneTypeAttributes.of(LANE_KINDS[lane.type().ordinal()])));
    OptionalInt widthCm = widthCm(lane.widthM(), element + " widthM");
    Optional<List<RegulatorySpeedLimit>> speedLimits =
        speedLimits(lane.speedLimits(), element + " speedLimits");
    Optional<List<RoadPoint>> points =
        lane.centreLine().isEmpty()
            ? Optional.empty()
            : Optional.of(roadPoints(lane.centreLine(), refPos, element + " centreLine"));
    OptionalInt maneuvers =
        lane.maneuvers().isEmpty()
            ? OptionalInt.empty()
            : OptionalInt.of(Maneuver.toBits(lane.maneuvers()));
    return wrap(
        element,
        () ->
            new org.openv2x.codec.map.Lane(
                lane.laneId(),
                widthCm,
                attributes,
                maneuvers,
                connections.isEmpty() ? Optional.empty() : Optional.of(connections),
                speedLimits,
                points));
  }

  /**
   * A Connection; a connection to an unknown lane with manoeuvres names lane 0 (unknown), one
   * without either has no ConnectingLane.
   */
  private static Connection connection(LaneConnection connection) {
    Optional<ConnectingLane> connecting = Optional.empty();
    if (connection.remoteLaneId().isPresent() || !connection.maneuvers().isEmpty()) {
      OptionalInt maneuver =
          connection.maneuvers().isEmpty()
              ? OptionalInt.empty()
              : OptionalInt.of(Maneuver.toBits(connection.maneuvers()));
      connecting =
          Optional.of(new ConnectingLane(connection.remoteLaneId().orElse(UNKNOWN_LANE), maneuver));
    }
    return new Connection(
        connection.remoteIntersection().toNodeReference(), connecting, connection.phaseId());
  }

  private static Optional<List<RegulatorySpeedLimit>> speedLimits(
      List<SpeedLimit> limits, String element) {
    if (limits.isEmpty()) {
      return Optional.empty();
    }
    if (limits.size() > Link.SPEED_LIMITS_MAX) {
      throw new IllegalArgumentException(
          element + ": a MAP holds at most " + Link.SPEED_LIMITS_MAX + ", has " + limits.size());
    }
    List<RegulatorySpeedLimit> result = new ArrayList<>(limits.size());
    for (SpeedLimit limit : limits) {
      result.add(new RegulatorySpeedLimit(limit.type(), Units.speed0p02Mps(limit.speedMps())));
    }
    return Optional.of(result);
  }

  private static OptionalInt widthCm(OptionalDouble widthM, String element) {
    if (widthM.isEmpty()) {
      return OptionalInt.empty();
    }
    double metres = widthM.getAsDouble();
    long cm = Math.round(metres * 100);
    if (!Double.isFinite(metres) || cm < 0 || cm > org.openv2x.codec.map.Lane.LANE_WIDTH_MAX) {
      throw new IllegalArgumentException(element + ": must be 0..327.67 m, is " + metres);
    }
    return OptionalInt.of((int) cm);
  }

  private static List<RoadPoint> roadPoints(
      List<GeoPoint> line, Position3D refPos, String element) {
    if (line.size() < Link.POINTS_MIN || line.size() > Link.POINTS_MAX) {
      throw new IllegalArgumentException(
          element
              + ": a MAP lane has "
              + Link.POINTS_MIN
              + ".."
              + Link.POINTS_MAX
              + " points, this has "
              + line.size());
    }
    List<RoadPoint> points = new ArrayList<>(line.size());
    for (GeoPoint point : line) {
      points.add(new RoadPoint(offset(point, refPos)));
    }
    return points;
  }

  /** The offset of {@code point} from {@code refPos} in the smallest form that holds it. */
  private static PositionOffsetLlv offset(GeoPoint point, Position3D refPos) {
    int latE7 = e7(point.latDeg());
    int lonE7 = e7(point.lonDeg());
    long dLat = (long) latE7 - refPos.latE7Deg();
    long dLon = (long) lonE7 - refPos.lonE7Deg();
    for (PositionOffsetLl.Kind kind : OFFSET_KINDS) {
      if (dLon >= kind.lonMin()
          && dLon <= kind.lonMax()
          && dLat >= kind.latMin()
          && dLat <= kind.latMax()) {
        return new PositionOffsetLlv(
            new PositionOffsetLl(kind, (int) dLon, (int) dLat), Optional.empty());
      }
    }
    return new PositionOffsetLlv(
        new PositionOffsetLl(PositionOffsetLl.Kind.LAT_LON, lonE7, latE7), Optional.empty());
  }

  /** Degrees in the standard's 1e-7 degree, rounded. */
  private static int e7(double degrees) {
    return (int) Math.round(degrees * 1e7);
  }

  // ---- time ----

  /**
   * The instant of a MAP's timeStamp (MinuteOfTheYear, UTC): that minute in the year before, of or
   * after {@code receivedAt}'s year, whichever is nearest to {@code receivedAt}, so a message of
   * the last minutes of a year received just after New Year belongs to the year before.
   *
   * @param minuteOfTheYear 0..527039 (527039 only exists in a leap year)
   * @throws IllegalArgumentException for 527040 (invalid) or beyond, a negative minute, or a minute
   *     that exists in none of the three years (past 525599 when none is a leap year)
   */
  public static Instant messageTime(int minuteOfTheYear, Instant receivedAt) {
    if (minuteOfTheYear < 0 || minuteOfTheYear >= MINUTES_IN_LEAP_YEAR) {
      throw new IllegalArgumentException(
          "minuteOfTheYear must be 0.." + (MINUTES_IN_LEAP_YEAR - 1) + ", is " + minuteOfTheYear);
    }
    int year = receivedAt.atOffset(ZoneOffset.UTC).getYear();
    Instant best = null;
    long bestDistanceS = Long.MAX_VALUE;
    for (int candidate = year - 1; candidate <= year + 1; candidate++) {
      Optional<Instant> instant = Units.minuteOfTheYear(candidate, minuteOfTheYear);
      if (instant.isPresent()) {
        long distanceS = Math.abs(instant.get().getEpochSecond() - receivedAt.getEpochSecond());
        if (distanceS < bestDistanceS) {
          best = instant.get();
          bestDistanceS = distanceS;
        }
      }
    }
    if (best == null) {
      throw new IllegalArgumentException(
          "minuteOfTheYear "
              + minuteOfTheYear
              + " exists in none of "
              + (year - 1)
              + ".."
              + (year + 1)
              + " (none is a leap year)");
    }
    return best;
  }

  // ---- errors ----

  /**
   * Runs a constructor of the codec's or the map's model, putting the element before its reason.
   */
  private static <T> T wrap(String element, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(element + ": " + e.getMessage(), e);
    }
  }
}
