package org.openv2x.codec.spat;

import static org.openv2x.codec.common.CommonRandom.between;
import static org.openv2x.codec.common.CommonRandom.maybe;
import static org.openv2x.codec.spat.TimeChangeDetails.CONFIDENCE_MAX;
import static org.openv2x.codec.spat.TimeChangeDetails.TIME_MARK_MAX;

import java.util.OptionalInt;
import java.util.Random;
import org.openv2x.codec.common.CommonRandom;
import org.openv2x.codec.common.TimeConfidence;

/**
 * Random valid values of the Spat family, for property tests. Every OPTIONAL member is present or
 * absent, both TimeChangeDetails alternatives occur, and each list sometimes takes its whole range
 * (with the lists inside it kept short, so one message stays small).
 */
public final class SpatRandom {
  private SpatRandom() {}

  public static Spat spat(Random random) {
    boolean wide = random.nextInt(8) == 0;
    int innerCap = wide ? 1 : 3;
    return new Spat(
        between(random, 0, 127),
        maybe(random, 0, Spat.MOY_MAX),
        maybe(random, 0, Spat.DSECOND_MAX),
        maybe(random, r -> CommonRandom.ia5(r, Spat.NAME_MIN, Spat.NAME_MAX, Spat.NAME_MAX)),
        CommonRandom.list(
            random,
            Spat.INTERSECTIONS_MIN,
            Spat.INTERSECTIONS_MAX,
            wide ? Spat.INTERSECTIONS_MAX : 2,
            r -> intersectionState(r, innerCap)));
  }

  /**
   * An IntersectionState whose phase list holds at most {@code cap} phases, except now and then.
   */
  public static IntersectionState intersectionState(Random random, int cap) {
    boolean wide = random.nextInt(8) == 0;
    return new IntersectionState(
        CommonRandom.nodeReferenceId(random),
        CommonRandom.bits(random, IntersectionStatusObject.SIZE_BITS),
        maybe(random, 0, Spat.MOY_MAX),
        maybe(random, 0, Spat.DSECOND_MAX),
        maybe(random, r -> CommonRandom.oneOf(r, TimeConfidence.values())),
        CommonRandom.list(
            random,
            IntersectionState.PHASES_MIN,
            IntersectionState.PHASES_MAX,
            wide ? IntersectionState.PHASES_MAX : cap,
            r -> phase(r, wide ? 1 : cap)));
  }

  public static Phase phase(Random random, int cap) {
    boolean wide = random.nextInt(8) == 0;
    return new Phase(
        between(random, 0, 255),
        CommonRandom.list(
            random,
            Phase.PHASE_STATES_MIN,
            Phase.PHASE_STATES_MAX,
            wide ? Phase.PHASE_STATES_MAX : cap,
            SpatRandom::phaseState));
  }

  public static PhaseState phaseState(Random random) {
    return new PhaseState(
        CommonRandom.oneOf(random, LightState.values()),
        maybe(random, SpatRandom::timeChangeDetails));
  }

  public static TimeChangeDetails timeChangeDetails(Random random) {
    return random.nextBoolean() ? timeCountingDown(random) : utcTiming(random);
  }

  public static TimeCountingDown timeCountingDown(Random random) {
    return new TimeCountingDown(
        timeMark(random),
        maybeTimeMark(random),
        maybeTimeMark(random),
        timeMark(random),
        maybe(random, 0, CONFIDENCE_MAX),
        maybeTimeMark(random),
        maybeTimeMark(random));
  }

  public static UtcTiming utcTiming(Random random) {
    return new UtcTiming(
        timeMark(random),
        maybeTimeMark(random),
        maybeTimeMark(random),
        timeMark(random),
        maybe(random, 0, CONFIDENCE_MAX),
        maybeTimeMark(random),
        maybeTimeMark(random));
  }

  private static int timeMark(Random random) {
    return between(random, 0, TIME_MARK_MAX);
  }

  private static OptionalInt maybeTimeMark(Random random) {
    return maybe(random, 0, TIME_MARK_MAX);
  }
}
