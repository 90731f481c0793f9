package org.openv2x.hdmap.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openv2x.hdmap.server.http.ApiFixture.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.geojson.GeoJsonMaps;
import org.openv2x.hdmap.testing.MapEdits;

/**
 * {@code POST /api/v1/import} over a real socket into a real store: new versions, unchanged
 * content, invalid maps, bodies that are not JSON or too large. Each test imports a different
 * intersection of the grid, so they do not depend on each other's order.
 */
class HttpImportIT {
  private static final long MAX_IMPORT_BYTES = 256 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;

  private static ApiFixture fixture;

  @BeforeAll
  static void start() {
    fixture = ApiFixture.start(dataDir, MAX_IMPORT_BYTES);
  }

  @AfterAll
  static void stop() {
    if (fixture != null) {
      fixture.close();
    }
  }

  @Test
  void storesAChangedIntersectionAsItsNextVersionAndKeepsTheFirst() {
    Intersection renamed = renamed(grid("1:5"), "Survey Square");
    JsonNode result =
        json(post("/api/v1/import?origin=survey-7.geojson", content(renamed, grid("1:1"))), 200);
    assertEquals("1:5", result.get("stored").get(0).get("id").asText());
    assertEquals(2, result.get("stored").get(0).get("version").asInt());
    assertEquals(1, result.get("stored").size());
    assertEquals(List.of("1:1"), texts(result.get("unchanged")));

    JsonNode current = json(fixture.get("/api/v1/intersections/1:5"), 200);
    assertEquals("Survey Square", current.get("name").asText());
    assertEquals(2, current.get("version").get("version").asInt());
    assertEquals(
        "Grid 1-1",
        json(fixture.get("/api/v1/intersections/1:5?version=1"), 200).get("name").asText());
    JsonNode versions =
        json(fixture.get("/api/v1/intersections/1:5/versions"), 200).get("versions");
    assertEquals(2, versions.size());
    assertEquals("scenario_import", versions.get(0).get("source").asText());
    assertEquals("geojson_import", versions.get(1).get("source").asText());
    assertEquals("survey-7.geojson", versions.get(1).get("origin").asText());
    assertEquals(
        1, json(fixture.get("/api/v1/intersections/1:1/versions"), 200).get("versions").size());
  }

  @Test
  void takesTheSourceFromTheParameter() {
    JsonNode result =
        json(
            post(
                "/api/v1/import?source=scenario", content(renamed(grid("1:9"), "Scenario corner"))),
            200);
    assertEquals(2, result.get("stored").get(0).get("version").asInt());
    JsonNode version = json(fixture.get("/api/v1/intersections/1:9"), 200).get("version");
    assertEquals("scenario_import", version.get("source").asText());
    assertTrue(version.get("origin") == null, "no origin given, none kept");
  }

  @Test
  void keepsTheVersionOfUnchangedContent() {
    JsonNode result = json(post("/api/v1/import", content(grid("1:2"))), 200);
    assertTrue(result.get("stored").isEmpty());
    assertEquals(List.of("1:2"), texts(result.get("unchanged")));
    assertEquals(
        1, json(fixture.get("/api/v1/intersections/1:2/versions"), 200).get("versions").size());
  }

