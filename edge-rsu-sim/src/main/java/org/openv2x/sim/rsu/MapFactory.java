package org.openv2x.sim.rsu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.Units;
import org.openv2x.codec.map.AllowedManeuver;
import org.openv2x.codec.map.ConnectingLane;
import org.openv2x.codec.map.LaneAttributes;
import org.openv2x.codec.map.LaneTypeAttributes;
import org.openv2x.codec.map.Link;
import org.openv2x.codec.map.MapData;
import org.openv2x.codec.map.Movement;
import org.openv2x.codec.map.Node;
import org.openv2x.codec.map.RegulatorySpeedLimit;
import org.openv2x.codec.map.RoadPoint;
import org.openv2x.codec.map.SpeedLimitType;
import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Maneuver;
import org.openv2x.sim.network.Polyline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the MAP of a signalised intersection from the road network: one {@code Node} (its name, id
 * with region, centre as refPos) with every link into it ({@code inLinks}): upstream node (a
 * boundary node by its id only), name (the link id), the speed limit, link width (the sum of its
 * lanes), movements (each distinct downstream node and phase id its lanes lead to) and lanes. Each
 * lane has its id, width, the attributes of a plain vehicle lane, the allowed maneuvers, where it
 * connects to (the node at the far end of the target lane's link, the target lane's id, the
 * maneuver and the phase id) and its centre line as offsets from refPos, listed from upstream to
 * downstream as PointList prescribes (so the last point is on the stop line).
 *
 * <p>The standard's list sizes are limits: at most 32 links, 32 lanes a link, 16 connections a lane
 * and 31 points a lane (a longer centre line is thinned, keeping both ends). What lies beyond is
 * left out with a warning.
 */
public final class MapFactory {
  private static final Logger LOG = LoggerFactory.getLogger(MapFactory.class);

  private static final Optional<LaneAttributes> VEHICLE_LANE =
      Optional.of(
          new LaneAttributes(
              OptionalInt.empty(), LaneTypeAttributes.of(LaneTypeAttributes.Kind.VEHICLE)));

  private final GeoOffsets geo;

  public MapFactory(GeoOffsets geo) {
    this.geo = geo;
  }

  /** The MAP of {@code intersection}, with this MsgCount and MinuteOfTheYear. */
  public MapData build(Intersection intersection, int msgCnt, int minuteOfTheYear) {
    return new MapData(msgCnt, OptionalInt.of(minuteOfTheYear), List.of(node(intersection)));
  }

  /** The MAP's one Node for {@code intersection}: the part that changes only with the network. */
  public Node node(Intersection intersection) {
    Position3D refPos = geo.position(intersection.eastM(), intersection.northM());
    List<Link> links = new ArrayList<>();
    for (org.openv2x.sim.network.Link link :
        limit(intersection.incoming(), Node.IN_LINKS_MAX, intersection, "links in")) {
      links.add(link(link, refPos));
    }
    return new Node(
        descriptiveName(intersection.name()),
        nodeReference(intersection),
        refPos,
        links.isEmpty() ? Optional.empty() : Optional.of(links));
  }

  private Link link(org.openv2x.sim.network.Link link, Position3D refPos) {
    List<org.openv2x.codec.map.Lane> lanes = new ArrayList<>();
    List<Movement> movements = new ArrayList<>();
    int widthCm = 0;
    for (Lane lane : limit(link.lanes(), Link.LANES_MAX, link.to(), "lanes of " + link)) {
      lanes.add(lane(lane, refPos));
      widthCm += (int) Math.round(lane.widthM() * 100);
      for (Connection connection : lane.connections()) {
        Movement movement =
            new Movement(
                nodeReference(connection.toLane().link().to()), phaseId(connection.signalGroup()));
        if (!movements.contains(movement) && movements.size() < Link.MOVEMENTS_MAX) {
          movements.add(movement);
        }
      }
    }
    return new Link(
        descriptiveName(link.id()),
        nodeReference(link.from()),
        Optional.of(
            List.of(
                new RegulatorySpeedLimit(
                    SpeedLimitType.VEHICLE_MAX_SPEED, Units.speed0p02Mps(link.speedLimitMps())))),
        OptionalInt.of(Math.min(widthCm, org.openv2x.codec.map.Lane.LANE_WIDTH_MAX)),
        Optional.empty(),
        movements.isEmpty() ? Optional.empty() : Optional.of(movements),
        lanes);
  }

