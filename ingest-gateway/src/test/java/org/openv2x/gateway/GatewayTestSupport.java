package org.openv2x.gateway;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openv2x.codec.TestVectors;
import org.openv2x.gateway.config.GatewayConfig;
import org.openv2x.proto.v1.FrameProtos;

/** Shared pieces of the gateway tests: configuration, test messages, record decoding. */
final class GatewayTestSupport {
  /** The ten shared vectors, two of each type. */
  static final List<String> VECTORS =
      List.of(
          "bsm-01-car-required",
          "bsm-02-car-full",
          "map-01-4leg-intersection",
          "map-02-4leg-geometry",
          "rsi-01-rte-accident",
          "rsi-02-rts-speed-limit",
          "rsm-01-car-ped-bike",
          "rsm-02-mixed-full",
          "spat-01-4phase-countdown",
          "spat-02-utc-timing");

  static final List<String> MESSAGE_TOPICS =
      List.of("v2x.bsm", "v2x.map", "v2x.rsi", "v2x.rsm", "v2x.spat");

  private GatewayTestSupport() {}

  /** A gateway on free loopback ports with its journal in {@code dir}. */
  static GatewayConfig config(String bootstrap, Path dir, Map<String, String> extra) {
    Map<String, String> text = new HashMap<>();
    text.put("gateway.id", "gw-test");
    text.put("bind.address", "127.0.0.1");
    text.put("tcp.port", "0");
    text.put("udp.port", "0");
    text.put("http.port", "0");
    text.put("io.threads", "2");
    text.put("kafka.bootstrap-servers", bootstrap);
    text.put("kafka.topic-partitions", "3");
    text.put("journal.dir", dir.resolve("journal").toString());
    text.put("journal.roll-cycle", "TEST_SECONDLY");
    text.put("shutdown.grace", "5s");
    text.putAll(extra);
    return GatewayConfig.from(text);
  }

  static List<byte[]> vectors() {
    List<byte[]> messages = new ArrayList<>();
    for (String name : VECTORS) {
      messages.add(TestVectors.vector(name));
    }
    return messages;
  }

  /** The rows of invalid.tsv: description → bytes. */
  static Map<String, byte[]> invalidRows() {
    Map<String, byte[]> rows = new java.util.LinkedHashMap<>();
    String[] lines = TestVectors.resource("/vectors/invalid.tsv").split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] fields = lines[i].split("\t");
      if (fields.length < 2 || fields[1].isBlank()) {
        continue;
      }
      try {
        rows.put(fields[0], HexFormat.of().parseHex(fields[1].strip()));
      } catch (IllegalArgumentException e) {
        // a row that is not even hex (the BAD_HEX row) is not a UPER input
      }
    }
    return rows;
  }

  static FrameProtos.V2xEnvelope envelope(ConsumerRecord<byte[], byte[]> record) {
    try {
      return FrameProtos.V2xEnvelope.parseFrom(record.value());
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new AssertionError("not a V2xEnvelope on " + record.topic(), e);
    }
  }

  static FrameProtos.DeadLetter deadLetter(ConsumerRecord<byte[], byte[]> record) {
    try {
      return FrameProtos.DeadLetter.parseFrom(record.value());
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new AssertionError("not a DeadLetter", e);
    }
  }

  /**
   * Waits (at most a minute) until Kafka has acknowledged everything the gateway journaled, so a
   * test that stops the gateway next finds every record in Kafka and not in the journal.
   */
  static void awaitJournalDrained(Gateway gateway) throws InterruptedException {
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
    while (gateway.journal().pendingRecords() > 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            gateway.journal().pendingRecords() + " records still journaled after a minute");
      }
      Thread.sleep(20);
    }
  }

  /** The message id of a record: (gateway id, gateway sequence). */
  static String messageId(ConsumerRecord<byte[], byte[]> record) {
    if (record.topic().endsWith("deadletter")) {
      FrameProtos.DeadLetter letter = deadLetter(record);
      return letter.getGatewayId() + "/" + letter.getGatewaySequence();
    }
    FrameProtos.V2xEnvelope envelope = envelope(record);
    return envelope.getGatewayId() + "/" + envelope.getGatewaySequence();
  }
}
