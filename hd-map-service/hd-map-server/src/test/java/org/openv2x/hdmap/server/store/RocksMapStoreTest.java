package org.openv2x.hdmap.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.BoundingBox;
import org.openv2x.hdmap.DerivedGeometry;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.MapContent;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.VersionInfo;
import org.openv2x.hdmap.testing.GridMaps;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;

class RocksMapStoreTest {
  private static final GeoPoint ORIGIN = GeoPoint.of(31.2304, 121.4737);
  private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");

  @TempDir Path dir;

  /** A version with hand-made geometry: bounds around every point, nothing else derived. */
  static IntersectionVersion version(Intersection content, int number) {
    List<GeoPoint> points = new ArrayList<>();
    points.add(content.refPoint());
    for (Approach approach : content.approaches()) {
      for (Lane lane : approach.lanes()) {
        points.addAll(lane.centreLine());
      }
    }
    VersionInfo info =
        new VersionInfo(
            number,
            MapSource.SCENARIO_IMPORT,
            T0.plusSeconds(number),
            MapContent.hash(content),
            OptionalInt.empty(),
            Optional.empty(),
            Optional.of("test"));
    DerivedGeometry derived =
        new DerivedGeometry(List.of(), List.of(), List.of(), List.of(), BoundingBox.around(points));
    return new IntersectionVersion(content, info, derived);
  }

  /** The same content moved {@code eastM} to the east. */
  static Intersection shifted(Intersection content, double eastM) {
    List<Approach> approaches = new ArrayList<>();
    for (Approach approach : content.approaches()) {
      List<Lane> lanes = new ArrayList<>();
      for (Lane lane : approach.lanes()) {
        lanes.add(
            lane.withCentreLine(
                lane.centreLine().stream().map(p -> GridMaps.offset(p, eastM, 0)).toList()));
      }
      approaches.add(approach.withLanes(lanes));
    }
    return new Intersection(
        content.id(),
        content.name(),
        GridMaps.offset(content.refPoint(), eastM, 0),
        content.elevationM(),
        approaches);
  }

  private static List<IntersectionVersion> firstVersions(List<Intersection> grid) {
    return grid.stream().map(i -> version(i, 1)).toList();
  }

  @Test
  void storesAndReadsEveryKindOfEntry() {
    List<Intersection> grid = GridMaps.grid(2, 2, ORIGIN, 300);
    List<IntersectionVersion> versions = firstVersions(grid);
    try (RocksMapStore store = RocksMapStore.open(dir)) {
      store.put(versions);
      IntersectionVersion first = versions.get(0);
      assertEquals(Optional.of(first), store.current(first.id()));
      assertEquals(Optional.of(first), store.version(first.id(), 1));
      assertEquals(Optional.empty(), store.version(first.id(), 2));
      assertEquals(Optional.empty(), store.version(first.id(), 0));
      assertEquals(OptionalInt.of(1), store.currentVersionNumber(first.id()));
      assertEquals(List.of(first), store.versions(first.id()));
      assertEquals(versions, store.allCurrent());
      assertEquals(Optional.empty(), store.current(IntersectionId.of(9, 9)));
      assertEquals(List.of(), store.versions(IntersectionId.of(9, 9)));
      assertEquals(OptionalInt.empty(), store.currentVersionNumber(IntersectionId.of(9, 9)));

      IntersectionId second = versions.get(1).id();
      Approach approach = grid.get(1).approaches().get(0);
      String laneKey = second.key() + "." + approach.id() + "." + approach.lanes().get(1).laneId();
      assertEquals(Optional.of(second), store.intersectionOfLane(laneKey));
      assertEquals(Optional.empty(), store.intersectionOfLane("1:99.in1:1.1"));
    }
  }

  @Test
  void versionsOfOneIntersectionDoNotMixWithAnotherWhoseKeyStartsTheSame() {
    Intersection one = GridMaps.grid(1, 1, ORIGIN, 300).get(0);
    Intersection a = withId(one, IntersectionId.of(1));
    Intersection b = withId(one, IntersectionId.of(12));
    try (RocksMapStore store = RocksMapStore.open(dir)) {
      store.put(List.of(version(a, 1), version(b, 1)));
      store.put(version(b, 2));
      assertEquals(1, store.versions(a.id()).size());
      assertEquals(2, store.versions(b.id()).size());
    }
  }

  @Test
  void aChangedVersionKeepsTheHistoryAndTheOldVersionReadable() {
    Intersection content = GridMaps.grid(1, 1, ORIGIN, 300).get(0);
    Intersection renamed =
        new Intersection(
            content.id(),
            Optional.of("renamed"),
            content.refPoint(),
            content.elevationM(),
            content.approaches());
    try (RocksMapStore store = RocksMapStore.open(dir)) {
      store.put(version(content, 1));
      store.put(version(renamed, 2));
      assertEquals(renamed, store.current(content.id()).orElseThrow().intersection());
      assertEquals(content, store.version(content.id(), 1).orElseThrow().intersection());
      assertEquals(
          List.of(1, 2),
          store.versions(content.id()).stream().map(v -> v.info().version()).toList());
      assertEquals(1, store.allCurrent().size());
    }
  }

