package org.openv2x.sim.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openv2x.sim.geo.GeoFrame;
import org.openv2x.sim.signal.SignalPhase;
import org.openv2x.sim.signal.SignalPlan;

/**
 * Builds a {@link RoadNetwork} element by element and checks it: every reference must resolve, ids
 * must be unique, geometry must be usable, and every lane must lead somewhere. Errors name the
 * element ({@link NetworkException}).
 */
public final class NetworkBuilder {
  /** Lateral acceleration a driver accepts in a turn, for the turn's speed. */
  private static final double TURN_LATERAL_ACCELERATION_MPS2 = 2.0;

  private static final double MIN_TURN_SPEED_MPS = 3.0;
  private static final int CURVE_SEGMENTS = 8;

  private final GeoFrame geoFrame;
  private final List<Intersection> intersections = new ArrayList<>();
  private final Map<Integer, Intersection> intersectionsById = new HashMap<>();
  private final List<Link> links = new ArrayList<>();
  private final Map<String, Link> linksById = new LinkedHashMap<>();
  private final List<Lane> lanes = new ArrayList<>();
  private final Map<Integer, Map<Integer, Lane>> lanesByNodeAndLaneId = new HashMap<>();
  private final List<Connection> connections = new ArrayList<>();
  private final List<Crosswalk> crosswalks = new ArrayList<>();

  public NetworkBuilder(GeoFrame geoFrame) {
    this.geoFrame = geoFrame;
  }

  public GeoFrame geoFrame() {
    return geoFrame;
  }

  /** Adds a node; {@code signalPlan} is null for unsignalised junctions and boundary nodes. */
  public Intersection addIntersection(
      int id, int region, String name, double eastM, double northM, SignalPlan signalPlan) {
    if (id < 0 || id > 65535) {
      throw new NetworkException("intersection " + id + ": id must be 0..65535");
    }
    if (region < 0 || region > 65535) {
      throw new NetworkException("intersection " + id + ": region must be 0..65535, is " + region);
    }
    if (intersectionsById.containsKey(id)) {
      throw new NetworkException("intersection " + id + " is defined twice");
    }
    if (!Double.isFinite(eastM) || !Double.isFinite(northM)) {
      throw new NetworkException("intersection " + id + ": position is not a finite number");
    }
    Intersection intersection =
        new Intersection(intersections.size(), id, region, name, eastM, northM, signalPlan);
    intersections.add(intersection);
    intersectionsById.put(id, intersection);
    return intersection;
  }

  /** Adds a directed link between two nodes already added. */
  public Link addLink(String id, int fromId, int toId, double speedLimitMps) {
    if (id == null || id.isBlank()) {
      throw new NetworkException("a link has no id");
    }
    if (linksById.containsKey(id)) {
      throw new NetworkException("link " + id + " is defined twice");
    }
    Intersection from = node(fromId, "link " + id + " (from)");
    Intersection to = node(toId, "link " + id + " (to)");
    if (from == to) {
      throw new NetworkException("link " + id + " starts and ends at intersection " + fromId);
    }
    if (!(speedLimitMps > 0 && speedLimitMps < 70)) {
      throw new NetworkException(
          "link " + id + ": speed limit must be above 0 and below 70 m/s, is " + speedLimitMps);
    }
    Link link = new Link(links.size(), id, from, to, speedLimitMps);
    links.add(link);
    linksById.put(id, link);
    from.outgoing.add(link);
    to.incoming.add(link);
    return link;
  }

