package org.openv2x.hdmap.derive;

import java.util.List;
import java.util.Set;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.Maneuver;

/**
 * Paths of connections whose target lane is not known, estimated from the manoeuvre and the size of
 * the box: straight on for the box size; a quarter turn left of radius half the box size (in China
 * left turns cross the box); a quarter turn right of radius a quarter of the box size; a half turn
 * left (U-turn) of radius the lane's width. The box size is twice the largest distance of an
 * ingress stop line from the reference point, at least {@value #MIN_BOX_SIZE_M} m.
 *
 * <p>The manoeuvre is the first of STRAIGHT, LEFT (or LEFT_TURN_ON_RED), RIGHT (or
 * RIGHT_TURN_ON_RED), U_TURN the connection allows; none of them: straight on.
 */
final class EstimatedPaths {
  static final double MIN_BOX_SIZE_M = 10;

  private final double boxSizeM;

  /**
   * @param farthestStopLineM the largest distance of an ingress stop line from the reference point
   */
  EstimatedPaths(double farthestStopLineM) {
    this.boxSizeM = Math.max(MIN_BOX_SIZE_M, 2 * farthestStopLineM);
  }

  /** The path from the stop line {@code start}, leaving in {@code direction} (unit). */
  List<Xy> path(Xy start, Xy direction, double laneWidthM, LaneConnection connection) {
    Set<Maneuver> maneuvers = connection.maneuvers();
    if (maneuvers.contains(Maneuver.STRAIGHT)) {
      return ConnectionPaths.straight(start, direction, boxSizeM);
    }
    if (maneuvers.contains(Maneuver.LEFT) || maneuvers.contains(Maneuver.LEFT_TURN_ON_RED)) {
      return ConnectionPaths.arc(start, direction, boxSizeM / 2, Math.PI / 2);
    }
    if (maneuvers.contains(Maneuver.RIGHT) || maneuvers.contains(Maneuver.RIGHT_TURN_ON_RED)) {
      return ConnectionPaths.arc(start, direction, boxSizeM / 4, -Math.PI / 2);
    }
    if (maneuvers.contains(Maneuver.U_TURN)) {
      return ConnectionPaths.arc(start, direction, laneWidthM, Math.PI);
    }
    return ConnectionPaths.straight(start, direction, boxSizeM);
  }
}
