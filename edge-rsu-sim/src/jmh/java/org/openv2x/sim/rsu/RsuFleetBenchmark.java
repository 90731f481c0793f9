package org.openv2x.sim.rsu;

import java.util.concurrent.TimeUnit;
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
import org.openv2x.codec.MessageType;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.event.EventSource;
import org.openv2x.sim.geo.GeoFrame;
import org.openv2x.sim.network.GridNetwork;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.sensor.SensorSource;
import org.openv2x.sim.traffic.TrafficConfig;

/**
 * One simulation step (0.1 s) of a large grid, alone and with the RSUs' production (every BSM,
 * SPAT, MAP built and encoded, handed to a sink that only counts): the cost per step, which must
 * stay under 100 ms on one core for real time. The simulation warms up for a simulated minute
 * first, so the traffic flows; each invocation advances it one step.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class RsuFleetBenchmark {
  @Param({"10x10"})
  public String grid;

  @Param({"20000"})
  public int vehicles;

  @Param({"0.7"})
  public double connectedShare;

  private Simulation simulation;
  private RsuFleet fleet;
  private CountingSink sink;

  /** Counts frames and bytes, keeps nothing. */
  static final class CountingSink implements FrameSink {
    private final FrameCounters counters = new FrameCounters();
    long frames;
    long bytes;
    long steps;

    @Override
    public void frame(Rsu rsu, MessageType type, byte[] uper, long epochMs) {
      frames++;
      bytes += uper.length;
    }

    @Override
    public void endOfStep(long epochMs) {
      steps++;
    }

    @Override
    public FrameStatistics statistics() {
      return counters.snapshot();
    }
  }

  @Setup(Level.Trial)
  public void setUp() {
    simulation =
        new Simulation(
            GridNetwork.build(GridSpec.parse(grid), new GeoFrame(31.2304, 121.4737, 4)),
            TrafficConfig.of(vehicles).withConnectedShare(connectedShare),
            1,
            1_700_000_000_000L);
    sink = new CountingSink();
    fleet =
        new RsuFleet(
            simulation, RsuFleetConfig.defaults(), EventSource.NONE, SensorSource.NONE, sink);
    for (int i = 0; i < 600; i++) {
      simulation.step();
    }
  }

  @TearDown(Level.Trial)
  public void report() {
    FrameStatistics statistics = fleet.statistics();
    System.out.printf(
        "%n%d vehicles in the network; per step with RSUs: %.0f frames, %.0f bytes, %.0f BSMs"
            + " encoded%n",
        simulation.traffic().vehicleCount(),
        sink.steps == 0 ? 0.0 : (double) sink.frames / sink.steps,
        sink.steps == 0 ? 0.0 : (double) sink.bytes / sink.steps,
        sink.steps == 0 ? 0.0 : (double) statistics.bsmsEncoded() / sink.steps);
  }

  /** The world alone: signals and traffic. */
  @Benchmark
  public long simulationStep() {
    simulation.step();
    return simulation.steps();
  }

  /** The world and everything its RSUs send in that step. */
  @Benchmark
  public long simulationStepWithRsus() {
    simulation.step();
    fleet.afterStep(simulation);
    return sink.bytes;
  }
}
