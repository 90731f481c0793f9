package org.openv2x.sim.blast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.codec.MessageType;
import org.openv2x.gateway.Gateway;
import org.openv2x.gateway.config.GatewayConfig;
import org.openv2x.kafka.EmbeddedKafka;
import org.openv2x.proto.v1.FrameProtos.DeadLetter;
import org.openv2x.proto.v1.FrameProtos.V2xEnvelope;

/**
 * Short blasts against the real gateway (in this JVM, on free loopback ports) and an in-JVM Kafka
 * broker: every {@code DATA} frame is acknowledged, and the records on the five {@code v2x.*}
 * topics are exactly the messages the gateway accepted. With malformed BSMs in the corpus, each of
 * them is rejected in the {@code ACK}s and lands in the dead-letter topic, and the BSM ids found in
 * Kafka are exactly each connection's acknowledged counters.
 */
class BlastGatewayIT {
  private static EmbeddedKafka kafka;

  @TempDir Path dir;

  @BeforeAll
  static void startKafka() {
    kafka = EmbeddedKafka.builder().build();
    kafka.start();
  }

  @AfterAll
  static void stopKafka() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void everyMessageAcceptedReachesItsTopic() throws Exception {
    String prefix = "blastit.";
    BlastResult result =
        blast(
            prefix,
            TestCorpus.realisticMix(1_000, 9),
            BlastConfig.builder().connections(4).ratePerSecond(30_000).uniqueBsmIds(true));
    BlastCounts totals = result.totals();
    assertEquals(Optional.empty(), result.failure());
    assertTrue(totals.framesSent() > 0);
    assertTrue(result.allAcked(), result.summary());
    assertEquals(totals.framesSent(), totals.framesAcked());
    assertEquals(0, totals.errorFrames(), "no ERROR frames: " + result.errorsByCode());
    assertEquals(0, totals.connectionsLost() + totals.connectFailures());
    assertEquals(totals.messagesSent(), totals.messagesAcked());
    assertEquals(0, totals.messagesRejected());
    assertEquals(totals.messagesSent(), totals.messagesAccepted());

    long records = 0;
    for (MessageType type : MessageType.values()) {
      records += endOffsetSum(prefix + type.name().toLowerCase());
    }
    assertEquals(totals.messagesAccepted(), records, "one record per accepted message");
    assertEquals(0, endOffsetSum(prefix + "deadletter"));
  }

  @Test
  void malformedBsmsAreRejectedAndDeadLetteredAndEveryAcknowledgedIdIsInKafka() throws Exception {
    String prefix = "blastgarbage.";
    int firstConnectionIndex = 100;
    BlastCorpus corpus = TestCorpus.realisticMix(1_000, 9).withMalformedBsms(0.05, 17);
    long beforeEpochUs = epochMicros();
    BlastResult result =
        blast(
            prefix,
            corpus,
            BlastConfig.builder()
                .connections(4)
                .firstConnectionIndex(firstConnectionIndex)
                .ratePerSecond(20_000)
                .uniqueBsmIds(true)
                .recordSendTimes(true));
    BlastCounts totals = result.totals();
    assertEquals(Optional.empty(), result.failure());
    assertTrue(result.allAcked(), result.summary());
    assertEquals(
        0, totals.errorFrames(), "a refused message is no ERROR: " + result.errorsByCode());
    assertTrue(totals.messagesMalformedAcked() > 0, result.summary());
    assertEquals(totals.messagesMalformedSent(), totals.messagesMalformedAcked());
    assertEquals(totals.messagesMalformedAcked(), totals.messagesRejected(), result.summary());
    assertEquals(totals.messagesSent() - totals.messagesRejected(), totals.messagesAccepted());

    long records = 0;
    for (MessageType type : MessageType.values()) {
      records += endOffsetSum(prefix + type.name().toLowerCase());
    }
    assertEquals(totals.messagesAccepted(), records, "one record per accepted message");
    assertEquals(totals.messagesMalformedAcked(), endOffsetSum(prefix + "deadletter"));

    // Read back every BSM id: well-formed ones from the keys of v2x.bsm, malformed ones from the
    // refused bytes in the dead letters. Per connection they are exactly counters 1..bsmsAcked.
    Map<Integer, List<Long>> countersByConnection = new HashMap<>();
    Map<Integer, Long> deadLettersByConnection = new HashMap<>();
    long bsmRecords = 0;
    for (ConsumerRecord<byte[], byte[]> record : readAll(prefix + "bsm")) {
      long id = Long.parseUnsignedLong(new String(record.key(), "UTF-8"), 16);
      int connectionIndex = BsmIds.connectionIndex(id);
      countersByConnection
          .computeIfAbsent(connectionIndex, c -> new ArrayList<>())
          .add(BsmIds.counter(id));
      // Sent before the gateway received it (one clock; the send time is derived from nanoTime).
      long receivedEpochUs = V2xEnvelope.parseFrom(record.value()).getGatewayReceiveTimeEpochUs();
      long sentEpochUs = result.bsmSendTimeEpochUs(connectionIndex, BsmIds.counter(id));
      assertTrue(sentEpochUs >= beforeEpochUs, "sent " + sentEpochUs);
      assertTrue(
          sentEpochUs <= receivedEpochUs + 5_000,
          "sent at " + sentEpochUs + ", received at " + receivedEpochUs);
      bsmRecords++;
    }
    for (ConsumerRecord<byte[], byte[]> record : readAll(prefix + "deadletter")) {
      DeadLetter deadLetter = DeadLetter.parseFrom(record.value());
      long id = BsmIds.read(deadLetter.getRaw().toByteArray(), 0);
      int connectionIndex = BsmIds.connectionIndex(id);
      assertEquals(result.config().rsuId(connectionIndex), deadLetter.getSourceRsuId());
      countersByConnection
          .computeIfAbsent(connectionIndex, c -> new ArrayList<>())
          .add(BsmIds.counter(id));
      deadLettersByConnection.merge(connectionIndex, 1L, Long::sum);
    }
    assertEquals(totals.bsmsAcked() - totals.messagesMalformedAcked(), bsmRecords);
    Set<Integer> indices = new HashSet<>();
    for (ConnectionIds connection : result.connectionIds()) {
      indices.add(connection.connectionIndex());
      List<Long> counters =
          countersByConnection.getOrDefault(connection.connectionIndex(), List.of());
      Set<Long> distinct = new HashSet<>(counters);
      assertEquals(counters.size(), distinct.size(), "no BSM twice (no reconnects)");
      assertEquals(connection.bsmsAcked(), distinct.size(), connection.toString());
      for (long counter = 1; counter <= connection.bsmsAcked(); counter++) {
        assertTrue(distinct.contains(counter), connection + " counter " + counter + " is missing");
      }
      assertEquals(
          connection.malformedAcked(),
          deadLettersByConnection.getOrDefault(connection.connectionIndex(), 0L),
          connection.toString());
    }
    assertEquals(Set.of(100, 101, 102, 103), indices);
    assertEquals(indices, countersByConnection.keySet(), "no id outside the blast's indices");
  }

