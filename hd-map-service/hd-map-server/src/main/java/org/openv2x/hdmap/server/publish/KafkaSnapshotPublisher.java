package org.openv2x.hdmap.server.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.convert.HdMapProto;
import org.openv2x.hdmap.server.HdMapConfig;
import org.openv2x.hdmap.server.LogLimiter;
import org.openv2x.hdmap.server.SnapshotSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every written version to the compacted snapshot topic ({@code v2x.hdmap}): key the
 * intersection key, value {@link HdMapProto#toBytes}. A Kafka producer with {@code acks=all} and
 * idempotence; the topic is created compacted when missing.
 *
 * <p>{@link #publish} only hands the version to the publisher's own thread, so a slow or absent
 * Kafka never holds up a store. Per intersection only the latest version waits (the topic is
 * compacted: only the last one counts). A failed send is counted, logged (rate-limited) and tried
 * again after a pause while no newer version of that intersection has been handed over.
 */
public final class KafkaSnapshotPublisher implements SnapshotSink, AutoCloseable {
  /** {@code max.block.ms} unless configured: how long a send may wait for Kafka's metadata. */
  static final int DEFAULT_MAX_BLOCK_MS = 10_000;

  private static final Duration MIN_BACKOFF = Duration.ofMillis(500);
  private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
  private static final Logger LOG = LoggerFactory.getLogger(KafkaSnapshotPublisher.class);

  private final String topic;
  private final Properties adminConfig;
  private final Duration adminTimeout;
  private final KafkaProducer<String, byte[]> producer;
  private final Counter published;
  private final Counter failures;
  private final LogLimiter logLimiter = new LogLimiter(Duration.ofSeconds(10));
  private final Thread thread;

  private final Object lock = new Object();
  private final Map<String, IntersectionVersion> pending = new LinkedHashMap<>();
  private final Map<String, IntersectionVersion> latest = new HashMap<>();
  private long retryAtNanos;
  private long backoffNanos = MIN_BACKOFF.toNanos();
  private boolean closing;
  private boolean handingOver;
  private boolean topicReady;

  /**
   * Starts the publisher's thread; nothing is sent until a version is handed over.
   *
   * @param producerProperties extra Kafka producer properties (the {@code kafka.producer.*} keys)
   */
  public KafkaSnapshotPublisher(
      String bootstrapServers,
      String topic,
      Map<String, String> producerProperties,
      MeterRegistry registry) {
    this.topic = topic;
    Properties producerConfig = new Properties();
    producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
    producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(DEFAULT_MAX_BLOCK_MS));
    producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "hd-map-publisher");
    producerConfig.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    producerConfig.putAll(producerProperties);
    this.producer =
        new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
    this.adminTimeout =
        Duration.ofMillis(
            Long.parseLong(producerConfig.getProperty(ProducerConfig.MAX_BLOCK_MS_CONFIG).trim()));
    this.adminConfig = new Properties();
    adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    adminConfig.put(
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(adminTimeout.toMillis()));
    adminConfig.put(
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(adminTimeout.toMillis()));
    adminConfig.put(AdminClientConfig.CLIENT_ID_CONFIG, "hd-map-topics");
    producerProperties.forEach(
        (key, value) -> {
          if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
            adminConfig.put(key, value);
          }
        });
    this.published =
        Counter.builder("hdmap.snapshots.published")
            .description("Snapshots acknowledged by Kafka on the snapshot topic")
            .register(registry);
    this.failures =
        Counter.builder("hdmap.snapshot.publish.failures")
            .description("Snapshot sends that failed (each is tried again later)")
            .register(registry);
    Gauge.builder("hdmap.snapshots.pending", this, KafkaSnapshotPublisher::pendingCount)
        .description("Intersections whose latest snapshot waits to be sent")
        .register(registry);
    this.thread = new Thread(this::run, "hdmap-publisher");
    thread.setDaemon(true);
    thread.start();
  }

  /** A publisher to {@code kafka.hdmap-topic} with the {@code kafka.producer.*} properties. */
  public static KafkaSnapshotPublisher create(HdMapConfig config, MeterRegistry registry) {
    return new KafkaSnapshotPublisher(
        config.get(HdMapConfig.KAFKA_BOOTSTRAP_SERVERS),
        config.get(HdMapConfig.KAFKA_HDMAP_TOPIC),
        config.producerProperties(),
        registry);
  }

  /** The topic it publishes to. */
  public String topic() {
    return topic;
  }

  @Override
  public void publish(IntersectionVersion version) {
    String key = version.id().key();
    synchronized (lock) {
      if (closing) {
        LOG.warn(
            "snapshot publisher closed: {} version {} not sent", key, version.info().version());
        return;
      }
      latest.put(key, version);
      pending.put(key, version);
      lock.notifyAll();
    }
  }

  /** Hands over every version given (at start: the current version of every intersection). */
  public void publishAll(Collection<IntersectionVersion> versions) {
    for (IntersectionVersion version : versions) {
      publish(version);
    }
  }

  /** Intersections whose latest snapshot has not been handed to Kafka yet. */
  public int pendingCount() {
    synchronized (lock) {
      return pending.size();
    }
  }

  /**
   * Waits until nothing is waiting to be handed to the producer and the producer has sent what it
   * holds, or the timeout has passed.
   *
   * @return whether everything handed over was sent
   */
  public boolean flush(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (!pending.isEmpty() || handingOver) {
        long leftMs = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (leftMs <= 0) {
          return false;
        }
        lock.wait(leftMs);
      }
    }
    producer.flush();
    synchronized (lock) {
      return pending.isEmpty();
    }
  }

  /** Stops the thread and closes the producer, giving what is in flight a few seconds. */
  @Override
  public void close() {
    synchronized (lock) {
      if (closing) {
        return;
      }
      closing = true;
      lock.notifyAll();
    }
    try {
      thread.join(CLOSE_TIMEOUT.toMillis());
      if (thread.isAlive()) {
        thread.interrupt();
        thread.join(CLOSE_TIMEOUT.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    producer.close(CLOSE_TIMEOUT);
    int left = pendingCount();
    if (left > 0) {
      LOG.warn("snapshot publisher closed with {} snapshots not sent (sent again at start)", left);
    }
  }

  private void run() {
    while (true) {
      List<IntersectionVersion> batch;
      synchronized (lock) {
        try {
          while (!closing && (pending.isEmpty() || System.nanoTime() - retryAtNanos < 0)) {
            if (pending.isEmpty()) {
              lock.wait();
            } else {
              lock.wait(
                  Math.max(1, TimeUnit.NANOSECONDS.toMillis(retryAtNanos - System.nanoTime())));
            }
          }
        } catch (InterruptedException e) {
          return;
        }
        if (closing) {
          return;
        }
        batch = new ArrayList<>(pending.values());
        pending.clear();
        handingOver = true;
      }
      try {
        handOver(batch);
      } finally {
        synchronized (lock) {
          handingOver = false;
          lock.notifyAll();
        }
      }
    }
  }

  /** Makes sure of the topic, then gives each version of the batch to the producer. */
  private void handOver(List<IntersectionVersion> batch) {
    if (!topicReady) {
      topicReady = ensureTopic();
      if (!topicReady) {
        failures.increment(batch.size());
        requeue(batch);
        return;
      }
    }
    for (IntersectionVersion version : batch) {
      send(version);
    }
  }

  private void send(IntersectionVersion version) {
    String key = version.id().key();
    try {
      producer.send(
          new ProducerRecord<>(topic, key, HdMapProto.toBytes(version)),
          (metadata, exception) -> {
            if (exception == null) {
              published.increment();
              synchronized (lock) {
                backoffNanos = MIN_BACKOFF.toNanos();
              }
            } else {
              failed(version, exception);
            }
          });
    } catch (KafkaException | IllegalStateException e) {
      failed(version, e);
    }
  }

  private void failed(IntersectionVersion version, Exception exception) {
    failures.increment();
    String key = version.id().key();
    long held = logLimiter.acquire("send");
    if (held >= 0) {
      LOG.warn(
          "snapshot of {} version {} not sent to {}, tried again later: {}{}",
          key,
          version.info().version(),
          topic,
          exception.toString(),
          held > 0 ? " (" + held + " more failures not logged)" : "");
    }
    requeue(List.of(version));
  }

  /**
   * Puts versions that could not be sent back in line, unless a newer version of the same
   * intersection was handed over since, and makes the next round wait.
   */
  private void requeue(List<IntersectionVersion> versions) {
    synchronized (lock) {
      for (IntersectionVersion version : versions) {
        String key = version.id().key();
        if (latest.get(key) == version) {
          pending.putIfAbsent(key, version);
        }
      }
      scheduleRetry();
      lock.notifyAll();
    }
  }

  /** Called holding {@link #lock}: the next round waits, longer after each failure. */
  private void scheduleRetry() {
    retryAtNanos = System.nanoTime() + backoffNanos;
    backoffNanos = Math.min(MAX_BACKOFF.toNanos(), backoffNanos * 2);
  }

  /** Creates the topic compacted when it does not exist; warns when it exists but is not. */
  private boolean ensureTopic() {
    Admin admin = Admin.create(adminConfig);
    try {
      NewTopic newTopic =
          new NewTopic(topic, Optional.empty(), Optional.empty())
              .configs(
                  Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
      try {
        admin
            .createTopics(List.of(newTopic))
            .all()
            .get(adminTimeout.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("created the compacted snapshot topic {}", topic);
        return true;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
      Config config =
          admin
              .describeConfigs(List.of(resource))
              .all()
              .get(adminTimeout.toMillis(), TimeUnit.MILLISECONDS)
              .get(resource);
      String policy =
          config == null || config.get(TopicConfig.CLEANUP_POLICY_CONFIG) == null
              ? "unknown"
              : config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
      if (!policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
        LOG.warn(
            "snapshot topic {} exists with cleanup.policy={}, not compact: old snapshots are"
                + " deleted by retention instead of compacted away",
            topic,
            policy);
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (Exception e) {
      long held = logLimiter.acquire("topic");
      if (held >= 0) {
        LOG.warn(
            "cannot create or check the snapshot topic {}, tried again later: {}",
            topic,
            e.toString());
      }
      return false;
    } finally {
      admin.close(Duration.ofSeconds(1));
    }
  }
}