  @Test
  void theCurrentVersionMayBeReplacedInPlaceButNotByAnOlderOne() {
    Intersection content = GridMaps.grid(1, 1, ORIGIN, 300).get(0);
    IntersectionVersion v2 = version(content, 2);
    DerivedGeometry other =
        new DerivedGeometry(
            List.of(), List.of(), List.of(), List.of(), new BoundingBox(31.2, 121.4, 31.3, 121.5));
    IntersectionVersion v2again = new IntersectionVersion(content, v2.info(), other);
    try (RocksMapStore store = RocksMapStore.open(dir)) {
      store.put(version(content, 1));
      store.put(v2);
      store.put(v2again);
      assertEquals(Optional.of(v2again), store.current(content.id()));
      assertEquals(2, store.versions(content.id()).size());
      IllegalArgumentException older =
          assertThrows(IllegalArgumentException.class, () -> store.put(version(content, 1)));
      assertTrue(older.getMessage().contains("older"), older.getMessage());
      assertThrows(IllegalArgumentException.class, () -> store.put(List.of(v2again, v2again)));
      assertEquals(Optional.of(v2again), store.current(content.id()));
    }
  }

  @Test
  void findsIntersectionsByBoundingBoxThroughTheSpatialIndex() {
    // 2 rows of 3 single intersections (legs of 150 m) 0.05 degrees apart: cells of their own
    List<Intersection> placed = new ArrayList<>();
    for (int row = 0; row < 2; row++) {
      for (int column = 0; column < 3; column++) {
        GeoPoint at = GeoPoint.of(ORIGIN.latDeg() + row * 0.05, ORIGIN.lonDeg() + column * 0.05);
        placed.add(
            withId(GridMaps.grid(1, 1, at, 300).get(0), IntersectionId.of(1 + row * 3 + column)));
      }
    }
    try (RocksMapStore store = RocksMapStore.open(dir)) {
      store.put(firstVersions(placed));
      Intersection middle = placed.get(4);
      GeoPoint at = middle.refPoint();
      BoundingBox aroundMiddle =
          new BoundingBox(at.latDeg() - 0.001, at.lonDeg() - 0.001, at.latDeg(), at.lonDeg());
      assertEquals(List.of(middle.id()), store.intersectionsIn(aroundMiddle));

      BoundingBox everything = new BoundingBox(31.0, 121.0, 32.0, 122.0);
      assertEquals(
          placed.stream().map(Intersection::id).toList(), store.intersectionsIn(everything));

      BoundingBox elsewhere = new BoundingBox(39.9, 116.3, 40.0, 116.4);
      assertEquals(List.of(), store.intersectionsIn(elsewhere));

      BoundingBox bottomRow =
          new BoundingBox(
              ORIGIN.latDeg() - 0.001, ORIGIN.lonDeg() - 0.01, ORIGIN.latDeg() + 0.001, 121.7);
      assertEquals(
          List.of(placed.get(0).id(), placed.get(1).id(), placed.get(2).id()),
          store.intersectionsIn(bottomRow));

      BoundingBox rightColumn =
          new BoundingBox(31.0, ORIGIN.lonDeg() + 0.099, 32.0, ORIGIN.lonDeg() + 0.101);
      assertEquals(
          List.of(placed.get(2).id(), placed.get(5).id()), store.intersectionsIn(rightColumn));
    }
  }

  @Test
  void aMovedIntersectionLeavesItsOldCellsAndARemovedLaneItsIndexEntry() {
    Intersection content = GridMaps.grid(1, 1, ORIGIN, 300).get(0);
    Intersection moved = shifted(content, 5000);
    List<Approach> fewer = new ArrayList<>(moved.approaches());
    Approach removed = fewer.remove(0);
    Intersection changed =
        new Intersection(moved.id(), moved.name(), moved.refPoint(), moved.elevationM(), fewer);
    String removedLane = content.id().key() + "." + removed.id() + ".1";
    String keptLane = content.id().key() + "." + fewer.get(0).id() + ".1";
    GeoPoint at = content.refPoint();
    BoundingBox oldPlace = new BoundingBox(at.latDeg(), at.lonDeg(), at.latDeg(), at.lonDeg());
    GeoPoint to = changed.refPoint();
    BoundingBox newPlace = new BoundingBox(to.latDeg(), to.lonDeg(), to.latDeg(), to.lonDeg());
    try (RocksMapStore store = RocksMapStore.open(dir)) {
      store.put(version(content, 1));
      assertEquals(List.of(content.id()), store.intersectionsIn(oldPlace));
      assertEquals(Optional.of(content.id()), store.intersectionOfLane(removedLane));
      store.put(version(changed, 2));
      assertEquals(List.of(), store.intersectionsIn(oldPlace));
      assertEquals(List.of(content.id()), store.intersectionsIn(newPlace));
      assertEquals(Optional.empty(), store.intersectionOfLane(removedLane));
      assertEquals(Optional.of(content.id()), store.intersectionOfLane(keptLane));
    }
  }

