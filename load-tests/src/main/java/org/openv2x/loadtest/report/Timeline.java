package org.openv2x.loadtest.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The summary's {@code timeline} as columns: points with a numeric {@code t} (seconds since the
 * start), sorted by it; a point without one cannot be placed and is skipped.
 */
final class Timeline {

  private final List<JsonNode> points;
  private final double[] seconds;

  private Timeline(List<JsonNode> points) {
    this.points = points;
    this.seconds = new double[points.size()];
    for (int i = 0; i < seconds.length; i++) {
      seconds[i] = Json.number(points.get(i), "t");
    }
  }

  static Timeline of(JsonNode summary) {
    List<JsonNode> points = new ArrayList<>();
    for (JsonNode point : Json.elements(summary, "timeline")) {
      if (Double.isFinite(Json.number(point, "t"))) {
        points.add(point);
      }
    }
    points.sort(Comparator.comparingDouble(point -> Json.number(point, "t")));
    return new Timeline(points);
  }

  boolean isEmpty() {
    return points.isEmpty();
  }

  int size() {
    return points.size();
  }

  /** The times in {@code unit}. */
  double[] times(TimeUnit unit) {
    double[] times = new double[seconds.length];
    for (int i = 0; i < times.length; i++) {
      times[i] = seconds[i] / unit.seconds;
    }
    return times;
  }

  /** {@code field} of every point divided by {@code divisor}, {@code NaN} where it is missing. */
  double[] column(String field, double divisor) {
    double[] values = new double[points.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Json.number(points.get(i), field) / divisor;
    }
    return values;
  }

  /** The latest time, in seconds, or 0 when there is none. */
  double lastSecond() {
    return seconds.length == 0 ? 0 : seconds[seconds.length - 1];
  }

  /** The unit of a time axis, chosen so that its tick labels stay short. */
  enum TimeUnit {
    SECONDS(1, "s"),
    MINUTES(60, "min"),
    HOURS(3600, "h");

    final double seconds;
    final String symbol;

    TimeUnit(double seconds, String symbol) {
      this.seconds = seconds;
      this.symbol = symbol;
    }

    /** Seconds up to 10 minutes, minutes up to 3 hours, hours beyond. */
    static TimeUnit forSpan(double spanSeconds) {
      if (spanSeconds <= 600) {
        return SECONDS;
      }
      return spanSeconds <= 3 * 3600 ? MINUTES : HOURS;
    }
  }
}
