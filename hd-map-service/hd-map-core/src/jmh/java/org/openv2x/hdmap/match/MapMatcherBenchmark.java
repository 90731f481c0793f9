package org.openv2x.hdmap.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.DerivedConnection;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.derive.LocalFrame;
import org.openv2x.hdmap.testing.GridMaps;

/**
 * Single-thread map matching over a {@link GridMaps} grid ({@code columns} × {@code columns}
 * intersections, 200 m apart): {@link #match} takes the next of {@value #QUERIES} pre-generated
 * queries (one op = one match); {@link #build} times {@link MapMatchers#of}. Queries: 90 % on a
 * random lane (70 %) or connection path (30 %) at a random place, up to ±1.5 m off its centre,
 * heading its direction ±10° (5 % unknown), 0..20 m/s; 10 % in the blocks between the roads
 * (nothing to match). Fixed seed. Run with {@code hd-map-service/hd-map-core/benchmark.sh}.
 */
@State(Scope.Thread)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class MapMatcherBenchmark {
  static final int QUERIES = 1 << 16;
  private static final double SPACING_M = 200;
  private static final GeoPoint ORIGIN = GeoPoint.of(31.2304, 121.4737);

  @Param({"10"})
  public int columns;

  private List<IntersectionVersion> versions;
  private MapMatcher matcher;
  private final double[] latDeg = new double[QUERIES];
  private final double[] lonDeg = new double[QUERIES];
  private final double[] headingDeg = new double[QUERIES];
  private final double[] speedMps = new double[QUERIES];
  private int next;

  @Setup
  public void setUp() {
    versions = GridMaps.versions(GridMaps.grid(columns, columns, ORIGIN, SPACING_M));
    matcher = MapMatchers.of(versions);
    List<List<GeoPoint>> lanes = new ArrayList<>();
    List<List<GeoPoint>> paths = new ArrayList<>();
    for (IntersectionVersion version : versions) {
      for (Approach approach : version.intersection().approaches()) {
        for (Lane lane : approach.lanes()) {
          lanes.add(lane.centreLine());
        }
      }
      for (DerivedConnection connection : version.derived().connections()) {
        paths.add(connection.path());
      }
    }
    Random random = new Random(20240101);
    LocalFrame frame = new LocalFrame(ORIGIN);
    int matched = 0;
    for (int i = 0; i < QUERIES; i++) {
      double east;
      double north;
      double heading;
      if (random.nextInt(10) == 0) {
        east = (random.nextInt(columns) + 0.15 + 0.7 * random.nextDouble()) * SPACING_M;
        north = (random.nextInt(columns) + 0.15 + 0.7 * random.nextDouble()) * SPACING_M;
        heading = random.nextDouble() * 360;
      } else {
        List<List<GeoPoint>> lines = random.nextInt(10) < 7 ? lanes : paths;
        List<GeoPoint> line = lines.get(random.nextInt(lines.size()));
        int p = random.nextInt(line.size() - 1);
        double ax = frame.eastM(line.get(p));
        double ay = frame.northM(line.get(p));
        double dx = frame.eastM(line.get(p + 1)) - ax;
        double dy = frame.northM(line.get(p + 1)) - ay;
        double length = Math.hypot(dx, dy);
        double t = random.nextDouble();
        double lateral = (random.nextDouble() * 2 - 1) * 1.5;
        east = ax + t * dx - lateral * dy / length;
        north = ay + t * dy + lateral * dx / length;
        heading = Math.toDegrees(Math.atan2(dx, dy)) + (random.nextDouble() * 2 - 1) * 10;
        heading = heading < 0 ? heading + 360 : heading >= 360 ? heading - 360 : heading;
      }
      GeoPoint point = frame.toGeo(east, north);
      latDeg[i] = point.latDeg();
      lonDeg[i] = point.lonDeg();
      headingDeg[i] = random.nextInt(20) == 0 ? Double.NaN : heading;
      speedMps[i] = random.nextDouble() * 20;
      matched +=
          matcher.match(latDeg[i], lonDeg[i], headingDeg[i], speedMps[i]).isPresent() ? 1 : 0;
    }
    System.out.printf("%n%s; %d of %d queries match%n", matcher, matched, QUERIES);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public Optional<MatchResult> match() {
    int i = next;
    next = (i + 1) & (QUERIES - 1);
    return matcher.match(latDeg[i], lonDeg[i], headingDeg[i], speedMps[i]);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public MapMatcher build() {
    return MapMatchers.of(versions);
  }
}
