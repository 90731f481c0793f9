package org.openv2x.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real broker in this JVM: start, traffic, stop, restart, topics, two brokers side by side. */
class EmbeddedKafkaIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @Test
  void startsServesAndStops(@TempDir Path dir) throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().dataDirectory(dir).build()) {
      assertFalse(kafka.isRunning());
      kafka.start();
      assertTrue(kafka.isRunning());
      assertTrue(kafka.bootstrapServers().startsWith("127.0.0.1:"), kafka.bootstrapServers());
      assertNotEquals(kafka.brokerPort(), kafka.controllerPort());
      assertEquals(Set.of("events"), kafka.createTopic("events", 2));

      List<String> sent;
      try (KafkaProducer<String, String> producer = Records.producer(kafka.bootstrapServers())) {
        sent = Records.send(producer, "events", "a", 5);
      }
      List<String> read = Records.readFromBeginning(kafka.bootstrapServers(), "events", 5, TIMEOUT);
      assertEquals(new HashSet<>(sent), new HashSet<>(read));
      assertEquals(5, read.size());

      kafka.stop();
      assertFalse(kafka.isRunning());
      assertTrue(Files.isRegularFile(dir.resolve("logs/meta.properties")), "formatted in dir");
      assertTrue(Files.isRegularFile(dir.resolve("server.properties")));
    }
  }

  @Test
  void restartOnTheSameDirectoryAndPortsKeepsTheRecords(@TempDir Path dir) throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().dataDirectory(dir).build()) {
      kafka.start();
      String bootstrap = kafka.bootstrapServers();
      int controllerPort = kafka.controllerPort();
      String clusterId = kafka.clusterId();
      kafka.createTopic("kept", 3);

      try (KafkaProducer<String, String> producer = Records.producer(bootstrap)) {
        List<String> before = Records.send(producer, "kept", "before", 10);

        kafka.stop();
        assertFalse(kafka.isRunning());
        assertEquals(bootstrap, kafka.bootstrapServers(), "the address is known while stopped");
        kafka.start();

        assertEquals(bootstrap, kafka.bootstrapServers(), "same broker port after a restart");
        assertEquals(controllerPort, kafka.controllerPort(), "same controller port");
        assertEquals(clusterId, kafka.clusterId(), "not formatted again");
        assertEquals(Set.of(), kafka.createTopic("kept", 3), "the topic survived the restart");

        // The producer of before the restart reconnects to the same address.
        List<String> after = Records.send(producer, "kept", "after", 10);

        List<String> read = Records.readFromBeginning(bootstrap, "kept", 20, TIMEOUT);
        Set<String> expected = new HashSet<>(before);
        expected.addAll(after);
        assertEquals(expected, new HashSet<>(read));
        assertEquals(20, read.size());
      }
    }
  }

  @Test
  void aNewBrokerOnAnUsedDirectoryReusesItsData(@TempDir Path dir) throws Exception {
    String clusterId;
    try (EmbeddedKafka first = EmbeddedKafka.builder().dataDirectory(dir).build()) {
      first.start();
      clusterId = first.clusterId();
      first.createTopic("durable", 1);
      try (KafkaProducer<String, String> producer = Records.producer(first.bootstrapServers())) {
        Records.send(producer, "durable", "x", 3);
      }
    }
    assertTrue(Files.isDirectory(dir), "a given data directory is not deleted by close()");
    // New ports (both 0 again), same data.
    try (EmbeddedKafka second = EmbeddedKafka.builder().dataDirectory(dir).build()) {
      second.start();
      assertEquals(clusterId, second.clusterId());
      assertEquals(
          List.of("x-0", "x-1", "x-2"),
          Records.readFromBeginning(second.bootstrapServers(), "durable", 3, TIMEOUT));
    }
  }

  @Test
  void createTopicsIsIdempotent() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().defaultPartitions(2).build()) {
      kafka.start();
      List<NewTopic> topics =
          List.of(new NewTopic("one", 4, (short) 1), new NewTopic("two", 1, (short) 1));
      assertEquals(Set.of("one", "two"), kafka.createTopics(topics));
      assertEquals(Set.of(), kafka.createTopics(topics));
      // An existing topic is left as it is, even when asked with other partitions.
      assertEquals(
          Set.of("three"),
          kafka.createTopics(
              List.of(new NewTopic("one", 8, (short) 1), new NewTopic("three", 2, (short) 1))));
      try (Admin admin = admin(kafka)) {
        Map<String, TopicDescription> described =
            admin.describeTopics(List.of("one", "two", "three")).allTopicNames().get();
        assertEquals(4, described.get("one").partitions().size());
        assertEquals(1, described.get("two").partitions().size());
        assertEquals(2, described.get("three").partitions().size());
      }
    }
  }

  @Test
  void twoBrokersInOneJvmDoNotCollide() throws Exception {
    try (EmbeddedKafka a = EmbeddedKafka.builder().build();
        EmbeddedKafka b = EmbeddedKafka.builder().build()) {
      a.start();
      b.start();
      assertNotEquals(a.bootstrapServers(), b.bootstrapServers());
      assertNotEquals(a.clusterId(), b.clusterId());
      assertNotEquals(a.dataDirectory(), b.dataDirectory());
      a.createTopic("shared-name", 1);
      b.createTopic("shared-name", 1);
      try (KafkaProducer<String, String> pa = Records.producer(a.bootstrapServers());
          KafkaProducer<String, String> pb = Records.producer(b.bootstrapServers())) {
        Records.send(pa, "shared-name", "a", 2);
        Records.send(pb, "shared-name", "b", 3);
      }
      assertEquals(
          List.of("a-0", "a-1"),
          Records.readFromBeginning(a.bootstrapServers(), "shared-name", 2, TIMEOUT));
      assertEquals(
          List.of("b-0", "b-1", "b-2"),
          Records.readFromBeginning(b.bootstrapServers(), "shared-name", 3, TIMEOUT));

      // Stopping one leaves the other serving.
      a.stop();
      assertEquals(
          List.of("b-0", "b-1", "b-2"),
          Records.readFromBeginning(b.bootstrapServers(), "shared-name", 3, TIMEOUT));
    }
  }

  @Test
  void closeDeletesATemporaryDataDirectory() {
    Path temporary;
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().build()) {
      kafka.start();
      temporary = kafka.dataDirectory();
      assertTrue(Files.isRegularFile(temporary.resolve("logs/meta.properties")));
    }
    assertFalse(Files.exists(temporary), "a temporary data directory is deleted by close()");
  }

  @Test
  void fixedPortsAreUsedAndAPortInUseFailsClearly() throws Exception {
    int brokerPort = EmbeddedKafka.freePort();
    int controllerPort;
    do {
      controllerPort = EmbeddedKafka.freePort();
    } while (controllerPort == brokerPort);
    try (EmbeddedKafka kafka =
        EmbeddedKafka.builder().brokerPort(brokerPort).controllerPort(controllerPort).build()) {
      kafka.start();
      assertEquals("127.0.0.1:" + brokerPort, kafka.bootstrapServers());
      assertEquals(controllerPort, kafka.controllerPort());

      try (EmbeddedKafka clash = EmbeddedKafka.builder().brokerPort(brokerPort).build()) {
        IllegalStateException e = assertThrows(IllegalStateException.class, clash::start);
        assertTrue(e.getMessage().contains(String.valueOf(brokerPort)), e.getMessage());
        assertFalse(clash.isRunning());
      }
      assertTrue(kafka.isRunning(), "the first broker is untouched by the failed one");
    }
  }

  @Test
  void builderRefusesBadOptions() {
    assertThrows(IllegalArgumentException.class, () -> EmbeddedKafka.builder().brokerPort(-1));
    assertThrows(
        IllegalArgumentException.class, () -> EmbeddedKafka.builder().controllerPort(70000));
    assertThrows(
        IllegalArgumentException.class, () -> EmbeddedKafka.builder().defaultPartitions(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> EmbeddedKafka.builder().brokerPort(9000).controllerPort(9000).build());
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().build()) {
      assertThrows(IllegalStateException.class, kafka::bootstrapServers, "no port before start");
      assertThrows(IllegalStateException.class, () -> kafka.createTopic("t", 1), "not running");
    }
  }

  static Admin admin(EmbeddedKafka kafka) {
    return Admin.create(
        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
  }
}
