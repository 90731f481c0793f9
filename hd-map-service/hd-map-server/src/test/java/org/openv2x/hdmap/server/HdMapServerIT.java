package org.openv2x.hdmap.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openv2x.hdmap.server.KafkaTestSupport.await;
import static org.openv2x.hdmap.server.KafkaTestSupport.envelope;
import static org.openv2x.hdmap.server.KafkaTestSupport.key;
import static org.openv2x.hdmap.server.KafkaTestSupport.readToEnd;
import static org.openv2x.hdmap.server.KafkaTestSupport.send;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.codec.map.MapData;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.convert.HdMapProto;
import org.openv2x.hdmap.convert.MapMessages;
import org.openv2x.hdmap.server.store.MapStoreException;
import org.openv2x.hdmap.testing.GridMaps;
import org.openv2x.kafka.EmbeddedKafka;

/** The whole process: store, publisher, service, intake and HTTP against a real broker. */
class HdMapServerIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final GeoPoint ORIGIN = GeoPoint.of(31.2304, 121.4737);

  private static EmbeddedKafka kafka;

  @TempDir Path dir;

  @BeforeAll
  static void startKafka() {
    kafka = EmbeddedKafka.builder().build();
    kafka.start();
  }

  @AfterAll
  static void stopKafka() {
    kafka.close();
  }

  private HdMapConfig config(String topicSuffix) {
    return HdMapConfig.from(
        Map.of(
            "data.dir",
            dir.resolve("hd-map").toString(),
            "http.port",
            "0",
            "http.bind-address",
            "127.0.0.1",
            "kafka.bootstrap-servers",
            kafka.bootstrapServers(),
            "kafka.map-topic",
            "v2x.map." + topicSuffix,
            "kafka.hdmap-topic",
            "v2x.hdmap." + topicSuffix,
            "kafka.group-id",
            "hd-map-" + topicSuffix));
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    return client.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void takesInAMapServesItAndKeepsItAcrossARestart() throws Exception {
    HdMapConfig config = config("srv");
    kafka.createTopic("v2x.map.srv", 1);
    Intersection intersection = GridMaps.grid(1, 1, ORIGIN, 300).get(0);
    MapData map = MapMessages.toMapData(List.of(intersection), 3, OptionalInt.empty());
    IntersectionVersion stored;
    try (HdMapServer server = HdMapServer.start(config)) {
      assertTrue(server.httpPort() > 0);
      send(
          kafka.bootstrapServers(),
          "v2x.map.srv",
          List.of(Map.entry(key(map, "rsu-1"), envelope(map, "rsu-1", 1_777_000_000_000_000L, 1))));
      await(
          WAIT,
          "the MAP in service",
          () -> server.service().current(intersection.id()).isPresent());
      stored = server.service().current(intersection.id()).orElseThrow();

      HttpResponse<String> health = get(server.httpPort(), "/health");
      assertEquals(200, health.statusCode());
      assertTrue(health.body().contains("\"intersections\":1"), health.body());
      String metrics = get(server.httpPort(), "/metrics").body();
      assertTrue(metrics.contains("hdmap_map_messages_total{outcome=\"stored\"} 1.0"), metrics);
      assertTrue(metrics.contains("hdmap_versions_stored_total 1.0"), metrics);
      assertTrue(metrics.contains("hdmap_intersections 1.0"), metrics);
      await(
          WAIT,
          "the snapshot acknowledged",
          () -> server.registry().get("hdmap.snapshots.published").counter().count() == 1);
    }

    try (HdMapServer again = HdMapServer.start(config)) {
      assertEquals(List.of(stored), again.service().all());
      HttpResponse<String> one =
          get(again.httpPort(), "/api/v1/intersections/" + intersection.id().key());
      assertEquals(200, one.statusCode(), one.body());
      await(
          WAIT,
          "the snapshot published again at start",
          () -> again.registry().get("hdmap.snapshots.published").counter().count() == 1);
    }
    List<ConsumerRecord<String, byte[]>> snapshots =
        readToEnd(kafka.bootstrapServers(), "v2x.hdmap.srv");
    assertEquals(2, snapshots.size());
    for (ConsumerRecord<String, byte[]> record : snapshots) {
      assertEquals(intersection.id().key(), record.key());
      assertEquals(stored, HdMapProto.fromBytes(record.value()));
    }
  }

  @Test
  void runsWithoutKafkaWhenKafkaIsDisabled() throws Exception {
    HdMapConfig config =
        config("off")
            .with(Map.of("kafka.enabled", "false", "kafka.bootstrap-servers", "127.0.0.1:1"));
    try (HdMapServer server = HdMapServer.start(config)) {
      assertEquals(200, get(server.httpPort(), "/health").statusCode());
      assertEquals(0, server.service().all().size());
    }
  }

  @Test
  void aSecondServerOnTheSameDataIsRefusedAndLeavesTheFirstServing() throws Exception {
    HdMapConfig config = config("twice").with(Map.of("kafka.enabled", "false"));
    try (HdMapServer first = HdMapServer.start(config)) {
      MapStoreException refused =
          assertThrows(MapStoreException.class, () -> HdMapServer.start(config));
      assertTrue(refused.getMessage().contains("hd-map"), refused.getMessage());
      assertEquals(200, get(first.httpPort(), "/health").statusCode());
    }
  }
}
