package org.openv2x.codec.map;

import java.util.OptionalInt;
import org.openv2x.codec.common.Check;

/**
 * ConnectingLane (MapLane): a lane of the downstream link and the maneuver that leads to it. Not
 * extensible.
 *
 * @param lane LaneID of the downstream lane, 0..255 (0 = unknown, 255 reserved)
 * @param maneuver AllowedManeuvers, BIT STRING (SIZE(12)) held in the low 12 bits, first wire bit
 *     (bit 0, {@link AllowedManeuver#MANEUVER_STRAIGHT_ALLOWED}) most significant, OPTIONAL
 */
public record ConnectingLane(int lane, OptionalInt maneuver) {
  public ConnectingLane {
    Check.range(lane, 0, 255, "lane");
    Check.bits(maneuver, AllowedManeuver.SIZE_BITS, "maneuver");
  }
}
