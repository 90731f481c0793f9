package org.openv2x.hdmap.server.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openv2x.hdmap.server.KafkaTestSupport.await;
import static org.openv2x.hdmap.server.KafkaTestSupport.readToEnd;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.convert.HdMapProto;
import org.openv2x.hdmap.server.HdMapService;
import org.openv2x.hdmap.server.SnapshotSink;
import org.openv2x.hdmap.server.StoreResult;
import org.openv2x.hdmap.server.store.RocksMapStore;
import org.openv2x.hdmap.testing.GridMaps;
import org.openv2x.kafka.EmbeddedKafka;

/** The snapshot publisher against a real broker. */
class KafkaSnapshotPublisherIT {
  private static final GeoPoint ORIGIN = GeoPoint.of(31.2304, 121.4737);
  private static final Duration WAIT = Duration.ofSeconds(30);

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

  private static StoreResult storeGrid(HdMapService service, List<Intersection> grid) {
    return service.store(
        grid, MapSource.SCENARIO_IMPORT, Optional.empty(), OptionalInt.empty(), Optional.empty());
  }

  @Test
  void republishesEveryCurrentVersionIntoANewCompactedTopic() throws Exception {
    String topic = "v2x.hdmap.start";
    List<Intersection> grid = GridMaps.grid(3, 2, ORIGIN, 300);
    try (RocksMapStore store = RocksMapStore.open(dir)) {
      HdMapService filled = new HdMapService(store, SnapshotSink.NONE, new SimpleMeterRegistry());
      storeGrid(filled, grid);
      MeterRegistry registry = new SimpleMeterRegistry();
      HdMapService service;
      try (KafkaSnapshotPublisher publisher =
          new KafkaSnapshotPublisher(kafka.bootstrapServers(), topic, Map.of(), registry)) {
        service = new HdMapService(store, publisher, registry);
        publisher.publishAll(service.all());
        assertTrue(publisher.flush(WAIT));
        await(
            WAIT,
            "6 acknowledgements",
            () -> registry.get("hdmap.snapshots.published").counter().count() == 6);
      }

      List<ConsumerRecord<String, byte[]>> records = readToEnd(kafka.bootstrapServers(), topic);
      Map<String, IntersectionVersion> byKey = new LinkedHashMap<>();
      for (ConsumerRecord<String, byte[]> record : records) {
        byKey.put(record.key(), HdMapProto.fromBytes(record.value()));
      }
      assertEquals(6, records.size());
      for (IntersectionVersion version : service.all()) {
        assertEquals(version, byKey.get(version.id().key()));
      }
      assertEquals(0.0, registry.get("hdmap.snapshot.publish.failures").counter().count());
    }
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
      assertEquals(
          "compact",
          admin
              .describeConfigs(List.of(resource))
              .all()
              .get()
              .get(resource)
              .get("cleanup.policy")
              .value());
    }
  }

  @Test
  void aRefusedSendIsCountedAndNeverReachesTheStore() throws Exception {
    MeterRegistry registry = new SimpleMeterRegistry();
    try (RocksMapStore store = RocksMapStore.open(dir);
        KafkaSnapshotPublisher publisher =
            new KafkaSnapshotPublisher(
                kafka.bootstrapServers(),
                "v2x.hdmap.small",
                Map.of("max.request.size", "1024"),
                registry)) {
      HdMapService service = new HdMapService(store, publisher, registry);
      StoreResult result = storeGrid(service, GridMaps.grid(1, 1, ORIGIN, 300));

      assertEquals(1, result.stored().size());
      await(
          WAIT,
          "a counted failure",
          () -> registry.get("hdmap.snapshot.publish.failures").counter().count() >= 1);
      assertEquals(0.0, registry.get("hdmap.snapshots.published").counter().count());
      assertEquals(1, service.current(result.stored().get(0).id()).orElseThrow().info().version());
    }
  }

  @Test
  void anUnreachableKafkaHoldsNothingUp() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    MeterRegistry registry = new SimpleMeterRegistry();
    try (RocksMapStore store = RocksMapStore.open(dir);
        KafkaSnapshotPublisher publisher =
            new KafkaSnapshotPublisher(
                "127.0.0.1:" + closedPort, "v2x.hdmap", Map.of("max.block.ms", "500"), registry)) {
      HdMapService service = new HdMapService(store, publisher, registry);
      StoreResult result = storeGrid(service, GridMaps.grid(2, 1, ORIGIN, 300));

      assertEquals(2, result.stored().size());
      await(
          WAIT,
          "counted failures",
          () -> registry.get("hdmap.snapshot.publish.failures").counter().count() >= 2);
      await(WAIT, "both snapshots waiting again", () -> publisher.pendingCount() == 2);
    }
  }
}