  /** Runs a 2.5 s blast through a new gateway with topics under {@code prefix}. */
  private BlastResult blast(String prefix, BlastCorpus corpus, BlastConfig.Builder config)
      throws Exception {
    Map<String, String> settings = new HashMap<>();
    settings.put("gateway.id", "gw-blast");
    settings.put("bind.address", "127.0.0.1");
    settings.put("tcp.port", "0");
    settings.put("udp.port", "0");
    settings.put("http.port", "0");
    settings.put("io.threads", "2");
    settings.put("kafka.bootstrap-servers", kafka.bootstrapServers());
    settings.put("kafka.topic-prefix", prefix);
    settings.put("kafka.topic-partitions", "2");
    settings.put("journal.dir", dir.resolve("journal-" + prefix).toString());
    settings.put("journal.roll-cycle", "TEST_SECONDLY");
    settings.put("shutdown.grace", "5s");
    // The topics exist before the gateway takes traffic, as in a deployment (./v2x up creates them
    // first).
    for (String suffix : List.of("bsm", "map", "spat", "rsi", "rsm", "deadletter", "downlink")) {
      kafka.createTopic(prefix + suffix, 2);
    }
    try (Gateway gateway = Gateway.start(GatewayConfig.from(settings))) {
      BlastResult result =
          Blast.run(
              config
                  .gateway("tcp://127.0.0.1:" + gateway.tcpPort())
                  .duration(Duration.ofMillis(2500))
                  .drainTimeout(Duration.ofSeconds(30))
                  .build(),
              corpus,
              interval -> System.out.println(interval.toLine()));
      System.out.println(result.summary());
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (gateway.journal().pendingRecords() > 0) {
        assertTrue(System.nanoTime() < deadline, "the journal drains to Kafka within a minute");
        Thread.sleep(20);
      }
      return result;
    }
  }

  private static long epochMicros() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  private static KafkaConsumer<byte[], byte[]> consumer() {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    return new KafkaConsumer<>(
        properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
      partitions.add(new TopicPartition(topic, info.partition()));
    }
    return partitions;
  }

  /** The sum of the topic's partitions' end offsets: the records ever written to it. */
  private static long endOffsetSum(String topic) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      return consumer
          .endOffsets(partitions(consumer, topic), Duration.ofSeconds(30))
          .values()
          .stream()
          .mapToLong(Long::longValue)
          .sum();
    }
  }

  /** Every record of the topic, up to its end offsets (within a minute). */
  private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      List<TopicPartition> partitions = partitions(consumer, topic);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        assertTrue(System.nanoTime() < deadline, topic + " is read within a minute");
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    return records;
  }
}
