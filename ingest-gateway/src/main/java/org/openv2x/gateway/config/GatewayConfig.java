package org.openv2x.gateway.config;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The gateway's configuration: every key with its default and meaning ({@link #KEYS}), read from a
 * properties file and overrides. Unknown keys are refused (a typo must not silently fall back to a
 * default), and every bad value fails at start with a message naming the key.
 *
 * <p>Besides the fixed keys there are three open families: {@code kafka.producer.<property>} and
 * {@code kafka.consumer.<property>} pass properties to the Kafka clients, and {@code
 * rsu.<id>.addresses} registers an RSU and the source addresses its UDP datagrams come from.
 */
public final class GatewayConfig {

  /** What the gateway does with traffic from an RSU it does not know. */
  public enum UnknownRsuPolicy {
    ACCEPT,
    REFUSE
  }

  private static final List<ConfigKey<?>> KEY_LIST = new ArrayList<>();

  public static final ConfigKey<String> GATEWAY_ID =
      add(
          ConfigKey.custom(
              "gateway.id",
              "gw-<hostname>",
              "This gateway's id, in every envelope and dead letter; unique among the gateways"
                  + " writing to one Kafka cluster. 1..64 characters of [A-Za-z0-9._:-].",
              GatewayConfig::checkId));
  public static final ConfigKey<String> BIND_ADDRESS =
      add(
          ConfigKey.string(
              "bind.address", "0.0.0.0", "Address the TCP, UDP and HTTP servers listen on."));
  public static final ConfigKey<Integer> TCP_PORT =
      add(
          ConfigKey.integer(
              "tcp.port", "7400", 0, 65535, "TCP port of the RSU session protocol (0: any free)."));
  public static final ConfigKey<Integer> UDP_PORT =
      add(
          ConfigKey.integer(
              "udp.port",
              "7401",
              0,
              65535,
              "UDP port, one UPER MessageFrame per datagram (0: any free)."));
  public static final ConfigKey<Boolean> UDP_ENABLED =
      add(ConfigKey.bool("udp.enabled", "true", "Whether to listen for UDP at all."));
  public static final ConfigKey<Integer> HTTP_PORT =
      add(
          ConfigKey.integer(
              "http.port", "7480", 0, 65535, "HTTP port of /metrics and /health (0: any free)."));
  public static final ConfigKey<Integer> IO_THREADS =
      add(
          ConfigKey.integer(
              "io.threads",
              "0",
              0,
              256,
              "Netty event loop threads that read, decode and journal (0: one per core)."));
  public static final ConfigKey<Integer> TCP_MAX_FRAME_BYTES =
      add(
          ConfigKey.integer(
              "tcp.max-frame-bytes",
              "1048576",
              64,
              64 << 20,
              "Largest session frame payload; larger frames are skipped and dead-lettered"
                  + " (FRAME_TOO_LARGE), the connection stays up."));
  public static final ConfigKey<Integer> TCP_MAX_CONNECTIONS =
      add(
          ConfigKey.integer(
              "tcp.max-connections",
              "20000",
              1,
              1_000_000,
              "Most TCP connections at once; one more is refused (ERROR TOO_MANY_CONNECTIONS)."));
  public static final ConfigKey<Duration> TCP_IDLE_TIMEOUT =
      add(
          ConfigKey.duration(
              "tcp.idle-timeout",
              "60s",
              Duration.ofSeconds(1),
              Duration.ofDays(1),
              "A connection that sends nothing (not even HEARTBEAT) for this long is closed."));
  public static final ConfigKey<Duration> TCP_HELLO_TIMEOUT =
      add(
          ConfigKey.duration(
              "tcp.hello-timeout",
              "10s",
              Duration.ofMillis(100),
              Duration.ofHours(1),
              "Time a new connection has to send HELLO."));
  public static final ConfigKey<Integer> RSU_MAX_MESSAGES_PER_SECOND =
      add(
          ConfigKey.integer(
              "rsu.max-messages-per-second",
              "100000",
              0,
              100_000_000,
              "Most messages per second one RSU may send (burst: one second's worth); TCP reads"
                  + " pause above it, UDP datagrams above it are dropped and counted. 0: no limit."));
  public static final ConfigKey<UnknownRsuPolicy> RSU_UNKNOWN =
      add(
          ConfigKey.choice(
              "rsu.unknown",
              "accept",
              UnknownRsuPolicy.class,
              "Traffic from an RSU not in the registry (rsu.<id>.addresses): accept (UDP as"
                  + " udp:<ip>:<port>) or refuse (dead-lettered as UNKNOWN_RSU). Counted either"
                  + " way."));
  public static final ConfigKey<Long> UDP_RECEIVE_BUFFER_BYTES =
      add(
          ConfigKey.bytes(
              "udp.receive-buffer-bytes",
              "16MiB",
              64 << 10,
              1L << 30,
              "SO_RCVBUF of each UDP socket (the kernel caps it at net.core.rmem_max)."));
  public static final ConfigKey<Path> JOURNAL_DIR =
      add(
          ConfigKey.custom(
              "journal.dir",
              "data/gateway/journal",
              "Directory of the journal (Chronicle Queue) that holds every accepted message"
                  + " until Kafka has acknowledged it.",
              Path::of));
  public static final ConfigKey<Long> JOURNAL_MAX_BYTES =
      add(
          ConfigKey.bytes(
              "journal.max-bytes",
              "4GiB",
              1 << 20,
              1L << 50,
              "Cap on journaled bytes not yet acknowledged by Kafka. At the cap the gateway stops"
                  + " reading TCP sockets and drops (counts) UDP, until it is below 90 % again."));
  public static final ConfigKey<String> JOURNAL_ROLL_CYCLE =
      add(
          ConfigKey.custom(
              "journal.roll-cycle",
              "MINUTELY",
              "Chronicle Queue roll cycle: one journal file per cycle, deleted once Kafka has"
                  + " every message in it (MINUTELY, FIVE_MINUTELY, FAST_HOURLY, ...).",
              text -> {
                RollCycleNames.parse(text);
                return text;
              }));
  public static final ConfigKey<String> KAFKA_BOOTSTRAP_SERVERS =
      add(
          ConfigKey.string(
              "kafka.bootstrap-servers",
              "127.0.0.1:9092",
              "Kafka cluster to publish to (host:port,...)."));
  public static final ConfigKey<String> KAFKA_TOPIC_PREFIX =
      add(
          ConfigKey.custom(
              "kafka.topic-prefix",
              "v2x.",
              "Prefix of every topic name (v2x.bsm, v2x.deadletter, v2x.downlink, ...).",
              text -> text));
  public static final ConfigKey<Boolean> KAFKA_CREATE_TOPICS =
      add(
          ConfigKey.bool(
              "kafka.create-topics",
              "true",
              "Create the gateway's topics at start when they are missing."));
  public static final ConfigKey<Integer> KAFKA_TOPIC_PARTITIONS =
      add(
          ConfigKey.integer(
              "kafka.topic-partitions",
              "6",
              1,
              10_000,
              "Partitions of a topic the gateway creates (kafka.create-topics)."));
  public static final ConfigKey<Boolean> DOWNLINK_ENABLED =
      add(
          ConfigKey.bool(
              "downlink.enabled", "true", "Consume v2x.downlink and deliver frames to RSUs."));
  public static final ConfigKey<Duration> DOWNLINK_TTL =
      add(
          ConfigKey.duration(
              "downlink.ttl",
              "30s",
              Duration.ofMillis(100),
              Duration.ofDays(1),
              "A downlink frame not delivered within this time of its Kafka timestamp expires"
                  + " (counted)."));
  public static final ConfigKey<Integer> DOWNLINK_MAX_PENDING_PER_RSU =
      add(
          ConfigKey.integer(
              "downlink.max-pending-per-rsu",
              "256",
              0,
              1_000_000,
              "Downlink frames held for an RSU that is not connected; more are counted as"
                  + " undeliverable."));
  public static final ConfigKey<Integer> DEADLETTER_MAX_RAW_BYTES =
      add(
          ConfigKey.integer(
              "deadletter.max-raw-bytes",
              "4096",
              0,
              1 << 20,
              "Raw bytes kept in a dead letter; the full length is recorded too."));
  public static final ConfigKey<Integer> METRICS_MAX_RSU_LABELS =
      add(
          ConfigKey.integer(
              "metrics.max-rsu-labels",
              "1000",
              0,
              100_000,
              "Distinct RSU ids that get their own per-RSU metric series; the rest share"
                  + " rsu=\"other\"."));
  public static final ConfigKey<Integer> METRICS_MAX_TRACKED_VEHICLES =
      add(
          ConfigKey.integer(
              "metrics.max-tracked-vehicles",
              "200000",
              0,
              100_000_000,
              "Vehicles whose last BSM msgCnt is kept per I/O thread for the gap and duplicate"
                  + " counters."));
  public static final ConfigKey<Duration> VALIDATION_MAX_CLOCK_SKEW =
      add(
          ConfigKey.duration(
              "validation.max-clock-skew",
              "0s",
              Duration.ZERO,
              Duration.ofDays(366),
              "Refuse BSMs whose own time (secMark within the minute) is further than this from"
                  + " the gateway's clock (CLOCK_SKEW). 0s: not checked."));
  public static final ConfigKey<Duration> SHUTDOWN_GRACE =
      add(
          ConfigKey.duration(
              "shutdown.grace",
              "10s",
              Duration.ZERO,
              Duration.ofHours(1),
              "On stop, how long to keep sending journaled messages to Kafka before closing;"
                  + " what is left is sent after the next start."));

