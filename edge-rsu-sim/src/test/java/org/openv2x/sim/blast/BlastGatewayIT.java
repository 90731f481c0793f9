package org.openv2x.sim.blast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
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

/**
 * A short blast against the real gateway (in this JVM, on free loopback ports) and an in-JVM Kafka
 * broker: every {@code DATA} frame is acknowledged, nothing is refused, and the records on the five
 * {@code v2x.*} topics are exactly the messages the gateway accepted.
 */
class BlastGatewayIT {
  private static final String PREFIX = "blastit.";

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
    Map<String, String> settings = new HashMap<>();
    settings.put("gateway.id", "gw-blast");
    settings.put("bind.address", "127.0.0.1");
    settings.put("tcp.port", "0");
    settings.put("udp.port", "0");
    settings.put("http.port", "0");
    settings.put("io.threads", "2");
    settings.put("kafka.bootstrap-servers", kafka.bootstrapServers());
    settings.put("kafka.topic-prefix", PREFIX);
    settings.put("kafka.topic-partitions", "2");
    settings.put("journal.dir", dir.resolve("journal").toString());
    settings.put("journal.roll-cycle", "TEST_SECONDLY");
    settings.put("shutdown.grace", "5s");
    // The topics exist before the gateway takes traffic, as in a deployment (./v2x up creates them
    // first).
    for (String suffix : List.of("bsm", "map", "spat", "rsi", "rsm", "deadletter", "downlink")) {
      kafka.createTopic(PREFIX + suffix, 2);
    }
    BlastCorpus corpus = TestCorpus.realisticMix(1_000, 9);
    BlastResult result;
    try (Gateway gateway = Gateway.start(GatewayConfig.from(settings))) {
      result =
          Blast.run(
              BlastConfig.builder()
                  .gateway("tcp://127.0.0.1:" + gateway.tcpPort())
                  .connections(4)
                  .ratePerSecond(30_000)
                  .duration(Duration.ofMillis(2500))
                  .uniqueBsmIds(true)
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
    }
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
      records += endOffsetSum(PREFIX + type.name().toLowerCase());
    }
    assertEquals(totals.messagesAccepted(), records, "one record per accepted message");
    assertEquals(0, endOffsetSum(PREFIX + "deadletter"));
  }

  /** The sum of the topic's partitions' end offsets: the records ever written to it. */
  private static long endOffsetSum(String topic) {
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
      for (PartitionInfo info : infos) {
        partitions.add(new TopicPartition(topic, info.partition()));
      }
      return consumer.endOffsets(partitions, Duration.ofSeconds(30)).values().stream()
          .mapToLong(Long::longValue)
          .sum();
    }
  }
}
