package org.openv2x.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.UperCodec;
import org.openv2x.gateway.Gateway;
import org.openv2x.gateway.config.GatewayConfig;
import org.openv2x.kafka.EmbeddedKafka;
import org.openv2x.kafka.PlatformTopics;
import org.openv2x.proto.v1.FrameProtos;
import org.openv2x.sim.event.EventPlan;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.rsu.CollectingFrameSink;
import org.openv2x.sim.rsu.TcpFrameSink;
import org.openv2x.sim.rsu.TeeSink;
import org.openv2x.sim.sensor.PedestrianConfig;
import org.openv2x.sim.traffic.TrafficConfig;

/**
 * The simulator's RSUs against the real gateway and an embedded Kafka broker: the gateway stops
 * while the RSUs keep sending, and starts again on the same port and journal; the RSUs reconnect,
 * resend what was not acknowledged, and every frame they produced is in Kafka.
 */
class SimulatorGatewayRestartIT {
  private static final List<String> TOPICS =
      List.of("v2x.bsm", "v2x.map", "v2x.spat", "v2x.rsi", "v2x.rsm");

  @TempDir Path dir;

  @Test
  void rsusResendWhatWasNotAcknowledgedAfterTheGatewayRestarts() throws Exception {
    try (EmbeddedKafka kafka =
        EmbeddedKafka.builder().dataDirectory(dir.resolve("kafka")).build()) {
      kafka.start();
      PlatformTopics.createAll(kafka.bootstrapServers(), Duration.ofSeconds(60));
      int port;
      try (ServerSocket probe = new ServerSocket(0)) {
        port = probe.getLocalPort();
      }
      Map<String, String> settings = new HashMap<>();
      settings.put("gateway.id", "gw-sim-it");
      settings.put("bind.address", "127.0.0.1");
      settings.put("tcp.port", String.valueOf(port));
      settings.put("udp.port", "0");
      settings.put("http.port", "0");
      settings.put("kafka.bootstrap-servers", kafka.bootstrapServers());
      settings.put("journal.dir", dir.resolve("journal").toString());
      settings.put("shutdown.grace", "5s");
      GatewayConfig gatewayConfig = GatewayConfig.from(settings);

      Gateway gateway = Gateway.start(gatewayConfig);
      Simulator.Config config =
          new Simulator.Config(
              GridSpec.of(2, 1),
              null,
              31.2304,
              121.4737,
              TrafficConfig.of(80),
              21,
              1_767_600_000_000L,
              URI.create("tcp://127.0.0.1:" + port),
              null,
              EventPlan.parse("at 5s stalled_vehicle for 30s"),
              PedestrianConfig.DEFAULT,
              300,
              100,
              false);
      CollectingFrameSink produced = new CollectingFrameSink();
      long heldWhileDown;
      TcpFrameSink[] tcp = new TcpFrameSink[1];
      Simulator simulator =
          Simulator.start(
              config,
              rsus -> {
                tcp[0] = TcpFrameSink.connect("127.0.0.1", port, rsus);
                return new TeeSink(tcp[0], produced);
              });
      try {
        steps(simulator, 100);
        assertTrue(tcp[0].awaitAllAcked(Duration.ofSeconds(30)), "acknowledged before the stop");
        gateway.close();
        // The gateway is down: the RSUs go on producing; their windows (64 DATA frames each) hold
        // what the gateway has not acknowledged.
        steps(simulator, 40);
        heldWhileDown =
            tcp[0].sessionStatistics().values().stream().mapToLong(s -> s.unackedFrames()).sum();
        gateway = Gateway.start(gatewayConfig);
        steps(simulator, 100);
        assertTrue(
            tcp[0].awaitAllAcked(Duration.ofSeconds(60)), "all acknowledged after the restart");
      } finally {
        simulator.close();
        gateway.close();
      }

      long reconnects =
          tcp[0].sessionStatistics().values().stream().mapToLong(s -> s.reconnects()).sum();
      assertTrue(reconnects >= 2, "both RSUs reconnected: " + reconnects);
      assertTrue(
          heldWhileDown >= 2 * 40,
          "each RSU held its DATA frames of the 40 steps while the gateway was down: "
              + heldWhileDown);

      Set<String> expected = new HashSet<>();
      for (CollectingFrameSink.CollectedFrame frame : produced.frames()) {
        expected.add(frame.rsu().id() + "/" + HexFormat.of().formatHex(frame.uper()));
      }
      Set<String> inKafka = readBack(kafka.bootstrapServers());
      Set<String> missing = new HashSet<>(expected);
      missing.removeAll(inKafka);
      assertEquals(
          Set.of(),
          missing.size() > 5
              ? Set.of(missing.size() + " frames, e.g. " + missing.iterator().next())
              : missing,
          "every produced frame is in Kafka (" + expected.size() + " produced)");
      assertTrue(expected.size() > 2000, "frames produced: " + expected.size());
    }
  }

  private static void steps(Simulator simulator, int count) {
    for (int i = 0; i < count; i++) {
      simulator.simulation().step();
    }
  }

  /** Every record of the five message topics as "rsu/UPER hex" (re-encoded from the envelope). */
  private static Set<String> readBack(String bootstrap) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
    Set<String> frames = new HashSet<>();
    UperCodec codec = new UperCodec();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
      List<TopicPartition> partitions =
          TOPICS.stream()
              .flatMap(topic -> consumer.partitionsFor(topic).stream())
              .map(info -> new TopicPartition(info.topic(), info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < deadline) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          try {
            FrameProtos.V2xEnvelope envelope = FrameProtos.V2xEnvelope.parseFrom(record.value());
            byte[] uper = codec.encode(ProtoCodec.fromProto(envelope.getFrame()));
            frames.add(envelope.getSourceRsuId() + "/" + HexFormat.of().formatHex(uper));
          } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new AssertionError("a record that is not an envelope on " + record.topic(), e);
          }
        }
        boolean done = true;
        for (TopicPartition partition : partitions) {
          done &= consumer.position(partition) >= end.get(partition);
        }
        if (done) {
          break;
        }
      }
    }
    return frames;
  }
}