  /** Adds a lane to a link; lanes are added from the median to the kerb. */
  public Lane addLane(
      String linkId, int laneId, double widthM, Polyline centreLine, Set<Maneuver> maneuvers) {
    Link link = link(linkId, "lane " + laneId);
    String name = "lane " + linkId + "/" + laneId;
    if (laneId < 1 || laneId > 255) {
      throw new NetworkException(name + ": lane id must be 1..255");
    }
    Map<Integer, Lane> byId =
        lanesByNodeAndLaneId.computeIfAbsent(link.to().id(), k -> new HashMap<>());
    if (byId.containsKey(laneId)) {
      throw new NetworkException(
          name
              + ": lane id "
              + laneId
              + " is already used by "
              + byId.get(laneId)
              + " (lane ids must be unique among the lanes that lead to intersection "
              + link.to().id()
              + ")");
    }
    if (!(widthM >= 1 && widthM <= 10)) {
      throw new NetworkException(name + ": width must be 1..10 m, is " + widthM);
    }
    if (centreLine.lengthM() < 5) {
      throw new NetworkException(
          name + ": centre line is " + centreLine.lengthM() + " m long, at least 5 m needed");
    }
    Lane lane = new Lane(lanes.size(), link, laneId, widthM, centreLine, maneuvers);
    lanes.add(lane);
    link.lanes.add(lane);
    byId.put(laneId, lane);
    return lane;
  }

  /**
   * Adds a movement from the end of {@code fromLane} to the start of {@code toLane} through the
   * node between them; the path through the box and the turn speed are derived.
   */
  public Connection addConnection(
      String fromLinkId,
      int fromLaneId,
      String toLinkId,
      int toLaneId,
      Maneuver maneuver,
      int signalGroup) {
    String name =
        "connection " + fromLinkId + "/" + fromLaneId + " -> " + toLinkId + "/" + toLaneId;
    Lane fromLane = lane(fromLinkId, fromLaneId, name);
    Lane toLane = lane(toLinkId, toLaneId, name);
    Intersection intersection = fromLane.link().to();
    if (toLane.link().from() != intersection) {
      throw new NetworkException(
          name
              + ": "
              + fromLane.link()
              + " ends at intersection "
              + intersection.id()
              + " but "
              + toLane.link()
              + " starts at intersection "
              + toLane.link().from().id());
    }
    if (!fromLane.maneuvers().isEmpty() && !fromLane.maneuvers().contains(maneuver)) {
      throw new NetworkException(
          name + ": " + fromLane + " does not allow " + maneuver.scenarioName());
    }
    checkSignalGroup(intersection, signalGroup, name);
    for (Connection existing : fromLane.connections) {
      if (existing.toLane() == toLane) {
        throw new NetworkException(name + " is defined twice");
      }
    }
    Polyline in = fromLane.centreLine();
    Polyline out = toLane.centreLine();
    int last = in.pointCount() - 1;
    double x0 = in.eastM(last);
    double y0 = in.northM(last);
    double x2 = out.eastM(0);
    double y2 = out.northM(0);
    double h0 = Math.toRadians(in.endHeadingDeg());
    double h2 = Math.toRadians(out.startHeadingDeg());
    double[] control =
        lineIntersection(x0, y0, Math.sin(h0), Math.cos(h0), x2, y2, Math.sin(h2), Math.cos(h2));
    Polyline path;
    double speedLimit = Math.min(fromLane.speedLimitMps(), toLane.speedLimitMps());
    if (Math.hypot(x2 - x0, y2 - y0) < 0.5) {
      throw new NetworkException(
          name + ": the end of " + fromLane + " and the start of " + toLane + " coincide");
    }
    if (control == null) {
      path = Polyline.of(x0, y0, x2, y2);
    } else {
      path = Polyline.curve(x0, y0, control[0], control[1], x2, y2, CURVE_SEGMENTS);
      double radiusM =
          (Math.hypot(control[0] - x0, control[1] - y0)
                  + Math.hypot(x2 - control[0], y2 - control[1]))
              / 2;
      speedLimit =
          Math.min(
              speedLimit,
              Math.max(MIN_TURN_SPEED_MPS, Math.sqrt(TURN_LATERAL_ACCELERATION_MPS2 * radiusM)));
    }
    Connection connection =
        new Connection(
            connections.size(),
            intersection,
            fromLane,
            toLane,
            maneuver,
            signalGroup,
            path,
            speedLimit);
    connections.add(connection);
    fromLane.connections.add(connection);
    toLane.incomingConnections.add(connection);
    intersection.connections.add(connection);
    return connection;
  }

