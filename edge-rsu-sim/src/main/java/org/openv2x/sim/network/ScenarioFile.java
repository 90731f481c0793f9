package org.openv2x.sim.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openv2x.sim.geo.GeoFrame;
import org.openv2x.sim.signal.SignalPhase;
import org.openv2x.sim.signal.SignalPlan;

/**
 * Reads and writes road networks as scenario files, in YAML ({@code .yaml}, {@code .yml}) or JSON
 * (any other name). The format is described in the module README; {@code
 * examples/one-intersection.yaml} is a complete example. Errors name the place in the file, e.g.
 * {@code links[2].lanes[0].points: a lane needs at least 2 points}.
 */
public final class ScenarioFile {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper YAML =
      new ObjectMapper(
          new YAMLFactory()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  private ScenarioFile() {}

  private static ObjectMapper mapperFor(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
  }

  /** Reads a scenario file; {@link NetworkException} names what is wrong and where. */
  public static RoadNetwork read(Path file) {
    JsonNode root;
    try {
      root = mapperFor(file).readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new NetworkException(
          file
              + ": not valid "
              + (mapperFor(file) == YAML ? "YAML" : "JSON")
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new NetworkException(file + ": cannot be read: " + e.getMessage(), e);
    }
    try {
      return parse(root);
    } catch (NetworkException e) {
      throw new NetworkException(file + ": " + e.getMessage(), e);
    }
  }

  /** Parses a scenario document (the tree of a YAML or JSON file). */
  public static RoadNetwork parse(JsonNode root) {
    Fields top =
        new Fields(root, "", "origin", "intersections", "links", "connections", "crosswalks");
    Fields origin = top.object("origin", true, "latitude", "longitude", "elevationM");
    GeoFrame frame =
        new GeoFrame(
            origin.number("latitude", -85, 85),
            origin.number("longitude", -180, 180),
            origin.optionalNumber("elevationM", -500, 9000, 0));
    NetworkBuilder builder = new NetworkBuilder(frame);
    for (Fields node :
        top.array("intersections", "id", "region", "name", "position", "signalPlan")) {
      int id = (int) node.number("id", 0, 65535);
      Fields position = node.object("position", true, "eastM", "northM", "latitude", "longitude");
      double[] point = point(position, frame);
      SignalPlan plan = null;
      Fields planNode = node.object("signalPlan", false, "offsetS", "actuated", "phases");
      if (planNode != null) {
        List<SignalPhase> phases = new ArrayList<>();
        for (Fields phase :
            planNode.array(
                "phases",
                "signalGroups",
                "greenS",
                "yellowS",
                "allRedS",
                "minGreenS",
                "maxGreenS")) {
          int[] groups = phase.intArray("signalGroups", 1, 254);
          double green = phase.number("greenS", 1, 600);
          double yellow = phase.optionalNumber("yellowS", 1, 10, 3);
          double allRed = phase.optionalNumber("allRedS", 0, 30, 2);
          double minGreen = phase.optionalNumber("minGreenS", 1, 600, Math.max(5, green * 0.5));
          double maxGreen = phase.optionalNumber("maxGreenS", 1, 600, green * 1.5);
          phases.add(
              phase.wrap(() -> new SignalPhase(groups, green, yellow, allRed, minGreen, maxGreen)));
        }
        double offset = planNode.optionalNumber("offsetS", 0, 3600, 0);
        boolean actuated = planNode.optionalBoolean("actuated", false);
        plan = planNode.wrap(() -> new SignalPlan(phases, offset, actuated));
      }
      SignalPlan signalPlan = plan;
      node.wrap(
          () ->
              builder.addIntersection(
                  id,
                  (int) node.optionalNumber("region", 0, 65535, 0),
                  node.optionalText("name", "Intersection " + id),
                  point[0],
                  point[1],
                  signalPlan));
    }
    for (Fields link : top.array("links", "id", "from", "to", "speedLimitKph", "lanes")) {
      String id = link.text("id");
      link.wrap(
          () ->
              builder.addLink(
                  id,
                  (int) link.number("from", 0, 65535),
                  (int) link.number("to", 0, 65535),
                  link.number("speedLimitKph", 1, 250) / 3.6));
      for (Fields lane : link.array("lanes", "id", "widthM", "maneuvers", "points")) {
        int laneId = (int) lane.number("id", 1, 255);
        double width = lane.optionalNumber("widthM", 1, 10, 3.5);
        Set<Maneuver> maneuvers = EnumSet.noneOf(Maneuver.class);
        for (String name : lane.textArray("maneuvers")) {
          maneuvers.add(lane.wrap(() -> Maneuver.fromScenarioName(name)));
        }
        List<Fields> points = lane.array("points", "eastM", "northM", "latitude", "longitude");
        if (points.size() < 2) {
          throw new NetworkException(lane.path("points") + ": a lane needs at least 2 points");
        }
        double[] east = new double[points.size()];
        double[] north = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
          double[] p = point(points.get(i), frame);
          east[i] = p[0];
          north[i] = p[1];
        }
        Polyline centre = lane.wrap(() -> new Polyline(east, north));
        lane.wrap(() -> builder.addLane(id, laneId, width, centre, maneuvers));
      }
    }
    for (Fields connection : top.array("connections", "from", "to", "maneuver", "signalGroup")) {
      String[] from = laneReference(connection, "from");
      String[] to = laneReference(connection, "to");
      Maneuver maneuver =
          connection.wrap(() -> Maneuver.fromScenarioName(connection.text("maneuver")));
      int group = (int) connection.optionalNumber("signalGroup", 0, 254, 0);
      connection.wrap(
          () ->
              builder.addConnection(
                  from[0],
                  Integer.parseInt(from[1]),
                  to[0],
                  Integer.parseInt(to[1]),
                  maneuver,
                  group));
    }
    for (Fields crosswalk :
        top.array("crosswalks", "intersection", "signalGroup", "widthM", "points")) {
      List<Fields> points = crosswalk.array("points", "eastM", "northM", "latitude", "longitude");
      if (points.size() < 2) {
        throw new NetworkException(
            crosswalk.path("points") + ": a crosswalk needs 2 or more points");
      }
      double[] east = new double[points.size()];
      double[] north = new double[points.size()];
      for (int i = 0; i < points.size(); i++) {
        double[] p = point(points.get(i), frame);
        east[i] = p[0];
        north[i] = p[1];
      }
      crosswalk.wrap(
          () ->
              builder.addCrosswalk(
                  (int) crosswalk.number("intersection", 0, 65535),
                  (int) crosswalk.number("signalGroup", 1, 254),
                  crosswalk.optionalNumber("widthM", 1, 20, 4),
                  new Polyline(east, north)));
    }
    return top.wrap(builder::build);
  }

  private static String[] laneReference(Fields connection, String field) {
    String text = connection.text(field);
    int slash = text.lastIndexOf('/');
    if (slash <= 0 || slash == text.length() - 1) {
      throw new NetworkException(
          connection.path(field) + ": expected LINK/LANE such as \"1->2/3\", got \"" + text + "\"");
    }
    try {
      Integer.parseInt(text.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new NetworkException(
          connection.path(field) + ": the lane after '/' must be a number, got \"" + text + "\"");
    }
    return new String[] {text.substring(0, slash), text.substring(slash + 1)};
  }

  private static double[] point(Fields position, GeoFrame frame) {
    boolean metres = position.has("eastM") || position.has("northM");
    boolean degrees = position.has("latitude") || position.has("longitude");
    if (metres == degrees) {
      throw new NetworkException(
          position.path("")
              + ": give either eastM and northM (metres from the origin) or latitude and longitude");
    }
    if (metres) {
      return new double[] {
        position.number("eastM", -100_000, 100_000), position.number("northM", -100_000, 100_000)
      };
    }
    return new double[] {
      frame.eastM(position.number("longitude", -180, 180)),
      frame.northM(position.number("latitude", -85, 85))
    };
  }

  /** Writes {@code network} as a scenario file (YAML or JSON by the file name). */
  public static void write(RoadNetwork network, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    mapperFor(file).writeValue(file.toFile(), toTree(network));
  }

  /** The scenario document of {@code network}. */
  public static ObjectNode toTree(RoadNetwork network) {
    ObjectNode root = JSON.createObjectNode();
    GeoFrame frame = network.geoFrame();
    ObjectNode origin = root.putObject("origin");
    origin.put("latitude", frame.originLatitudeDeg());
    origin.put("longitude", frame.originLongitudeDeg());
    origin.put("elevationM", frame.originElevationM());
    ArrayNode intersections = root.putArray("intersections");
    for (Intersection intersection : network.intersections()) {
      ObjectNode node = intersections.addObject();
      node.put("id", intersection.id());
      node.put("region", intersection.region());
      node.put("name", intersection.name());
      ObjectNode position = node.putObject("position");
      position.put("eastM", round(intersection.eastM()));
      position.put("northM", round(intersection.northM()));
      intersection
          .signalPlan()
          .ifPresent(
              plan -> {
                ObjectNode planNode = node.putObject("signalPlan");
                planNode.put("offsetS", plan.offsetS());
                planNode.put("actuated", plan.actuated());
                ArrayNode phases = planNode.putArray("phases");
                for (SignalPhase phase : plan.phases()) {
                  ObjectNode phaseNode = phases.addObject();
                  ArrayNode groups = phaseNode.putArray("signalGroups");
                  for (int group : phase.signalGroups()) {
                    groups.add(group);
                  }
                  phaseNode.put("greenS", phase.greenS());
                  phaseNode.put("yellowS", phase.yellowS());
                  phaseNode.put("allRedS", phase.allRedS());
                  phaseNode.put("minGreenS", phase.minGreenS());
                  phaseNode.put("maxGreenS", phase.maxGreenS());
                }
              });
    }
    ArrayNode links = root.putArray("links");
    for (Link link : network.links()) {
      ObjectNode linkNode = links.addObject();
      linkNode.put("id", link.id());
      linkNode.put("from", link.from().id());
      linkNode.put("to", link.to().id());
      linkNode.put("speedLimitKph", round(link.speedLimitMps() * 3.6));
      ArrayNode lanes = linkNode.putArray("lanes");
      for (Lane lane : link.lanes()) {
        ObjectNode laneNode = lanes.addObject();
        laneNode.put("id", lane.laneId());
        laneNode.put("widthM", lane.widthM());
        ArrayNode maneuvers = laneNode.putArray("maneuvers");
        for (Maneuver maneuver : lane.maneuvers()) {
          maneuvers.add(maneuver.scenarioName());
        }
        points(laneNode.putArray("points"), lane.centreLine());
      }
    }
    ArrayNode connections = root.putArray("connections");
    for (Connection connection : network.connections()) {
      ObjectNode node = connections.addObject();
      node.put("from", connection.fromLane().key());
      node.put("to", connection.toLane().key());
      node.put("maneuver", connection.maneuver().scenarioName());
      node.put("signalGroup", connection.signalGroup());
    }
    ArrayNode crosswalks = root.putArray("crosswalks");
    for (Crosswalk crosswalk : network.crosswalks()) {
      ObjectNode node = crosswalks.addObject();
      node.put("intersection", crosswalk.intersection().id());
      node.put("signalGroup", crosswalk.signalGroup());
      node.put("widthM", crosswalk.widthM());
      points(node.putArray("points"), crosswalk.path());
    }
    return root;
  }

  private static void points(ArrayNode array, Polyline line) {
    for (int i = 0; i < line.pointCount(); i++) {
      ObjectNode point = array.addObject();
      point.put("eastM", round(line.eastM(i)));
      point.put("northM", round(line.northM(i)));
    }
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  /** One object of the document, with its path for messages, refusing fields it does not know. */
  private static final class Fields {
    private final JsonNode node;
    private final String path;

    Fields(JsonNode node, String path, String... known) {
      if (node == null || !node.isObject()) {
        throw new NetworkException(
            (path.isEmpty() ? "the document" : path) + ": expected an object");
      }
      this.node = node;
      this.path = path;
      Set<String> names = Set.of(known);
      Iterator<String> fieldNames = node.fieldNames();
      while (fieldNames.hasNext()) {
        String name = fieldNames.next();
        if (!names.contains(name)) {
          throw new NetworkException(
              path(name) + ": unknown field; known fields here: " + String.join(", ", known));
        }
      }
    }

    String path(String field) {
      if (field.isEmpty()) {
        return path.isEmpty() ? "the document" : path;
      }
      return path.isEmpty() ? field : path + "." + field;
    }

    boolean has(String field) {
      return node.hasNonNull(field);
    }

    <T> T wrap(java.util.function.Supplier<T> action) {
      try {
        return action.get();
      } catch (NetworkException e) {
        throw new NetworkException(path("") + ": " + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new NetworkException(path("") + ": " + e.getMessage(), e);
      }
    }

    Fields object(String field, boolean required, String... known) {
      JsonNode child = node.get(field);
      if (child == null || child.isNull()) {
        if (required) {
          throw new NetworkException(path(field) + ": missing");
        }
        return null;
      }
      return new Fields(child, path(field), known);
    }

    List<Fields> array(String field, String... known) {
      JsonNode child = node.get(field);
      List<Fields> list = new ArrayList<>();
      if (child == null || child.isNull()) {
        return list;
      }
      if (!child.isArray()) {
        throw new NetworkException(path(field) + ": expected a list");
      }
      for (int i = 0; i < child.size(); i++) {
        list.add(new Fields(child.get(i), path(field) + "[" + i + "]", known));
      }
      return list;
    }

    double number(String field, double min, double max) {
      JsonNode child = node.get(field);
      if (child == null || child.isNull()) {
        throw new NetworkException(path(field) + ": missing");
      }
      if (!child.isNumber()) {
        throw new NetworkException(path(field) + ": expected a number, got " + child);
      }
      double value = child.asDouble();
      if (!(value >= min && value <= max)) {
        throw new NetworkException(
            path(field) + ": " + value + " is outside " + format(min) + ".." + format(max));
      }
      return value;
    }

    double optionalNumber(String field, double min, double max, double defaultValue) {
      return has(field) ? number(field, min, max) : defaultValue;
    }

    boolean optionalBoolean(String field, boolean defaultValue) {
      JsonNode child = node.get(field);
      if (child == null || child.isNull()) {
        return defaultValue;
      }
      if (!child.isBoolean()) {
        throw new NetworkException(path(field) + ": expected true or false, got " + child);
      }
      return child.asBoolean();
    }

    String text(String field) {
      JsonNode child = node.get(field);
      if (child == null || child.isNull()) {
        throw new NetworkException(path(field) + ": missing");
      }
      if (!child.isTextual() && !child.isNumber()) {
        throw new NetworkException(path(field) + ": expected text, got " + child);
      }
      return child.asText();
    }

    String optionalText(String field, String defaultValue) {
      return has(field) ? text(field) : defaultValue;
    }

    List<String> textArray(String field) {
      JsonNode child = node.get(field);
      List<String> list = new ArrayList<>();
      if (child == null || child.isNull()) {
        return list;
      }
      if (!child.isArray()) {
        throw new NetworkException(path(field) + ": expected a list");
      }
      for (JsonNode element : child) {
        list.add(element.asText());
      }
      return list;
    }

    int[] intArray(String field, int min, int max) {
      JsonNode child = node.get(field);
      if (child == null || !child.isArray() || child.isEmpty()) {
        throw new NetworkException(path(field) + ": expected a list of numbers");
      }
      int[] values = new int[child.size()];
      for (int i = 0; i < child.size(); i++) {
        JsonNode element = child.get(i);
        if (!element.isIntegralNumber() || element.asInt() < min || element.asInt() > max) {
          throw new NetworkException(
              path(field)
                  + "["
                  + i
                  + "]: expected a whole number "
                  + min
                  + ".."
                  + max
                  + ", got "
                  + element);
        }
        values[i] = element.asInt();
      }
      return values;
    }

    private static String format(double value) {
      return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
  }
}
