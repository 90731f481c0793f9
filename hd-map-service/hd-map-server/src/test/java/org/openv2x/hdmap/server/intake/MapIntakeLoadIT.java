package org.openv2x.hdmap.server.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openv2x.hdmap.server.KafkaTestSupport.await;
import static org.openv2x.hdmap.server.KafkaTestSupport.envelope;
import static org.openv2x.hdmap.server.KafkaTestSupport.key;
import static org.openv2x.hdmap.server.KafkaTestSupport.send;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.codec.map.MapData;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.convert.MapMessages;
import org.openv2x.hdmap.server.HdMapService;
import org.openv2x.hdmap.server.intake.MapIntake.Outcome;
import org.openv2x.hdmap.server.publish.KafkaSnapshotPublisher;
import org.openv2x.hdmap.server.store.RocksMapStore;
import org.openv2x.hdmap.testing.GridMaps;
import org.openv2x.kafka.EmbeddedKafka;

/**
 * How fast the intake drains a backlog of MAP messages, as RSUs send them (each intersection's MAP
 * again and again, so all but the first of each are unchanged): 100 intersections (a 10×10 grid),
 * {@value #ROUNDS} rounds, on a topic filled before the intake starts. Not a pass/fail test: it
 * checks every record's outcome and prints the figure. Run with {@code -Dhdmap.intake.load=true}.
 */
@EnabledIfSystemProperty(named = "hdmap.intake.load", matches = "true")
class MapIntakeLoadIT {
  private static final int SIDE = 10;
  private static final int ROUNDS = 200;

  @Test
  void measure(@TempDir Path dir) throws Exception {
    List<Intersection> grid = GridMaps.grid(SIDE, SIDE, GeoPoint.of(31.2304, 121.4737), 300);
    List<Map.Entry<String, byte[]>> records = new ArrayList<>();
    long sequence = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (Intersection intersection : grid) {
        MapData map =
            MapMessages.toMapData(List.of(intersection), round % 128, OptionalInt.empty());
        String rsu = "rsu-" + intersection.id().key();
        records.add(
            Map.entry(
                key(map, rsu), envelope(map, rsu, System.currentTimeMillis() * 1000, ++sequence)));
      }
    }
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().build()) {
      kafka.start();
      kafka.createTopic("v2x.map", 3);
      send(kafka.bootstrapServers(), "v2x.map", records);
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      try (RocksMapStore store = RocksMapStore.open(dir);
          KafkaSnapshotPublisher publisher =
              new KafkaSnapshotPublisher(
                  kafka.bootstrapServers(), "v2x.hdmap", Map.of(), registry)) {
        HdMapService service = new HdMapService(store, publisher, registry);
        long start = System.nanoTime();
        try (MapIntake intake =
            new MapIntake(
                kafka.bootstrapServers(), "v2x.map", "load", Map.of(), service, registry)) {
          await(Duration.ofMinutes(1), "the first record", () -> intake.processed() > 0);
          long first = System.nanoTime();
          long before = intake.processed();
          await(Duration.ofMinutes(10), "the backlog", () -> intake.processed() == records.size());
          long end = System.nanoTime();
          double seconds = (end - start) / 1e9;
          double drainSeconds = (end - first) / 1e9;
          assertEquals(SIDE * SIDE, intake.count(Outcome.STORED));
          assertEquals(records.size() - SIDE * SIDE, intake.count(Outcome.UNCHANGED));
          System.out.printf(
              "MapIntakeLoadIT: %d MAP records (%d stored, the rest unchanged) in %.2f s from the"
                  + " consumer's start (group join included) = %.0f records/s; after the first"
                  + " record: %.0f records/s%n",
              records.size(),
              SIDE * SIDE,
              seconds,
              records.size() / seconds,
              (records.size() - before) / drainSeconds);
        }
      }
    }
  }
}
