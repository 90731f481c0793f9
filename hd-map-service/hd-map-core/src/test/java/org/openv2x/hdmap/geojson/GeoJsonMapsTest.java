package org.openv2x.hdmap.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openv2x.hdmap.geojson.GeoJsonSamples.p;
import static org.openv2x.hdmap.geojson.GeoJsonSamples.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.map.SpeedLimitType;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.DerivedGeometry;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.LaneType;
import org.openv2x.hdmap.Maneuver;
import org.openv2x.hdmap.SpeedLimit;
import org.openv2x.hdmap.derive.MapDerivation;
import org.openv2x.hdmap.derive.RemoteLanes;
import org.openv2x.hdmap.validate.MapValidator;

class GeoJsonMapsTest {
  private static final Path EXAMPLE = Path.of("../examples/one-intersection.geojson");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsTheExampleFile() throws IOException {
    List<Intersection> read = GeoJsonMaps.read(Files.readAllBytes(EXAMPLE), "one-intersection");

    assertEquals(1, read.size());
    Intersection intersection = read.get(0);
    assertEquals(IntersectionId.of(1, 101), intersection.id());
    assertEquals(Optional.of("Yan'an Rd / Shaanxi Rd"), intersection.name());
    assertEquals(p(121.4737, 31.2304), intersection.refPoint());
    assertEquals(OptionalDouble.of(4.5), intersection.elevationM());
    assertEquals(2, intersection.approaches().size());

    Approach west = intersection.approaches().get(0);
    assertEquals(ApproachKind.INGRESS, west.kind());
    assertEquals(IntersectionId.of(1, 100), west.otherNode());
    assertEquals(Optional.of("Yan'an Rd (west)"), west.name());
    assertEquals(OptionalDouble.empty(), west.widthM());
    Lane in = west.lanes().get(0);
    assertEquals(1, in.laneId());
    assertEquals(LaneType.VEHICLE, in.type());
    assertEquals(OptionalDouble.of(3.5), in.widthM());
    assertEquals(Set.of(Maneuver.STRAIGHT), in.maneuvers());
    assertEquals(
        List.of(new SpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 16.67)), in.speedLimits());
    assertEquals(
        List.of(p(121.4726481, 31.2303843), p(121.4731741, 31.2303843), p(121.4735422, 31.2303843)),
        in.centreLine());
    assertEquals(
        List.of(
            new LaneConnection(
                IntersectionId.of(1, 102),
                OptionalInt.of(1),
                Set.of(Maneuver.STRAIGHT),
                OptionalInt.of(2))),
        in.connections());

