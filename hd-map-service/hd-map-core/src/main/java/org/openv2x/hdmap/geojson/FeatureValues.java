package org.openv2x.hdmap.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.DoublePredicate;
import org.openv2x.codec.map.SpeedLimitType;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.LaneKeys;
import org.openv2x.hdmap.SpeedLimit;

/**
 * The typed values of one feature's properties and geometry. Every read notes what is wrong as an
 * issue with its path in the feature ({@code properties.widthM}, {@code geometry.coordinates[3]})
 * and gives an empty value.
 */
final class FeatureValues {
  private static final Names<SpeedLimitType> SPEED_LIMIT_TYPES = Names.of(SpeedLimitType.class);
  private static final int SHOWN_CHARS = 40;

  /** One thing wrong with a feature. */
  record Issue(String path, String reason) {}

  /** An approach as a lane names it: {@code in<node key>} or {@code out<node key>}. */
  record ApproachRef(ApproachKind kind, IntersectionId otherNode) {
    String id() {
      return kind.prefix() + otherNode.key();
    }
  }

  private final ObjectNode properties;
  private final Set<String> tooLarge;
  private final int maxValuesPerProperty;
  private final int maxPositionsPerLine;
  private final List<Issue> issues = new ArrayList<>();

  FeatureValues(
      ObjectNode properties, Set<String> tooLarge, int maxValuesPerProperty, int maxPositions) {
    this.properties = properties;
    this.tooLarge = tooLarge;
    this.maxValuesPerProperty = maxValuesPerProperty;
    this.maxPositionsPerLine = maxPositions;
  }

  List<Issue> issues() {
    return issues;
  }

  void issue(String path, String reason) {
    issues.add(new Issue(path, reason));
  }

