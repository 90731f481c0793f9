package org.openv2x.hdmap.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openv2x.hdmap.server.http.ApiFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.geojson.GeoJsonMaps;
import org.openv2x.hdmap.server.MapService;
import org.openv2x.hdmap.testing.GridMaps;

/** The read routes, their errors, the OpenAPI document, health and metrics, over a real socket. */
class HttpApiIT {
  @TempDir static Path dataDir;

  private static ApiFixture fixture;

  @BeforeAll
  static void start() {
    fixture = ApiFixture.start(dataDir, 1 << 20);
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  private static IntersectionId centre() {
    return GridMaps.nodeId(ApiFixture.COLUMNS, 1, 1);
  }

  @Test
  void listsEveryIntersectionById() {
    JsonNode body = json(fixture.get("/api/v1/intersections"), 200);
    assertEquals(9, body.get("count").asInt());
    assertFalse(body.get("truncated").asBoolean());
    List<String> ids = new ArrayList<>();
    for (JsonNode summary : body.get("intersections")) {
      ids.add(summary.get("id").asText());
      assertEquals(1, summary.get("version").asInt());
      assertEquals("scenario_import", summary.get("source").asText());
      assertEquals(16, summary.get("laneCount").asInt(), "4 legs x (2 in + 2 out)");
      JsonNode ref = summary.get("refPoint");
      JsonNode bounds = summary.get("bounds");
      assertTrue(ref.get("latDeg").asDouble() > bounds.get("minLatDeg").asDouble());
      assertTrue(ref.get("lonDeg").asDouble() < bounds.get("maxLonDeg").asDouble());
    }
    List<String> expected = ApiFixture.GRID.stream().map(i -> i.id().key()).sorted().toList();
    assertEquals(expected, ids);
  }

  @Test
  void listsOnlyTheIntersectionsInTheBoxAndCapsAtTheLimit() {
    GeoPoint centre = GridMaps.offset(ApiFixture.ORIGIN, 200, 200);
    String bbox = box(centre, 10);
    JsonNode inBox = json(fixture.get("/api/v1/intersections?bbox=" + bbox), 200);
    assertEquals(1, inBox.get("count").asInt());
    assertEquals(centre().key(), inBox.get("intersections").get(0).get("id").asText());

    JsonNode limited = json(fixture.get("/api/v1/intersections?limit=2"), 200);
    assertEquals(2, limited.get("count").asInt());
    assertTrue(limited.get("truncated").asBoolean());
    assertEquals("1:1", limited.get("intersections").get(0).get("id").asText());
    assertEquals("1:2", limited.get("intersections").get(1).get("id").asText());
  }

  @Test
  void servesAWholeVersionWithItsDerivedGeometry() {
    JsonNode body = json(fixture.get("/api/v1/intersections/" + centre().key()), 200);
    assertEquals("1:5", body.get("id").asText());
    assertEquals("Grid 1-1", body.get("name").asText());
    assertEquals(1, body.get("version").get("version").asInt());
    assertEquals("scenario_import", body.get("version").get("source").asText());
    assertEquals("grid", body.get("version").get("origin").asText());
    assertFalse(body.get("version").get("contentHash").asText().isEmpty());
    JsonNode approaches = body.get("approaches");
    assertEquals(8, approaches.size());
    JsonNode north = approaches.get(0);
    assertEquals("in1:8", north.get("id").asText());
    assertEquals("ingress", north.get("kind").asText());
    assertEquals("vehicle_max_speed", north.get("speedLimits").get(0).get("type").asText());
    JsonNode lane = north.get("lanes").get(0);
    assertEquals("1:5.in1:8.1", lane.get("laneKey").asText());
    assertEquals(List.of("straight", "left"), texts(lane.get("maneuvers")));
    assertEquals(GridMaps.LANE_WIDTH_M, lane.get("derived").get("widthM").asDouble(), 1e-9);
    assertTrue(lane.get("derived").get("lengthM").asDouble() > 80);
    assertTrue(lane.get("derived").has("stopLine"), "an ingress lane has a stop line");
    assertFalse(approaches.get(1).get("lanes").get(0).get("derived").has("stopLine"));
    JsonNode centreLine = lane.get("centreLine");
    JsonNode last = centreLine.get(centreLine.size() - 1);
    JsonNode stop = lane.get("derived").get("stopLine").get("centre");
    assertEquals(last.get("latDeg").asDouble(), stop.get("latDeg").asDouble(), 1e-7);
    assertEquals(16, body.get("connections").size(), "8 ingress lanes x 2 connections");
    JsonNode connection = body.get("connections").get(0);
    assertEquals("1:5.in1:8.1", connection.get("from").asText());
    assertEquals(
        connection.get("from").asText() + ">" + connection.get("to").asText(),
        connection.get("key").asText());
    assertFalse(connection.get("pathEstimated").asBoolean(), "the neighbours are known");
    assertFalse(body.get("conflicts").isEmpty());
    JsonNode box = body.get("box");
    assertEquals(box.get(0), box.get(box.size() - 1), "the box is a closed ring");
  }

  @Test
  void servesOneVersionByNumberAndEveryVersionsFacts() {
    JsonNode first = json(fixture.get("/api/v1/intersections/1:1?version=1"), 200);
    assertEquals(1, first.get("version").get("version").asInt());
    JsonNode versions = json(fixture.get("/api/v1/intersections/1:1/versions"), 200);
    assertEquals("1:1", versions.get("id").asText());
    assertEquals(1, versions.get("versions").size());
    assertEquals(
        first.get("version").get("contentHash"),
        versions.get("versions").get(0).get("contentHash"));
  }

  @Test
  void servesALaneWithItsApproachAndGeometry() {
    JsonNode body = json(fixture.get("/api/v1/lanes/1:5.out1:4.2"), 200);
    assertEquals("1:5", body.get("intersection").asText());
    assertEquals(1, body.get("version").asInt());
    assertEquals("out1:4", body.get("approach").get("id").asText());
    assertEquals("egress", body.get("approach").get("kind").asText());
    assertEquals("1:5.out1:4.2", body.get("lane").get("laneKey").asText());
    assertEquals(2, body.get("lane").get("laneId").asInt());
    assertTrue(body.get("lane").get("derived").get("polygon").size() >= 4);
  }

  @Test
  void exportsGeoJsonThatReadsBackToTheContent() {
    HttpResponse<String> all = fixture.get("/api/v1/geojson");
    assertEquals(200, all.statusCode());
    assertTrue(
        all.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
    assertEquals("false", all.headers().firstValue(MapRoutes.TRUNCATED_HEADER).orElse(""));
    List<Intersection> read =
        GeoJsonMaps.read(all.body().getBytes(StandardCharsets.UTF_8), "export");
    assertEquals(ApiFixture.GRID, read);

    HttpResponse<String> one =
        fixture.get(
            "/api/v1/geojson?bbox=" + box(GridMaps.offset(ApiFixture.ORIGIN, 200, 200), 10));
    List<Intersection> inBox = GeoJsonMaps.read(one.body().getBytes(StandardCharsets.UTF_8), "one");
    assertEquals(List.of(centre()), inBox.stream().map(Intersection::id).toList());

    HttpResponse<String> limited = fixture.get("/api/v1/geojson?limit=3");
    assertEquals("true", limited.headers().firstValue(MapRoutes.TRUNCATED_HEADER).orElse(""));
    assertEquals(
        3, GeoJsonMaps.read(limited.body().getBytes(StandardCharsets.UTF_8), "three").size());
  }

  @Test
  void matchesAPointOnALaneCentreToThatLane() {
    // Lane 1 of the centre intersection's west ingress runs east; 40 m before its stop line.
    GeoPoint onLane =
        GridMaps.offset(
            ApiFixture.ORIGIN,
            200 - GridMaps.STOP_LINE_SETBACK_M - 40,
            200 - 0.5 * GridMaps.LANE_WIDTH_M);
    JsonNode body =
        json(
            fixture.get(
                "/api/v1/match?lat="
                    + onLane.latDeg()
                    + "&lon="
                    + onLane.lonDeg()
                    + "&heading=90&speed=10"),
            200);
    assertTrue(body.get("matched").asBoolean(), body::toString);
    assertEquals("1:5", body.get("intersection").asText());
    assertEquals("in1:4", body.get("approachId").asText());
    assertEquals("1:5.in1:4.1", body.get("laneKey").asText());
    assertEquals(40, body.get("distanceToStopLineM").asDouble(), 0.5);
    assertFalse(body.get("wrongWay").asBoolean());
    assertFalse(body.has("connectionKey"));

    JsonNode noHeading =
        json(fixture.get("/api/v1/match?lat=" + onLane.latDeg() + "&lon=" + onLane.lonDeg()), 200);
    assertEquals("1:5.in1:4.1", noHeading.get("laneKey").asText());

    GeoPoint farAway = GridMaps.offset(ApiFixture.ORIGIN, -5000, -5000);
    JsonNode none =
        json(
            fixture.get("/api/v1/match?lat=" + farAway.latDeg() + "&lon=" + farAway.lonDeg()), 200);
    assertEquals(Map.of("matched", false), new ObjectMapper().convertValue(none, Map.class));
  }

  @Test
  void reportsHealthAndCountsRequestsByRouteAndStatus() {
    JsonNode health = json(fixture.get("/health"), 200);
    assertEquals("UP", health.get("status").asText());
    assertEquals(9, health.get("intersections").asInt());
    fixture.get("/api/v1/intersections/1:999");
    fixture.get("/no/such/route");
    HttpResponse<String> metrics = fixture.get("/metrics");
    assertEquals(200, metrics.statusCode());
    String type = metrics.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("text/plain") && type.contains("version=0.0.4"), type);
    assertTrue(
        metrics.body().contains("hdmap_http_requests_total{route=\"/health\",status=\"200\"}"),
        metrics.body());
    assertTrue(
        metrics
            .body()
            .contains(
                "hdmap_http_requests_total{route=\"/api/v1/intersections/{id}\",status=\"404\"}"));
    assertTrue(
        metrics.body().contains("hdmap_http_requests_total{route=\"unmatched\",status=\"404\"}"));
  }

  @Test
  void servesAnOpenApiDocumentNamingEveryRoute() throws Exception {
    HttpResponse<String> response = fixture.get("/api/v1/openapi.yaml");
    assertEquals(200, response.statusCode());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
    JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(response.body());
    assertTrue(document.get("openapi").asText().startsWith("3.0"));
    Set<HttpApi.Route> documented = new HashSet<>();
    Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> path = paths.next();
      path.getValue()
          .fieldNames()
          .forEachRemaining(
              method ->
                  documented.add(
                      new HttpApi.Route(method.toUpperCase(Locale.ROOT), path.getKey())));
    }
    assertEquals(Set.copyOf(fixture.api.routes()), documented);
    assertEquals(10, fixture.api.routes().size());
  }