    Approach east = intersection.approaches().get(1);
    assertEquals(ApproachKind.EGRESS, east.kind());
    assertEquals("out1:102", east.id());
    assertEquals(OptionalDouble.of(7.0), east.widthM());
    assertEquals(
        List.of(new SpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 16.67)), east.speedLimits());
    assertEquals(List.of(), east.lanes().get(0).connections());
    assertEquals(Set.of(), east.lanes().get(0).maneuvers());
  }

  @Test
  void theExampleAndTheSamplesAreValidMaps() throws IOException {
    List<Intersection> maps =
        List.of(
            GeoJsonMaps.read(Files.readAllBytes(EXAMPLE), "example").get(0),
            GeoJsonSamples.rich(),
            GeoJsonSamples.bare());

    for (Intersection map : maps) {
      assertEquals(List.of(), MapValidator.validate(map), map.id().key());
    }
  }

  @Test
  void contentWrittenReadsBackEqual() {
    List<Intersection> content = List.of(GeoJsonSamples.rich(), GeoJsonSamples.bare());

    byte[] json = GeoJsonMaps.writeContent(content);

    assertEquals(content, GeoJsonMaps.read(json, "content"));
  }

  @Test
  void contentHasOnlyImportableKindsAndNoGeometryOnConnections() throws IOException {
    JsonNode collection = JSON.readTree(GeoJsonMaps.writeContent(List.of(GeoJsonSamples.rich())));

    List<String> kinds = new ArrayList<>();
    for (JsonNode feature : collection.get("features")) {
      String kind = feature.get("properties").get("kind").asText();
      kinds.add(kind);
      if (kind.equals("connection")) {
        assertTrue(feature.get("geometry").isNull());
      }
    }
    assertEquals(
        List.of(
            "intersection",
            "lane",
            "connection",
            "connection",
            "lane",
            "lane",
            "lane",
            "connection",
            "lane"),
        kinds);
    GeoJsonChecks.assertWellFormed(collection);
  }

  @Test
  void exportIsWellFormedGeoJsonAndReadsBackToTheContent() throws IOException {
    IntersectionVersion version = GeoJsonSamples.richVersion();

    byte[] json = GeoJsonMaps.write(List.of(version));

    GeoJsonChecks.assertWellFormed(JSON.readTree(json));
    assertEquals(List.of(version.intersection()), GeoJsonMaps.read(json, "export"));
  }

  @Test
  void exportOfDerivedGeometryIsWellFormedAndReadsBackToTheContent() throws IOException {
    Intersection example = GeoJsonMaps.read(Files.readAllBytes(EXAMPLE), "example").get(0);
    Intersection elsewhere =
        new Intersection(
            IntersectionId.of(1, 201),
            example.name(),
            example.refPoint(),
            example.elevationM(),
            example.approaches());
    List<Intersection> content = List.of(GeoJsonSamples.rich(), GeoJsonSamples.bare(), elsewhere);
    List<IntersectionVersion> versions = new ArrayList<>();
    for (Intersection intersection : content) {
      DerivedGeometry derived = MapDerivation.derive(intersection, RemoteLanes.NONE);
      versions.add(
          new IntersectionVersion(intersection, GeoJsonSamples.richVersion().info(), derived));
    }

    byte[] json = GeoJsonMaps.write(versions);

    JsonNode features = JSON.readTree(json);
    GeoJsonChecks.assertWellFormed(features);
    assertEquals(content, GeoJsonMaps.read(json, "export"));
    int lanes = 0;
    int connections = 0;
    for (Intersection intersection : content) {
      for (Approach approach : intersection.approaches()) {
        lanes += approach.lanes().size();
        connections += approach.lanes().stream().mapToInt(l -> l.connections().size()).sum();
      }
    }
    assertEquals(lanes, byKind(features.get("features"), "lane-area").size());
    List<JsonNode> paths = byKind(features.get("features"), "connection");
    assertEquals(connections, paths.size());
    for (JsonNode path : paths) {
      assertEquals("LineString", path.get("geometry").get("type").asText(), path.toString());
      assertTrue(path.get("properties").get("lengthM").asDouble() > 0, path.toString());
    }
    assertEquals(2, byKind(features.get("features"), "box").size(), "the bare node has no box");
  }

  @Test
  void exportCarriesVersionFactsAndDerivedGeometry() throws IOException {
    JsonNode features =
        JSON.readTree(GeoJsonMaps.write(List.of(GeoJsonSamples.richVersion()))).get("features");

    JsonNode intersection = features.get(0);
    assertEquals("[121.4726,31.2295,121.4748,31.2307]", intersection.get("bbox").toString());
    JsonNode facts = intersection.get("properties");
    assertEquals(3, facts.get("version").asInt());
    assertEquals("geojson_import", facts.get("source").asText());
    assertEquals("2025-05-01T08:30:00Z", facts.get("storedAt").asText());
    assertEquals("survey-2025.geojson", facts.get("origin").asText());

    JsonNode lane = byKind(features, "lane").get(0).get("properties");
    assertEquals("1:101.in1:100.1", lane.get("laneKey").asText());
    assertEquals(93.0, lane.get("lengthM").asDouble());

    List<JsonNode> connections = byKind(features, "connection");
    assertEquals(3, connections.size());
    JsonNode left = connections.get(1);
    assertEquals(
        "1:101.in1:100.1>103.in1:101.?", left.get("properties").get("connectionKey").asText());
    assertEquals("103.in1:101.?", left.get("properties").get("toLane").asText());
    assertEquals("24.123", left.get("properties").get("lengthM").asText());
    assertTrue(left.get("properties").get("pathEstimated").asBoolean());
    assertEquals(
        "[[121.4735422,31.2303843],[121.4737,31.2304],[121.4737175,31.2306]]",
        left.get("geometry").get("coordinates").toString());
    assertFalse(connections.get(0).get("properties").get("pathEstimated").asBoolean());

    assertEquals(5, byKind(features, "lane-area").size());
    List<JsonNode> stopLines = byKind(features, "stop-line");
    assertEquals(4, stopLines.size());
    assertEquals(
        "[[121.4735422,31.2304],[121.4735422,31.2303686]]",
        stopLines.get(0).get("geometry").get("coordinates").toString());
    JsonNode conflict = byKind(features, "conflict").get(0);
    assertEquals("Point", conflict.get("geometry").get("type").asText());
    assertEquals(12.5, conflict.get("properties").get("distanceAlongAM").asDouble());
    assertEquals(10.25, conflict.get("properties").get("distanceAlongBM").asDouble());
    assertEquals(1, byKind(features, "box").size());
  }

  @Test
  void coordinatesAreWrittenWithAtMostEightDecimals() {
    Intersection precise =
        new Intersection(
            IntersectionId.of(5),
            Optional.empty(),
            p(121.123456789123, -31.000000004),
            OptionalDouble.empty(),
            List.of());

    String json =
        new String(
            GeoJsonMaps.writeContent(List.of(precise)), java.nio.charset.StandardCharsets.UTF_8);

    assertTrue(json.contains("\"coordinates\":[121.12345679,-31]"), json);
    Matcher numbers = Pattern.compile("-?\\d+\\.(\\d+)").matcher(json);
    while (numbers.find()) {
      assertTrue(numbers.group(1).length() <= 8, numbers.group());
    }
  }

  @Test
  void emptyCollectionIsNoIntersections() {
    assertEquals(
        List.of(), GeoJsonMaps.read(utf8("{\"type\":\"FeatureCollection\",\"features\":[]}"), "x"));
  }

  @Test
  void exportedKindsAndUnknownPropertiesAreSkipped() {
    String json =
        """
        {"type": "FeatureCollection", "name": "survey", "crs": {"type": "name"}, "features": [
          {"type": "Feature", "id": 17, "geometry": {"type": "Point", "coordinates": [121.4737, 31.2304, 4.5]},
           "properties": {"kind": "intersection", "id": "9", "surveyor": {"name": "A", "tags": [1, [2]]},
                          "version": 12, "storedAt": "yesterday"}},
          {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]},
           "properties": {"kind": "box", "intersection": "9"}},
          {"type": "Feature", "geometry": null, "properties": {"kind": "conflict"}},
          {"type": "Feature", "geometry": null, "properties": {"kind": "lane-area"}},
          {"type": "Feature", "geometry": null, "properties": {"kind": "stop-line"}}
        ]}
        """;

    assertEquals(
        List.of(
            new Intersection(
                IntersectionId.of(9),
                Optional.empty(),
                p(121.4737, 31.2304),
                OptionalDouble.empty(),
                List.of())),
        GeoJsonMaps.read(utf8(json), "x"));
  }

  @Test
  void approachValuesStatedOnOneLaneHoldForTheApproach() {
    String json =
        """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [121.4737, 31.2304]},
           "properties": {"kind": "intersection", "id": "1:101"}},
          {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[121.472, 31.2303], [121.4735, 31.2303]]},
           "properties": {"kind": "lane", "intersection": "1:101", "approach": "in1:100", "laneId": 1, "type": "vehicle"}},
          {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[121.472, 31.2302], [121.4735, 31.2302]]},
           "properties": {"kind": "lane", "intersection": "1:101", "approach": "in1:100", "laneId": 2, "type": "vehicle",
                          "approachName": "West", "approachWidthM": 6.5,
                          "approachSpeedLimits": [{"type": "vehicle_max_speed", "speedMps": 13.9}]}}
        ]}
        """;

    Approach approach = GeoJsonMaps.read(utf8(json), "x").get(0).approaches().get(0);

    assertEquals(Optional.of("West"), approach.name());
    assertEquals(OptionalDouble.of(6.5), approach.widthM());
    assertEquals(
        List.of(new SpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 13.9)), approach.speedLimits());
    assertEquals(2, approach.lanes().size());
  }

  private static List<JsonNode> byKind(JsonNode features, String kind) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode feature : features) {
      if (feature.get("properties").get("kind").asText().equals(kind)) {
        found.add(feature);
      }
    }
    return found;
  }
}
