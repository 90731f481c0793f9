package org.openv2x.sim.network;

/** A movement a lane allows at its intersection; the bit numbers are those of AllowedManeuvers. */
public enum Maneuver {
  STRAIGHT(0),
  LEFT(1),
  RIGHT(2),
  U_TURN(3);

  private final int allowedManeuversBit;

  Maneuver(int allowedManeuversBit) {
    this.allowedManeuversBit = allowedManeuversBit;
  }

  /** The bit number of this movement in the AllowedManeuvers BIT STRING (0 = the first bit). */
  public int allowedManeuversBit() {
    return allowedManeuversBit;
  }

  /**
   * The name used in scenario files: {@code straight}, {@code left}, {@code right}, {@code uturn}.
   */
  public String scenarioName() {
    return this == U_TURN ? "uturn" : name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Maneuver fromScenarioName(String name) {
    for (Maneuver maneuver : values()) {
      if (maneuver.scenarioName().equals(name)) {
        return maneuver;
      }
    }
    throw new IllegalArgumentException(
        "unknown maneuver '" + name + "', expected one of straight, left, right, uturn");
  }
}
