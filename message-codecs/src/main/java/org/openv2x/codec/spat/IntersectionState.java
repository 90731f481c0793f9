package org.openv2x.codec.spat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.TimeConfidence;

/**
 * IntersectionState (SPATIntersectionState): the signal state of one intersection. Extensible;
 * unknown extension additions are skipped.
 *
 * @param intersectionId NodeReferenceID: the intersection (MAP node)
 * @param status IntersectionStatusObject, BIT STRING (SIZE(16)): general controller status, first
 *     wire bit (bit 0) most significant, so bit {@code n} is {@code 1 << (15 - n)}; see {@link
 *     IntersectionStatusObject} for the named bits
 * @param moyMinutes moy: MinuteOfTheYear, minute of the current UTC year, 0..527040 (527040 =
 *     invalid), OPTIONAL
 * @param timeStampMs timeStamp: DSecond, millisecond within the current UTC minute, 0..65535,
 *     OPTIONAL
 * @param timeConfidence timeConfidence: TimeConfidence of moy and timeStamp, OPTIONAL
 * @param phases PhaseList, 1..16 phases
 */
public record IntersectionState(
    NodeReferenceId intersectionId,
    int status,
    OptionalInt moyMinutes,
    OptionalInt timeStampMs,
    Optional<TimeConfidence> timeConfidence,
    List<Phase> phases) {

  /** Smallest and largest size of PhaseList. */
  public static final int PHASES_MIN = 1;

  public static final int PHASES_MAX = 16;

  public IntersectionState {
    Check.notNull(intersectionId, "intersectionId");
    Check.bits(status, IntersectionStatusObject.SIZE_BITS, "status");
    Check.range(moyMinutes, 0, Spat.MOY_MAX, "moy");
    Check.range(timeStampMs, 0, Spat.DSECOND_MAX, "timeStamp");
    Check.notNull(timeConfidence, "timeConfidence");
    phases = Check.size(phases, PHASES_MIN, PHASES_MAX, "phases");
  }

  /** Whether the named bit {@code bit} of {@link #status()} is set. */
  public boolean hasStatus(IntersectionStatusObject bit) {
    return bit.isSetIn(status);
  }
}
