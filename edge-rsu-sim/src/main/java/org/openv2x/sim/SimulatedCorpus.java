package org.openv2x.sim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.openv2x.sim.event.EventPlan;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.rsu.CollectingFrameSink;
import org.openv2x.sim.sensor.PedestrianConfig;
import org.openv2x.sim.traffic.TrafficConfig;

/**
 * The frames of a short simulation, as fast as it runs: the realistic traffic that blast mode
 * replays (every message type in the proportions a deployment produces them).
 */
public final class SimulatedCorpus {
  private SimulatedCorpus() {}

  /**
   * The UPER frames the RSUs of a {@code grid} with {@code vehicles} send over {@code seconds} of
   * simulated time (at most {@code maxFrames}), with road works and a stalled vehicle from the
   * start and random events every 10 s, so that RSI is among them.
   */
  public static List<byte[]> frames(
      GridSpec grid, int vehicles, double seconds, long seed, int maxFrames) throws IOException {
    Simulator.Config config =
        new Simulator.Config(
            grid,
            null,
            31.2304,
            121.4737,
            TrafficConfig.of(vehicles),
            seed,
            1_767_600_000_000L,
            null,
            null,
            EventPlan.parse(
                "at 1s road_works for 1h; at 2s stalled_vehicle for 1h; random every 10s"),
            PedestrianConfig.DEFAULT.withMeanArrivalIntervalS(10),
            300,
            100,
            false);
    CollectingFrameSink sink = new CollectingFrameSink();
    List<byte[]> frames = new ArrayList<>();
    try (Simulator simulator = Simulator.start(config, rsus -> sink)) {
      long steps = Math.round(seconds / Simulation.STEP_S);
      for (long step = 0; step < steps && frames.size() < maxFrames; step++) {
        simulator.simulation().step();
        for (CollectingFrameSink.CollectedFrame frame : sink.frames()) {
          if (frames.size() < maxFrames) {
            frames.add(frame.uper());
          }
        }
        sink.clear();
      }
    }
    return frames;
  }
}
