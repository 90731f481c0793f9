package org.openv2x.codec.spat;

import java.util.Optional;
import org.openv2x.codec.common.Check;

/**
 * PhaseState (SPATIntersectionState): one light state of a phase with its timing; a phase lists its
 * current state and, optionally, future ones. Extensible; unknown extension additions are skipped.
 *
 * @param light LightState
 * @param timing TimeChangeDetails: start and end of this state, OPTIONAL
 */
public record PhaseState(LightState light, Optional<TimeChangeDetails> timing) {
  public PhaseState {
    Check.notNull(light, "light");
    Check.notNull(timing, "timing");
  }
}
