package org.openv2x.hdmap.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.List;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.InvalidMapException;
import org.openv2x.hdmap.MapProblem;

/**
 * Reads a FeatureCollection with a streaming parser, one feature at a time, so that memory is
 * bounded by the content read and the limits, never by the size of one value.
 */
final class GeoJsonReader {
  /** Longest number literal accepted, in characters. */
  private static final int MAX_NUMBER_CHARS = 100;

  /** Longest string accepted (names, keys; also skipped strings), in characters. */
  private static final int MAX_STRING_CHARS = 100_000;

  private final GeoJsonLimits limits;
  private final String document;
  private final JsonFactory factory;
  private final MapAssembler assembler = new MapAssembler();
  private boolean notJson;

  private GeoJsonReader(GeoJsonLimits limits, String sourceName) {
    this.limits = limits;
    this.document = sourceName == null || sourceName.isBlank() ? "document" : sourceName;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .maxStringLength(MAX_STRING_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  static List<Intersection> read(byte[] json, String sourceName, GeoJsonLimits limits) {
    return new GeoJsonReader(limits, sourceName).read(json);
  }

  private List<Intersection> read(byte[] json) {
    if (json == null || json.length == 0) {
      throw new NotJsonException(
          List.of(new MapProblem(document, "empty, not a GeoJSON document")));
    }
    try (JsonParser parser = factory.createParser(json)) {
      readDocumentOrNote(parser);
    } catch (IOException e) {
      notJson = true;
      assembler.problem(document, "not readable as JSON: " + e.getMessage());
    }
    if (notJson) {
      throw new NotJsonException(assembler.problems());
    }
    if (!assembler.problems().isEmpty()) {
      throw new InvalidMapException(assembler.problems());
    }
    List<Intersection> intersections = assembler.assemble();
    if (!assembler.problems().isEmpty()) {
      throw new InvalidMapException(assembler.problems());
    }
    return intersections;
  }

  /** Reads the document; a syntax error or a limit of the parser becomes a problem. */
  private void readDocumentOrNote(JsonParser parser) {
    try {
      readDocument(parser);
    } catch (StreamConstraintsException e) {
      assembler.problem(document, beyondLimit(e) + where(parser));
    } catch (JsonProcessingException e) {
      notJson = true;
      assembler.problem(document, "not JSON: " + withoutSource(e) + where(e.getLocation()));
    } catch (IOException e) {
      notJson = true;
      assembler.problem(document, "not readable as JSON: " + e.getMessage());
    }
  }

  private void readDocument(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token != JsonToken.START_OBJECT) {
      assembler.problem(document, "not a GeoJSON FeatureCollection: the document is not an object");
      return;
    }
    String type = null;
    boolean features = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      token = parser.nextToken();
      switch (name) {
        case "type" -> {
          type = token == JsonToken.VALUE_STRING ? "\"" + parser.getText() + "\"" : "not a string";
          parser.skipChildren();
        }
        case "features" -> {
          features = true;
          if (token != JsonToken.START_ARRAY) {
            assembler.problem("features", "must be an array of Features");
            parser.skipChildren();
          } else if (!readFeatures(parser)) {
            return;
          }
        }
        default -> parser.skipChildren();
      }
    }
    if (!"\"FeatureCollection\"".equals(type)) {
      assembler.problem(
          document,
          "not a GeoJSON FeatureCollection: its type is "
              + (type == null ? "missing" : type)
              + " (a map is {\"type\": \"FeatureCollection\", \"features\": [...]})");
    } else if (!features) {
      assembler.problem("features", "missing");
    }
    if (parser.nextToken() != null) {
      assembler.problem(document, "more JSON after the FeatureCollection" + where(parser));
    }
  }

  /** Reads the features; false when there are more than the limit (the rest is not read). */
  private boolean readFeatures(JsonParser parser) throws IOException {
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (index == limits.maxFeatures()) {
        assembler.problem(
            "features", "more than " + limits.maxFeatures() + " features (the limit); not read");
        return false;
      }
      FeatureReader.read(parser, index++, limits, assembler);
    }
    return true;
  }

  private String beyondLimit(StreamConstraintsException e) {
    String message = e.getOriginalMessage();
    if (message.contains("nesting depth")) {
      return "nested deeper than " + limits.maxNestingDepth() + " arrays/objects (the limit)";
    }
    if (message.contains("Number value length")) {
      return "a number longer than " + MAX_NUMBER_CHARS + " characters (the limit)";
    }
    if (message.contains("String value length")) {
      return "a string longer than " + MAX_STRING_CHARS + " characters (the limit)";
    }
    return "beyond the reader's limits: " + message;
  }

  /** Jackson's message without the source reference it puts in nested locations. */
  private static String withoutSource(JsonProcessingException e) {
    return e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "[");
  }

  private static String where(JsonParser parser) {
    return where(parser.currentTokenLocation());
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
