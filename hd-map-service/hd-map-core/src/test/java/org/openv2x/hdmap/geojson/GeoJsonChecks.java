package org.openv2x.hdmap.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks that a document is well-formed GeoJSON (RFC 7946) as far as this format uses it. */
final class GeoJsonChecks {
  private GeoJsonChecks() {}

  static void assertWellFormed(JsonNode collection) {
    assertEquals("FeatureCollection", collection.get("type").asText());
    JsonNode features = collection.get("features");
    assertTrue(features.isArray());
    for (int i = 0; i < features.size(); i++) {
      JsonNode feature = features.get(i);
      String where = "features[" + i + "] " + feature.get("properties");
      assertEquals("Feature", feature.get("type").asText(), where);
      assertTrue(feature.get("properties").isObject(), where);
      assertTrue(feature.has("geometry"), where);
      if (feature.has("bbox")) {
        JsonNode bbox = feature.get("bbox");
        assertEquals(4, bbox.size(), where);
        assertTrue(bbox.get(0).asDouble() <= bbox.get(2).asDouble(), where);
        assertTrue(bbox.get(1).asDouble() <= bbox.get(3).asDouble(), where);
      }
      JsonNode geometry = feature.get("geometry");
      if (geometry.isNull()) {
        continue;
      }
      JsonNode coordinates = geometry.get("coordinates");
      switch (geometry.get("type").asText()) {
        case "Point" -> assertPosition(coordinates, where);
        case "LineString" -> assertLine(coordinates, 2, where);
        case "Polygon" -> {
          assertTrue(coordinates.isArray() && coordinates.size() >= 1, where);
          for (JsonNode ring : coordinates) {
            assertLine(ring, 4, where);
            assertEquals(ring.get(0), ring.get(ring.size() - 1), "ring not closed: " + where);
          }
        }
        default -> throw new AssertionError("unexpected geometry " + geometry + " in " + where);
      }
    }
  }

  private static void assertLine(JsonNode positions, int minPositions, String where) {
    assertTrue(positions.isArray() && positions.size() >= minPositions, where);
    for (JsonNode position : positions) {
      assertPosition(position, where);
    }
  }

  private static void assertPosition(JsonNode position, String where) {
    assertTrue(position.isArray() && position.size() == 2, where);
    assertTrue(position.get(0).isNumber() && position.get(1).isNumber(), where);
    double lon = position.get(0).asDouble();
    double lat = position.get(1).asDouble();
    assertTrue(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90, where);
  }
}