  @Test
  void refusesAnInvalidMapWithEveryProblemAndStoresNothing() throws Exception {
    ObjectNode document =
        (ObjectNode) JSON.readTree(content(renamed(grid("1:3"), "Never stored"), grid("1:6")));
    JsonNode lanes = document.get("features");
    int changed = 0;
    for (JsonNode feature : lanes) {
      ObjectNode properties = (ObjectNode) feature.get("properties");
      if (properties.get("kind").asText().equals("lane") && changed < 2) {
        properties.put(changed == 0 ? "widthM" : "laneId", changed == 0 ? -3.5 : 999);
        changed++;
      }
    }
    JsonNode refusal = json(post("/api/v1/import", JSON.writeValueAsBytes(document)), 422);
    assertTrue(refusal.get("error").asText().contains("2 problems"), refusal::toString);
    JsonNode problems = refusal.get("problems");
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.get(0).get("element").asText().contains("widthM"), problems::toString);
    assertTrue(problems.get(1).get("element").asText().contains("laneId"), problems::toString);
    problems.forEach(p -> assertTrue(p.get("reason").asText().length() > 5));
    assertEquals(
        "Grid 2-0", json(fixture.get("/api/v1/intersections/1:3"), 200).get("name").asText());
    assertEquals(
        1, json(fixture.get("/api/v1/intersections/1:6/versions"), 200).get("versions").size());
  }

  @Test
  void refusesAMapTheServiceFindsInvalid() {
    Intersection corner = grid("1:7");
    Intersection changed =
        MapEdits.lane(
            corner,
            0,
            0,
            lane -> {
              LaneConnection straight = lane.connections().get(1);
              LaneConnection dangling =
                  new LaneConnection(
                      straight.remoteIntersection(),
                      OptionalInt.of(9),
                      straight.maneuvers(),
                      straight.phaseId());
              return lane.withConnections(List.of(lane.connections().get(0), dangling));
            });

    JsonNode refusal = json(post("/api/v1/import", content(changed)), 422);
    JsonNode problem = refusal.get("problems").get(0);
    assertEquals(1, refusal.get("problems").size(), refusal::toString);
    assertTrue(problem.get("element").asText().contains("1:7"), problem::toString);
    assertTrue(problem.get("reason").asText().contains("no lane 9"), problem::toString);
    assertEquals(
        1, json(fixture.get("/api/v1/intersections/1:7/versions"), 200).get("versions").size());
  }

  @Test
  void refusesABodyThatIsNotJson() {
    for (String body :
        List.of(
            "this is not JSON", "", "{\"type\": \"FeatureCollection\"", "{\"features\": [tru")) {
      JsonNode refusal = json(post("/api/v1/import", body.getBytes(StandardCharsets.UTF_8)), 400);
      assertTrue(refusal.get("error").asText().contains("JSON"), refusal::toString);
    }
  }

  @Test
  void refusesABadSourceOrOrigin() {
    byte[] body = content(grid("1:4"));
    assertEquals(
        "source", json(post("/api/v1/import?source=xml", body), 400).get("parameter").asText());
    assertEquals(
        "origin", json(post("/api/v1/import?origin=%20", body), 400).get("parameter").asText());
  }

  @Test
  void refusesABodyOverTheLimitDeclaredOrNot() throws IOException {
    byte[] oversize = new byte[(int) MAX_IMPORT_BYTES + 1];
    Arrays.fill(oversize, (byte) ' ');
    oversize[0] = '{';
    oversize[oversize.length - 1] = '}';
    // Refused on the declared length alone: the request sends its headers and none of the body.
    JsonNode declared = JSON.readTree(headersOnlyPost("/api/v1/import", oversize.length, 413));
    assertTrue(declared.get("error").asText().contains(Long.toString(MAX_IMPORT_BYTES)));

    HttpResponse<String> chunked =
        fixture.send(
            HttpRequest.newBuilder(fixture.uri("/api/v1/import"))
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(oversize))));
    json(chunked, 413);
    assertEquals(200, fixture.get("/health").statusCode());
    JsonNode atTheLimit =
        json(post("/api/v1/import", Arrays.copyOf(oversize, (int) MAX_IMPORT_BYTES)), 400);
    assertTrue(atTheLimit.get("error").asText().contains("JSON"), "read, not refused for its size");
  }

  /**
   * Sends the headers of a POST declaring {@code contentLength} bytes and none of the body over a
   * plain socket, and returns the body of the answer after asserting its status. The server must
   * answer from the declared length alone; a server that waited for the body would time out here.
   */
  private static String headersOnlyPost(String path, long contentLength, int status)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", fixture.api.port())) {
      socket.setSoTimeout(30_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/geo+json\r\n"
              + "Content-Length: "
              + contentLength
              + "\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      String statusLine = asciiLine(in);
      assertTrue(statusLine.startsWith("HTTP/1.1 " + status + " "), statusLine);
      int bodyLength = -1;
      for (String header = asciiLine(in); !header.isEmpty(); header = asciiLine(in)) {
        int colon = header.indexOf(':');
        if (colon > 0 && header.substring(0, colon).equalsIgnoreCase("Content-Length")) {
          bodyLength = Integer.parseInt(header.substring(colon + 1).trim());
        }
      }
      assertTrue(bodyLength >= 0, "the answer declares its length");
      byte[] body = new byte[bodyLength];
      in.readFully(body);
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private static String asciiLine(DataInputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("connection closed after: " + line);
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  private static HttpResponse<String> post(String pathAndQuery, byte[] body) {
    return fixture.send(
        HttpRequest.newBuilder(fixture.uri(pathAndQuery))
            .header("Content-Type", "application/geo+json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static byte[] content(Intersection... intersections) {
    return GeoJsonMaps.writeContent(List.of(intersections));
  }

  private static Intersection grid(String id) {
    IntersectionId key = IntersectionId.parse(id);
    return ApiFixture.GRID.stream().filter(i -> i.id().equals(key)).findFirst().orElseThrow();
  }

  private static Intersection renamed(Intersection intersection, String name) {
    return new Intersection(
        intersection.id(),
        Optional.of(name),
        intersection.refPoint(),
        intersection.elevationM(),
        intersection.approaches());
  }

  private static List<String> texts(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }
}
