package org.openv2x.sim.rsu;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.spat.IntersectionState;
import org.openv2x.codec.spat.IntersectionStatusObject;
import org.openv2x.codec.spat.LightState;
import org.openv2x.codec.spat.Phase;
import org.openv2x.codec.spat.PhaseState;
import org.openv2x.codec.spat.Spat;
import org.openv2x.codec.spat.TimeCountingDown;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.signal.LightColor;
import org.openv2x.sim.signal.SignalController;
import org.openv2x.sim.signal.SignalController.GreenAssumption;
import org.openv2x.sim.signal.SignalController.Timing;
import org.openv2x.sim.signal.SignalPhase;

/**
 * Builds the SPAT of a signalised intersection from its {@link SignalController}: one Phase per
 * signal group, each with {@value #PHASE_STATES} phase states: the light showing now and the two
 * that follow it (green → yellow → red → green ...), each with a TimeCountingDown relative to now:
 *
 * <ul>
 *   <li>{@code startTime}: 0 for the light showing now, else when it starts;
 *   <li>{@code likelyEndTime}: when it ends. Fixed-time: the plan ({@link
 *       GreenAssumption#PLANNED}); actuated: the plan's green kept between the minimum and maximum;
 *   <li>{@code minEndTime}, {@code maxEndTime}: actuated: with every green at its minimum ({@link
 *       GreenAssumption#MINIMUM}) and maximum ({@link GreenAssumption#MAXIMUM}); fixed-time: equal
 *       to the likely end;
 *   <li>{@code timeConfidence}: 100 % fixed-time, {@value #ACTUATED_CONFIDENCE_0P5PCT} × 0.5 %
 *       actuated;
 *   <li>{@code nextStartTime}, {@code nextDuration}: when the same light comes next after this one,
 *       and how long it lasts then.
 * </ul>
 *
 * <p>The current light's end and the next green come from {@link SignalController#timing}; the
 * lights after that follow the plan's stages in order. Lights map to LightState as green →
 * protected-green, yellow → yellow (clearance), red → red (stop and remain). Status: fixed-time
 * operation or traffic-dependent (actuated) operation.
 */
public final class SpatFactory {
  /** Phase states per phase: the current light and the two after it. */
  public static final int PHASE_STATES = 3;

  static final int ACTUATED_CONFIDENCE_0P5PCT = 120;

  private static final int FIXED_CONFIDENCE_0P5PCT = 200;
  private static final int TIMELINE_INTERVALS = 2 * PHASE_STATES;
  private static final Optional<TimeConfidence> TIME_CONFIDENCE =
      Optional.of(TimeConfidence.TIME_000_010);
  private static final int FIXED_TIME_STATUS =
      IntersectionStatusObject.of(IntersectionStatusObject.FIXED_TIME_OPERATION);
  private static final int ACTUATED_STATUS =
      IntersectionStatusObject.of(IntersectionStatusObject.TRAFFIC_DEPENDENT_OPERATION);

  private final Timeline likely = new Timeline();
  private final Timeline minimum = new Timeline();
  private final Timeline maximum = new Timeline();

  /**
   * The SPAT of {@code intersection} now.
   *
   * @param signalGroups the phase ids to report, at most 16 ({@link Intersection#signalGroups()})
   */
  public Spat build(
      Intersection intersection,
      int[] signalGroups,
      SignalController controller,
      int msgCnt,
      long epochMs) {
    OptionalInt moy = OptionalInt.of(TimeFields.minuteOfTheYear(epochMs));
    OptionalInt timeStamp = OptionalInt.of(TimeFields.dSecondMs(epochMs));
    boolean actuated = controller.plan().actuated();
    List<Phase> phases = new ArrayList<>(signalGroups.length);
    for (int i = 0; i < signalGroups.length && i < IntersectionState.PHASES_MAX; i++) {
      phases.add(phase(controller, signalGroups[i], actuated));
    }
    IntersectionState state =
        new IntersectionState(
            MapFactory.nodeReference(intersection),
            actuated ? ACTUATED_STATUS : FIXED_TIME_STATUS,
            moy,
            timeStamp,
            TIME_CONFIDENCE,
            phases);
    return new Spat(msgCnt, moy, timeStamp, Optional.empty(), List.of(state));
  }

