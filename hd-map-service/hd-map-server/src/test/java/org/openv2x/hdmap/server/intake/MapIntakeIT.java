package org.openv2x.hdmap.server.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openv2x.hdmap.server.KafkaTestSupport.await;
import static org.openv2x.hdmap.server.KafkaTestSupport.envelope;
import static org.openv2x.hdmap.server.KafkaTestSupport.key;
import static org.openv2x.hdmap.server.KafkaTestSupport.readToEnd;
import static org.openv2x.hdmap.server.KafkaTestSupport.send;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.codec.map.MapData;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.convert.HdMapProto;
import org.openv2x.hdmap.convert.MapMessages;
import org.openv2x.hdmap.server.HdMapService;
import org.openv2x.hdmap.server.intake.MapIntake.Outcome;
import org.openv2x.hdmap.server.publish.KafkaSnapshotPublisher;
import org.openv2x.hdmap.server.store.RocksMapStore;
import org.openv2x.hdmap.testing.GridMaps;
import org.openv2x.hdmap.testing.MapEdits;
import org.openv2x.kafka.EmbeddedKafka;
import org.openv2x.proto.v1.FrameProtos;

/** MAP messages on a real broker → versions in a real store and snapshots on the snapshot topic. */
class MapIntakeIT {
  private static final GeoPoint ORIGIN = GeoPoint.of(31.2304, 121.4737);
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final AtomicInteger RUN = new AtomicInteger();
  private static final ZonedDateTime RECEIVED =
      ZonedDateTime.of(2026, 5, 1, 8, 30, 15, 0, ZoneOffset.UTC);

  private static EmbeddedKafka kafka;

  @TempDir Path dir;

  private String mapTopic;
  private String hdmapTopic;
  private MeterRegistry registry;
  private RocksMapStore store;
  private KafkaSnapshotPublisher publisher;
  private HdMapService service;
  private MapIntake intake;
  private long sequence;

  @BeforeAll
  static void startKafka() {
    kafka = EmbeddedKafka.builder().build();
    kafka.start();
  }

  @AfterAll
  static void stopKafka() {
    kafka.close();
  }

  @BeforeEach
  void start() {
    int run = RUN.incrementAndGet();
    mapTopic = "v2x.map." + run;
    hdmapTopic = "v2x.hdmap." + run;
    kafka.createTopic(mapTopic, 3);
    registry = new SimpleMeterRegistry();
    store = RocksMapStore.open(dir);
    publisher =
        new KafkaSnapshotPublisher(kafka.bootstrapServers(), hdmapTopic, Map.of(), registry);
    service = new HdMapService(store, publisher, registry);
    intake =
        new MapIntake(
            kafka.bootstrapServers(), mapTopic, "hd-map-test-" + run, Map.of(), service, registry);
  }

  @AfterEach
  void stop() {
    intake.close();
    publisher.close();
    store.close();
  }

  /** A MAP of one intersection, as its RSU broadcasts it. */
  private static MapData map(Intersection intersection, int msgCnt) {
    int minute =
        (int)
            Duration.between(
                    RECEIVED.withDayOfYear(1).toLocalDate().atStartOfDay(ZoneOffset.UTC), RECEIVED)
                .toMinutes();
    return MapMessages.toMapData(List.of(intersection), msgCnt, OptionalInt.of(minute));
  }

  private void sendMaps(List<MapData> maps) throws Exception {
    List<Map.Entry<String, byte[]>> records = new ArrayList<>();
    for (MapData map : maps) {
      String rsu = "rsu-" + key(map, "");
      long receivedUs = RECEIVED.toInstant().toEpochMilli() * 1000;
      records.add(Map.entry(key(map, rsu), envelope(map, rsu, receivedUs, ++sequence)));
    }
    send(kafka.bootstrapServers(), mapTopic, records);
  }

  private void awaitProcessed(long count) throws InterruptedException {
    await(WAIT, count + " records processed", () -> intake.processed() >= count);
  }

