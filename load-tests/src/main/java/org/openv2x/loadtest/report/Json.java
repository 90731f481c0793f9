package org.openv2x.loadtest.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lenient reads from the summary tree: a member that is missing, null or of the wrong kind reads as
 * absent ({@code NaN} for numbers), never as an exception.
 */
final class Json {

  private Json() {}

  /** The node at {@code path} below {@code node}, or a missing node; {@code node} may be null. */
  static JsonNode at(JsonNode node, String... path) {
    JsonNode current = node == null ? MissingNode.getInstance() : node;
    for (String name : path) {
      current = current.path(name);
    }
    return current;
  }

  /** The finite number at {@code path}, or {@code NaN} when it is absent or not a JSON number. */
  static double number(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    if (!value.isNumber()) {
      return Double.NaN;
    }
    double number = value.doubleValue();
    return Double.isFinite(number) ? number : Double.NaN;
  }

  /**
   * The text at {@code path}: a string as it is, a number or boolean as written, an object or array
   * as compact JSON; empty when absent or null.
   */
  static Optional<String> text(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    return Optional.of(value.isValueNode() ? value.asText() : value.toString());
  }

  /** The boolean at {@code path}, empty unless it is a JSON {@code true} or {@code false}. */
  static Optional<Boolean> bool(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    return value.isBoolean() ? Optional.of(value.booleanValue()) : Optional.empty();
  }

  /** The elements of the array at {@code path}; empty when it is not an array. */
  static List<JsonNode> elements(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    List<JsonNode> elements = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(elements::add);
    }
    return elements;
  }

  /** Whether {@code path} holds an object with at least one member or a non-empty array. */
  static boolean hasContent(JsonNode node, String... path) {
    JsonNode value = at(node, path);
    return value.isContainerNode() && value.size() > 0;
  }
}
