package org.openv2x.hdmap.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.BoundingBox;
import org.openv2x.hdmap.DerivedConnection;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.InvalidMapException;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneKeys;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.VersionInfo;
import org.openv2x.hdmap.match.MatchResult;
import org.openv2x.hdmap.server.store.RocksMapStore;
import org.openv2x.hdmap.testing.GridMaps;
import org.openv2x.hdmap.testing.MapEdits;

class HdMapServiceTest {
  private static final GeoPoint ORIGIN = GeoPoint.of(31.2304, 121.4737);

  @TempDir Path dir;

  private final List<IntersectionVersion> published = new CopyOnWriteArrayList<>();
  private final SnapshotSink recording = published::add;
  private MeterRegistry registry;
  private RocksMapStore store;
  private HdMapService service;

  @BeforeEach
  void open() {
    registry = new SimpleMeterRegistry();
    store = RocksMapStore.open(dir);
    service = new HdMapService(store, recording, registry);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private StoreResult store(List<Intersection> intersections) {
    return service.store(
        intersections,
        MapSource.SCENARIO_IMPORT,
        Optional.of("grid.json"),
        OptionalInt.empty(),
        Optional.empty());
  }

  private double counter(String name) {
    return registry.get(name).counter().count();
  }

  @Test
  void newIntersectionsBecomeVersion1AndArePublished() {
    List<Intersection> grid = GridMaps.grid(2, 2, ORIGIN, 300);
    StoreResult result = store(grid);

    assertEquals(
        grid.stream().map(i -> new StoreResult.Stored(i.id(), 1)).toList(), result.stored());
    assertEquals(List.of(), result.unchanged());
    assertEquals(4, published.size());
    assertEquals(4.0, counter("hdmap.versions.stored"));
    assertEquals(4.0, registry.get("hdmap.intersections").gauge().value());

    Intersection first = grid.get(0);
    IntersectionVersion current = service.current(first.id()).orElseThrow();
    assertEquals(first, current.intersection());
    VersionInfo info = current.info();
    assertEquals(1, info.version());
    assertEquals(MapSource.SCENARIO_IMPORT, info.source());
    assertEquals(Optional.of("grid.json"), info.origin());
    assertEquals(Optional.of(current), service.version(first.id(), 1));
    assertEquals(List.of(info), service.versions(first.id()));
    assertEquals(4, service.all().size());
    assertEquals(grid.stream().map(Intersection::id).toList(), ids(service.all()));
    assertEquals(Optional.of(current), store.current(first.id()));
  }

  @Test
  void aLaneIsFoundByItsKeyWithItsApproachAndGeometry() {
    List<Intersection> grid = GridMaps.grid(2, 1, ORIGIN, 300);
    store(grid);
    Intersection second = grid.get(1);
    Approach approach = second.approaches().get(0);
    Lane lane = approach.lanes().get(1);
    String key = LaneKeys.lane(second.id(), approach, lane);

    LaneView view = service.lane(key).orElseThrow();
    assertEquals(second.id(), view.intersection().id());
    assertEquals(approach, view.approach());
    assertEquals(lane, view.lane());
    assertEquals(key, view.derived().laneKey());
    assertEquals(GridMaps.LANE_WIDTH_M, view.derived().widthM(), 1e-9);

    assertEquals(Optional.empty(), service.lane(second.id().key() + ".in9:9.1"));
    assertEquals(Optional.empty(), service.lane("not a lane key"));
  }

  @Test
  void theMatcherCoversTheCurrentVersions() {
    assertTrue(service.matcher().match(ORIGIN.latDeg(), ORIGIN.lonDeg(), Double.NaN, 0).isEmpty());
    List<Intersection> grid = GridMaps.grid(1, 1, ORIGIN, 300);
    store(grid);
    Approach approach = grid.get(0).approaches().get(0);
    Lane lane = approach.lanes().get(0);
    List<GeoPoint> line = lane.centreLine();
    GeoPoint a = line.get(line.size() - 2);
    GeoPoint b = line.get(line.size() - 1);
    GeoPoint middle = GeoPoint.of((a.latDeg() + b.latDeg()) / 2, (a.lonDeg() + b.lonDeg()) / 2);
    MatchResult match =
        service.matcher().match(middle.latDeg(), middle.lonDeg(), Double.NaN, 0).orElseThrow();
    assertEquals(LaneKeys.lane(grid.get(0).id(), approach, lane), match.laneKey());
  }

  @Test
  void currentInFindsTheIntersectionsWhoseBoundsMeetTheBox() {
    List<Intersection> grid = GridMaps.grid(3, 1, ORIGIN, 2000);
    store(grid);
    GeoPoint east = grid.get(2).refPoint();
    BoundingBox aroundEast =
        new BoundingBox(
            east.latDeg() - 0.0001, east.lonDeg() - 0.0001, east.latDeg() + 0.0001, east.lonDeg());
    assertEquals(List.of(grid.get(2).id()), ids(service.currentIn(aroundEast)));
    BoundingBox all = new BoundingBox(31.0, 121.0, 32.0, 122.0);
    assertEquals(ids(service.all()), ids(service.currentIn(all)));
    assertEquals(List.of(), service.currentIn(new BoundingBox(0, 0, 1, 1)));
  }

  @Test
  void unchangedContentCostsNoVersionAndNoPublish() {
    List<Intersection> grid = GridMaps.grid(2, 1, ORIGIN, 300);
    store(grid);
    published.clear();
    IntersectionVersion before = service.current(grid.get(0).id()).orElseThrow();

    StoreResult again = store(grid);

    assertEquals(List.of(), again.stored());
    assertEquals(ids2(grid), again.unchanged());
    assertEquals(List.of(), published);
    assertEquals(2.0, counter("hdmap.intersections.unchanged"));
    assertEquals(2.0, counter("hdmap.versions.stored"));
    assertEquals(before, service.current(grid.get(0).id()).orElseThrow());
    assertEquals(1, service.versions(grid.get(0).id()).size());
  }

  @Test
  void aChangedMapBecomesVersion2AndVersion1StaysReadable() {
    List<Intersection> grid = GridMaps.grid(2, 1, ORIGIN, 300);
    store(grid);
    published.clear();
    Intersection original = grid.get(1);
    Intersection renamed = renamed(original, "renamed");

    StoreResult result =
        service.store(
            List.of(grid.get(0), renamed),
            MapSource.MAP_MESSAGE,
            Optional.of("rsu-7"),
            OptionalInt.of(12),
            Optional.of(Instant.parse("2026-05-01T08:00:00Z")));

    assertEquals(List.of(new StoreResult.Stored(original.id(), 2)), result.stored());
    assertEquals(List.of(grid.get(0).id()), result.unchanged());
    assertEquals(1, published.size());
    assertEquals(2, published.get(0).info().version());
    IntersectionVersion current = service.current(original.id()).orElseThrow();
    assertEquals(renamed, current.intersection());
    assertEquals(MapSource.MAP_MESSAGE, current.info().source());
    assertEquals(OptionalInt.of(12), current.info().msgCnt());
    assertEquals(Optional.of("rsu-7"), current.info().origin());
    assertEquals(Optional.of(Instant.parse("2026-05-01T08:00:00Z")), current.info().messageTime());
    assertNotEquals(
        service.version(original.id(), 1).orElseThrow().info().contentHash(),
        current.info().contentHash());
    assertEquals(original, service.version(original.id(), 1).orElseThrow().intersection());
    assertEquals(
        List.of(1, 2), service.versions(original.id()).stream().map(VersionInfo::version).toList());
    assertEquals(Optional.empty(), service.version(original.id(), 3));
  }

  @Test
  void anInvalidMapIsRefusedWithEveryProblemAndNothingChanges() {
    List<Intersection> grid = GridMaps.grid(2, 1, ORIGIN, 300);
    store(grid);
    published.clear();
    Intersection renamed = renamed(grid.get(0), "would be version 2");
    Intersection broken = withOnePointLane(grid.get(1));

    InvalidMapException refused =
        assertThrows(InvalidMapException.class, () -> store(List.of(renamed, broken)));

    assertFalse(refused.problems().isEmpty());
    assertTrue(
        refused.problems().stream()
            .allMatch(p -> p.element().contains("intersection " + broken.id().key())),
        refused.problems().toString());
    assertEquals(grid.get(0), service.current(grid.get(0).id()).orElseThrow().intersection());
    assertEquals(grid.get(1), service.current(grid.get(1).id()).orElseThrow().intersection());
    assertEquals(1, service.versions(grid.get(0).id()).size());
    assertEquals(List.of(), published);
    assertEquals(1.0, counter("hdmap.stores.refused"));
  }

  @Test
  void aNeighbourIsDerivedAgainWhenTheIntersectionItsConnectionsLeadIntoArrives() {
    // as in MAP messages: ingress approaches only, connections lead into the next map's links
    List<Intersection> grid = ingressOnly(GridMaps.grid(2, 1, ORIGIN, 300));
    Intersection west = grid.get(0);
    Intersection east = grid.get(1);
    String intoEast = "." + "in" + west.id().key() + ".";

    store(List.of(west));
    IntersectionVersion before = service.current(west.id()).orElseThrow();
    List<DerivedConnection> toEast = connectionsInto(before, east.id().key() + intoEast);
    assertFalse(toEast.isEmpty());
    assertTrue(toEast.stream().allMatch(DerivedConnection::pathEstimated));
    published.clear();

    StoreResult result = store(List.of(east));

    assertEquals(List.of(new StoreResult.Stored(east.id(), 1)), result.stored());
    IntersectionVersion after = service.current(west.id()).orElseThrow();
    assertEquals(before.info(), after.info());
    assertEquals(before.intersection(), after.intersection());
    List<DerivedConnection> resolved = connectionsInto(after, east.id().key() + intoEast);
    assertEquals(toEast.size(), resolved.size());
    assertTrue(resolved.stream().noneMatch(DerivedConnection::pathEstimated));
    assertEquals(Optional.of(after), store.current(west.id()));
    assertEquals(1, service.versions(west.id()).size());
    assertEquals(List.of(east.id(), west.id()), ids(published));
    assertEquals(1.0, counter("hdmap.versions.rederived"));
  }

  @Test
  void aReopenedServiceStillKnowsWhichNeighboursToDeriveAgain() {
    List<Intersection> grid = ingressOnly(GridMaps.grid(2, 1, ORIGIN, 300));
    store(List.of(grid.get(0)));
    store.close();
    store = RocksMapStore.open(dir);
    service = new HdMapService(store, recording, registry);
    published.clear();

    store(List.of(grid.get(1)));

    IntersectionVersion west = service.current(grid.get(0).id()).orElseThrow();
    List<DerivedConnection> toEast =
        connectionsInto(west, grid.get(1).id().key() + ".in" + grid.get(0).id().key() + ".");
    assertFalse(toEast.isEmpty());
    assertTrue(toEast.stream().noneMatch(DerivedConnection::pathEstimated));
    assertEquals(List.of(grid.get(1).id(), grid.get(0).id()), ids(published));
  }

  @Test
  void aBatchResolvesConnectionsIntoItsOwnIntersections() {
    List<Intersection> grid = ingressOnly(GridMaps.grid(2, 1, ORIGIN, 300));
    store(grid);
    IntersectionVersion west = service.current(grid.get(0).id()).orElseThrow();
    List<DerivedConnection> toEast =
        connectionsInto(west, grid.get(1).id().key() + ".in" + grid.get(0).id().key() + ".");
    assertFalse(toEast.isEmpty());
    assertTrue(toEast.stream().noneMatch(DerivedConnection::pathEstimated));
    assertEquals(2, published.size());
  }

  @Test
  void aServiceOverAReopenedStoreServesTheSameVersions() {
    List<Intersection> grid = GridMaps.grid(2, 2, ORIGIN, 300);
    store(grid);
    store(List.of(renamed(grid.get(3), "v2")));
    List<IntersectionVersion> all = service.all();
    store.close();

    store = RocksMapStore.open(dir);
    HdMapService reopened = new HdMapService(store, SnapshotSink.NONE, new SimpleMeterRegistry());

    assertEquals(all, reopened.all());
    assertEquals(2, reopened.current(grid.get(3).id()).orElseThrow().info().version());
    assertEquals(grid.get(3), reopened.version(grid.get(3).id(), 1).orElseThrow().intersection());
    StoreResult again =
        reopened.store(
            grid,
            MapSource.SCENARIO_IMPORT,
            Optional.empty(),
            OptionalInt.empty(),
            Optional.empty());
    assertEquals(List.of(new StoreResult.Stored(grid.get(3).id(), 3)), again.stored());
  }

  private static List<IntersectionId> ids(List<IntersectionVersion> versions) {
    return versions.stream().map(IntersectionVersion::id).toList();
  }

  private static List<IntersectionId> ids2(List<Intersection> intersections) {
    return intersections.stream().map(Intersection::id).toList();
  }

  private static List<DerivedConnection> connectionsInto(
      IntersectionVersion version, String prefix) {
    return version.derived().connections().stream()
        .filter(c -> c.toLaneKey().startsWith(prefix))
        .toList();
  }

  static Intersection renamed(Intersection intersection, String name) {
    return new Intersection(
        intersection.id(),
        Optional.of(name),
        intersection.refPoint(),
        intersection.elevationM(),
        intersection.approaches());
  }

  static List<Intersection> ingressOnly(List<Intersection> intersections) {
    List<Intersection> result = new ArrayList<>();
    for (Intersection intersection : intersections) {
      result.add(
          new Intersection(
              intersection.id(),
              intersection.name(),
              intersection.refPoint(),
              intersection.elevationM(),
              intersection.approaches().stream()
                  .filter(a -> a.kind() == ApproachKind.INGRESS)
                  .toList()));
    }
    return result;
  }

  /** The intersection with the first lane of its first approach cut to one centre-line point. */
  private static Intersection withOnePointLane(Intersection intersection) {
    return MapEdits.lane(
        intersection, 0, 0, lane -> lane.withCentreLine(lane.centreLine().subList(0, 1)));
  }
}