  private org.openv2x.codec.map.Lane lane(Lane lane, Position3D refPos) {
    List<org.openv2x.codec.map.Connection> connectsTo = new ArrayList<>();
    for (Connection connection :
        limit(
            lane.connections(),
            org.openv2x.codec.map.Lane.CONNECTS_TO_MAX,
            lane.link().to(),
            "connections of " + lane)) {
      connectsTo.add(
          new org.openv2x.codec.map.Connection(
              nodeReference(connection.toLane().link().to()),
              Optional.of(
                  new ConnectingLane(
                      connection.toLane().laneId(),
                      OptionalInt.of(maneuverBits(List.of(connection.maneuver()))))),
              phaseId(connection.signalGroup())));
    }
    return new org.openv2x.codec.map.Lane(
        lane.laneId(),
        OptionalInt.of((int) Math.round(lane.widthM() * 100)),
        VEHICLE_LANE,
        OptionalInt.of(maneuverBits(lane.maneuvers())),
        connectsTo.isEmpty() ? Optional.empty() : Optional.of(connectsTo),
        Optional.empty(),
        Optional.of(points(lane.centreLine(), refPos)));
  }

  /** The centre line from upstream to downstream, at most 31 points, both ends kept. */
  private List<RoadPoint> points(Polyline line, Position3D refPos) {
    int count = line.pointCount();
    int kept = Math.min(count, Link.POINTS_MAX);
    List<RoadPoint> points = new ArrayList<>(kept);
    for (int i = 0; i < kept; i++) {
      int point = kept == count ? i : (int) Math.round((double) i * (count - 1) / (kept - 1));
      points.add(new RoadPoint(geo.offset(refPos, line.eastM(point), line.northM(point))));
    }
    return points;
  }

  /** AllowedManeuvers bits of these movements (the first named bit is the string's first bit). */
  public static int maneuverBits(Iterable<Maneuver> maneuvers) {
    int bits = 0;
    for (Maneuver maneuver : maneuvers) {
      bits |= 1 << (AllowedManeuver.SIZE_BITS - 1 - maneuver.allowedManeuversBit());
    }
    return bits;
  }

  /** NodeReferenceID of a node: its region and id. */
  public static NodeReferenceId nodeReference(Intersection node) {
    return new NodeReferenceId(OptionalInt.of(node.region()), node.id());
  }

  /** PhaseID of a signal group; absent for an unsignalised movement (group 0). */
  static OptionalInt phaseId(int signalGroup) {
    return signalGroup > 0 && signalGroup <= 255
        ? OptionalInt.of(signalGroup)
        : OptionalInt.empty();
  }

  /** A DescriptiveName: printable ASCII (others become '?'), at most 63 characters. */
  static Optional<String> descriptiveName(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder ia5 = new StringBuilder(Math.min(name.length(), Node.NAME_MAX_LENGTH));
    for (int i = 0; i < name.length() && ia5.length() < Node.NAME_MAX_LENGTH; i++) {
      char c = name.charAt(i);
      ia5.append(c >= 32 && c < 127 ? c : '?');
    }
    return Optional.of(ia5.toString());
  }

  private static <T> List<T> limit(List<T> items, int max, Intersection node, String what) {
    if (items.size() <= max) {
      return items;
    }
    LOG.warn(
        "MAP of {}: {} {} exceed the standard's {}; the rest are left out",
        node,
        items.size(),
        what,
        max);
    return items.subList(0, max);
  }
}
