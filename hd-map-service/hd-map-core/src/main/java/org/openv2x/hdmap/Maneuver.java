package org.openv2x.hdmap;

import java.util.EnumSet;
import java.util.Set;
import org.openv2x.codec.map.AllowedManeuver;

/** A manoeuvre a lane or connection allows: the standard's AllowedManeuvers bits, in bit order. */
public enum Maneuver {
  STRAIGHT,
  LEFT,
  RIGHT,
  U_TURN,
  LEFT_TURN_ON_RED,
  RIGHT_TURN_ON_RED,
  LANE_CHANGE,
  NO_STOPPING,
  YIELD_ALWAYS,
  GO_WITH_HALT,
  CAUTION;

  /**
   * The manoeuvres set in an AllowedManeuvers value as the codec holds it (12 bits, bit 0 most
   * significant); the reserved bit is ignored.
   */
  public static Set<Maneuver> fromBits(int allowedManeuvers) {
    EnumSet<Maneuver> set = EnumSet.noneOf(Maneuver.class);
    for (Maneuver maneuver : values()) {
      if ((allowedManeuvers & (1 << (AllowedManeuver.SIZE_BITS - 1 - maneuver.ordinal()))) != 0) {
        set.add(maneuver);
      }
    }
    return set;
  }

  /** The AllowedManeuvers value (12 bits, bit 0 most significant) of these manoeuvres. */
  public static int toBits(Set<Maneuver> maneuvers) {
    int bits = 0;
    for (Maneuver maneuver : maneuvers) {
      bits |= 1 << (AllowedManeuver.SIZE_BITS - 1 - maneuver.ordinal());
    }
    return bits;
  }
}
