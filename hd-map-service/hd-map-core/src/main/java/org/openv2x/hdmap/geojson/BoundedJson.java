package org.openv2x.hdmap.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads one JSON value from a streaming parser into a tree of at most a given number of values
 * (every scalar, array and object counts one), so a huge value never becomes a huge tree. The
 * recursion is as deep as the value's nesting, which the parser's StreamReadConstraints bound.
 */
final class BoundedJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser parser;
  private int remaining;
  private int open;

  private BoundedJson(JsonParser parser, int maxValues) {
    this.parser = parser;
    this.remaining = maxValues;
  }

  /**
   * The value starting at the parser's current token, or empty when it holds more than {@code
   * maxValues} values; either way the parser is left on the value's last token.
   */
  static Optional<JsonNode> read(JsonParser parser, int maxValues) throws IOException {
    BoundedJson reader = new BoundedJson(parser, maxValues);
    try {
      return Optional.of(reader.value());
    } catch (TooLarge e) {
      reader.skipRest();
      return Optional.empty();
    }
  }

  private JsonNode value() throws IOException {
    if (--remaining < 0) {
      throw new TooLarge();
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        open++;
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, value());
        }
        open--;
        return object;
      }
      case START_ARRAY -> {
        open++;
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value());
        }
        open--;
        return array;
      }
      case VALUE_STRING -> {
        return NODES.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(parser.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new IllegalStateException("not at the start of a JSON value: " + token);
    }
  }

  /** Skips what is left of the value after the budget ran out on its current token. */
  private void skipRest() throws IOException {
    parser.skipChildren();
    for (int i = 0; i < open; i++) {
      JsonToken token = parser.nextToken();
      while (!token.isStructEnd()) {
        parser.skipChildren();
        token = parser.nextToken();
      }
    }
  }

  /** The budget ran out (no stack trace: it is control flow within this class). */
  private static final class TooLarge extends RuntimeException {
    TooLarge() {
      super(null, null, false, false);
    }
  }
}
