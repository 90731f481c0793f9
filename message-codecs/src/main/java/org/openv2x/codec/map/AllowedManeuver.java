package org.openv2x.codec.map;

import java.util.EnumSet;
import org.openv2x.codec.common.NamedBit;

/**
 * The named bits of AllowedManeuvers (MapLane), a BIT STRING (SIZE(12)) that the model holds in the
 * low 12 bits of an {@code int}, first wire bit (bit 0) most significant. A maneuver whose bit is
 * not set is prohibited; all zeros means unknown.
 */
public enum AllowedManeuver implements NamedBit {
  MANEUVER_STRAIGHT_ALLOWED("maneuverStraightAllowed"),
  MANEUVER_LEFT_ALLOWED("maneuverLeftAllowed"),
  MANEUVER_RIGHT_ALLOWED("maneuverRightAllowed"),
  MANEUVER_U_TURN_ALLOWED("maneuverUTurnAllowed"),
  /** Stop, then proceed when safe. */
  MANEUVER_LEFT_TURN_ON_RED_ALLOWED("maneuverLeftTurnOnRedAllowed"),
  /** Stop, then proceed when safe. */
  MANEUVER_RIGHT_TURN_ON_RED_ALLOWED("maneuverRightTurnOnRedAllowed"),
  /** A change to an outer lane on the egress side is allowed. */
  MANEUVER_LANE_CHANGE_ALLOWED("maneuverLaneChangeAllowed"),
  /** Do not stop at the stop line (for example a flashing green arrow). */
  MANEUVER_NO_STOPPING_ALLOWED("maneuverNoStoppingAllowed"),
  /** The allowed movements are not protected (the standard spells it "Allways"). */
  YIELD_ALLWAYS_REQUIRED("yieldAllwaysRequired"),
  /** Proceed after a full stop. */
  GO_WITH_HALT("goWithHalt"),
  /** Proceed past the stop line with caution. */
  CAUTION("caution"),
  /** Reserved, aligns to 12 bits. */
  RESERVED1("reserved1");

  /** The fixed size of AllowedManeuvers in bits. */
  public static final int SIZE_BITS = 12;

  private final String asnName;

  AllowedManeuver(String asnName) {
    this.asnName = asnName;
  }

  /** The ASN.1 identifier of the named bit. */
  public String asnName() {
    return asnName;
  }

  @Override
  public int bit() {
    return ordinal();
  }

  @Override
  public int sizeBits() {
    return SIZE_BITS;
  }

  /** A value with exactly {@code bits} set. */
  public static int of(AllowedManeuver... bits) {
    return NamedBit.bitsOf(bits);
  }

  /** The named bits set in {@code value}, in bit order. */
  public static EnumSet<AllowedManeuver> setIn(int value) {
    return NamedBit.setIn(value, AllowedManeuver.class);
  }
}