  private Phase phase(SignalController controller, int group, boolean actuated) {
    likely.build(controller, group, GreenAssumption.PLANNED);
    if (actuated) {
      minimum.build(controller, group, GreenAssumption.MINIMUM);
      maximum.build(controller, group, GreenAssumption.MAXIMUM);
    }
    List<PhaseState> states = new ArrayList<>(PHASE_STATES);
    for (int i = 0; i < PHASE_STATES; i++) {
      double startS = likely.startS[i];
      double endS = likely.endS[i];
      double minEndS = endS;
      double maxEndS = endS;
      if (actuated) {
        minEndS = minimum.endS[i];
        maxEndS = maximum.endS[i];
        endS = Math.max(minEndS, Math.min(maxEndS, endS));
        startS = i == 0 ? 0 : Math.max(minimum.startS[i], Math.min(maximum.startS[i], startS));
      }
      int next = i + PHASE_STATES;
      double nextStartS = likely.startS[next];
      double nextDurationS = likely.endS[next] - likely.startS[next];
      TimeCountingDown countdown =
          new TimeCountingDown(
              TimeFields.timeMark0p1S(startS),
              OptionalInt.of(TimeFields.timeMark0p1S(minEndS)),
              OptionalInt.of(TimeFields.timeMark0p1S(maxEndS)),
              TimeFields.timeMark0p1S(endS),
              OptionalInt.of(actuated ? ACTUATED_CONFIDENCE_0P5PCT : FIXED_CONFIDENCE_0P5PCT),
              OptionalInt.of(TimeFields.timeMark0p1S(nextStartS)),
              OptionalInt.of(TimeFields.timeMark0p1S(nextDurationS)));
      states.add(new PhaseState(lightState(likely.light[i]), Optional.of(countdown)));
    }
    return new Phase(group, states);
  }

  /** The LightState a signal shows for a light. */
  public static LightState lightState(LightColor light) {
    return switch (light) {
      case GREEN -> LightState.PROTECTED_GREEN;
      case YELLOW -> LightState.YELLOW;
      case RED -> LightState.RED;
    };
  }

  /**
   * The lights of one signal group from now on, under one assumption about green times: intervals
   * of green, yellow and red, each from {@code startS} to {@code endS} seconds from now.
   */
  private static final class Timeline {
    final LightColor[] light = new LightColor[TIMELINE_INTERVALS];
    final double[] startS = new double[TIMELINE_INTERVALS];
    final double[] endS = new double[TIMELINE_INTERVALS];
    int size;

    void build(SignalController controller, int group, GreenAssumption assumption) {
      size = 0;
      List<SignalPhase> stages = controller.plan().phases();
      Timing timing = controller.timing(group, assumption);
      double greenEndS;
      int greenStage;
      switch (timing.light()) {
        case GREEN -> {
          add(LightColor.GREEN, 0, timing.endS());
          greenEndS = timing.endS();
          greenStage = controller.stage();
        }
        case YELLOW -> {
          add(LightColor.YELLOW, 0, timing.endS());
          add(LightColor.RED, timing.endS(), timing.nextGreenStartS());
          add(LightColor.GREEN, timing.nextGreenStartS(), timing.nextGreenEndS());
          greenEndS = timing.nextGreenEndS();
          greenStage = nextStageOf(stages, group, controller.stage() + 1);
        }
        default -> {
          add(LightColor.RED, 0, timing.endS());
          add(LightColor.GREEN, timing.nextGreenStartS(), timing.nextGreenEndS());
          greenEndS = timing.nextGreenEndS();
          greenStage = nextStageOf(stages, group, controller.stage() + 1);
        }
      }
      while (size < TIMELINE_INTERVALS) {
        SignalPhase stage = stages.get(greenStage);
        double yellowEndS = greenEndS + stage.yellowS();
        add(LightColor.YELLOW, greenEndS, yellowEndS);
        int nextStage = nextStageOf(stages, group, greenStage + 1);
        double redEndS = yellowEndS + stage.allRedS();
        for (int s = (greenStage + 1) % stages.size();
            s != nextStage;
            s = (s + 1) % stages.size()) {
          SignalPhase other = stages.get(s);
          redEndS += assumption.greenS(other, 0, false) + other.yellowS() + other.allRedS();
        }
        add(LightColor.RED, yellowEndS, redEndS);
        greenEndS = redEndS + assumption.greenS(stages.get(nextStage), 0, false);
        add(LightColor.GREEN, redEndS, greenEndS);
        greenStage = nextStage;
      }
    }

    private void add(LightColor color, double start, double end) {
      if (size < TIMELINE_INTERVALS) {
        light[size] = color;
        startS[size] = start;
        endS[size] = end;
        size++;
      }
    }

    /** The first stage from {@code fromStage} on (wrapping) that gives {@code group} green. */
    private static int nextStageOf(List<SignalPhase> stages, int group, int fromStage) {
      for (int i = 0; i < stages.size(); i++) {
        int stage = (fromStage + i) % stages.size();
        if (stages.get(stage).controls(group)) {
          return stage;
        }
      }
      throw new IllegalStateException(
          "no stage of the plan gives signal group " + group + " green");
    }
  }
}