  @Test
  void aReopenedStoreHasTheSameVersionsAndContent() {
    List<Intersection> grid = GridMaps.grid(2, 2, ORIGIN, 300);
    List<IntersectionVersion> versions = firstVersions(grid);
    IntersectionVersion second = version(shifted(grid.get(0), 10), 2);
    try (RocksMapStore store = RocksMapStore.open(dir)) {
      store.put(versions);
      store.put(second);
    }
    try (RocksMapStore store = RocksMapStore.open(dir)) {
      List<IntersectionVersion> expected = new ArrayList<>(versions);
      expected.set(0, second);
      assertEquals(expected, store.allCurrent());
      assertEquals(List.of(versions.get(0), second), store.versions(second.id()));
      assertEquals(Optional.of(grid.get(1).id()), store.intersectionOfLane(laneKey(grid.get(1))));
    }
  }

  @Test
  void aCorruptSnapshotIsSkippedNotFatal() throws Exception {
    List<Intersection> grid = GridMaps.grid(2, 1, ORIGIN, 300);
    IntersectionId broken = grid.get(0).id();
    try (RocksMapStore store = RocksMapStore.open(dir)) {
      store.put(firstVersions(grid));
    }
    overwrite(
        RocksMapStore.CF_VERSIONS,
        RocksMapStore.versionKey(broken, 1),
        "not a snapshot".getBytes(StandardCharsets.UTF_8));
    overwrite(
        RocksMapStore.CF_INTERSECTIONS, RocksMapStore.idKey(IntersectionId.of(7)), new byte[] {1});
    try (RocksMapStore store = RocksMapStore.open(dir)) {
      List<IntersectionVersion> current = store.allCurrent();
      assertEquals(
          List.of(grid.get(1).id()), current.stream().map(IntersectionVersion::id).toList());
      assertEquals(Optional.empty(), store.current(broken));
      assertEquals(List.of(), store.versions(broken));
      assertEquals(OptionalInt.of(1), store.currentVersionNumber(broken));
      assertEquals(OptionalInt.empty(), store.currentVersionNumber(IntersectionId.of(7)));
      // a new version of the broken one is stored after the unreadable one
      store.put(version(grid.get(0), 2));
      assertEquals(2, store.current(broken).orElseThrow().info().version());
    }
  }

  @Test
  void aClosedStoreRefusesCalls() {
    RocksMapStore store = RocksMapStore.open(dir);
    store.close();
    store.close();
    assertThrows(MapStoreException.class, store::allCurrent);
    assertThrows(MapStoreException.class, () -> store.current(IntersectionId.of(1)));
    assertThrows(
        MapStoreException.class,
        () -> store.put(version(GridMaps.grid(1, 1, ORIGIN, 300).get(0), 1)));
  }

  @Test
  void aDirectoryInUseIsRefusedWithTheReason() {
    try (RocksMapStore store = RocksMapStore.open(dir)) {
      MapStoreException e = assertThrows(MapStoreException.class, () -> RocksMapStore.open(dir));
      assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
      assertFalse(store.allCurrent().iterator().hasNext());
    }
  }

  private static String laneKey(Intersection intersection) {
    Approach approach = intersection.approaches().get(0);
    return intersection.id().key() + "." + approach.id() + "." + approach.lanes().get(0).laneId();
  }

  private static Intersection withId(Intersection content, IntersectionId id) {
    return new Intersection(
        id, content.name(), content.refPoint(), content.elevationM(), content.approaches());
  }

  /** Writes a raw value into a column family of the closed store. */
  private void overwrite(String family, byte[] key, byte[] value) throws Exception {
    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY));
    List<String> names =
        List.of(
            RocksMapStore.CF_INTERSECTIONS,
            RocksMapStore.CF_VERSIONS,
            RocksMapStore.CF_LANES,
            RocksMapStore.CF_SPATIAL);
    for (String name : names) {
      descriptors.add(new ColumnFamilyDescriptor(name.getBytes(StandardCharsets.UTF_8)));
    }
    List<ColumnFamilyHandle> handles = new ArrayList<>();
    try (DBOptions options = new DBOptions();
        RocksDB db = RocksDB.open(options, dir.toString(), descriptors, handles)) {
      db.put(handles.get(1 + names.indexOf(family)), key, value);
      handles.forEach(ColumnFamilyHandle::close);
    }
  }
}
