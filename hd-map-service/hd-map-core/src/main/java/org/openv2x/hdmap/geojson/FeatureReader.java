package org.openv2x.hdmap.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.LaneKeys;
import org.openv2x.hdmap.LaneType;
import org.openv2x.hdmap.Maneuver;
import org.openv2x.hdmap.SpeedLimit;
import org.openv2x.hdmap.geojson.FeatureValues.ApproachRef;
import org.openv2x.hdmap.geojson.FeatureValues.Geometry;

/**
 * Reads one feature of the collection from the parser and hands what it says to the {@link
 * MapAssembler}: an importable feature's content, or its problems, each named by the feature's
 * index and identity ({@code features[12] (lane 1:101.in1:100.3) properties.widthM}).
 */
final class FeatureReader {
  /** The properties an importable feature has; any other is skipped unread. */
  static final Set<String> PROPERTIES =
      Set.of(
          "kind",
          "id",
          "name",
          "elevationM",
          "intersection",
          "approach",
          "laneId",
          "type",
          "widthM",
          "maneuvers",
          "speedLimits",
          "approachName",
          "approachWidthM",
          "approachSpeedLimits",
          "fromLane",
          "toIntersection",
          "toLaneId",
          "phaseId");

  /** Kinds that only an export has (derived geometry); a reader skips them. */
  static final Set<String> EXPORTED_KINDS = Set.of("lane-area", "stop-line", "conflict", "box");

  private static final Names<LaneType> LANE_TYPES = Names.of(LaneType.class);
  private static final Names<Maneuver> MANEUVERS = Names.of(Maneuver.class);

  /** Elevation range of the standard's Elevation (-4096..61439 decimetres). */
  private static final double MIN_ELEVATION_M = -409.6;

  private static final double MAX_ELEVATION_M = 6143.9;

  /** An intersection feature's content. */
  record IntersectionFeature(
      String element,
      IntersectionId id,
      Optional<String> name,
      OptionalDouble elevationM,
      GeoPoint refPoint) {}

  /**
   * A lane feature's content (the lane without its connections) with the approach-level values it
   * states (empty: not stated).
   */
  record LaneFeature(
      String element,
      IntersectionId intersection,
      ApproachRef approach,
      Lane lane,
      Optional<String> approachName,
      OptionalDouble approachWidthM,
      Optional<List<SpeedLimit>> approachSpeedLimits) {
    String key() {
      return LaneKeys.lane(intersection, approach.id(), lane.laneId());
    }
  }

  /** A connection feature's content: the lane it starts from and where it leads. */
  record ConnectionFeature(String element, String fromLaneKey, LaneConnection connection) {}

  private final JsonParser parser;
  private final int index;
  private final GeoJsonLimits limits;
  private final MapAssembler assembler;

  private String type;
  private String typeShown = "missing";
  private Geometry geometry = Geometry.ABSENT;
  private ObjectNode properties;
  private final Set<String> tooLarge = new HashSet<>();
  private String propertiesProblem = "missing";

  private FeatureReader(
      JsonParser parser, int index, GeoJsonLimits limits, MapAssembler assembler) {
    this.parser = parser;
    this.index = index;
    this.limits = limits;
    this.assembler = assembler;
  }

  /** Reads the feature starting at the parser's current token, leaving it on its last token. */
  static void read(JsonParser parser, int index, GeoJsonLimits limits, MapAssembler assembler)
      throws IOException {
    new FeatureReader(parser, index, limits, assembler).read();
  }