  /** The property's value; empty when absent or null (an issue if required). */
  Optional<JsonNode> property(String name, boolean required) {
    if (tooLarge.contains(name)) {
      issue("properties." + name, "more than " + maxValuesPerProperty + " values (the limit)");
      return Optional.empty();
    }
    JsonNode value = properties.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        issue("properties." + name, "missing");
      }
      return Optional.empty();
    }
    return Optional.of(value);
  }

  Optional<String> string(String name, boolean required) {
    Optional<JsonNode> value = property(name, required);
    if (value.isPresent() && !value.get().isTextual()) {
      issue("properties." + name, "must be a string, is " + show(value.get()));
      return Optional.empty();
    }
    return value.map(JsonNode::textValue);
  }

  Optional<IntersectionId> intersectionKey(String name) {
    return string(name, true).flatMap(key -> intersectionKey("properties." + name, key));
  }

  private Optional<IntersectionId> intersectionKey(String path, String key) {
    try {
      return Optional.of(IntersectionId.parse(key));
    } catch (IllegalArgumentException e) {
      issue(path, e.getMessage());
      return Optional.empty();
    }
  }

  /** {@code in<node key>} or {@code out<node key>}. */
  Optional<ApproachRef> approach(String name) {
    Optional<ApproachRef> approach = string(name, true).flatMap(FeatureValues::parseApproach);
    if (approach.isEmpty() && properties.hasNonNull(name) && properties.get(name).isTextual()) {
      issue(
          "properties." + name,
          "an approach is in<node key> (ingress, from that node) or out<node key> (egress,"
              + " towards it), e.g. in1:100; is "
              + show(properties.get(name)));
    }
    return approach;
  }

  private static Optional<ApproachRef> parseApproach(String text) {
    for (ApproachKind kind : ApproachKind.values()) {
      if (text.startsWith(kind.prefix())) {
        try {
          return Optional.of(
              new ApproachRef(kind, IntersectionId.parse(text.substring(kind.prefix().length()))));
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** A lane key, {@code <intersection>.<approach>.<lane id>}, in its normal form. */
  Optional<String> laneKey(String name) {
    Optional<String> text = string(name, true);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String key = text.get();
    int first = key.indexOf('.');
    int last = key.lastIndexOf('.');
    if (first > 0 && last > first + 1) {
      try {
        IntersectionId intersection = IntersectionId.parse(key.substring(0, first));
        Optional<ApproachRef> approach = parseApproach(key.substring(first + 1, last));
        int laneId = Integer.parseInt(key.substring(last + 1));
        if (approach.isPresent() && laneId >= 0 && laneId <= 255) {
          return Optional.of(LaneKeys.lane(intersection, approach.get().id(), laneId));
        }
      } catch (IllegalArgumentException e) {
        // not a key: reported below
      }
    }
    issue(
        "properties." + name,
        "a lane key is <intersection>.<approach>.<lane id 0..255>, e.g. 1:101.in1:100.3; is "
            + show(properties.get(name)));
    return Optional.empty();
  }

  OptionalInt integer(String name, boolean required, int min, int max) {
    Optional<JsonNode> value = property(name, required);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    JsonNode node = value.get();
    if (!node.isNumber() || !node.canConvertToExactIntegral()) {
      issue(
          "properties." + name,
          "must be a whole number " + min + ".." + max + ", is " + show(node));
      return OptionalInt.empty();
    }
    if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
      issue("properties." + name, "must be " + min + ".." + max + ", is " + show(node));
      return OptionalInt.empty();
    }
    return OptionalInt.of(node.intValue());
  }

  /** A number that {@code valid} accepts; {@code rule} says what that is in an issue. */
  OptionalDouble number(String name, boolean required, DoublePredicate valid, String rule) {
    Optional<JsonNode> value = property(name, required);
    if (value.isEmpty()) {
      return OptionalDouble.empty();
    }
    JsonNode node = value.get();
    if (!node.isNumber()) {
      issue("properties." + name, "must be a number (" + rule + "), is " + show(node));
      return OptionalDouble.empty();
    }
    if (!Double.isFinite(node.doubleValue()) || !valid.test(node.doubleValue())) {
      issue("properties." + name, "must be " + rule + ", is " + show(node));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(node.doubleValue());
  }

  <E extends Enum<E>> Optional<E> enumValue(String name, Names<E> names) {
    return string(name, true).flatMap(text -> enumValue("properties." + name, text, names));
  }

  private <E extends Enum<E>> Optional<E> enumValue(String path, String text, Names<E> names) {
    Optional<E> value = names.parse(text);
    if (value.isEmpty()) {
      issue(path, "unknown value '" + cut(text) + "', is one of " + names.list());
    }
    return value;
  }

  /** An array of names; absent or null is the empty set. */
  <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type, Names<E> names) {
    EnumSet<E> set = EnumSet.noneOf(type);
    Optional<JsonNode> value = property(name, false);
    if (value.isEmpty()) {
      return set;
    }
    if (!value.get().isArray()) {
      issue("properties." + name, "must be an array of names, is " + show(value.get()));
      return set;
    }
    for (int i = 0; i < value.get().size(); i++) {
      JsonNode element = value.get().get(i);
      String path = "properties." + name + "[" + i + "]";
      if (!element.isTextual()) {
        issue(path, "must be a name (one of " + names.list() + "), is " + show(element));
      } else {
        enumValue(path, element.textValue(), names).ifPresent(set::add);
      }
    }
    return set;
  }

  /** An array of {@code {type, speedMps}}; empty when absent or null. */
  Optional<List<SpeedLimit>> speedLimits(String name) {
    Optional<JsonNode> value = property(name, false);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isArray()) {
      issue(
          "properties." + name,
          "must be an array of {\"type\": ..., \"speedMps\": ...}, is " + show(value.get()));
      return Optional.empty();
    }
    List<SpeedLimit> limits = new ArrayList<>();
    int before = issues.size();
    for (int i = 0; i < value.get().size(); i++) {
      speedLimit("properties." + name + "[" + i + "]", value.get().get(i)).ifPresent(limits::add);
    }
    return issues.size() == before ? Optional.of(limits) : Optional.empty();
  }

  private Optional<SpeedLimit> speedLimit(String path, JsonNode node) {
    if (!node.isObject()) {
      issue(path, "must be {\"type\": ..., \"speedMps\": ...}, is " + show(node));
      return Optional.empty();
    }
    JsonNode type = node.get("type");
    Optional<SpeedLimitType> limitType = Optional.empty();
    if (type == null || !type.isTextual()) {
      issue(
          path + ".type",
          (type == null ? "missing" : "must be a string, is " + show(type))
              + " (one of "
              + SPEED_LIMIT_TYPES.list()
              + ")");
    } else {
      limitType = enumValue(path + ".type", type.textValue(), SPEED_LIMIT_TYPES);
    }
    JsonNode speed = node.get("speedMps");
    if (speed == null
        || !speed.isNumber()
        || !(speed.doubleValue() >= 0)
        || !(speed.doubleValue() <= 163.8)) {
      issue(
          path + ".speedMps",
          "must be a speed in m/s, 0..163.8, is " + (speed == null ? "missing" : show(speed)));
      return Optional.empty();
    }
    return limitType.map(t -> new SpeedLimit(t, speed.doubleValue()));
  }

  /** A Point's position. */
  Optional<GeoPoint> point(Geometry geometry) {
    return geometry(geometry, "Point", true).flatMap(c -> position("geometry.coordinates", c));
  }

  /** A LineString's positions; empty without an issue when not required and absent or null. */
  Optional<List<GeoPoint>> line(Geometry geometry, boolean required) {
    Optional<JsonNode> coordinates = geometry(geometry, "LineString", required);
    if (coordinates.isEmpty()) {
      return Optional.empty();
    }
    JsonNode array = coordinates.get();
    if (!array.isArray() || array.size() < 2 || array.size() > maxPositionsPerLine) {
      issue(
          "geometry.coordinates",
          "a LineString has 2.."
              + maxPositionsPerLine
              + " positions [lon, lat], "
              + (array.isArray() ? "has " + array.size() : "is " + show(array)));
      return Optional.empty();
    }
    List<GeoPoint> points = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      position("geometry.coordinates[" + i + "]", array.get(i)).ifPresent(points::add);
    }
    return points.size() == array.size() ? Optional.of(points) : Optional.empty();
  }

  /** The coordinates of a geometry of this type, or empty with an issue. */
  private Optional<JsonNode> geometry(Geometry geometry, String type, boolean required) {
    if (geometry.tooLarge()) {
      issue("geometry", "more than " + maxPositionsPerLine + " positions (the limit)");
      return Optional.empty();
    }
    JsonNode node = geometry.value();
    if (node == null || node.isNull()) {
      if (required) {
        issue("geometry", (node == null ? "missing" : "null") + ", must be a " + type);
      }
      return Optional.empty();
    }
    JsonNode actualType = node.get("type");
    if (!node.isObject() || actualType == null || !type.equals(actualType.textValue())) {
      issue(
          "geometry",
          "must be a "
              + type
              + ", is "
              + (node.isObject() && actualType != null ? "a " + show(actualType) : show(node)));
      return Optional.empty();
    }
    JsonNode coordinates = node.get("coordinates");
    if (coordinates == null) {
      issue("geometry.coordinates", "missing");
      return Optional.empty();
    }
    return Optional.of(coordinates);
  }

  private Optional<GeoPoint> position(String path, JsonNode node) {
    if (!node.isArray() || node.size() < 2 || node.size() > 3) {
      issue(path, "a position is [lon, lat] or [lon, lat, altitude], is " + show(node));
      return Optional.empty();
    }
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isNumber()) {
        issue(path + "[" + i + "]", "must be a number, is " + show(node.get(i)));
        return Optional.empty();
      }
      if (!Double.isFinite(node.get(i).doubleValue())) {
        issue(path + "[" + i + "]", "must be a number in the range of a double");
        return Optional.empty();
      }
    }
    double lonDeg = node.get(0).doubleValue();
    double latDeg = node.get(1).doubleValue();
    if (lonDeg < -180 || lonDeg > 180 || latDeg < -90 || latDeg > 90) {
      issue(
          path,
          "longitude must be -180..180 and latitude -90..90 (a position is [lon, lat]), is "
              + show(node));
      return Optional.empty();
    }
    return Optional.of(GeoPoint.of(latDeg, lonDeg));
  }

  /** A value as it appears in an issue: JSON, cut short. */
  static String show(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    return cut(node.toString());
  }

  private static String cut(String text) {
    return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
  }

  /**
   * A feature's geometry member as read: absent ({@code value} null), JSON null, a value, or too
   * large to read.
   */
  record Geometry(JsonNode value, boolean tooLarge) {
    static final Geometry ABSENT = new Geometry(null, false);
    static final Geometry TOO_LARGE = new Geometry(null, true);
  }
}
