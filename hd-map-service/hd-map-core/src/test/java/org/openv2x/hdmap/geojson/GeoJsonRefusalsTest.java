package org.openv2x.hdmap.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openv2x.hdmap.geojson.GeoJsonSamples.utf8;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openv2x.hdmap.InvalidMapException;
import org.openv2x.hdmap.MapProblem;

/** Every kind of wrong document is refused with problems naming the feature and the property. */
class GeoJsonRefusalsTest {
  static final String INTERSECTION =
      """
      {"type": "Feature", "geometry": {"type": "Point", "coordinates": [121.4737, 31.2304]},
       "properties": {"kind": "intersection", "id": "1:101"}}""";

  static final String LINE =
      "{\"type\": \"LineString\", \"coordinates\": [[121.472, 31.2303], [121.4735, 31.2303]]}";

  static String collection(String... features) {
    return "{\"type\": \"FeatureCollection\", \"features\": ["
        + String.join(",\n", features)
        + "]}";
  }

  /** A lane feature of intersection 1:101, approach in1:100, with these extra properties. */
  static String lane(int laneId, String properties) {
    return "{\"type\": \"Feature\", \"geometry\": "
        + LINE
        + ", \"properties\": {\"kind\": \"lane\", \"intersection\": \"1:101\", \"approach\":"
        + " \"in1:100\", \"laneId\": "
        + laneId
        + ", \"type\": \"vehicle\""
        + (properties.isEmpty() ? "" : ", " + properties)
        + "}}";
  }

  static String feature(String geometry, String properties) {
    return "{\"type\": \"Feature\", \"geometry\": "
        + geometry
        + ", \"properties\": {"
        + properties
        + "}}";
  }

  static List<MapProblem> problems(String json) {
    return problems(utf8(json));
  }

  static List<MapProblem> problems(byte[] json) {
    return assertThrows(InvalidMapException.class, () -> GeoJsonMaps.read(json, "survey.geojson"))
        .problems();
  }

  /** Exactly one problem, on this element, whose reason contains {@code reasonPart}. */
  static void assertOnlyProblem(String json, String element, String reasonPart) {
    List<MapProblem> problems = problems(json);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(element, problems.get(0).element(), problems.toString());
    assertTrue(
        problems.get(0).reason().contains(reasonPart),
        () -> "'" + problems.get(0).reason() + "' does not contain '" + reasonPart + "'");
  }

  @Test
  void notJson() {
    assertOnlyProblem(
        "{\"type\": \"FeatureCollection\", \"features\": [", "survey.geojson", "not JSON");
    assertOnlyProblem("GeoJSON, honestly", "survey.geojson", "not JSON");
    assertOnlyProblem(
        "{\"type\": \"FeatureCollection\", \"features\": []} {}",
        "survey.geojson",
        "more JSON after");
    assertOnlyProblem(
        "{\"type\": \"FeatureCollection\", \"type\": \"FeatureCollection\", \"features\": []}",
        "survey.geojson",
        "Duplicate field 'type'");
    assertEquals(
        List.of(new MapProblem("survey.geojson", "empty, not a GeoJSON document")),
        problems(new byte[0]));
    for (String notJson : List.of("", "{\"type\": ", "GeoJSON", "{\"a\": 1}}", "\u0000\u0001")) {
      assertThrows(NotJsonException.class, () -> GeoJsonMaps.read(utf8(notJson), "x"), notJson);
    }
    InvalidMapException notAMap =
        assertThrows(InvalidMapException.class, () -> GeoJsonMaps.read(utf8("[]"), "x"));
    assertTrue(!(notAMap instanceof NotJsonException));
  }

  @Test
  void notAFeatureCollection() {
    assertOnlyProblem("[]", "survey.geojson", "not a GeoJSON FeatureCollection");
    assertOnlyProblem(INTERSECTION, "survey.geojson", "its type is \"Feature\"");
    assertOnlyProblem("{\"features\": []}", "survey.geojson", "its type is missing");
    assertOnlyProblem("{\"type\": \"FeatureCollection\"}", "features", "missing");
    assertOnlyProblem(
        "{\"type\": \"FeatureCollection\", \"features\": {}}", "features", "must be an array");
  }