  /** The last snapshot of each key on the snapshot topic, after the publisher sent everything. */
  private Map<String, IntersectionVersion> lastSnapshots(List<ConsumerRecord<String, byte[]>> all) {
    Map<String, IntersectionVersion> last = new LinkedHashMap<>();
    for (ConsumerRecord<String, byte[]> record : all) {
      last.put(record.key(), HdMapProto.fromBytes(record.value()));
    }
    return last;
  }

  private List<ConsumerRecord<String, byte[]>> snapshots() throws InterruptedException {
    assertTrue(publisher.flush(WAIT), "publisher flushed");
    return readToEnd(kafka.bootstrapServers(), hdmapTopic);
  }

  @Test
  void mapMessagesBecomeVersionsAndSnapshots() throws Exception {
    List<Intersection> grid = GridMaps.grid(2, 1, ORIGIN, 300);
    List<MapData> maps = List.of(map(grid.get(0), 5), map(grid.get(1), 9));
    sendMaps(maps);
    awaitProcessed(2);

    assertEquals(2, intake.count(Outcome.STORED));
    for (MapData map : maps) {
      Intersection expected = MapMessages.fromMapData(map).get(0);
      IntersectionVersion current = service.current(expected.id()).orElseThrow();
      assertEquals(expected, current.intersection());
      assertEquals(1, current.info().version());
      assertEquals(MapSource.MAP_MESSAGE, current.info().source());
      assertEquals(OptionalInt.of(map.msgCnt()), current.info().msgCnt());
      assertEquals(Optional.of("rsu-" + expected.id().key()), current.info().origin());
      assertEquals(Optional.of(RECEIVED.withSecond(0).toInstant()), current.info().messageTime());
      assertEquals(Optional.of(current), store.current(expected.id()));
    }

    Map<String, IntersectionVersion> last = lastSnapshots(snapshots());
    assertEquals(2, last.size());
    for (IntersectionVersion current : service.all()) {
      assertEquals(current, last.get(current.id().key()));
    }
  }

  @Test
  void aChangedMapGivesANewVersionAndSnapshotAnUnchangedOneNothing() throws Exception {
    Intersection original = GridMaps.grid(1, 1, ORIGIN, 300).get(0);
    sendMaps(List.of(map(original, 1)));
    awaitProcessed(1);
    int before = snapshots().size();

    sendMaps(List.of(map(original, 2)));
    awaitProcessed(2);
    assertEquals(1, intake.count(Outcome.UNCHANGED));
    assertEquals(before, snapshots().size());
    IntersectionId id = original.id();
    assertEquals(1, service.versions(id).size());

    Intersection renamed =
        new Intersection(
            id,
            Optional.of("renamed"),
            original.refPoint(),
            original.elevationM(),
            original.approaches());
    sendMaps(List.of(map(renamed, 3)));
    awaitProcessed(3);

    assertEquals(2, intake.count(Outcome.STORED));
    assertEquals(2, service.current(id).orElseThrow().info().version());
    assertEquals(
        Optional.of("Grid 0-0"), service.version(id, 1).orElseThrow().intersection().name());
    List<ConsumerRecord<String, byte[]>> after = snapshots();
    assertEquals(before + 1, after.size());
    ConsumerRecord<String, byte[]> newest = after.get(after.size() - 1);
    assertEquals(id.key(), newest.key());
    assertEquals(service.current(id).orElseThrow(), HdMapProto.fromBytes(newest.value()));
  }

