package org.openv2x.hdmap.geojson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openv2x.hdmap.geojson.GeoJsonRefusalsTest.INTERSECTION;
import static org.openv2x.hdmap.geojson.GeoJsonRefusalsTest.assertOnlyProblem;
import static org.openv2x.hdmap.geojson.GeoJsonRefusalsTest.collection;
import static org.openv2x.hdmap.geojson.GeoJsonRefusalsTest.feature;
import static org.openv2x.hdmap.geojson.GeoJsonRefusalsTest.lane;
import static org.openv2x.hdmap.geojson.GeoJsonRefusalsTest.problems;
import static org.openv2x.hdmap.geojson.GeoJsonSamples.utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.openv2x.hdmap.InvalidMapException;
import org.openv2x.hdmap.MapProblem;

/** Limits fire with a problem naming them; garbage, huge and deep input is refused cleanly. */
class GeoJsonLimitsTest {
  private static final String SKIPPED_FEATURE =
      "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"kind\":\"box\"}}";

  @Test
  void featuresBeyondTheDefaultLimitAreRefusedUnread() {
    int max = GeoJsonLimits.DEFAULT_MAX_FEATURES;

    assertEquals(
        List.of(new MapProblem("features", "more than 200000 features (the limit); not read")),
        problems(manyFeatures(max + 1)));
  }

  @Test
  void featuresBeyondAGivenLimit() {
    GeoJsonLimits three = new GeoJsonLimits(3, 10, 10, 10);
    byte[] json = utf8(collection(INTERSECTION, SKIPPED_FEATURE, SKIPPED_FEATURE, SKIPPED_FEATURE));

    assertEquals(1, GeoJsonMaps.read(manyFeatures(3), "x", three).size());
    InvalidMapException refused =
        assertThrows(InvalidMapException.class, () -> GeoJsonMaps.read(json, "x", three));
    assertEquals(
        List.of(new MapProblem("features", "more than 3 features (the limit); not read")),
        refused.problems());
  }

  @Test
  void lineWithMorePositionsThanTheDefaultLimit() {
    int max = GeoJsonLimits.DEFAULT_MAX_POSITIONS_PER_LINE;

    assertEquals(
        max,
        GeoJsonMaps.read(utf8(collection(INTERSECTION, longLane(max))), "x")
            .get(0)
            .approaches()
            .get(0)
            .lanes()
            .get(0)
            .centreLine()
            .size());
    assertOnlyProblem(
        collection(INTERSECTION, longLane(max + 1)),
        "features[1] (lane 1:101.in1:100.3) geometry.coordinates",
        "a LineString has 2..10000 positions [lon, lat], has 10001");
    // far beyond: not read into memory at all
    assertOnlyProblem(
        collection(INTERSECTION, longLane(5 * max)),
        "features[1] (lane 1:101.in1:100.3) geometry",
        "more than 10000 positions (the limit)");
  }

  @Test
  void hugeGeometryOfASkippedKindIsSkipped() {
    String area =
        feature(
            longLane(30_000).replaceAll(".*\"geometry\": (\\{.*?\\}),.*", "$1"),
            "\"kind\": \"lane-area\"");

    assertEquals(1, GeoJsonMaps.read(utf8(collection(INTERSECTION, area)), "x").size());
  }

  @Test
  void propertyWithMoreValuesThanTheLimit() {
    StringJoiner maneuvers = new StringJoiner(",", "[", "]");
    for (int i = 0; i < GeoJsonLimits.DEFAULT_MAX_VALUES_PER_PROPERTY; i++) {
      maneuvers.add("\"straight\"");
    }

    assertOnlyProblem(
        collection(INTERSECTION, lane(3, "\"maneuvers\": " + maneuvers)),
        "features[1] (lane 1:101.in1:100.3) properties.maneuvers",
        "more than 1000 values (the limit)");
    // an unknown property of any size is skipped unread
    assertEquals(
        1,
        GeoJsonMaps.read(utf8(collection(INTERSECTION, lane(3, "\"notes\": " + maneuvers))), "x")
            .size());
  }

