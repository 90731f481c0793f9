package org.openv2x.sim.signal;

import java.util.List;

/**
 * The plan of a signalised intersection: stages in order, the offset of the first stage's start
 * against the network's common cycle time 0, and fixed-time or actuated operation.
 */
public record SignalPlan(List<SignalPhase> phases, double offsetS, boolean actuated) {
  public SignalPlan {
    if (phases.isEmpty()) {
      throw new IllegalArgumentException("a signal plan needs at least one phase");
    }
    phases = List.copyOf(phases);
    if (!(offsetS >= 0) || Double.isInfinite(offsetS)) {
      throw new IllegalArgumentException("offsetS must be 0 or more seconds, is " + offsetS);
    }
  }

  /** The fixed-time cycle length. */
  public double cycleS() {
    double cycle = 0;
    for (SignalPhase phase : phases) {
      cycle += phase.durationS();
    }
    return cycle;
  }
}
