package org.openv2x.codec.spat;

import java.util.List;
import org.openv2x.codec.common.Check;

/**
 * Phase (SPATIntersectionState): the states of one signal phase. Not extensible.
 *
 * @param id PhaseID, 0..255 (0 = unknown, 255 = permanent green); maps to the MAP's lanes and
 *     movements
 * @param phaseStates PhaseStateList, 1..16 states: the current one and possibly future ones
 */
public record Phase(int id, List<PhaseState> phaseStates) {
  /** PhaseID value for an unknown phase. */
  public static final int ID_UNKNOWN = 0;

  /** PhaseID value reserved for a permanent green movement state. */
  public static final int ID_PERMANENT_GREEN = 255;

  /** Smallest and largest size of PhaseStateList. */
  public static final int PHASE_STATES_MIN = 1;

  public static final int PHASE_STATES_MAX = 16;

  public Phase {
    Check.range(id, 0, 255, "id");
    phaseStates = Check.size(phaseStates, PHASE_STATES_MIN, PHASE_STATES_MAX, "phaseStates");
  }
}
