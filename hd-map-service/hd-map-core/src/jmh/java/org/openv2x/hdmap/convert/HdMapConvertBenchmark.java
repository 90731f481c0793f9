package org.openv2x.hdmap.convert;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.map.MapData;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.MapContent;

/**
 * The conversions on the map intake's path, on the shared vector map-02 (one intersection of 4
 * links and 12 lanes of 3 points, and 4 end nodes): MAP to model, the content hash, and a version
 * (that intersection with the fixture's facts and derived geometry) to snapshot bytes and back.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HdMapConvertBenchmark {
  private MapData map;
  private Intersection intersection;
  private IntersectionVersion version;
  private byte[] snapshot;

  @Setup
  public void setUp() {
    map = (MapData) new UperCodec().decode(TestVectors.vector("map-02-4leg-geometry"));
    intersection = MapMessages.fromMapData(map).get(0);
    version =
        new IntersectionVersion(
            intersection, HdMapFixtures.fullInfo(), HdMapFixtures.fullDerived());
    snapshot = HdMapProto.toBytes(version);
  }

  @Benchmark
  public List<Intersection> fromMapData() {
    return MapMessages.fromMapData(map);
  }

  @Benchmark
  public MapData toMapData() {
    return MapMessages.toMapData(List.of(intersection), 0, OptionalInt.empty());
  }

  @Benchmark
  public String contentHash() {
    return MapContent.hash(intersection);
  }

  @Benchmark
  public byte[] toBytes() {
    return HdMapProto.toBytes(version);
  }

  @Benchmark
  public IntersectionVersion fromBytes() {
    return HdMapProto.fromBytes(snapshot);
  }
}
