package org.openv2x.sim.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Which events to inject: explicit ones at fixed times and, optionally, random ones.
 *
 * <p>Text form ({@link #parse}): items separated by {@code ;} or new lines,
 *
 * <ul>
 *   <li>{@code at TIME TYPE [for TIME]}: one event, e.g. {@code at 120s hard_braking}, {@code at 5m
 *       road_works for 10m};
 *   <li>{@code random every TIME [types TYPE,TYPE...] [from TIME]}: events at random, a mean
 *       interval apart (a Poisson process), each of a type drawn uniformly from the list (all types
 *       when none is given), the first after {@code from} (default 0).
 * </ul>
 *
 * TIME is a number with an optional unit {@code ms}, {@code s} (the default), {@code m} or {@code
 * h}; TYPE is a {@link EventType#truthName()}.
 */
public record EventPlan(List<PlannedEvent> events, Optional<RandomEvents> random) {
  /** Events at random: a mean interval apart, of the given types, from a time on. */
  public record RandomEvents(double meanIntervalS, List<EventType> types, double fromS) {
    public RandomEvents {
      if (!(meanIntervalS > 0) || Double.isInfinite(meanIntervalS)) {
        throw new IllegalArgumentException(
            "random events need a mean interval above 0 s, is " + meanIntervalS);
      }
      if (types.isEmpty()) {
        throw new IllegalArgumentException("random events need at least one type");
      }
      types = List.copyOf(types);
      if (!(fromS >= 0) || Double.isInfinite(fromS)) {
        throw new IllegalArgumentException("random events' start must be 0 s or later");
      }
    }
  }

  public EventPlan {
    events = events.stream().sorted(Comparator.comparingDouble(PlannedEvent::atS)).toList();
  }

  /** No events. */
  public static final EventPlan NONE = new EventPlan(List.of(), Optional.empty());

  public static EventPlan of(PlannedEvent... events) {
    return new EventPlan(List.of(events), Optional.empty());
  }

  /** Random events of every type, {@code meanIntervalS} apart on average. */
  public static EventPlan random(double meanIntervalS) {
    return new EventPlan(
        List.of(), Optional.of(new RandomEvents(meanIntervalS, List.of(EventType.values()), 0)));
  }

  /** Parses the text form (see the class comment); errors name the item at fault. */
  public static EventPlan parse(String text) {
    List<PlannedEvent> events = new ArrayList<>();
    RandomEvents random = null;
    for (String rawItem : text.split("[;\n]")) {
      String item = rawItem.trim();
      if (item.isEmpty()) {
        continue;
      }
      String[] words = item.toLowerCase(Locale.ROOT).split("\\s+");
      try {
        if (words[0].equals("at")) {
          if (words.length != 3 && !(words.length == 5 && words[3].equals("for"))) {
            throw new IllegalArgumentException("expected 'at TIME TYPE [for TIME]'");
          }
          OptionalDouble duration =
              words.length == 5 ? OptionalDouble.of(seconds(words[4])) : OptionalDouble.empty();
          events.add(
              new PlannedEvent(seconds(words[1]), EventType.fromTruthName(words[2]), duration));
        } else if (words[0].equals("random")) {
          if (random != null) {
            throw new IllegalArgumentException("only one 'random' item is allowed");
          }
          random = parseRandom(words);
        } else {
          throw new IllegalArgumentException("an item starts with 'at' or 'random'");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("event plan item '" + item + "': " + e.getMessage(), e);
      }
    }
    return new EventPlan(events, Optional.ofNullable(random));
  }

  private static RandomEvents parseRandom(String[] words) {
    if (words.length < 3 || !words[1].equals("every")) {
      throw new IllegalArgumentException(
          "expected 'random every TIME [types TYPE,TYPE...] [from TIME]'");
    }
    double interval = seconds(words[2]);
    List<EventType> types = List.of(EventType.values());
    double from = 0;
    for (int i = 3; i < words.length; i += 2) {
      if (i + 1 >= words.length) {
        throw new IllegalArgumentException("'" + words[i] + "' needs a value");
      }
      switch (words[i]) {
        case "types" ->
            types =
                Arrays.stream(words[i + 1].split(","))
                    .filter(name -> !name.isBlank())
                    .map(EventType::fromTruthName)
                    .distinct()
                    .toList();
        case "from" -> from = seconds(words[i + 1]);
        default ->
            throw new IllegalArgumentException(
                "unknown word '" + words[i] + "', expected 'types' or 'from'");
      }
    }
    return new RandomEvents(interval, types, from);
  }

  /** Parses {@code 90}, {@code 90s}, {@code 1500ms}, {@code 2m}, {@code 1.5h} into seconds. */
  public static double seconds(String text) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    double factor = 1;
    if (value.endsWith("ms")) {
      factor = 0.001;
      value = value.substring(0, value.length() - 2);
    } else if (value.endsWith("s")) {
      value = value.substring(0, value.length() - 1);
    } else if (value.endsWith("m")) {
      factor = 60;
      value = value.substring(0, value.length() - 1);
    } else if (value.endsWith("h")) {
      factor = 3600;
      value = value.substring(0, value.length() - 1);
    }
    try {
      double seconds = Double.parseDouble(value) * factor;
      if (!(seconds >= 0) || Double.isInfinite(seconds)) {
        throw new IllegalArgumentException("time must be 0 or more, is '" + text + "'");
      }
      return seconds;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "' is not a time such as 90s, 2m or 1.5h", e);
    }
  }
}
