package org.openv2x.hdmap.derive;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openv2x.hdmap.DerivedGeometry;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.MapProblem;
import org.openv2x.hdmap.validate.MapValidator;

/**
 * Single-thread time to validate and to derive the 4-leg intersection of the tests ({@link
 * FourLegs}: 16 lanes, 16 connections, 44 conflicts): the work of storing one map version.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class MapDerivationBenchmark {
  private final Intersection fourLegs = FourLegs.intersection();

  @Benchmark
  public DerivedGeometry derive() {
    return MapDerivation.derive(fourLegs, RemoteLanes.NONE);
  }

  @Benchmark
  public List<MapProblem> validate() {
    return MapValidator.validate(fourLegs);
  }
}
