package org.openv2x.hdmap.server;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.openv2x.hdmap.server.http.HttpApi;
import org.openv2x.hdmap.server.intake.MapIntake;
import org.openv2x.hdmap.server.publish.KafkaSnapshotPublisher;
import org.openv2x.hdmap.server.store.RocksMapStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The map service process: the RocksDB store, the snapshot publisher, the service, the MAP intake
 * and the HTTP API, started in that order and closed in the reverse one. With {@code
 * kafka.enabled=false} there is no publisher and no intake (the HTTP API and the store only).
 */
public final class HdMapServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HdMapServer.class);

  private final PrometheusMeterRegistry registry;
  private final HdMapService service;
  private final HttpApi http;
  private final Deque<AutoCloseable> started;
  private boolean closed;

  private HdMapServer(
      PrometheusMeterRegistry registry,
      HdMapService service,
      HttpApi http,
      Deque<AutoCloseable> started) {
    this.registry = registry;
    this.service = service;
    this.http = http;
    this.started = started;
  }

  /**
   * Starts every part; when one fails, the parts already started are closed again.
   *
   * @throws RuntimeException the failure of the part that could not start (a store in use, a port
   *     taken, a bad Kafka client property)
   */
  public static HdMapServer start(HdMapConfig config) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    Deque<AutoCloseable> started = new ArrayDeque<>();
    try {
      RocksMapStore store = RocksMapStore.open(config.get(HdMapConfig.DATA_DIR));
      started.push(store);
      boolean kafka = config.get(HdMapConfig.KAFKA_ENABLED);
      KafkaSnapshotPublisher publisher = null;
      if (kafka) {
        publisher = KafkaSnapshotPublisher.create(config, registry);
        started.push(publisher);
      }
      HdMapService service =
          new HdMapService(store, publisher == null ? SnapshotSink.NONE : publisher, registry);
      if (publisher != null) {
        publisher.publishAll(service.all());
      }
      if (kafka) {
        started.push(MapIntake.start(config, service, registry));
      }
      HttpApi http = HttpApi.start(config, service, registry);
      started.push(http::close);
      LOG.info(
          "hd-map: serving {} intersections, HTTP on port {}, Kafka {}",
          service.size(),
          http.port(),
          kafka ? config.get(HdMapConfig.KAFKA_BOOTSTRAP_SERVERS) : "disabled");
      return new HdMapServer(registry, service, http, started);
    } catch (RuntimeException | Error e) {
      closeAll(started);
      registry.close();
      throw e;
    }
  }

  /** The port the HTTP API listens on. */
  public int httpPort() {
    return http.port();
  }

  /** The map service (reads, stores, matching). */
  public MapService service() {
    return service;
  }

  /** The registry behind {@code /metrics}. */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** Stops the HTTP API, the intake, the publisher and the store, in that order. Idempotent. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeAll(started);
    registry.close();
    LOG.info("hd-map: stopped");
  }

  /**
   * Prints {@code hd-map: ready http=<port>} to {@code lines} and blocks until the JVM shuts down
   * (SIGTERM, Ctrl-C), closing the server on the way.
   */
  public void serveUntilShutdown(Consumer<String> lines) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  close();
                  stopped.countDown();
                },
                "hd-map-shutdown"));
    lines.accept("hd-map: ready http=" + httpPort());
    stopped.await();
  }

  /**
   * The configuration from a file (may be null), the launcher's options (each may be null: the
   * Kafka bootstrap servers; the platform's data directory, whose {@code hd-map} subdirectory
   * becomes {@code data.dir}) and {@code key=value} overrides, later winning.
   *
   * @throws ConfigException naming the key or file that is wrong
   */
  public static HdMapConfig configure(
      Path configFile, String kafkaBootstrapServers, Path dataDir, Map<String, String> overrides) {
    Map<String, String> all = new LinkedHashMap<>();
    if (kafkaBootstrapServers != null) {
      all.put(HdMapConfig.KAFKA_BOOTSTRAP_SERVERS.name(), kafkaBootstrapServers);
    }
    if (dataDir != null) {
      all.put(HdMapConfig.DATA_DIR.name(), dataDir.resolve("hd-map").toString());
    }
    all.putAll(overrides);
    return HdMapConfig.load(configFile, all);
  }

  private static void closeAll(Deque<AutoCloseable> started) {
    while (!started.isEmpty()) {
      AutoCloseable part = started.pop();
      try {
        part.close();
      } catch (Exception e) {
        LOG.warn("hd-map: closing {} failed: {}", part, e.toString());
      }
    }
  }
}
