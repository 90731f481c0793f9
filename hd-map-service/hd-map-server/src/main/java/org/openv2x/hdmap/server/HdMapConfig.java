package org.openv2x.hdmap.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The map service's configuration: every key with its type, default, meaning and validation ({@link
 * #KEYS}), read from a properties file and overrides. Unknown keys are refused, and a bad value
 * fails at start with a {@link ConfigException} naming the key. Two open families pass properties
 * to the Kafka clients: {@code kafka.consumer.<property>} (the MAP intake) and {@code
 * kafka.producer.<property>} (the snapshot publisher).
 */
public final class HdMapConfig {
  private static final List<Key<?>> KEY_LIST = new ArrayList<>();

  public static final Key<Integer> HTTP_PORT =
      add(Key.integer("http.port", "8090", 0, 65535, "HTTP port of the API (0: any free)."));
  public static final Key<String> HTTP_BIND_ADDRESS =
      add(Key.string("http.bind-address", "0.0.0.0", "Address the HTTP API listens on."));
  public static final Key<Long> HTTP_MAX_IMPORT_BYTES =
      add(
          Key.bytes(
              "http.max-import-bytes",
              "16MiB",
              1 << 10,
              1L << 31,
              "Largest request body of POST /api/v1/import (B, KiB, MiB, GiB); larger is 413."));
  public static final Key<Path> DATA_DIR =
      add(
          Key.of(
              "data.dir",
              "data/hd-map",
              "Directory of the RocksDB map store (every version of every intersection).",
              HdMapConfig::parsePath));
  public static final Key<Boolean> KAFKA_ENABLED =
      add(
          Key.bool(
              "kafka.enabled",
              "true",
              "Take MAP messages from kafka.map-topic and publish snapshots to"
                  + " kafka.hdmap-topic; false: the HTTP API and the store only."));
  public static final Key<String> KAFKA_BOOTSTRAP_SERVERS =
      add(
          Key.string(
              "kafka.bootstrap-servers", "127.0.0.1:9092", "Kafka cluster (host:port,...)."));
  public static final Key<String> KAFKA_MAP_TOPIC =
      add(
          Key.string(
              "kafka.map-topic",
              "v2x.map",
              "Topic of the MAP messages as the gateway forwards them (V2xEnvelope values)."));
  public static final Key<String> KAFKA_HDMAP_TOPIC =
      add(
          Key.string(
              "kafka.hdmap-topic",
              "v2x.hdmap",
              "Compacted topic of the snapshots (key: intersection id, value: HdMapSnapshot);"
                  + " created compacted when missing."));
  public static final Key<String> KAFKA_GROUP_ID =
      add(
          Key.string(
              "kafka.group-id",
              "hd-map-service",
              "Consumer group of the MAP intake; its committed offsets say what was taken in."));

  /** Every fixed key, in documentation order. */
  public static final List<Key<?>> KEYS = Collections.unmodifiableList(KEY_LIST);

  /** Prefix of the properties passed to the intake's Kafka consumer. */
  public static final String CONSUMER_PREFIX = "kafka.consumer.";

  /** Prefix of the properties passed to the publisher's Kafka producer. */
  public static final String PRODUCER_PREFIX = "kafka.producer.";

  private final Map<Key<?>, Object> values;
  private final Map<String, String> consumerProperties;
  private final Map<String, String> producerProperties;

  private HdMapConfig(
      Map<Key<?>, Object> values,
      Map<String, String> consumerProperties,
      Map<String, String> producerProperties) {
    this.values = values;
    this.consumerProperties = Collections.unmodifiableMap(consumerProperties);
    this.producerProperties = Collections.unmodifiableMap(producerProperties);
  }

  private static <T> Key<T> add(Key<T> key) {
    KEY_LIST.add(key);
    return key;
  }

  /** The defaults alone. */
  public static HdMapConfig defaults() {
    return from(Map.of());
  }

