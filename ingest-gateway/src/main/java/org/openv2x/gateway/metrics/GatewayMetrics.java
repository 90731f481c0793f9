package org.openv2x.gateway.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.openv2x.codec.MessageType;
import org.openv2x.gateway.journal.TopicCode;
import org.openv2x.proto.v1.FrameProtos.Transport;

/**
 * Every metric of the gateway, in Prometheus text format at {@code /metrics}. Hot-path counters are
 * resolved once (per type, per transport, per RSU) so counting costs one add. Per-RSU series are
 * bounded: the first {@code metrics.max-rsu-labels} RSU ids get their own, the rest share {@code
 * rsu="other"}.
 */
public final class GatewayMetrics {
  /** The label value of RSUs past the per-RSU series limit. */
  public static final String OTHER_RSU = "other";

  private final PrometheusMeterRegistry registry;
  private final int maxRsuLabels;
  private final Counter[][] messagesIn; // [transport][type]
  private final Counter[] messagesOut; // [topic code]
  private final ConcurrentHashMap<String, Counter> rejects = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, RsuMeters> rsuMeters = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Counter> labelled = new ConcurrentHashMap<>();
  private final Timer kafkaSend;
  private final Timer ackLatency;

  public GatewayMetrics(int maxRsuLabels) {
    this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    this.maxRsuLabels = maxRsuLabels;
    Transport[] transports = {Transport.TRANSPORT_TCP, Transport.TRANSPORT_UDP};
    messagesIn = new Counter[transports.length][MessageType.values().length];
    for (int t = 0; t < transports.length; t++) {
      for (MessageType type : MessageType.values()) {
        messagesIn[t][type.ordinal()] =
            Counter.builder("gateway.messages.in")
                .description("Messages decoded, validated and journaled, by type and transport")
                .tag("type", type.name().toLowerCase(Locale.ROOT))
                .tag("transport", transportLabel(transports[t]))
                .register(registry);
      }
    }
    messagesOut = new Counter[TopicCode.values().length];
    for (TopicCode topic : TopicCode.values()) {
      messagesOut[topic.ordinal()] =
          Counter.builder("gateway.messages.out")
              .description("Records acknowledged by Kafka, by topic")
              .tag("topic", topic.suffix())
              .register(registry);
    }
    kafkaSend =
        Timer.builder("gateway.kafka.send")
            .description("Kafka producer latency, send to acknowledgement (1 in 16 records)")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofNanos(100_000))
            .maximumExpectedValue(Duration.ofSeconds(60))
            .register(registry);
    ackLatency =
        Timer.builder("gateway.tcp.ack.latency")
            .description("DATA frame fully read to its ACK written (1 in 16 frames)")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofNanos(1_000))
            .maximumExpectedValue(Duration.ofSeconds(10))
            .register(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmGcMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** The Prometheus text exposition of every metric. */
  public String scrape() {
    return registry.scrape();
  }

  /** Counter of accepted messages of a type arriving by a transport. */
  public Counter messagesIn(Transport transport, MessageType type) {
    return messagesIn[transport == Transport.TRANSPORT_UDP ? 1 : 0][type.ordinal()];
  }

  /** Records acknowledged by Kafka on a topic. */
  public Counter messagesOut(TopicCode topic) {
    return messagesOut[topic.ordinal()];
  }

  /** Dead-lettered inputs by reason. */
  public Counter rejects(String reason) {
    return rejects.computeIfAbsent(
        reason,
        r ->
            Counter.builder("gateway.rejects")
                .description("Inputs refused and sent to the dead-letter topic, by reason")
                .tag("reason", r)
                .register(registry));
  }

  /** The per-RSU series of an RSU id (bounded, see the class comment). */
  public RsuMeters rsu(String rsuId) {
    RsuMeters meters = rsuMeters.get(rsuId);
    if (meters != null) {
      return meters;
    }
    String label = rsuMeters.size() >= maxRsuLabels ? OTHER_RSU : rsuId;
    if (!label.equals(rsuId)) {
      return rsuMeters.computeIfAbsent(OTHER_RSU, this::newRsuMeters);
    }
    return rsuMeters.computeIfAbsent(rsuId, this::newRsuMeters);
  }

  private RsuMeters newRsuMeters(String label) {
    return new RsuMeters(
        label,
        Counter.builder("gateway.rsu.messages")
            .description("Messages accepted per RSU")
            .tag("rsu", label)
            .register(registry),
        Counter.builder("gateway.rsu.rejects")
            .description("Inputs dead-lettered per RSU")
            .tag("rsu", label)
            .register(registry),
        Counter.builder("gateway.bsm.msgcnt.gaps")
            .description("BSMs missing by msgCnt, per forwarding RSU")
            .tag("rsu", label)
            .register(registry),
        Counter.builder("gateway.bsm.msgcnt.duplicates")
            .description("BSMs repeating the vehicle's previous msgCnt, per forwarding RSU")
            .tag("rsu", label)
            .register(registry));
  }

  /** A counter with one label, created on first use (for small, closed label sets). */
  public Counter counter(String name, String description, String labelName, String labelValue) {
    return labelled.computeIfAbsent(
        name + '\u0000' + labelName + '\u0000' + labelValue,
        k ->
            Counter.builder(name)
                .description(description)
                .tag(labelName, labelValue)
                .register(registry));
  }

  /** A counter without labels. */
  public Counter counter(String name, String description) {
    return labelled.computeIfAbsent(
        name, k -> Counter.builder(name).description(description).register(registry));
  }

  /** A gauge read from {@code value} at scrape time. */
  public <T> void gauge(String name, String description, T object, ToDoubleFunction<T> value) {
    Gauge.builder(name, object, value).description(description).register(registry);
  }

  /** A gauge read from a supplier at scrape time. */
  public void gauge(String name, String description, Supplier<Number> value) {
    Gauge.builder(name, value).description(description).register(registry);
  }

  public void recordKafkaSend(long nanos) {
    kafkaSend.record(nanos, TimeUnit.NANOSECONDS);
  }

  public void recordAckLatency(long nanos) {
    ackLatency.record(nanos, TimeUnit.NANOSECONDS);
  }

  public static String transportLabel(Transport transport) {
    return switch (transport) {
      case TRANSPORT_TCP -> "tcp";
      case TRANSPORT_UDP -> "udp";
      case TRANSPORT_MQTT -> "mqtt";
      default -> "unknown";
    };
  }
}
