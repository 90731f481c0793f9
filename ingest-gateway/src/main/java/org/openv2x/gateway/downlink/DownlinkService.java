package org.openv2x.gateway.downlink;

import io.micrometer.core.instrument.Counter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.UperCodec;
import org.openv2x.gateway.metrics.GatewayMetrics;
import org.openv2x.gateway.tcp.SessionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes {@code v2x.downlink} (key: RSU id, value: one UPER MessageFrame) and delivers each frame
 * to that RSU's TCP session. A frame for an RSU that is not connected waits (at most {@code
 * downlink.max-pending-per-rsu} per RSU) until it connects or the TTL passes; a frame older than
 * the TTL (by its Kafka timestamp) expires. Every outcome is counted.
 *
 * <p>Each gateway reads the whole topic in its own consumer group ({@code v2x-gateway-<id>}), since
 * any gateway may hold the RSU's connection; the group's committed offsets let a restarted gateway
 * pick up frames that arrived while it was down (those still within the TTL).
 */
public final class DownlinkService implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DownlinkService.class);

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final String topic;
  private final SessionRegistry sessions;
  private final long ttlMs;
  private final int maxPendingPerRsu;
  private final Map<String, ArrayDeque<Pending>> pending = new HashMap<>();
  private final AtomicLong nextDownlinkId = new AtomicLong(1);
  private final AtomicLong pendingCount = new AtomicLong();
  private final Counter received;
  private final Counter delivered;
  private final Counter expired;
  private final Counter overflow;
  private final Counter invalid;
  private final Thread thread;
  private final UperCodec codec = new UperCodec();
  private volatile boolean running = true;

  public DownlinkService(
      String bootstrapServers,
      String gatewayId,
      String topic,
      Map<String, String> consumerOverrides,
      SessionRegistry sessions,
      Duration ttl,
      int maxPendingPerRsu,
      GatewayMetrics metrics) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.GROUP_ID_CONFIG, "v2x-gateway-" + gatewayId);
    properties.put(ConsumerConfig.CLIENT_ID_CONFIG, gatewayId + "-downlink");
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true");
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.putAll(consumerOverrides);
    this.consumer = new KafkaConsumer<>(properties);
    this.topic = topic;
    this.sessions = sessions;
    this.ttlMs = ttl.toMillis();
    this.maxPendingPerRsu = maxPendingPerRsu;
    String description = "Downlink frames, by outcome";
    this.received = metrics.counter("gateway.downlink.received", "Downlink frames read from Kafka");
    this.delivered = metrics.counter("gateway.downlink", description, "outcome", "delivered");
    this.expired = metrics.counter("gateway.downlink", description, "outcome", "expired");
    this.overflow = metrics.counter("gateway.downlink", description, "outcome", "overflow");
    this.invalid = metrics.counter("gateway.downlink", description, "outcome", "invalid");
    metrics.gauge(
        "gateway.downlink.pending",
        "Downlink frames waiting for their RSU to connect",
        pendingCount::get);
    this.thread = new Thread(this::run, "downlink-consumer");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** An RSU said HELLO: deliver what waits for it (called from any thread). */
  public void rsuConnected(String rsuId) {
    synchronized (pending) {
      ArrayDeque<Pending> queue = pending.remove(rsuId);
      if (queue == null) {
        return;
      }
      long now = System.currentTimeMillis();
      for (Pending frame : queue) {
        pendingCount.decrementAndGet();
        if (now - frame.timestampMs > ttlMs) {
          expired.increment();
        } else if (sessions.deliver(rsuId, frame.downlinkId, frame.frame)) {
          delivered.increment();
        } else {
          requeue(rsuId, frame);
        }
      }
    }
  }

  private void run() {
    try {
      consumer.subscribe(List.of(topic));
      while (running) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          handle(record);
        }
        expirePending();
      }
    } catch (WakeupException e) {
      // closing
    } catch (RuntimeException e) {
      LOG.error("downlink consumer stopped", e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private void handle(ConsumerRecord<byte[], byte[]> record) {
    received.increment();
    if (record.key() == null || record.value() == null || record.value().length == 0) {
      invalid.increment();
      LOG.warn(
          "downlink record {}-{}@{} without an RSU id key or a frame; skipped",
          record.topic(),
          record.partition(),
          record.offset());
      return;
    }
    String rsuId = new String(record.key(), StandardCharsets.UTF_8);
    try {
      codec.decode(record.value());
    } catch (CodecException e) {
      invalid.increment();
      LOG.warn(
          "downlink record {}-{}@{} for {} is not a MessageFrame ({}); skipped",
          record.topic(),
          record.partition(),
          record.offset(),
          rsuId,
          e.getMessage());
      return;
    }
    if (System.currentTimeMillis() - record.timestamp() > ttlMs) {
      expired.increment();
      return;
    }
    long downlinkId = nextDownlinkId.getAndIncrement();
    if (sessions.deliver(rsuId, downlinkId, record.value())) {
      delivered.increment();
      return;
    }
    synchronized (pending) {
      requeue(rsuId, new Pending(downlinkId, record.value(), record.timestamp()));
    }
  }

  private void requeue(String rsuId, Pending frame) {
    ArrayDeque<Pending> queue = pending.computeIfAbsent(rsuId, k -> new ArrayDeque<>());
    if (queue.size() >= maxPendingPerRsu) {
      overflow.increment();
      return;
    }
    queue.addLast(frame);
    pendingCount.incrementAndGet();
  }

  private void expirePending() {
    long now = System.currentTimeMillis();
    synchronized (pending) {
      Iterator<Map.Entry<String, ArrayDeque<Pending>>> entries = pending.entrySet().iterator();
      while (entries.hasNext()) {
        ArrayDeque<Pending> queue = entries.next().getValue();
        while (!queue.isEmpty() && now - queue.peekFirst().timestampMs > ttlMs) {
          queue.pollFirst();
          pendingCount.decrementAndGet();
          expired.increment();
        }
        if (queue.isEmpty()) {
          entries.remove();
        }
      }
    }
  }

  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private record Pending(long downlinkId, byte[] frame, long timestampMs) {}
}