  @Test
  void deepNestingIsRefusedWithoutStackOverflow() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);

    assertOnlyProblem(deep, "survey.geojson", "not a GeoJSON FeatureCollection");
    assertOnlyProblem(
        collection(lane(3, "\"notes\": " + deep)),
        "survey.geojson",
        "nested deeper than 64 arrays/objects (the limit)");
    assertOnlyProblem(
        collection(lane(3, "\"maneuvers\": " + deep)),
        "survey.geojson",
        "nested deeper than 64 arrays/objects (the limit)");
    assertOnlyProblem(
        "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000),
        "survey.geojson",
        "nested deeper than 64");
  }

  @Test
  void nestingUpToTheLimitIsRead() {
    // collection > features > feature > properties > notes: 4 levels before the notes' arrays
    int limit = GeoJsonLimits.DEFAULT_MAX_NESTING_DEPTH;
    String fits = "[".repeat(limit - 4) + "]".repeat(limit - 4);
    String deeper = "[".repeat(limit - 3) + "]".repeat(limit - 3);

    assertEquals(
        1,
        GeoJsonMaps.read(utf8(collection(INTERSECTION, lane(3, "\"notes\": " + fits))), "x")
            .size());
    assertOnlyProblem(
        collection(INTERSECTION, lane(3, "\"notes\": " + deeper)),
        "survey.geojson",
        "nested deeper");
  }

  @Test
  void longNumbersAndStringsAreRefused() {
    assertOnlyProblem(
        collection(INTERSECTION.replace("31.2304", "31." + "1".repeat(150))),
        "survey.geojson",
        "a number longer than 100 characters (the limit)");
    assertOnlyProblem(
        collection(
            INTERSECTION.replace(
                "\"1:101\"}", "\"1:101\", \"name\": \"" + "x".repeat(200_000) + "\"}")),
        "survey.geojson",
        "a string longer than 100000 characters (the limit)");
  }

  @Test
  void problemsBeyondTheListedMostAreCounted() {
    String[] features = new String[MapAssembler.MAX_PROBLEMS + 500];
    java.util.Arrays.fill(features, feature("null", "\"kind\": \"road\""));

    List<MapProblem> problems = problems(collection(features));

    assertEquals(MapAssembler.MAX_PROBLEMS + 1, problems.size());
    assertEquals(new MapProblem("document", "500 more problems, not listed"), problems.get(1000));
  }

  @Test
  void limitsOutOfRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new GeoJsonLimits(0, 10, 10, 10));
    assertThrows(IllegalArgumentException.class, () -> new GeoJsonLimits(10, 1, 10, 10));
    assertThrows(IllegalArgumentException.class, () -> new GeoJsonLimits(10, 10, 0, 10));
    assertThrows(IllegalArgumentException.class, () -> new GeoJsonLimits(10, 10, 10, 6));
    assertThrows(IllegalArgumentException.class, () -> new GeoJsonLimits(10, 10, 10, 1_001));
  }

  @Test
  void randomBytesAreRefusedWithTheMapExceptionOnly() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      byte[] garbage = new byte[random.nextInt(200)];
      random.nextBytes(garbage);
      assertRefusedCleanly(garbage, "seed " + seed + " try " + i);
    }
  }

  @Test
  void damagedExampleIsReadOrRefusedWithTheMapExceptionOnly() throws IOException {
    byte[] example =
        utf8(Files.readString(Path.of("../examples/one-intersection.geojson")).strip());
    for (int length = 0; length < example.length; length++) {
      byte[] truncated = java.util.Arrays.copyOf(example, length);
      assertThrows(
          InvalidMapException.class, () -> GeoJsonMaps.read(truncated, "x"), "length " + length);
    }
    long seed = System.nanoTime();
    Random random = new Random(seed);
    byte[] alphabet = utf8("{}[]\",:0123456789.-eE nul");
    for (int i = 0; i < 3_000; i++) {
      byte[] damaged = example.clone();
      for (int k = 1 + random.nextInt(3); k > 0; k--) {
        damaged[random.nextInt(damaged.length)] = alphabet[random.nextInt(alphabet.length)];
      }
      readOrRefusedCleanly(damaged, "seed " + seed + " try " + i);
    }
  }

  private static void assertRefusedCleanly(byte[] json, String what) {
    InvalidMapException refused =
        assertThrows(InvalidMapException.class, () -> GeoJsonMaps.read(json, "x"), what);
    assertTrue(!refused.problems().isEmpty(), what);
  }

  private static void readOrRefusedCleanly(byte[] json, String what) {
    try {
      GeoJsonMaps.read(json, "x");
    } catch (InvalidMapException e) {
      assertTrue(!e.problems().isEmpty(), what);
    } catch (RuntimeException e) {
      throw new AssertionError(what + ": " + new String(json, UTF_8), e);
    }
  }

  /** An intersection and then skipped features, {@code count} features in all. */
  private static byte[] manyFeatures(int count) {
    StringBuilder json = new StringBuilder(count * (SKIPPED_FEATURE.length() + 1) + 256);
    json.append("{\"type\":\"FeatureCollection\",\"features\":[").append(INTERSECTION);
    for (int i = 1; i < count; i++) {
      json.append(",").append(SKIPPED_FEATURE);
    }
    return utf8(json.append("]}").toString());
  }

  /** Lane 1:101.in1:100.3 with a centre line of this many positions, 0.1 m apart. */
  private static String longLane(int positions) {
    StringJoiner line = new StringJoiner(",", "[", "]");
    for (int i = 0; i < positions; i++) {
      line.add("[" + (121.4 + i * 1e-6) + ",31.23]");
    }
    return lane(3, "")
        .replace(
            GeoJsonRefusalsTest.LINE, "{\"type\": \"LineString\", \"coordinates\": " + line + "}");
  }
}
