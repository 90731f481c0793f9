package org.openv2x.hdmap.geojson;

import java.util.ArrayList;
import java.util.List;
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
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.derive.MapDerivation;
import org.openv2x.hdmap.derive.RemoteLanes;

/**
 * Import and export of a map of {@code intersections} copies of the test's rich intersection (3
 * approaches, 5 lanes, 3 connections; export with MapDerivation's geometry): reading the content
 * document, writing it, writing the full export.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class GeoJsonMapsBenchmark {
  @Param({"1", "1000"})
  public int intersections;

  private List<Intersection> content;
  private List<IntersectionVersion> versions;
  private byte[] contentJson;

  @Setup
  public void build() {
    Intersection rich = GeoJsonSamples.rich();
    IntersectionVersion template = GeoJsonSamples.richVersion();
    content = new ArrayList<>();
    versions = new ArrayList<>();
    for (int i = 0; i < intersections; i++) {
      Intersection copy =
          new Intersection(
              IntersectionId.of(2, i),
              rich.name(),
              rich.refPoint(),
              rich.elevationM(),
              rich.approaches());
      content.add(copy);
      versions.add(
          new IntersectionVersion(
              copy, template.info(), MapDerivation.derive(copy, RemoteLanes.NONE)));
    }
    contentJson = GeoJsonMaps.writeContent(content);
  }

  @Benchmark
  public List<Intersection> read() {
    return GeoJsonMaps.read(contentJson, "benchmark");
  }

  @Benchmark
  public byte[] writeContent() {
    return GeoJsonMaps.writeContent(content);
  }

  @Benchmark
  public byte[] writeExport() {
    return GeoJsonMaps.write(versions);
  }
}
