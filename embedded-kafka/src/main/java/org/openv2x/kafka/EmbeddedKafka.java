package org.openv2x.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka broker and KRaft controller in this JVM, listening on {@value #HOST} only.
 *
 * <p>Its data directory holds the log directory ({@code logs/}, with the cluster id in {@code
 * logs/meta.properties}) and the effective broker configuration ({@code server.properties}). The
 * directory is formatted only when it is not formatted yet, so a broker started again on the same
 * directory, by this object or a new one, has the topics and records of the last run.
 *
 * <p>{@link #stop()} shuts the broker down cleanly and {@link #start()} starts it again on the same
 * directory and the same ports: a port given as 0 is chosen once, at the first start, and kept, so
 * clients configured with {@link #bootstrapServers()} reconnect after a restart.
 *
 * <pre>{@code
 * try (EmbeddedKafka kafka = EmbeddedKafka.builder().dataDirectory(dir).build()) {
 *   kafka.start();
 *   kafka.createTopic("events", 3);
 *   // clients use kafka.bootstrapServers()
 * }
 * }</pre>
 *
 * <p>Thread-safe: the lifecycle methods are synchronized.
 */
public final class EmbeddedKafka implements AutoCloseable {
  /** The only address the broker and the controller listen on. */
  public static final String HOST = "127.0.0.1";

  /** The node id of the single broker/controller. */
  public static final int NODE_ID = 1;

  /** {@code log.cleaner.dedupe.buffer.size}: 2 MiB instead of Kafka's 128 MiB of heap. */
  public static final long CLEANER_DEDUPE_BUFFER_BYTES = 2L * 1024 * 1024;

  /** The log directory inside the data directory. */
  static final String LOG_DIRECTORY = "logs";

  /** The broker configuration written into the data directory at each start. */
  static final String CONFIG_FILE = "server.properties";

  /** How long the admin calls of {@link #createTopics(Collection)} may take. */
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(60);

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

  private final Path dataDirectory;
  private final boolean deleteDataOnClose;
  private final int defaultPartitions;
  private final Map<String, String> extraBrokerProperties;

  private int brokerPort;
  private int controllerPort;
  private KafkaRaftServer server;
  private String clusterId;
  private boolean closed;

  private EmbeddedKafka(Builder builder) throws IOException {
    if (builder.dataDirectory == null) {
      this.dataDirectory = Files.createTempDirectory("embedded-kafka-");
      this.deleteDataOnClose = true;
    } else {
      this.dataDirectory = builder.dataDirectory.toAbsolutePath().normalize();
      this.deleteDataOnClose = false;
    }
    this.brokerPort = builder.brokerPort;
    this.controllerPort = builder.controllerPort;
    this.defaultPartitions = builder.defaultPartitions;
    this.extraBrokerProperties = Map.copyOf(builder.brokerProperties);
  }

  /** A builder with the defaults: a temporary data directory, free ports, 1 partition. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Formats the data directory if needed and starts the broker; returns once it accepts clients.
   * Does nothing when it is running already.
   *
   * @throws IllegalStateException after {@link #close()}, or when the broker fails to start (for
   *     example a port in use); the broker is then stopped again
   */
  public synchronized void start() {
    if (closed) {
      throw new IllegalStateException("closed");
    }
    if (server != null) {
      return;
    }
    long startNanos = System.nanoTime();
    try {
      Files.createDirectories(dataDirectory.resolve(LOG_DIRECTORY));
      while (brokerPort == 0 || brokerPort == controllerPort) {
        brokerPort = freePort();
      }
      while (controllerPort == 0 || controllerPort == brokerPort) {
        controllerPort = freePort();
      }
      Properties properties = brokerProperties();
      Path configFile = dataDirectory.resolve(CONFIG_FILE);
      try (OutputStream out = Files.newOutputStream(configFile)) {
        properties.store(out, "embedded-kafka: the configuration of the last start");
      }
      clusterId = readClusterId(dataDirectory.resolve(LOG_DIRECTORY));
      if (clusterId == null) {
        clusterId = Uuid.randomUuid().toString();
        format(configFile, clusterId);
      }
      KafkaRaftServer started =
          new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
      try {
        started.startup();
      } catch (RuntimeException | Error e) {
        shutDown(started);
        throw e;
      }
      server = started;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + dataDirectory, e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Kafka failed to start on "
              + HOST
              + " ports "
              + brokerPort
              + "/"
              + controllerPort
              + " in "
              + dataDirectory
              + ": "
              + e.getMessage(),
          e);
    }
    LOG.info(
        "Kafka broker ready at {} (controller port {}, cluster {}, data {}) after {} ms",
        bootstrapServers(),
        controllerPort,
        clusterId,
        dataDirectory,
        (System.nanoTime() - startNanos) / 1_000_000);
  }

  /**
   * Shuts the broker down cleanly and waits until it has stopped. Does nothing when it is not
   * running. The data directory and the ports are kept for the next {@link #start()}.
   */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    KafkaRaftServer stopping = server;
    server = null;
    shutDown(stopping);
    LOG.info("Kafka broker at {} stopped", bootstrapServers());
  }

  /** Stops the broker and, when the data directory was a temporary one, deletes it. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    stop();
    closed = true;
    if (deleteDataOnClose) {
      deleteRecursively(dataDirectory);
    }
  }

  /** Whether the broker is started and not stopped since. */
  public synchronized boolean isRunning() {
    return server != null;
  }

  /**
   * {@code 127.0.0.1:<broker port>}, for clients' {@code bootstrap.servers}; the same across
   * restarts.
   *
   * @throws IllegalStateException when the broker port is still to be chosen (0 and never started)
   */
  public synchronized String bootstrapServers() {
    return HOST + ":" + brokerPort();
  }

  /** The broker (client) port; fixed from the first start on. */
  public synchronized int brokerPort() {
    if (brokerPort == 0) {
      throw new IllegalStateException("the broker port is chosen at the first start()");
    }
    return brokerPort;
  }

  /** The KRaft controller port; fixed from the first start on. */
  public synchronized int controllerPort() {
    if (controllerPort == 0) {
      throw new IllegalStateException("the controller port is chosen at the first start()");
    }
    return controllerPort;
  }

  /** The data directory (absolute). */
  public Path dataDirectory() {
    return dataDirectory;
  }

  /** The cluster id stored in the data directory; {@code null} before the first start. */
  public synchronized String clusterId() {
    return clusterId;
  }

  /**
   * Creates the topics that do not exist yet; existing topics are left as they are. Returns once
   * the broker describes every one of them.
   *
   * @return the names of the topics created by this call
   * @throws IllegalStateException when the broker is not running
   */
  public Set<String> createTopics(Collection<NewTopic> topics) {
    String bootstrap;
    synchronized (this) {
      if (server == null) {
        throw new IllegalStateException("Kafka is not running");
      }
      bootstrap = bootstrapServers();
    }
    return Topics.createIfAbsent(bootstrap, topics, ADMIN_TIMEOUT);
  }

  /** {@link #createTopics(Collection)} of one topic with the given partition count. */
  public Set<String> createTopic(String name, int partitions) {
    return createTopics(List.of(new NewTopic(name, partitions, (short) 1)));
  }

  /** The broker configuration of the next start. */
  Properties brokerProperties() {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("process.roles", "broker,controller");
    config.put("node.id", String.valueOf(NODE_ID));
    config.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
    config.put(
        "listeners",
        "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
    config.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
    config.put("inter.broker.listener.name", "PLAINTEXT");
    config.put("controller.listener.names", "CONTROLLER");
    config.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
    config.put("log.dirs", dataDirectory.resolve(LOG_DIRECTORY).toString());
    config.put("num.partitions", String.valueOf(defaultPartitions));
    config.put("default.replication.factor", "1");
    config.put("offsets.topic.replication.factor", "1");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    config.put("share.coordinator.state.topic.replication.factor", "1");
    config.put("share.coordinator.state.topic.min.isr", "1");
    config.put("group.initial.rebalance.delay.ms", "0");
    config.put("log.cleaner.dedupe.buffer.size", String.valueOf(CLEANER_DEDUPE_BUFFER_BYTES));
    config.putAll(extraBrokerProperties);
    Properties properties = new Properties();
    properties.putAll(config);
    return properties;
  }

  /** The cluster id of an already formatted log directory, or {@code null}. */
  static String readClusterId(Path logDirectory) throws IOException {
    Path meta = logDirectory.resolve("meta.properties");
    if (!Files.isRegularFile(meta)) {
      return null;
    }
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(meta)) {
      properties.load(in);
    }
    String id = properties.getProperty("cluster.id");
    if (id == null || id.isBlank()) {
      throw new IOException(meta + " has no cluster.id");
    }
    return id.strip();
  }

  private static void format(Path configFile, String clusterId) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int status;
    try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      status =
          StorageTool.execute(
              new String[] {"format", "-t", clusterId, "-c", configFile.toString()}, out);
    }
    String text = output.toString(StandardCharsets.UTF_8).strip();
    if (status != 0) {
      throw new IllegalStateException("formatting the log directory failed: " + text);
    }
    LOG.debug("formatted: {}", text);
  }

  private static void shutDown(KafkaRaftServer server) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException e) {
      LOG.warn("Kafka shutdown failed", e);
    }
  }

  /** A port free on {@value #HOST} right now. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      LOG.warn("cannot delete {}: {}", directory, e.toString());
    }
  }

  /** Options of an {@link EmbeddedKafka}. */
  public static final class Builder {
    private Path dataDirectory;
    private int brokerPort;
    private int controllerPort;
    private int defaultPartitions = 1;
    private final Map<String, String> brokerProperties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * The directory of the broker's data, created if missing; reused (not formatted again) when it
     * holds a formatted log directory. Default: a temporary directory deleted by {@link #close()}.
     */
    public Builder dataDirectory(Path directory) {
      this.dataDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** The broker (client) port; 0 (the default) picks a free port at the first start. */
    public Builder brokerPort(int port) {
      this.brokerPort = checkPort(port);
      return this;
    }

    /** The KRaft controller port; 0 (the default) picks a free port at the first start. */
    public Builder controllerPort(int port) {
      this.controllerPort = checkPort(port);
      return this;
    }

    /** {@code num.partitions}: the partitions of auto-created topics. Default 1. */
    public Builder defaultPartitions(int partitions) {
      if (partitions < 1) {
        throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
      }
      this.defaultPartitions = partitions;
      return this;
    }

    /** A broker property that overrides the embedded defaults (listeners and ports included). */
    public Builder brokerProperty(String name, String value) {
      brokerProperties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value));
      return this;
    }

    /** {@link #brokerProperty(String, String)} for each entry. */
    public Builder brokerProperties(Map<String, String> properties) {
      properties.forEach(this::brokerProperty);
      return this;
    }

    /** The broker, not started yet. */
    public EmbeddedKafka build() {
      if (brokerPort != 0 && brokerPort == controllerPort) {
        throw new IllegalArgumentException("broker and controller port are both " + brokerPort);
      }
      try {
        return new EmbeddedKafka(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a temporary data directory", e);
      }
    }

    private static int checkPort(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("not a port: " + port);
      }
      return port;
    }
  }

  @Override
  public String toString() {
    return "EmbeddedKafka["
        + HOST
        + ":"
        + brokerPort
        + ", controller "
        + controllerPort
        + ", "
        + dataDirectory
        + "]";
  }
}
