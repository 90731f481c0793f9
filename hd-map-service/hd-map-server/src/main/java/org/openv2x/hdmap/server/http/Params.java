package org.openv2x.hdmap.server.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.BoundingBox;
import org.openv2x.hdmap.IntersectionId;

/** Reads and checks request parameters; anything wrong is an {@link HttpProblem} naming it. */
final class Params {
  /** Default of {@code limit}: how many intersections a list or GeoJSON answer holds. */
  static final int DEFAULT_LIMIT = 1000;

  /** Largest accepted {@code limit}. */
  static final int MAX_LIMIT = 10_000;

  private Params() {}

  static Optional<BoundingBox> bbox(Context ctx) {
    String text = ctx.queryParam("bbox");
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(BoundingBox.parse(text));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badParameter("bbox", e.getMessage());
    }
  }

  static int limit(Context ctx) {
    String text = ctx.queryParam("limit");
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    int limit = integer("limit", text);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw HttpProblem.badParameter("limit", "must be 1.." + MAX_LIMIT + ", is " + limit);
    }
    return limit;
  }

  /** {@code version}, a positive integer, if given. */
  static Optional<Integer> version(Context ctx) {
    String text = ctx.queryParam("version");
    if (text == null) {
      return Optional.empty();
    }
    int version = integer("version", text);
    if (version < 1) {
      throw HttpProblem.badParameter("version", "must be a positive integer, is " + version);
    }
    return Optional.of(version);
  }

  static IntersectionId intersectionId(Context ctx) {
    try {
      return IntersectionId.parse(ctx.pathParam("id"));
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badParameter("id", e.getMessage());
    }
  }

  /**
   * A lane key {@code <intersection>.<in|out><node>.<lane id>}, checked for form (whether the lane
   * exists is the service's business).
   */
  static String laneKey(Context ctx) {
    String key = ctx.pathParam("laneKey");
    String[] parts = key.split("\\.", -1);
    String problem = null;
    if (parts.length != 3) {
      problem = "has " + parts.length + " dot-separated parts";
    } else if (!validId(parts[0])) {
      problem = "'" + parts[0] + "' is not an intersection id";
    } else if (!validApproach(parts[1])) {
      problem = "'" + parts[1] + "' is not an approach (in<node> or out<node>)";
    } else if (!parts[2].matches("[0-9]{1,3}") || Integer.parseInt(parts[2]) > 255) {
      problem = "'" + parts[2] + "' is not a lane id 0..255";
    }
    if (problem != null) {
      throw HttpProblem.badParameter(
          "laneKey",
          "a lane key is <intersection>.<approach>.<lane id>, e.g. 1:101.in1:100.3; '"
              + key
              + "' "
              + problem);
    }
    return key;
  }

  static double latDeg(Context ctx) {
    double lat = requiredNumber(ctx, "lat");
    if (lat < -90 || lat > 90) {
      throw HttpProblem.badParameter("lat", "must be -90..90 degrees, is " + lat);
    }
    return lat;
  }

  static double lonDeg(Context ctx) {
    double lon = requiredNumber(ctx, "lon");
    if (lon < -180 || lon > 180) {
      throw HttpProblem.badParameter("lon", "must be -180..180 degrees, is " + lon);
    }
    return lon;
  }

  /** {@code heading} in degrees clockwise from north, 0..360, if given. */
  static OptionalDouble headingDeg(Context ctx) {
    OptionalDouble heading = optionalNumber(ctx, "heading");
    if (heading.isPresent() && (heading.getAsDouble() < 0 || heading.getAsDouble() > 360)) {
      throw HttpProblem.badParameter(
          "heading", "must be 0..360 degrees, is " + heading.getAsDouble());
    }
    return heading;
  }

  /** {@code speed} in m/s, not negative, if given. */
  static OptionalDouble speedMps(Context ctx) {
    OptionalDouble speed = optionalNumber(ctx, "speed");
    if (speed.isPresent() && speed.getAsDouble() < 0) {
      throw HttpProblem.badParameter(
          "speed", "must not be negative (m/s), is " + speed.getAsDouble());
    }
    return speed;
  }

  private static double requiredNumber(Context ctx, String name) {
    OptionalDouble value = optionalNumber(ctx, name);
    if (value.isEmpty()) {
      throw HttpProblem.badParameter(name, "is required");
    }
    return value.getAsDouble();
  }

  private static OptionalDouble optionalNumber(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null) {
      return OptionalDouble.empty();
    }
    double value;
    try {
      value = Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw HttpProblem.badParameter(name, "'" + text + "' is not a number");
    }
    if (!Double.isFinite(value)) {
      throw HttpProblem.badParameter(name, "must be a finite number, is '" + text + "'");
    }
    return OptionalDouble.of(value);
  }

  private static int integer(String name, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw HttpProblem.badParameter(name, "'" + text + "' is not an integer");
    }
  }

  private static boolean validApproach(String approach) {
    for (ApproachKind kind : ApproachKind.values()) {
      if (approach.startsWith(kind.prefix())) {
        return validId(approach.substring(kind.prefix().length()));
      }
    }
    return false;
  }

  private static boolean validId(String key) {
    try {
      IntersectionId.parse(key);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
