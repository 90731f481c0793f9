package org.openv2x.sim.traffic;

/**
 * The Intelligent Driver Model (Treiber, Hennecke and Helbing, 2000): the acceleration of a driver
 * who wants speed {@code v0}, keeps a time headway {@code T} and a jam gap {@code s0}, accelerates
 * at most at {@code a} and brakes comfortably at {@code b}.
 */
public final class Idm {
  /** The hardest braking a vehicle can do. */
  public static final double MAX_DECELERATION_MPS2 = 9.0;

  private static final double MIN_GAP_M = 0.01;

  private Idm() {}

  /** Acceleration on a free road. */
  public static double free(VehicleClass type, double speedMps, double desiredSpeedMps) {
    if (desiredSpeedMps <= 0) {
      return speedMps > 0 ? -type.comfortableDecelerationMps2() : 0;
    }
    double ratio = speedMps / desiredSpeedMps;
    double ratio2 = ratio * ratio;
    double acceleration = type.maxAccelerationMps2() * (1 - ratio2 * ratio2);
    return Math.max(-type.comfortableDecelerationMps2(), acceleration);
  }

  /**
   * Acceleration behind a leader {@code gapM} ahead (bumper to bumper) that drives {@code
   * approachMps} slower than this vehicle (negative when it is faster).
   */
  public static double following(
      VehicleClass type, double speedMps, double desiredSpeedMps, double gapM, double approachMps) {
    double a = type.maxAccelerationMps2();
    double b = type.comfortableDecelerationMps2();
    double desiredGap =
        type.jamGapM()
            + Math.max(
                0,
                speedMps * type.timeHeadwayS() + speedMps * approachMps / (2 * Math.sqrt(a * b)));
    double gap = Math.max(MIN_GAP_M, gapM);
    double interaction = desiredGap / gap;
    double freeTerm;
    if (desiredSpeedMps <= 0) {
      freeTerm = 1;
    } else {
      double ratio = speedMps / desiredSpeedMps;
      double ratio2 = ratio * ratio;
      freeTerm = ratio2 * ratio2;
    }
    double acceleration = a * (1 - freeTerm - interaction * interaction);
    return Math.max(-MAX_DECELERATION_MPS2, acceleration);
  }
}