  /** Every fixed key, in documentation order. */
  public static final List<ConfigKey<?>> KEYS = Collections.unmodifiableList(KEY_LIST);

  private static final String PRODUCER_PREFIX = "kafka.producer.";
  private static final String CONSUMER_PREFIX = "kafka.consumer.";
  private static final Pattern RSU_ADDRESSES =
      Pattern.compile("rsu\\.([A-Za-z0-9._:-]{1,64})\\.addresses");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  private final Map<ConfigKey<?>, Object> values;
  private final Map<String, String> producerProperties;
  private final Map<String, String> consumerProperties;
  private final Map<String, List<String>> rsuAddresses;

  private GatewayConfig(
      Map<ConfigKey<?>, Object> values,
      Map<String, String> producerProperties,
      Map<String, String> consumerProperties,
      Map<String, List<String>> rsuAddresses) {
    this.values = values;
    this.producerProperties = producerProperties;
    this.consumerProperties = consumerProperties;
    this.rsuAddresses = rsuAddresses;
  }

  private static <T> ConfigKey<T> add(ConfigKey<T> key) {
    KEY_LIST.add(key);
    return key;
  }

  /** The defaults alone. */
  public static GatewayConfig defaults() {
    return from(Map.of());
  }

  /**
   * Reads a properties file (may be null) and applies the overrides on top of it (later wins).
   *
   * @throws ConfigException naming the file or key that is wrong
   */
  public static GatewayConfig load(Path file, Map<String, String> overrides) {
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

  /** Builds the configuration from key → text pairs; keys not given take their defaults. */
  public static GatewayConfig from(Map<String, String> text) {
    Map<String, ConfigKey<?>> byName = new LinkedHashMap<>();
    for (ConfigKey<?> key : KEYS) {
      byName.put(key.name(), key);
    }
    Map<ConfigKey<?>, Object> values = new LinkedHashMap<>();
    Map<String, String> producer = new TreeMap<>();
    Map<String, String> consumer = new TreeMap<>();
    Map<String, List<String>> rsus = new TreeMap<>();
    for (Map.Entry<String, String> entry : new TreeMap<>(text).entrySet()) {
      String name = entry.getKey().trim();
      String value = entry.getValue() == null ? "" : entry.getValue().trim();
      ConfigKey<?> key = byName.get(name);
      if (key != null) {
        values.put(key, key.parse(value));
      } else if (name.startsWith(PRODUCER_PREFIX) && name.length() > PRODUCER_PREFIX.length()) {
        producer.put(name.substring(PRODUCER_PREFIX.length()), value);
      } else if (name.startsWith(CONSUMER_PREFIX) && name.length() > CONSUMER_PREFIX.length()) {
        consumer.put(name.substring(CONSUMER_PREFIX.length()), value);
      } else if (RSU_ADDRESSES.matcher(name).matches()) {
        var matcher = RSU_ADDRESSES.matcher(name);
        matcher.matches();
        rsus.put(matcher.group(1), parseAddresses(name, value));
      } else {
        throw new ConfigException(name, "unknown key" + suggestion(name, byName.keySet()));
      }
    }
    for (ConfigKey<?> key : KEYS) {
      if (!values.containsKey(key)) {
        values.put(key, key == GATEWAY_ID ? defaultGatewayId() : key.parse(key.defaultText()));
      }
    }
    return new GatewayConfig(values, producer, consumer, rsus);
  }

  /** The value of a key. */
  @SuppressWarnings("unchecked")
  public <T> T get(ConfigKey<T> key) {
    return (T) values.get(key);
  }

  /** Properties for the Kafka producer given with {@code kafka.producer.<property>}. */
  public Map<String, String> producerProperties() {
    return Collections.unmodifiableMap(producerProperties);
  }

  /** Properties for the Kafka consumer given with {@code kafka.consumer.<property>}. */
  public Map<String, String> consumerProperties() {
    return Collections.unmodifiableMap(consumerProperties);
  }

  /**
   * RSU id → its source addresses ({@code ip} or {@code ip:port}), from {@code rsu.<id>.addresses}.
   */
  public Map<String, List<String>> rsuAddresses() {
    return Collections.unmodifiableMap(rsuAddresses);
  }

  /** A copy with some keys changed (by their text form). */
  public GatewayConfig with(Map<String, String> overrides) {
    Map<String, String> text = new LinkedHashMap<>();
    for (Map.Entry<ConfigKey<?>, Object> entry : values.entrySet()) {
      text.put(entry.getKey().name(), String.valueOf(entry.getValue()));
    }
    producerProperties.forEach((k, v) -> text.put(PRODUCER_PREFIX + k, v));
    consumerProperties.forEach((k, v) -> text.put(CONSUMER_PREFIX + k, v));
    rsuAddresses.forEach((k, v) -> text.put("rsu." + k + ".addresses", String.join(",", v)));
    text.putAll(overrides);
    return from(text);
  }

  private static String checkId(String text) {
    if (!ID.matcher(text).matches()) {
      throw new IllegalArgumentException("must be 1..64 characters of [A-Za-z0-9._:-]");
    }
    return text;
  }

  private static String defaultGatewayId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    String cleaned = host.replaceAll("[^A-Za-z0-9._:-]", "-");
    String id = "gw-" + cleaned;
    return id.length() > 64 ? id.substring(0, 64) : id;
  }

  private static List<String> parseAddresses(String key, String value) {
    List<String> addresses = new ArrayList<>();
    for (String part : value.split(",")) {
      String address = part.trim();
      if (address.isEmpty()) {
        continue;
      }
      try {
        RsuAddress.parse(address);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(key, "'" + address + "' is not valid: " + e.getMessage());
      }
      addresses.add(address);
    }
    if (addresses.isEmpty()) {
      throw new ConfigException(
          key, "expected one or more addresses, ip or ip:port, comma-separated");
    }
    return addresses;
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
}
