package org.openv2x.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/** The platform's topics on a real broker: all created, with their partitions and configs, once. */
class PlatformTopicsIT {

  @Test
  void createsEveryPlatformTopicOnceWithItsPartitions() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().build()) {
      kafka.start();
      Set<String> names = new LinkedHashSet<>();
      PlatformTopics.ALL.forEach(topic -> names.add(topic.name()));
      assertEquals(
          Set.of(
              "v2x.bsm",
              "v2x.spat",
              "v2x.map",
              "v2x.rsi",
              "v2x.rsm",
              "v2x.deadletter",
              "v2x.downlink",
              "v2x.alerts",
              "v2x.hdmap"),
          names);

      assertEquals(
          names, PlatformTopics.createAll(kafka.bootstrapServers(), Duration.ofSeconds(60)));
      assertEquals(
          Set.of(), PlatformTopics.createAll(kafka.bootstrapServers(), Duration.ofSeconds(60)));

      try (Admin admin = EmbeddedKafkaIT.admin(kafka)) {
        Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
        Map<String, Integer> partitions = new LinkedHashMap<>();
        described.forEach((name, d) -> partitions.put(name, d.partitions().size()));
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String name : names) {
          expected.put(name, name.equals("v2x.bsm") ? 6 : 3);
        }
        assertEquals(expected, partitions);

        ConfigResource hdmap = new ConfigResource(ConfigResource.Type.TOPIC, "v2x.hdmap");
        ConfigResource bsm = new ConfigResource(ConfigResource.Type.TOPIC, "v2x.bsm");
        Map<ConfigResource, Config> configs =
            admin.describeConfigs(List.of(hdmap, bsm)).all().get();
        assertEquals("compact", configs.get(hdmap).get("cleanup.policy").value());
        assertEquals("delete", configs.get(bsm).get("cleanup.policy").value());
      }
    }
  }

  @Test
  void anUnreachableClusterFailsAfterTheTimeout() throws Exception {
    String nobody = "127.0.0.1:" + EmbeddedKafka.freePort();
    long start = System.nanoTime();
    assertThrows(
        IllegalStateException.class, () -> PlatformTopics.createAll(nobody, Duration.ofSeconds(2)));
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    // Bounded: it gives up (no assertion on how fast beyond "not the 60 s admin default").
    assertEquals(true, elapsedMs < 30_000, "gave up after " + elapsedMs + " ms");
  }
}
