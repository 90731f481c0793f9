package org.openv2x.hdmap.server;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.match.MapMatcher;
import org.openv2x.hdmap.match.MatchResult;
import org.openv2x.hdmap.server.store.RocksMapStore;
import org.openv2x.hdmap.testing.GridMaps;

/**
 * The costs of the map service over a real RocksDB store holding a {@code side × side} grid (one
 * thread): a MAP that is unchanged (what an RSU's once-a-second broadcast costs), a changed one
 * (validation, derivation, a synced write batch, the matcher rebuilt over every intersection), and
 * loading everything at start.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class HdMapServiceBenchmark {
  private static final GeoPoint ORIGIN = GeoPoint.of(31.2304, 121.4737);

  @Param({"10"})
  public int side;

  private Path dir;
  private RocksMapStore store;
  private HdMapService service;
  private List<Intersection> one;
  private List<Intersection> renamedA;
  private List<Intersection> renamedB;
  private boolean flip;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("hd-map-bench-");
    store = RocksMapStore.open(dir);
    service = new HdMapService(store, SnapshotSink.NONE, new SimpleMeterRegistry());
    List<Intersection> grid = GridMaps.grid(side, side, ORIGIN, 300);
    store(grid);
    Intersection middle = grid.get(grid.size() / 2);
    one = List.of(middle);
    renamedA = List.of(renamed(middle, "A"));
    renamedB = List.of(renamed(middle, "B"));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    store.close();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** One intersection whose content equals its current version. */
  @Benchmark
  public StoreResult storeUnchanged() {
    return store(one);
  }

  /** One intersection whose content changed: a new version each call. */
  @Benchmark
  public StoreResult storeChanged() {
    flip = !flip;
    return store(flip ? renamedA : renamedB);
  }

  /** A changed intersection, then a match: the matcher over every intersection is rebuilt. */
  @Benchmark
  public Optional<MatchResult> storeChangedThenMatch() {
    storeChanged();
    return service.matcher().match(ORIGIN.latDeg(), ORIGIN.lonDeg(), Double.NaN, 0);
  }

  /** A service over the store: every current version read, and its matcher built. */
  @Benchmark
  public MapMatcher loadAtStart() {
    return new HdMapService(store, SnapshotSink.NONE, new SimpleMeterRegistry()).matcher();
  }

  private StoreResult store(List<Intersection> intersections) {
    return service.store(
        intersections,
        MapSource.MAP_MESSAGE,
        Optional.of("rsu-bench"),
        OptionalInt.of(1),
        Optional.empty());
  }

  private static Intersection renamed(Intersection intersection, String name) {
    return new Intersection(
        intersection.id(),
        Optional.of(name),
        intersection.refPoint(),
        intersection.elevationM(),
        intersection.approaches());
  }
}
