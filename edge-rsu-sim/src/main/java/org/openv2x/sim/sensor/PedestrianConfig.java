package org.openv2x.sim.sensor;

/**
 * How people use the crosswalks of signalised intersections.
 *
 * @param meanArrivalIntervalS mean time between two people arriving at one crosswalk (arrivals are
 *     a Poisson process); {@code Double.POSITIVE_INFINITY}: nobody arrives on their own (only
 *     events send people)
 * @param cyclistShare the share of crossers who ride a bicycle, 0..1
 * @param minWalkSpeedMps slowest walking speed
 * @param maxWalkSpeedMps fastest walking speed
 * @param minCycleSpeedMps slowest cycling speed
 * @param maxCycleSpeedMps fastest cycling speed
 */
public record PedestrianConfig(
    double meanArrivalIntervalS,
    double cyclistShare,
    double minWalkSpeedMps,
    double maxWalkSpeedMps,
    double minCycleSpeedMps,
    double maxCycleSpeedMps) {
  /**
   * One arrival every 30 s per crosswalk, a quarter cyclists, 1.1–1.6 m/s walking, 3.5–5 m/s
   * cycling.
   */
  public static final PedestrianConfig DEFAULT = new PedestrianConfig(30, 0.25, 1.1, 1.6, 3.5, 5.0);

  public PedestrianConfig {
    if (!(meanArrivalIntervalS > 0)) {
      throw new IllegalArgumentException(
          "mean arrival interval must be above 0 s, is " + meanArrivalIntervalS);
    }
    if (!(cyclistShare >= 0 && cyclistShare <= 1)) {
      throw new IllegalArgumentException("cyclist share must be 0..1, is " + cyclistShare);
    }
    speedRange(minWalkSpeedMps, maxWalkSpeedMps, "walking");
    speedRange(minCycleSpeedMps, maxCycleSpeedMps, "cycling");
  }

  /** The defaults with another mean arrival interval per crosswalk. */
  public PedestrianConfig withMeanArrivalIntervalS(double intervalS) {
    return new PedestrianConfig(
        intervalS,
        cyclistShare,
        minWalkSpeedMps,
        maxWalkSpeedMps,
        minCycleSpeedMps,
        maxCycleSpeedMps);
  }

  /** Nobody arrives on their own; events may still send people across. */
  public static PedestrianConfig noArrivals() {
    return DEFAULT.withMeanArrivalIntervalS(Double.POSITIVE_INFINITY);
  }

  private static void speedRange(double min, double max, String what) {
    if (!(min > 0 && max >= min && max < 15)) {
      throw new IllegalArgumentException(
          what + " speeds must satisfy 0 < min <= max < 15 m/s, are " + min + " and " + max);
    }
  }
}