  @Test
  void aRepeatedMapIsStoredAgainWhenItsIntersectionWasChangedByAnImportInBetween()
      throws Exception {
    Intersection surveyed = GridMaps.grid(1, 1, ORIGIN, 300).get(0);
    IntersectionId id = surveyed.id();
    sendMaps(List.of(map(surveyed, 1)));
    awaitProcessed(1);
    sendMaps(List.of(map(surveyed, 2)));
    awaitProcessed(2);
    assertEquals(1, intake.count(Outcome.UNCHANGED), "the repeat is unchanged");

    Intersection imported =
        new Intersection(
            id,
            Optional.of("imported"),
            surveyed.refPoint(),
            surveyed.elevationM(),
            surveyed.approaches());
    service.store(
        List.of(imported),
        MapSource.GEOJSON_IMPORT,
        Optional.of("survey.geojson"),
        OptionalInt.empty(),
        Optional.empty());
    assertEquals(2, service.current(id).orElseThrow().info().version());

    // The RSU's MAP again: its content differs from the version in service now, so it is stored.
    sendMaps(List.of(map(surveyed, 3)));
    awaitProcessed(3);
    assertEquals(2, intake.count(Outcome.STORED));
    IntersectionVersion current = service.current(id).orElseThrow();
    assertEquals(3, current.info().version());
    assertEquals(MapSource.MAP_MESSAGE, current.info().source());
    assertEquals(MapMessages.fromMapData(map(surveyed, 3)).get(0), current.intersection());

    sendMaps(List.of(map(surveyed, 4)));
    awaitProcessed(4);
    assertEquals(2, intake.count(Outcome.UNCHANGED));
    assertEquals(3, service.versions(id).size());
  }

  @Test
  void badRecordsAreCountedAndTheLoopGoesOn() throws Exception {
    Intersection good = GridMaps.grid(1, 1, ORIGIN, 300).get(0);
    MapData invalid = map(withRepeatedPoint(good), 1);
    byte[] noFrame =
        FrameProtos.V2xEnvelope.newBuilder().setSourceRsuId("rsu-x").build().toByteArray();
    List<Map.Entry<String, byte[]>> records = new ArrayList<>();
    records.add(Map.entry("junk", "definitely not protobuf".getBytes(StandardCharsets.UTF_8)));
    records.add(Map.entry("empty-envelope", noFrame));
    records.add(
        Map.entry(
            good.id().key(), envelope(invalid, "rsu-bad", System.currentTimeMillis() * 1000, 1)));
    send(kafka.bootstrapServers(), mapTopic, records);
    awaitProcessed(3);
    sendMaps(List.of(map(good, 2)));
    awaitProcessed(4);

    assertEquals(2, intake.count(Outcome.UNREADABLE));
    assertEquals(1, intake.count(Outcome.REFUSED));
    assertEquals(1, intake.count(Outcome.STORED));
    assertEquals(
        1.0,
        registry
            .get("hdmap.map.message.problems")
            .tag("outcome", "refused")
            .tag("reason", "invalid-map")
            .counter()
            .count());
    assertEquals(
        1.0,
        registry.get("hdmap.map.message.problems").tag("reason", "not-a-map").counter().count());
    assertEquals(1, service.current(good.id()).orElseThrow().info().version());
    assertEquals(
        MapMessages.fromMapData(map(good, 2)).get(0),
        service.current(good.id()).orElseThrow().intersection());
  }

  @Test
  void theIntakeCarriesOnAfterKafkaWasDown() throws Exception {
    List<Intersection> grid = GridMaps.grid(2, 1, ORIGIN, 300);
    sendMaps(List.of(map(grid.get(0), 1)));
    awaitProcessed(1);

    kafka.stop();
    Thread.sleep(1500);
    kafka.start();

    sendMaps(List.of(map(grid.get(1), 1)));
    awaitProcessed(2);
    assertEquals(2, intake.count(Outcome.STORED));
    Map<String, IntersectionVersion> last = lastSnapshots(snapshots());
    assertEquals(service.current(grid.get(1).id()).orElseThrow(), last.get(grid.get(1).id().key()));
  }

  /** The intersection with the second point of its first lane repeated. */
  private static Intersection withRepeatedPoint(Intersection intersection) {
    return MapEdits.lane(
        intersection,
        0,
        0,
        lane -> {
          List<GeoPoint> line = new ArrayList<>(lane.centreLine());
          line.add(1, line.get(1));
          return lane.withCentreLine(line);
        });
  }
}
