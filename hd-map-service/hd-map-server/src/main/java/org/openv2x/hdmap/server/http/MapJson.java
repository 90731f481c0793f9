package org.openv2x.hdmap.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.BoundingBox;
import org.openv2x.hdmap.ConflictPoint;
import org.openv2x.hdmap.DerivedConnection;
import org.openv2x.hdmap.DerivedLane;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.LaneKeys;
import org.openv2x.hdmap.Maneuver;
import org.openv2x.hdmap.SpeedLimit;
import org.openv2x.hdmap.StopLine;
import org.openv2x.hdmap.VersionInfo;
import org.openv2x.hdmap.match.MatchResult;
import org.openv2x.hdmap.server.LaneView;

/**
 * The JSON form of the map model as the API serves it (described in {@code openapi.yaml}): points
 * are {@code {"latDeg", "lonDeg"}} objects, enum values lower-case (as in the GeoJSON form), times
 * ISO-8601 UTC, absent optional values left out.
 */
final class MapJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MapJson() {}

  /** One entry of the intersection list. */
  static ObjectNode summary(IntersectionVersion version) {
    Intersection intersection = version.intersection();
    ObjectNode node = head(intersection);
    VersionInfo info = version.info();
    node.put("version", info.version());
    node.put("source", lower(info.source()));
    node.put("storedAt", info.storedAt().toString());
    node.put("laneCount", intersection.approaches().stream().mapToInt(a -> a.lanes().size()).sum());
    node.set("bounds", bounds(version.derived().bounds()));
    return node;
  }

  /** A whole version: content, version facts and derived geometry. */
  static ObjectNode version(IntersectionVersion version) {
    Intersection intersection = version.intersection();
    ObjectNode node = head(intersection);
    intersection.elevationM().ifPresent(elevation -> node.put("elevationM", elevation));
    node.set("version", versionInfo(version.info()));
    Map<String, DerivedLane> derived = new HashMap<>();
    version.derived().lanes().forEach(lane -> derived.put(lane.laneKey(), lane));
    ArrayNode approaches = node.putArray("approaches");
    for (Approach approach : intersection.approaches()) {
      ObjectNode approachNode = approach(approach);
      ArrayNode lanes = approachNode.putArray("lanes");
      for (Lane lane : approach.lanes()) {
        String key = LaneKeys.lane(intersection.id(), approach, lane);
        lanes.add(lane(key, lane, Optional.ofNullable(derived.get(key))));
      }
      approaches.add(approachNode);
    }
    ArrayNode connections = node.putArray("connections");
    version.derived().connections().forEach(c -> connections.add(connection(c)));
    ArrayNode conflicts = node.putArray("conflicts");
    version.derived().conflicts().forEach(c -> conflicts.add(conflict(c)));
    node.set("box", points(version.derived().box()));
    node.set("bounds", bounds(version.derived().bounds()));
    return node;
  }

  static ObjectNode versionInfo(VersionInfo info) {
    ObjectNode node = NODES.objectNode();
    node.put("version", info.version());
    node.put("source", lower(info.source()));
    node.put("storedAt", info.storedAt().toString());
    node.put("contentHash", info.contentHash());
    info.msgCnt().ifPresent(msgCnt -> node.put("msgCnt", msgCnt));
    info.messageTime().ifPresent(time -> node.put("messageTime", time.toString()));
    info.origin().ifPresent(origin -> node.put("origin", origin));
    return node;
  }

  /** A lane with the intersection, version and approach it belongs to. */
  static ObjectNode laneView(LaneView view) {
    IntersectionVersion version = view.intersection();
    ObjectNode node = NODES.objectNode();
    node.put("intersection", version.id().key());
    node.put("version", version.info().version());
    ObjectNode approach = approach(view.approach());
    node.set("approach", approach);
    String key = LaneKeys.lane(version.id(), view.approach(), view.lane());
    node.set("lane", lane(key, view.lane(), Optional.of(view.derived())));
    return node;
  }

  static ObjectNode match(MatchResult match) {
    ObjectNode node = NODES.objectNode();
    node.put("matched", true);
    node.put("intersection", match.intersection().key());
    node.put("approachId", match.approachId());
    node.put("laneKey", match.laneKey());
    match.connectionKey().ifPresent(key -> node.put("connectionKey", key));
    optional(node, "distanceToStopLineM", match.distanceToStopLineM());
    node.put("lateralOffsetM", match.lateralOffsetM());
    node.put("headingDifferenceDeg", match.headingDifferenceDeg());
    node.put("wrongWay", match.wrongWay());
    node.put("confidence", match.confidence());
    return node;
  }

  static ObjectNode point(GeoPoint point) {
    ObjectNode node = NODES.objectNode();
    node.put("latDeg", point.latDeg());
    node.put("lonDeg", point.lonDeg());
    return node;
  }

  static ObjectNode bounds(BoundingBox box) {
    ObjectNode node = NODES.objectNode();
    node.put("minLatDeg", box.minLatDeg());
    node.put("minLonDeg", box.minLonDeg());
    node.put("maxLatDeg", box.maxLatDeg());
    node.put("maxLonDeg", box.maxLonDeg());
    return node;
  }

  static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static ObjectNode head(Intersection intersection) {
    ObjectNode node = NODES.objectNode();
    node.put("id", intersection.id().key());
    intersection.name().ifPresent(name -> node.put("name", name));
    node.set("refPoint", point(intersection.refPoint()));
    return node;
  }

  /** An approach without its lanes. */
  private static ObjectNode approach(Approach approach) {
    ObjectNode node = NODES.objectNode();
    node.put("id", approach.id());
    node.put("kind", lower(approach.kind()));
    node.put("otherNode", approach.otherNode().key());
    approach.name().ifPresent(name -> node.put("name", name));
    optional(node, "widthM", approach.widthM());
    node.set("speedLimits", speedLimits(approach.speedLimits()));
    return node;
  }

  private static ObjectNode lane(String key, Lane lane, Optional<DerivedLane> derived) {
    ObjectNode node = NODES.objectNode();
    node.put("laneKey", key);
    node.put("laneId", lane.laneId());
    node.put("type", lower(lane.type()));
    optional(node, "widthM", lane.widthM());
    node.set("maneuvers", maneuvers(lane.maneuvers()));
    ArrayNode connections = node.putArray("connections");
    for (LaneConnection connection : lane.connections()) {
      ObjectNode connectionNode = connections.addObject();
      connectionNode.put("remoteIntersection", connection.remoteIntersection().key());
      optional(connectionNode, "remoteLaneId", connection.remoteLaneId());
      connectionNode.set("maneuvers", maneuvers(connection.maneuvers()));
      optional(connectionNode, "phaseId", connection.phaseId());
    }
    node.set("speedLimits", speedLimits(lane.speedLimits()));
    node.set("centreLine", points(lane.centreLine()));
    derived.ifPresent(d -> node.set("derived", derivedLane(d)));
    return node;
  }

  private static ObjectNode derivedLane(DerivedLane lane) {
    ObjectNode node = NODES.objectNode();
    node.put("lengthM", lane.lengthM());
    node.put("widthM", lane.widthM());
    lane.stopLine().ifPresent(stopLine -> node.set("stopLine", stopLine(stopLine)));
    node.set("polygon", points(lane.polygon()));
    return node;
  }

  private static ObjectNode stopLine(StopLine stopLine) {
    ObjectNode node = NODES.objectNode();
    node.set("centre", point(stopLine.centre()));
    node.set("left", point(stopLine.left()));
    node.set("right", point(stopLine.right()));
    return node;
  }

  private static ObjectNode connection(DerivedConnection connection) {
    ObjectNode node = NODES.objectNode();
    node.put("key", connection.connectionKey());
    node.put("from", connection.fromLaneKey());
    node.put("to", connection.toLaneKey());
    optional(node, "phaseId", connection.phaseId());
    node.set("maneuvers", maneuvers(connection.maneuvers()));
    node.set("path", points(connection.path()));
    node.put("lengthM", connection.lengthM());
    node.put("pathEstimated", connection.pathEstimated());
    return node;
  }

  private static ObjectNode conflict(ConflictPoint conflict) {
    ObjectNode node = NODES.objectNode();
    node.put("connectionA", conflict.connectionA());
    node.put("connectionB", conflict.connectionB());
    node.set("point", point(conflict.point()));
    node.put("distanceAlongAM", conflict.distanceAlongAM());
    node.put("distanceAlongBM", conflict.distanceAlongBM());
    return node;
  }

  private static ArrayNode speedLimits(Collection<SpeedLimit> limits) {
    ArrayNode array = NODES.arrayNode();
    for (SpeedLimit limit : limits) {
      ObjectNode node = array.addObject();
      node.put("type", lower(limit.type()));
      node.put("speedMps", limit.speedMps());
    }
    return array;
  }

  private static ArrayNode maneuvers(Set<Maneuver> maneuvers) {
    ArrayNode array = NODES.arrayNode();
    // Bit order, as the enum declares them, whatever order the set iterates in.
    for (Maneuver maneuver : Maneuver.values()) {
      if (maneuvers.contains(maneuver)) {
        array.add(lower(maneuver));
      }
    }
    return array;
  }

  private static ArrayNode points(Collection<GeoPoint> points) {
    ArrayNode array = NODES.arrayNode();
    points.forEach(p -> array.add(point(p)));
    return array;
  }

  private static void optional(ObjectNode node, String field, OptionalDouble value) {
    value.ifPresent(v -> node.put(field, v));
  }

  private static void optional(ObjectNode node, String field, OptionalInt value) {
    value.ifPresent(v -> node.put(field, v));
  }
}