  /** Adds a crosswalk over one leg of an intersection. */
  public Crosswalk addCrosswalk(int intersectionId, int signalGroup, double widthM, Polyline path) {
    Intersection intersection = node(intersectionId, "crosswalk");
    String name = "crosswalk " + (crosswalks.size() + 1) + " of intersection " + intersectionId;
    checkSignalGroup(intersection, signalGroup, name);
    if (!(widthM >= 1 && widthM <= 20)) {
      throw new NetworkException(name + ": width must be 1..20 m, is " + widthM);
    }
    Crosswalk crosswalk = new Crosswalk(crosswalks.size(), intersection, signalGroup, widthM, path);
    crosswalks.add(crosswalk);
    intersection.crosswalks.add(crosswalk);
    return crosswalk;
  }

  /** Checks the whole network and returns it. */
  public RoadNetwork build() {
    if (lanes.isEmpty()) {
      throw new NetworkException("the network has no lanes");
    }
    for (Link link : links) {
      if (link.lanes.isEmpty()) {
        throw new NetworkException(link + " has no lanes");
      }
    }
    for (Lane lane : lanes) {
      if (lane.connections.isEmpty() && !lane.link().exit()) {
        throw new NetworkException(
            lane
                + " leads nowhere: it has no connection and its link ends at intersection "
                + lane.link().to().id()
                + ", which is not a boundary node");
      }
    }
    boolean anyEntry = false;
    for (Lane lane : lanes) {
      anyEntry |= lane.link().entry();
    }
    if (!anyEntry) {
      throw new NetworkException(
          "no link enters the network: at least one link must start at a boundary node (a node"
              + " no connection runs through)");
    }
    for (Intersection intersection : intersections) {
      if (intersection.signalised() && intersection.connections.isEmpty()) {
        throw new NetworkException(
            intersection + " has a signal plan but no connections run through it");
      }
    }
    return new RoadNetwork(
        geoFrame,
        intersections,
        links,
        lanes,
        connections,
        crosswalks,
        intersectionsById,
        linksById);
  }

  private void checkSignalGroup(Intersection intersection, int signalGroup, String name) {
    if (intersection.signalised()) {
      boolean planned = false;
      for (SignalPhase phase : intersection.signalPlan().orElseThrow().phases()) {
        planned |= phase.controls(signalGroup);
      }
      if (!planned) {
        throw new NetworkException(
            name
                + ": signal group "
                + signalGroup
                + " is in no phase of the signal plan of intersection "
                + intersection.id());
      }
    } else if (signalGroup != 0) {
      throw new NetworkException(
          name
              + ": signal group "
              + signalGroup
              + " given, but intersection "
              + intersection.id()
              + " has no signal plan (use 0)");
    }
  }

  private Intersection node(int id, String what) {
    Intersection intersection = intersectionsById.get(id);
    if (intersection == null) {
      throw new NetworkException(what + ": unknown intersection " + id);
    }
    return intersection;
  }

  private Link link(String id, String what) {
    Link link = linksById.get(id);
    if (link == null) {
      throw new NetworkException(what + ": unknown link " + id);
    }
    return link;
  }

  private Lane lane(String linkId, int laneId, String what) {
    Link link = link(linkId, what);
    for (Lane lane : link.lanes) {
      if (lane.laneId() == laneId) {
        return lane;
      }
    }
    throw new NetworkException(what + ": link " + linkId + " has no lane " + laneId);
  }

  /** Where the two lines meet, or null when they are (nearly) parallel. */
  private static double[] lineIntersection(
      double x0, double y0, double dx0, double dy0, double x2, double y2, double dx2, double dy2) {
    double cross = dx0 * dy2 - dy0 * dx2;
    if (Math.abs(cross) < 0.05) {
      return null;
    }
    double t = ((x2 - x0) * dy2 - (y2 - y0) * dx2) / cross;
    return new double[] {x0 + t * dx0, y0 + t * dy0};
  }
}