  @Test
  void featureThatIsNotAFeature() {
    assertOnlyProblem(
        collection(INTERSECTION, "[1, 2]"), "features[1]", "must be a Feature object, is an array");
    assertOnlyProblem(
        collection(INTERSECTION.replace("\"Feature\"", "\"Fetaure\"")),
        "features[0] (intersection 1:101) type",
        "must be \"Feature\", is \"Fetaure\"");
    assertOnlyProblem(
        collection("{\"type\": \"Feature\", \"geometry\": null}"),
        "features[0] properties",
        "missing");
    assertOnlyProblem(
        collection("{\"type\": \"Feature\", \"geometry\": null, \"properties\": null}"),
        "features[0] properties",
        "null");
  }

  @Test
  void missingOrUnknownKind() {
    assertOnlyProblem(
        collection(feature("null", "\"id\": \"1\"")), "features[0] properties.kind", "missing");
    assertOnlyProblem(
        collection(feature("null", "\"kind\": \"road\"")),
        "features[0] properties.kind",
        "unknown kind \"road\", is one of intersection, lane, connection");
    assertOnlyProblem(
        collection(feature("null", "\"kind\": 3")),
        "features[0] properties.kind",
        "must be a string, is 3");
  }

  @Test
  void intersectionProperties() {
    String point = "{\"type\": \"Point\", \"coordinates\": [121.4737, 31.2304]}";
    assertOnlyProblem(
        collection(feature(point, "\"kind\": \"intersection\"")),
        "features[0] (intersection) properties.id",
        "missing");
    assertOnlyProblem(
        collection(feature(point, "\"kind\": \"intersection\", \"id\": \"1:70000\"")),
        "features[0] (intersection) properties.id",
        "an intersection id is <id> or <region>:<id>");
    assertOnlyProblem(
        collection(feature(point, "\"kind\": \"intersection\", \"id\": 101")),
        "features[0] (intersection) properties.id",
        "must be a string, is 101");
    assertOnlyProblem(
        collection(feature(point, "\"kind\": \"intersection\", \"id\": \"5\", \"name\": [\"x\"]")),
        "features[0] (intersection 5) properties.name",
        "must be a string");
    assertOnlyProblem(
        collection(
            feature(point, "\"kind\": \"intersection\", \"id\": \"5\", \"elevationM\": 9000")),
        "features[0] (intersection 5) properties.elevationM",
        "-409.6..6143.9, is 9000");
  }