  @ParameterizedTest(name = "{0} -> 400 {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/intersections?bbox=a,b,c,d | bbox",
        "/api/v1/intersections?bbox=116,39,117 | bbox",
        "/api/v1/intersections?bbox=116,-95,117,40 | bbox",
        "/api/v1/intersections?limit=0 | limit",
        "/api/v1/intersections?limit=10001 | limit",
        "/api/v1/intersections?limit=ten | limit",
        "/api/v1/intersections/abc | id",
        "/api/v1/intersections/1:70000 | id",
        "/api/v1/intersections/1:5?version=0 | version",
        "/api/v1/intersections/1:5?version=first | version",
        "/api/v1/intersections/x/versions | id",
        "/api/v1/lanes/1:5.in1:8 | laneKey",
        "/api/v1/lanes/1:5.side1:8.1 | laneKey",
        "/api/v1/lanes/1:5.in1:8.256 | laneKey",
        "/api/v1/geojson?bbox=1,2,3 | bbox",
        "/api/v1/geojson?limit=-1 | limit",
        "/api/v1/match?lon=116.3 | lat",
        "/api/v1/match?lat=north&lon=116.3 | lat",
        "/api/v1/match?lat=91&lon=116.3 | lat",
        "/api/v1/match?lat=39.9 | lon",
        "/api/v1/match?lat=39.9&lon=-181 | lon",
        "/api/v1/match?lat=39.9&lon=116.3&heading=361 | heading",
        "/api/v1/match?lat=39.9&lon=116.3&heading=-1 | heading",
        "/api/v1/match?lat=39.9&lon=116.3&heading=east | heading",
        "/api/v1/match?lat=39.9&lon=116.3&speed=-0.5 | speed",
        "/api/v1/match?lat=39.9&lon=116.3&speed=NaN | speed",
      })
  void refusesABadParameterNamingIt(String pathAndQuery, String parameter) {
    JsonNode body = json(fixture.get(pathAndQuery), 400);
    assertEquals(parameter, body.get("parameter").asText());
    assertTrue(body.get("error").asText().startsWith(parameter + ": "), body::toString);
  }

  @ParameterizedTest(name = "{0} -> 404 naming {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/intersections/1:999 | 1:999",
        "/api/v1/intersections/1:5?version=2 | version 2",
        "/api/v1/intersections/2:5/versions | 2:5",
        "/api/v1/lanes/1:5.in1:8.7 | 1:5.in1:8.7",
        "/api/v1/lanes/1:77.in1:8.1 | 1:77.in1:8.1",
        "/api/v2/intersections | /api/v2/intersections",
      })
  void answersNotFoundNamingWhat(String pathAndQuery, String named) {
    JsonNode body = json(fixture.get(pathAndQuery), 404);
    assertTrue(body.get("error").asText().contains(named), body::toString);
  }

  @Test
  void refusesAMethodTheRouteDoesNotServe() {
    JsonNode delete =
        json(
            fixture.send(HttpRequest.newBuilder(fixture.uri("/api/v1/intersections")).DELETE()),
            405);
    assertTrue(delete.get("error").asText().contains("DELETE"));
    json(fixture.get("/api/v1/import"), 405);
    json(
        fixture.send(
            HttpRequest.newBuilder(fixture.uri("/health"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))),
        405);
  }

  @Test
  void answersAnUnexpectedFailureWith500AndNoStackTrace(@TempDir Path otherDir) {
    try (ApiFixture failing = ApiFixture.start(otherDir, 1 << 20, HttpApiIT::failingLanes)) {
      JsonNode body = json(failing.get("/api/v1/lanes/1:5.in1:8.1"), 500);
      List<String> fields = new ArrayList<>();
      body.fieldNames().forEachRemaining(fields::add);
      assertEquals(List.of("error"), fields);
      assertFalse(body.get("error").asText().contains("disk on fire"));
      assertFalse(body.toString().contains("at org."));
      json(failing.get("/api/v1/intersections/1:5"), 200);
    }
  }

  /** The service, except that reading a lane fails as a broken disk would. */
  private static MapService failingLanes(MapService service) {
    return (MapService)
        Proxy.newProxyInstance(
            MapService.class.getClassLoader(),
            new Class<?>[] {MapService.class},
            (proxy, method, args) -> {
              if (method.getName().equals("lane")) {
                throw new IllegalStateException("disk on fire");
              }
              try {
                return method.invoke(service, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private static String box(GeoPoint centre, double halfSideM) {
    GeoPoint min = GridMaps.offset(centre, -halfSideM, -halfSideM);
    GeoPoint max = GridMaps.offset(centre, halfSideM, halfSideM);
    return min.lonDeg() + "," + min.latDeg() + "," + max.lonDeg() + "," + max.latDeg();
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