  /**
   * Reads a properties file (may be null) and applies the overrides on top of it.
   *
   * @throws ConfigException naming the file or the key that is wrong
   */
  public static HdMapConfig load(Path file, Map<String, String> overrides) {
    Map<String, String> text = new LinkedHashMap<>();
    if (file != null) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException(null, "cannot read config file " + file + ": " + e.getMessage());
      }
      for (String name : properties.stringPropertyNames()) {
        text.put(name, properties.getProperty(name));
      }
    }
    text.putAll(overrides);
    return from(text);
  }

  /**
   * Builds the configuration from key → text pairs; keys not given take their defaults.
   *
   * @throws ConfigException naming the first key that is unknown or has a bad value
   */
  public static HdMapConfig from(Map<String, String> text) {
    Map<String, Key<?>> byName = new LinkedHashMap<>();
    for (Key<?> key : KEYS) {
      byName.put(key.name(), key);
    }
    Map<Key<?>, Object> values = new LinkedHashMap<>();
    Map<String, String> consumer = new TreeMap<>();
    Map<String, String> producer = new TreeMap<>();
    for (Map.Entry<String, String> entry : new TreeMap<>(text).entrySet()) {
      String name = entry.getKey().trim();
      String value = entry.getValue() == null ? "" : entry.getValue().trim();
      Key<?> key = byName.get(name);
      if (key != null) {
        values.put(key, key.parse(value));
      } else if (name.startsWith(CONSUMER_PREFIX) && name.length() > CONSUMER_PREFIX.length()) {
        consumer.put(name.substring(CONSUMER_PREFIX.length()), value);
      } else if (name.startsWith(PRODUCER_PREFIX) && name.length() > PRODUCER_PREFIX.length()) {
        producer.put(name.substring(PRODUCER_PREFIX.length()), value);
      } else {
        throw new ConfigException(name, "unknown key" + suggestion(name, byName.keySet()));
      }
    }
    for (Key<?> key : KEYS) {
      values.computeIfAbsent(key, k -> k.parse(k.defaultText()));
    }
    return new HdMapConfig(values, consumer, producer);
  }

  /** The value of a key. */
  @SuppressWarnings("unchecked")
  public <T> T get(Key<T> key) {
    return (T) values.get(key);
  }

  /** A copy with some keys changed (by their text form). */
  public HdMapConfig with(Map<String, String> overrides) {
    Map<String, String> text = new LinkedHashMap<>();
    for (Map.Entry<Key<?>, Object> entry : values.entrySet()) {
      text.put(entry.getKey().name(), String.valueOf(entry.getValue()));
    }
    consumerProperties.forEach((k, v) -> text.put(CONSUMER_PREFIX + k, v));
    producerProperties.forEach((k, v) -> text.put(PRODUCER_PREFIX + k, v));
    text.putAll(overrides);
    return from(text);
  }

  /** The properties given as {@code kafka.consumer.<property>}, without the prefix. */
  public Map<String, String> consumerProperties() {
    return consumerProperties;
  }

  /** The properties given as {@code kafka.producer.<property>}, without the prefix. */
  public Map<String, String> producerProperties() {
    return producerProperties;
  }

  /** The table of every key (name, default, meaning) in markdown, for the README. */
  public static String markdownTable() {
    StringBuilder table = new StringBuilder("| key | default | meaning |\n| --- | --- | --- |\n");
    for (Key<?> key : KEYS) {
      table
          .append("| `")
          .append(key.name())
          .append("` | `")
          .append(key.defaultText())
          .append("` | ")
          .append(key.doc())
          .append(" |\n");
    }
    table
        .append("| `")
        .append(CONSUMER_PREFIX)
        .append("<property>` | | passed to the intake's Kafka consumer |\n")
        .append("| `")
        .append(PRODUCER_PREFIX)
        .append("<property>` | | passed to the publisher's Kafka producer |\n");
    return table.toString();
  }

  private static Path parsePath(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("must not be empty");
    }
    try {
      return Path.of(text);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }

  private static String suggestion(String name, Iterable<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = editDistance(name.toLowerCase(Locale.ROOT), candidate);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return best != null && bestDistance <= 3 ? " (did you mean " + best + "?)" : "";
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * One configuration key: its name, its default as a user would write it, what it means, and how
   * its text becomes a value (parsing failures become a {@link ConfigException} naming the key).
   *
   * @param <T> the type of the value
   */
  public static final class Key<T> {
    private final String name;
    private final String defaultText;
    private final String doc;
    private final Function<String, T> parser;

    private Key(String name, String defaultText, String doc, Function<String, T> parser) {
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

    /** Parses the text of this key; a bad value is a {@link ConfigException} naming the key. */
    public T parse(String text) {
      try {
        return parser.apply(text.trim());
      } catch (IllegalArgumentException e) {
        throw new ConfigException(name, "'" + text + "' is not valid: " + e.getMessage());
      }
    }

    @Override
    public String toString() {
      return name;
    }

    static <T> Key<T> of(String name, String defaultText, String doc, Function<String, T> parser) {
      return new Key<>(name, defaultText, doc, parser);
    }

    static Key<String> string(String name, String defaultText, String doc) {
      return new Key<>(
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

    static Key<Integer> integer(String name, String defaultText, int min, int max, String doc) {
      return new Key<>(name, defaultText, doc, text -> (int) range(parseLong(text), min, max));
    }

    static Key<Long> bytes(String name, String defaultText, long min, long max, String doc) {
      return new Key<>(name, defaultText, doc, text -> range(parseBytes(text), min, max));
    }

    static Key<Boolean> bool(String name, String defaultText, String doc) {
      return new Key<>(
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

    private static long parseLong(String text) {
      try {
        return Long.parseLong(text.replace("_", ""));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("expected a whole number");
      }
    }

    private static long range(long value, long min, long max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException("must be between " + min + " and " + max);
      }
      return value;
    }

    /** A size: a whole number with an optional unit B, KiB, MiB, GiB (powers of 1024). */
    static long parseBytes(String text) {
      String t = text.replace("_", "").trim();
      int split = 0;
      while (split < t.length() && Character.isDigit(t.charAt(split))) {
        split++;
      }
      if (split == 0 || split > 18) {
        throw new IllegalArgumentException("expected a size such as 1048576, 64KiB or 16MiB");
      }
      long number = Long.parseLong(t.substring(0, split));
      String unit = t.substring(split).trim().toLowerCase(Locale.ROOT);
      int shift =
          switch (unit) {
            case "", "b" -> 0;
            case "k", "kb", "kib" -> 10;
            case "m", "mb", "mib" -> 20;
            case "g", "gb", "gib" -> 30;
            default ->
                throw new IllegalArgumentException(
                    "unknown unit '" + unit + "' (use B, KiB, MiB or GiB)");
          };
      if (number > (Long.MAX_VALUE >> shift)) {
        throw new IllegalArgumentException("too large");
      }
      return number << shift;
    }
  }
}