  private void read() throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      assembler.problem(
          "features[" + index + "]", "must be a Feature object, is " + describe(parser));
      parser.skipChildren();
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      switch (name) {
        case "type" -> readType();
        case "geometry" -> geometry = readGeometry();
        case "properties" -> readProperties();
        default -> parser.skipChildren();
      }
    }
    interpret();
  }

  private void readType() throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      type = parser.getText();
      typeShown = show(JsonNodeFactory.instance.textNode(type));
    } else {
      typeShown = describe(parser);
      parser.skipChildren();
    }
  }

  private Geometry readGeometry() throws IOException {
    int maxValues = 4 * limits.maxPositionsPerLine() + 16;
    return BoundedJson.read(parser, maxValues)
        .map(value -> new Geometry(value, false))
        .orElse(Geometry.TOO_LARGE);
  }

  private void readProperties() throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT) {
      propertiesProblem =
          (token == JsonToken.VALUE_NULL ? "null" : "is " + describe(parser))
              + ", must be an object with at least \"kind\"";
      parser.skipChildren();
      return;
    }
    properties = JsonNodeFactory.instance.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (PROPERTIES.contains(name)) {
        Optional<JsonNode> value = BoundedJson.read(parser, limits.maxValuesPerProperty());
        if (value.isPresent()) {
          properties.set(name, value.get());
        } else {
          tooLarge.add(name);
        }
      } else {
        parser.skipChildren();
      }
    }
  }

  private void interpret() {
    String element = "features[" + index + "]";
    if (properties == null) {
      assembler.problem(element + " properties", propertiesProblem);
      return;
    }
    FeatureValues values =
        new FeatureValues(
            properties, tooLarge, limits.maxValuesPerProperty(), limits.maxPositionsPerLine());
    if (!"Feature".equals(type)) {
      values.issue("type", "must be \"Feature\", is " + typeShown);
    }
    Optional<String> kind = values.string("kind", true);
    if (kind.isEmpty()) {
      assembler.problems(element, values.issues());
      return;
    }
    switch (kind.get()) {
      case "intersection" -> intersection(element, values);
      case "lane" -> lane(element, values);
      case "connection" -> connection(element, values);
      default -> {
        if (!EXPORTED_KINDS.contains(kind.get())) {
          values.issue(
              "properties.kind",
              "unknown kind "
                  + show(properties.get("kind"))
                  + ", is one of intersection, lane, connection (imported) or "
                  + String.join(", ", EXPORTED_KINDS.stream().sorted().toList())
                  + " (exported, skipped on import)");
        }
        assembler.problems(element, values.issues());
      }
    }
  }

  private void intersection(String element, FeatureValues values) {
    Optional<IntersectionId> id = values.intersectionKey("id");
    Optional<String> name = values.string("name", false);
    OptionalDouble elevationM =
        values.number(
            "elevationM",
            false,
            v -> v >= MIN_ELEVATION_M && v <= MAX_ELEVATION_M,
            "metres above the WGS-84 ellipsoid, " + MIN_ELEVATION_M + ".." + MAX_ELEVATION_M);
    Optional<GeoPoint> refPoint = values.point(geometry);
    String named = element + " (intersection" + id.map(i -> " " + i.key()).orElse("") + ")";
    id.ifPresent(i -> assembler.declareIntersection(i));
    if (values.issues().isEmpty()) {
      assembler.add(new IntersectionFeature(named, id.get(), name, elevationM, refPoint.get()));
    } else {
      assembler.problems(named, values.issues());
    }
  }

  private void lane(String element, FeatureValues values) {
    Optional<IntersectionId> intersection = values.intersectionKey("intersection");
    Optional<ApproachRef> approach = values.approach("approach");
    OptionalInt laneId = values.integer("laneId", true, 0, 255);
    Optional<LaneType> laneType = values.enumValue("type", LANE_TYPES);
    OptionalDouble widthM = values.number("widthM", false, v -> v > 0, "metres, more than 0");
    Set<Maneuver> maneuvers = values.enumSet("maneuvers", Maneuver.class, MANEUVERS);
    Optional<List<SpeedLimit>> speedLimits = values.speedLimits("speedLimits");
    Optional<String> approachName = values.string("approachName", false);
    OptionalDouble approachWidthM =
        values.number("approachWidthM", false, v -> v > 0, "metres, more than 0");
    Optional<List<SpeedLimit>> approachSpeedLimits = values.speedLimits("approachSpeedLimits");
    Optional<List<GeoPoint>> centreLine = values.line(geometry, true);

    String named = element + " (lane)";
    if (intersection.isPresent() && approach.isPresent() && laneId.isPresent()) {
      String key = LaneKeys.lane(intersection.get(), approach.get().id(), laneId.getAsInt());
      named = element + " (lane " + key + ")";
      assembler.declareLane(key);
    }
    if (!values.issues().isEmpty()) {
      assembler.problems(named, values.issues());
      return;
    }
    Lane lane =
        new Lane(
            laneId.getAsInt(),
            laneType.get(),
            widthM,
            maneuvers,
            List.of(),
            speedLimits.orElse(List.of()),
            centreLine.get());
    assembler.add(
        new LaneFeature(
            named,
            intersection.get(),
            approach.get(),
            lane,
            approachName,
            approachWidthM,
            approachSpeedLimits));
  }

  private void connection(String element, FeatureValues values) {
    Optional<String> fromLane = values.laneKey("fromLane");
    Optional<IntersectionId> toIntersection = values.intersectionKey("toIntersection");
    OptionalInt toLaneId = values.integer("toLaneId", false, 0, 255);
    Set<Maneuver> maneuvers = values.enumSet("maneuvers", Maneuver.class, MANEUVERS);
    OptionalInt phaseId = values.integer("phaseId", false, 0, 255);
    values.line(geometry, false);

    String named = element + " (connection" + fromLane.map(k -> " from " + k).orElse("") + ")";
    if (!values.issues().isEmpty()) {
      assembler.problems(named, values.issues());
      return;
    }
    assembler.add(
        new ConnectionFeature(
            named,
            fromLane.get(),
            new LaneConnection(toIntersection.get(), toLaneId, maneuvers, phaseId)));
  }

  private static String describe(JsonParser parser) {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString();
    };
  }

  private static String show(JsonNode node) {
    return FeatureValues.show(node);
  }
}
