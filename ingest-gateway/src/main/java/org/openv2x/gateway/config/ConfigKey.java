package org.openv2x.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One configuration key: its name, its default (as text, as a user would write it), what it means,
 * and how its text becomes a value. Parsing failures become a {@link ConfigException} naming the
 * key.
 *
 * @param <T> the type of the value
 */
public final class ConfigKey<T> {
  private final String name;
  private final String defaultText;
  private final String doc;
  private final Function<String, T> parser;

  private ConfigKey(String name, String defaultText, String doc, Function<String, T> parser) {
    this.name = name;
    this.defaultText = defaultText;
    this.doc = doc;
    this.parser = parser;
  }

  public String name() {
    return name;
  }

  public String defaultText() {
    return defaultText;
  }

  public String doc() {
    return doc;
  }

  /** Parses the text of this key; the exception names the key. */
  public T parse(String text) {
    try {
      return parser.apply(text.trim());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(name, "'" + text + "' is not valid: " + e.getMessage());
    }
  }

  static ConfigKey<String> string(String name, String defaultText, String doc) {
    return new ConfigKey<>(
        name,
        defaultText,
        doc,
        text -> {
          if (text.isEmpty()) {
            throw new IllegalArgumentException("must not be empty");
          }
          return text;
        });
  }

  static ConfigKey<Integer> integer(
      String name, String defaultText, long min, long max, String doc) {
    return new ConfigKey<>(name, defaultText, doc, text -> (int) parseLong(text, min, max));
  }

  static ConfigKey<Long> bytes(String name, String defaultText, long min, long max, String doc) {
    return new ConfigKey<>(name, defaultText, doc, text -> checkRange(parseBytes(text), min, max));
  }

  static ConfigKey<Duration> duration(
      String name, String defaultText, Duration min, Duration max, String doc) {
    return new ConfigKey<>(
        name,
        defaultText,
        doc,
        text -> {
          Duration value = parseDuration(text);
          if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException("must be between " + min + " and " + max);
          }
          return value;
        });
  }

  static ConfigKey<Boolean> bool(String name, String defaultText, String doc) {
    return new ConfigKey<>(
        name,
        defaultText,
        doc,
        text ->
            switch (text.toLowerCase(Locale.ROOT)) {
              case "true", "yes", "on" -> true;
              case "false", "no", "off" -> false;
              default -> throw new IllegalArgumentException("expected true or false");
            });
  }

  static <E extends Enum<E>> ConfigKey<E> choice(
      String name, String defaultText, Class<E> type, String doc) {
    return new ConfigKey<>(
        name,
        defaultText,
        doc,
        text -> {
          for (E constant : type.getEnumConstants()) {
            if (constant.name().replace('_', '-').equalsIgnoreCase(text)
                || constant.name().equalsIgnoreCase(text)) {
              return constant;
            }
          }
          throw new IllegalArgumentException(
              "expected one of "
                  + List.of(type.getEnumConstants()).stream()
                      .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                      .toList());
        });
  }

  static <T> ConfigKey<T> custom(
      String name, String defaultText, String doc, Function<String, T> parser) {
    return new ConfigKey<>(name, defaultText, doc, parser);
  }

  private static long parseLong(String text, long min, long max) {
    long value;
    try {
      value = Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a whole number");
    }
    return checkRange(value, min, max);
  }

  private static long checkRange(long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException("must be between " + min + " and " + max);
    }
    return value;
  }

  /**
   * A size in bytes: a number with an optional unit {@code B}, {@code KiB}, {@code MiB}, {@code
   * GiB}, {@code TiB} (also {@code k}, {@code m}, {@code g}, {@code t}, powers of 1024).
   */
  static long parseBytes(String text) {
    String t = text.replace("_", "").trim();
    int split = 0;
    while (split < t.length() && Character.isDigit(t.charAt(split))) {
      split++;
    }
    if (split == 0) {
      throw new IllegalArgumentException("expected a size such as 1048576, 64KiB, 1MiB or 4GiB");
    }
    long number;
    try {
      number = Long.parseLong(t.substring(0, split));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("number too large");
    }
    String unit = t.substring(split).trim().toLowerCase(Locale.ROOT);
    int shift =
        switch (unit) {
          case "", "b" -> 0;
          case "k", "kb", "kib" -> 10;
          case "m", "mb", "mib" -> 20;
          case "g", "gb", "gib" -> 30;
          case "t", "tb", "tib" -> 40;
          default ->
              throw new IllegalArgumentException(
                  "unknown unit '" + unit + "' (use B, KiB, MiB, GiB or TiB)");
        };
    if (shift > 0 && number > (Long.MAX_VALUE >> shift)) {
      throw new IllegalArgumentException("too large");
    }
    return number << shift;
  }

  /** A duration: a number with a unit {@code ms}, {@code s}, {@code m}, {@code h} or {@code d}. */
  static Duration parseDuration(String text) {
    String t = text.replace("_", "").trim().toLowerCase(Locale.ROOT);
    int split = 0;
    while (split < t.length() && Character.isDigit(t.charAt(split))) {
      split++;
    }
    if (split == 0 || split == t.length()) {
      throw new IllegalArgumentException("expected a duration such as 500ms, 10s, 5m or 1h");
    }
    long number;
    try {
      number = Long.parseLong(t.substring(0, split));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("number too large");
    }
    return switch (t.substring(split)) {
      case "ms" -> Duration.ofMillis(number);
      case "s" -> Duration.ofSeconds(number);
      case "m", "min" -> Duration.ofMinutes(number);
      case "h" -> Duration.ofHours(number);
      case "d" -> Duration.ofDays(number);
      default ->
          throw new IllegalArgumentException(
              "unknown unit '" + t.substring(split) + "' (use ms, s, m, h or d)");
    };
  }
}
