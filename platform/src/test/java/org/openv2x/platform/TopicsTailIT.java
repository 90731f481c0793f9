package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.TestVectors;
import org.openv2x.kafka.EmbeddedKafka;
import org.openv2x.kafka.PlatformTopics;

/** {@code topics tail} and {@code topics list} against a real broker in this JVM. */
class TopicsTailIT {
  private static EmbeddedKafka kafka;
  private static KafkaProducer<byte[], byte[]> producer;

  @BeforeAll
  static void startKafka() throws Exception {
    kafka = EmbeddedKafka.builder().build();
    kafka.start();
    PlatformTopics.createAll(kafka.bootstrapServers(), Duration.ofSeconds(60));
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new ByteArraySerializer(),
            new ByteArraySerializer());
  }

  @AfterAll
  static void stopKafka() {
    if (producer != null) {
      producer.close();
    }
    if (kafka != null) {
      kafka.close();
    }
  }

  private static void send(String topic, String key, byte[] value) throws Exception {
    producer
        .send(
            new ProducerRecord<>(
                topic, 0, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value))
        .get(30, TimeUnit.SECONDS);
  }

  private static Cli.Result tail(String... args) {
    List<String> all = new ArrayList<>(List.of("topics", "tail"));
    all.addAll(List.of(args));
    all.addAll(List.of("--kafka", kafka.bootstrapServers()));
    return Cli.run("", all.toArray(String[]::new));
  }

  @Test
  void envelopesFromTheBeginning() throws Exception {
    send("v2x.bsm", "veh-1", TestRecords.envelope("bsm-01-car-required", 1).toByteArray());
    send("v2x.bsm", "veh-2", TestRecords.envelope("bsm-02-car-full", 2).toByteArray());

    Cli.Result result = tail("v2x.bsm", "--from-beginning", "--max", "2", "--timeout", "30");
    assertEquals(0, result.exit(), result.err());
    List<JsonNode> lines = result.json();
    assertEquals(2, lines.size(), result.out());
    assertEquals("veh-1", lines.get(0).get("key").asText());
    assertEquals("1", lines.get(0).get("value").get("gatewaySequence").asText());
    assertTrue(lines.get(0).get("value").get("frame").has("bsmFrame"), lines.get(0)::toString);
    assertEquals("veh-2", lines.get(1).get("key").asText());
    assertEquals(1, lines.get(1).get("offset").asLong() - lines.get(0).get("offset").asLong());
    assertTrue(lines.get(0).get("timestampMs").asLong() > 0);
    assertTrue(result.err().contains("printed 2 records, 0 with an error"), result.err());
  }

  @Test
  void deadLettersDownlinkAndOtherTopics() throws Exception {
    send("v2x.deadletter", "rsu-9", TestRecords.deadLetter().toByteArray());
    byte[] uper = TestVectors.vector("map-02-4leg-geometry");
    send("v2x.downlink", "rsu-3", uper);
    send("v2x.alerts", null, "slippery road".getBytes(StandardCharsets.UTF_8));

    JsonNode dead = tail("v2x.deadletter", "--from-beginning", "--max", "1").json().get(0);
    assertEquals("01ab7f", dead.get("value").get("rawHex").asText());
    assertEquals("VALUE_OUT_OF_RANGE", dead.get("value").get("reason").asText());

    JsonNode down = tail("v2x.downlink", "--from-beginning", "--max", "1").json().get(0);
    assertEquals(HexFormat.of().formatHex(uper), down.get("value").get("hex").asText());
    assertTrue(down.get("value").get("jer").has("mapFrame"), down::toString);

    JsonNode alert = tail("v2x.alerts", "--from-beginning", "--max", "1").json().get(0);
    assertEquals("slippery road", alert.get("value").asText());
    assertTrue(alert.get("key").isNull());
  }

  @Test
  void anUnparsableValueIsAnErrorLineAndExit1() throws Exception {
    send("v2x.rsm", "rsu-1", new byte[] {(byte) 0xff, (byte) 0xff});
    send("v2x.rsm", "rsu-1", TestRecords.envelope("rsm-01-car-ped-bike", 5).toByteArray());

    Cli.Result result = tail("v2x.rsm", "--from-beginning", "--max", "2", "--timeout", "30");
    assertEquals(V2xCommand.EXIT_BAD_INPUT, result.exit(), result.err());
    List<JsonNode> lines = result.json();
    assertEquals(2, lines.size(), result.out());
    assertEquals("BAD_PROTOBUF", lines.get(0).get("error").get("reason").asText());
    assertEquals("ffff", lines.get(0).get("valueHex").asText());
    assertTrue(lines.get(1).get("value").get("frame").has("rsmFrame"), "the tail went on");
    assertFalse(result.err().contains("Exception"), "no stack trace: " + result.err());
  }

  @Test
  void withoutFromBeginningOnlyNewRecordsArePrinted() throws Exception {
    kafka.createTopic("fresh", 1);
    for (int i = 0; i < 3; i++) {
      send("fresh", "old", ("old-" + i).getBytes(StandardCharsets.UTF_8));
    }
    CompletableFuture<Cli.Result> tailing =
        CompletableFuture.supplyAsync(() -> tail("fresh", "--max", "1", "--timeout", "60"));
    // Keep sending until the tail, positioned at the end at some point, has one new record.
    for (int i = 0; i < 300 && !tailing.isDone(); i++) {
      send("fresh", "new", ("new-" + i).getBytes(StandardCharsets.UTF_8));
      Thread.sleep(100);
    }
    Cli.Result result = tailing.get(60, TimeUnit.SECONDS);
    assertEquals(0, result.exit(), result.err());
    JsonNode line = result.json().get(0);
    assertEquals("new", line.get("key").asText());
    assertTrue(line.get("offset").asLong() >= 3);
  }

  @Test
  void stopsAfterTheTimeoutWithoutRecords() {
    kafka.createTopic("quiet", 2);
    long start = System.nanoTime();
    Cli.Result result = tail("quiet", "--timeout", "1");
    assertEquals(0, result.exit(), result.err());
    assertEquals("", result.out());
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30), "it stopped by itself");
  }

  @Test
  void aGroupResumesAfterThePrintedRecords() throws Exception {
    kafka.createTopic("grouped", 1);
    for (int i = 0; i < 5; i++) {
      send("grouped", "k", ("v" + i).getBytes(StandardCharsets.UTF_8));
    }
    Cli.Result first =
        tail("grouped", "--group", "g1", "--from-beginning", "--max", "3", "--timeout", "30");
    assertEquals(0, first.exit(), first.err());
    assertEquals(List.of("v0", "v1", "v2"), values(first));
    Cli.Result second =
        tail("grouped", "--group", "g1", "--from-beginning", "--max", "2", "--timeout", "30");
    assertEquals(0, second.exit(), second.err());
    assertEquals(List.of("v3", "v4"), values(second), "offsets of exactly the printed records");
  }

  @Test
  void missingTopicAndUnreachableKafkaExit3() throws Exception {
    Cli.Result missing = tail("no.such.topic", "--timeout", "1");
    assertEquals(V2xCommand.EXIT_IO, missing.exit());
    assertTrue(missing.err().contains("no topic 'no.such.topic'"), missing.err());

    int nobody;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      nobody = socket.getLocalPort();
    }
    Cli.Result unreachable =
        Cli.run(
            "", "topics", "tail", "v2x.bsm", "--kafka", "127.0.0.1:" + nobody, "--timeout", "1");
    assertEquals(V2xCommand.EXIT_IO, unreachable.exit());
    assertTrue(unreachable.err().contains("did not answer within 1 s"), unreachable.err());
    assertFalse(unreachable.err().contains("\tat "), "no stack trace");
    assertEquals("", unreachable.out());

    Cli.Result list =
        Cli.run("", "topics", "list", "--kafka", "127.0.0.1:" + nobody, "--timeout", "1");
    assertEquals(V2xCommand.EXIT_IO, list.exit());
    assertTrue(list.err().contains("did not answer"), list.err());
  }

  @Test
  void listPrintsTopicsWithPartitions() {
    Cli.Result result = Cli.run("", "topics", "list", "--kafka", kafka.bootstrapServers());
    assertEquals(0, result.exit(), result.err());
    List<String> lines = result.lines();
    assertTrue(lines.contains("v2x.bsm\t6"), result.out());
    assertTrue(lines.contains("v2x.hdmap\t3"), result.out());
    for (PlatformTopics.Topic topic : PlatformTopics.ALL) {
      assertTrue(lines.contains(topic.name() + "\t" + topic.partitions()), topic.name());
    }
    assertFalse(result.out().contains("__consumer_offsets"), "internal topics left out");
    List<String> sorted = new ArrayList<>(lines);
    sorted.sort(null);
    assertEquals(sorted, lines, "sorted by name");
  }

  private static List<String> values(Cli.Result result) {
    List<String> values = new ArrayList<>();
    for (JsonNode line : result.json()) {
      values.add(line.get("value").asText());
    }
    return values;
  }
}