  @Test
  void laneProperties() {
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, "\"widthM\": \"wide\"")),
        "features[1] (lane 1:101.in1:100.3) properties.widthM",
        "must be a number (metres, more than 0), is \"wide\"");
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, "\"widthM\": 0")),
        "features[1] (lane 1:101.in1:100.3) properties.widthM",
        "must be metres, more than 0, is 0");
    assertOnlyProblem(
        collection(INTERSECTION, lane(300, "")),
        "features[1] (lane) properties.laneId",
        "must be 0..255, is 300");
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, "").replace("\"laneId\": 3", "\"laneId\": 3.5")),
        "features[1] (lane) properties.laneId",
        "must be a whole number 0..255, is 3.5");
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, "").replace("\"in1:100\"", "\"west\"")),
        "features[1] (lane) properties.approach",
        "an approach is in<node key>");
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, "").replace("\"vehicle\"", "\"car\"")),
        "features[1] (lane 1:101.in1:100.3) properties.type",
        "unknown value 'car', is one of vehicle, crosswalk, bike_lane");
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, "\"maneuvers\": [\"straight\", \"LEFT\"]")),
        "features[1] (lane 1:101.in1:100.3) properties.maneuvers[1]",
        "unknown value 'LEFT'");
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, "\"maneuvers\": \"straight\"")),
        "features[1] (lane 1:101.in1:100.3) properties.maneuvers",
        "must be an array of names");
    assertOnlyProblem(
        collection(
            INTERSECTION, lane(3, "\"speedLimits\": [{\"type\": \"max\", \"speedMps\": 10}]")),
        "features[1] (lane 1:101.in1:100.3) properties.speedLimits[0].type",
        "unknown value 'max', is one of unknown, max_speed_in_school_zone");
    assertOnlyProblem(
        collection(
            INTERSECTION,
            lane(
                3,
                "\"approachSpeedLimits\": [{\"type\": \"vehicle_max_speed\", \"speedMps\": 200}]")),
        "features[1] (lane 1:101.in1:100.3) properties.approachSpeedLimits[0].speedMps",
        "0..163.8, is 200");
    String noType = lane(3, "").replace(", \"type\": \"vehicle\"", "");
    assertOnlyProblem(
        collection(INTERSECTION, noType),
        "features[1] (lane 1:101.in1:100.3) properties.type",
        "missing");
  }

  @Test
  void wrongGeometry() {
    String point = "{\"type\": \"Point\", \"coordinates\": [121.4737, 31.2304]}";
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, "").replace(LINE, point)),
        "features[1] (lane 1:101.in1:100.3) geometry",
        "must be a LineString, is a \"Point\"");
    assertOnlyProblem(
        collection(INTERSECTION.replace("\"Point\"", "\"MultiPoint\"")),
        "features[0] (intersection 1:101) geometry",
        "must be a Point");
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, "").replace(LINE, "null")),
        "features[1] (lane 1:101.in1:100.3) geometry",
        "null, must be a LineString");
    assertOnlyProblem(
        collection(INTERSECTION.replace("[121.4737, 31.2304]", "[31.2304, 121.4737]")),
        "features[0] (intersection 1:101) geometry.coordinates",
        "latitude -90..90 (a position is [lon, lat])");
    assertOnlyProblem(
        collection(INTERSECTION.replace("[121.4737, 31.2304]", "[\"121.4737\", 31.2304]")),
        "features[0] (intersection 1:101) geometry.coordinates[0]",
        "must be a number, is \"121.4737\"");
    assertOnlyProblem(
        collection(INTERSECTION.replace("[121.4737, 31.2304]", "[121.4737]")),
        "features[0] (intersection 1:101) geometry.coordinates",
        "a position is [lon, lat]");
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, "").replace(", [121.4735, 31.2303]", "")),
        "features[1] (lane 1:101.in1:100.3) geometry.coordinates",
        "a LineString has 2..10000 positions [lon, lat], has 1");
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, "").replace("[121.4735, 31.2303]", "[181, 31.2303]")),
        "features[1] (lane 1:101.in1:100.3) geometry.coordinates[1]",
        "longitude must be -180..180");
  }

  @Test
  void referencesToWhatIsNotInTheFile() {
    assertOnlyProblem(
        collection(lane(3, "")),
        "features[0] (lane 1:101.in1:100.3) properties.intersection",
        "no intersection feature with id 1:101 in this file");
    String connection =
        feature(
            "null",
            "\"kind\": \"connection\", \"fromLane\": \"1:101.in1:100.4\", \"toIntersection\": \"1:102\"");
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, ""), connection),
        "features[2] (connection from 1:101.in1:100.4) properties.fromLane",
        "no lane 1:101.in1:100.4 in this file");
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, ""), connection.replace("1:101.in1:100.4", "1:101-in-3")),
        "features[2] (connection) properties.fromLane",
        "a lane key is <intersection>.<approach>.<lane id 0..255>");
  }

  @Test
  void connectionProperties() {
    String connection =
        "\"kind\": \"connection\", \"fromLane\": \"1:101.in1:100.3\", \"toIntersection\": \"1:102\"";
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, ""), feature("null", connection + ", \"phaseId\": -1")),
        "features[2] (connection from 1:101.in1:100.3) properties.phaseId",
        "must be 0..255, is -1");
    assertOnlyProblem(
        collection(
            INTERSECTION, lane(3, ""), feature("null", connection.replace("\"1:102\"", "null"))),
        "features[2] (connection from 1:101.in1:100.3) properties.toIntersection",
        "missing");
    assertOnlyProblem(
        collection(
            INTERSECTION,
            lane(3, ""),
            feature("{\"type\": \"Point\", \"coordinates\": [1, 2]}", connection)),
        "features[2] (connection from 1:101.in1:100.3) geometry",
        "must be a LineString");
    // the lane key is taken in its normal form: region and node ids without leading zeros
    assertEquals(
        1,
        GeoJsonMaps.read(
                utf8(
                    collection(
                        INTERSECTION,
                        lane(3, ""),
                        feature(
                            "null", connection.replace("1:101.in1:100.3", "1:0101.in01:100.03")))),
                "x")
            .get(0)
            .approaches()
            .get(0)
            .lanes()
            .get(0)
            .connections()
            .size());
  }

  @Test
  void duplicateIds() {
    assertOnlyProblem(
        collection(INTERSECTION, INTERSECTION.replace("121.4737", "121.48")),
        "features[1] (intersection 1:101) properties.id",
        "intersection 1:101 is also features[0] (intersection 1:101)");
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, ""), lane(3, "\"widthM\": 3")),
        "features[2] (lane 1:101.in1:100.3) properties.laneId",
        "lane 1:101.in1:100.3 is also features[1] (lane 1:101.in1:100.3)");
  }

  @Test
  void approachValuesThatDisagree() {
    List<MapProblem> problems =
        problems(
            collection(
                INTERSECTION,
                lane(1, "\"approachName\": \"West\", \"approachWidthM\": 7"),
                lane(2, "\"approachName\": \"West\""),
                lane(3, "\"approachName\": \"Wset\", \"approachWidthM\": 6.5")));
    assertEquals(
        List.of(
            new MapProblem(
                "features[3] (lane 1:101.in1:100.3) properties.approachName",
                "disagrees with features[1] (lane 1:101.in1:100.1) on approach in1:100 (an"
                    + " approach's values must be the same on each of its lanes)"),
            new MapProblem(
                "features[3] (lane 1:101.in1:100.3) properties.approachWidthM",
                "disagrees with features[1] (lane 1:101.in1:100.1) on approach in1:100 (an"
                    + " approach's values must be the same on each of its lanes)")),
        problems);
  }

  @Test
  void everyProblemOfTheDocumentIsReportedTogether() {
    List<MapProblem> problems =
        problems(
            collection(
                INTERSECTION.replace("\"1:101\"", "\"1:x\""),
                lane(3, "\"widthM\": -1, \"maneuvers\": [\"left\", \"sideways\"]"),
                feature("null", "\"kind\": \"sign\"")));
    assertEquals(
        List.of(
            "features[0] (intersection) properties.id",
            "features[1] (lane 1:101.in1:100.3) properties.widthM",
            "features[1] (lane 1:101.in1:100.3) properties.maneuvers[1]",
            "features[2] properties.kind"),
        problems.stream().map(MapProblem::element).toList());
  }

  @Test
  void problemsOfALaneWithProblemsDoNotCascade() {
    // the intersection is refused, so its lane is not assembled, but it is not "missing" either;
    // the lane is refused, so the connection from it has nowhere to go, but the lane exists
    List<MapProblem> problems =
        problems(
            collection(
                INTERSECTION.replace("31.2304", "95"),
                lane(3, "\"widthM\": -1"),
                feature(
                    "null",
                    "\"kind\": \"connection\", \"fromLane\": \"1:101.in1:100.3\","
                        + " \"toIntersection\": \"1:102\"")));
    assertEquals(
        List.of(
            "features[0] (intersection 1:101) geometry.coordinates",
            "features[1] (lane 1:101.in1:100.3) properties.widthM"),
        problems.stream().map(MapProblem::element).toList());
  }
}
