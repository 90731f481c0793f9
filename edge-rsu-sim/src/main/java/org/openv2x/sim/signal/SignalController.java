package org.openv2x.sim.signal;

import java.util.List;

/**
 * Runs the {@link SignalPlan} of one intersection: stages in order, each green, yellow, then all
 * red. Fixed-time controllers keep the plan's durations from the offset; actuated controllers end a
 * green between its minimum and maximum as soon as no vehicle is waiting for it ({@link Demand}).
 * Not thread-safe: the simulation thread steps it.
 */
public final class SignalController {
  /** Whether vehicles are waiting for or approaching a signal group. */
  @FunctionalInterface
  public interface Demand {
    boolean waiting(int signalGroup);
  }

  private enum Interval {
    GREEN,
    YELLOW,
    ALL_RED
  }

  private final SignalPlan plan;
  private final List<SignalPhase> phases;
  private int stage;
  private Interval interval = Interval.GREEN;

  /** Time in the current interval, in whole milliseconds so that steps add up exactly. */
  private long elapsedMs;

  private long cycle;

  /**
   * A controller whose cycle time 0 was {@code cycleTimeS} seconds ago: the plan's offset places
   * the start of its first stage at {@code offsetS} into every cycle.
   */
  public SignalController(SignalPlan plan, double cycleTimeS) {
    this.plan = plan;
    this.phases = plan.phases();
    double cycleS = plan.cycleS();
    double position = ((cycleTimeS - plan.offsetS()) % cycleS + cycleS) % cycleS;
    this.cycle = (long) Math.floor((cycleTimeS - plan.offsetS()) / cycleS);
    stage = 0;
    while (position >= phases.get(stage).durationS()) {
      position -= phases.get(stage).durationS();
      stage++;
    }
    SignalPhase phase = phases.get(stage);
    if (position < phase.greenS()) {
      interval = Interval.GREEN;
      elapsedMs = ms(position);
    } else if (position < phase.greenS() + phase.yellowS()) {
      interval = Interval.YELLOW;
      elapsedMs = ms(position - phase.greenS());
    } else {
      interval = Interval.ALL_RED;
      elapsedMs = ms(position - phase.greenS() - phase.yellowS());
    }
  }

  public SignalPlan plan() {
    return plan;
  }

  /** The index of the running stage in the plan. */
  public int stage() {
    return stage;
  }

  /** Cycles begun since cycle time 0 (a cycle begins with the first stage's green). */
  public long cycle() {
    return cycle;
  }

  /** Advances the controller by {@code dtS}; {@code demand} is asked only in actuated mode. */
  public void step(double dtS, Demand demand) {
    elapsedMs += ms(dtS);
    for (int guard = 0; guard < 3 * phases.size() + 3; guard++) {
      SignalPhase phase = phases.get(stage);
      long limitMs =
          switch (interval) {
            case GREEN -> greenLimitMs(phase, demand);
            case YELLOW -> ms(phase.yellowS());
            case ALL_RED -> ms(phase.allRedS());
          };
      if (elapsedMs < limitMs) {
        return;
      }
      elapsedMs -= limitMs;
      switch (interval) {
        case GREEN -> interval = Interval.YELLOW;
        case YELLOW -> interval = Interval.ALL_RED;
        case ALL_RED -> {
          stage = (stage + 1) % phases.size();
          if (stage == 0) {
            cycle++;
          }
          interval = Interval.GREEN;
        }
      }
    }
  }

  private static long ms(double seconds) {
    return Math.round(seconds * 1000);
  }

  private long greenLimitMs(SignalPhase phase, Demand demand) {
    if (!plan.actuated()) {
      return ms(phase.greenS());
    }
    long minMs = ms(phase.minGreenS());
    long maxMs = ms(phase.maxGreenS());
    if (elapsedMs < minMs) {
      return minMs;
    }
    if (elapsedMs >= maxMs) {
      return maxMs;
    }
    for (int group : phase.signalGroups()) {
      if (demand.waiting(group)) {
        return maxMs;
      }
    }
    return elapsedMs;
  }

  /** What {@code signalGroup} shows now. */
  public LightColor light(int signalGroup) {
    if (signalGroup == 0) {
      return LightColor.GREEN;
    }
    if (!phases.get(stage).controls(signalGroup)) {
      return LightColor.RED;
    }
    return switch (interval) {
      case GREEN -> LightColor.GREEN;
      case YELLOW -> LightColor.YELLOW;
      case ALL_RED -> LightColor.RED;
    };
  }

  /** Seconds spent in the current interval (green, yellow or all red) of the running stage. */
  public double intervalElapsedS() {
    return elapsedMs / 1000.0;
  }

  /**
   * When the current light of {@code signalGroup} ends and when its next green starts and ends, in
   * seconds from now, assuming each green lasts {@code greenOf} (fixed-time: the plan's; for
   * actuated controllers the caller asks with the minimum and the maximum).
   */
  public Timing timing(int signalGroup, GreenAssumption greenOf) {
    LightColor light = light(signalGroup);
    SignalPhase phase = phases.get(stage);
    double elapsedS = elapsedMs / 1000.0;
    double remainingInInterval =
        switch (interval) {
          case GREEN -> Math.max(0, greenOf.greenS(phase, elapsedS, true) - elapsedS);
          case YELLOW -> phase.yellowS() - elapsedS;
          case ALL_RED -> phase.allRedS() - elapsedS;
        };
    remainingInInterval = Math.max(0, remainingInInterval);
    if (light == LightColor.GREEN) {
      double end = remainingInInterval;
      return new Timing(light, end, 0, end);
    }
    if (light == LightColor.YELLOW) {
      double end = remainingInInterval;
      double toNextGreen = end + phase.allRedS() + untilStageOf(signalGroup, stage + 1, greenOf);
      return new Timing(light, end, toNextGreen, toNextGreen + nextGreen(signalGroup, greenOf));
    }
    // Red: until the next stage that gives this group green.
    double t = remainingInInterval;
    if (interval == Interval.GREEN) {
      t += phase.yellowS() + phase.allRedS();
    } else if (interval == Interval.YELLOW) {
      t += phase.allRedS();
    }
    double toNextGreen = t + untilStageOf(signalGroup, stage + 1, greenOf);
    return new Timing(
        light, toNextGreen, toNextGreen, toNextGreen + nextGreen(signalGroup, greenOf));
  }

  private double untilStageOf(int signalGroup, int fromStage, GreenAssumption greenOf) {
    double t = 0;
    for (int i = 0; i < phases.size(); i++) {
      SignalPhase phase = phases.get((fromStage + i) % phases.size());
      if (phase.controls(signalGroup)) {
        return t;
      }
      t += greenOf.greenS(phase, 0, false) + phase.yellowS() + phase.allRedS();
    }
    return t;
  }

  private double nextGreen(int signalGroup, GreenAssumption greenOf) {
    for (int i = 1; i <= phases.size(); i++) {
      SignalPhase phase = phases.get((stage + i) % phases.size());
      if (phase.controls(signalGroup)) {
        return greenOf.greenS(phase, 0, false);
      }
    }
    return 0;
  }

  /** How long a green lasts, for {@link #timing}. */
  @FunctionalInterface
  public interface GreenAssumption {
    /**
     * @param elapsedS seconds of this green already shown (0 for a future green)
     * @param running whether it is the green running now
     */
    double greenS(SignalPhase phase, double elapsedS, boolean running);

    /** The plan's green (fixed-time), or for actuated controllers the green shown so far. */
    GreenAssumption PLANNED = (phase, elapsed, running) -> phase.greenS();

    GreenAssumption MINIMUM =
        (phase, elapsed, running) ->
            running ? Math.max(elapsed, phase.minGreenS()) : phase.minGreenS();

    GreenAssumption MAXIMUM = (phase, elapsed, running) -> phase.maxGreenS();
  }

  /** The answer of {@link #timing}: seconds from now. */
  public record Timing(
      LightColor light, double endS, double nextGreenStartS, double nextGreenEndS) {}
}
