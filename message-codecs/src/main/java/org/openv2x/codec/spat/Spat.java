package org.openv2x.codec.spat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.common.Check;

/**
 * SPAT (SignalPhaseAndTiming): signal phase and timing of one or more intersections. Extensible;
 * unknown extension additions are skipped.
 *
 * @param msgCnt MsgCount, 0..127, wrapping from 127 to 0
 * @param moyMinutes moy: MinuteOfTheYear, minute of the current UTC year, 0..527040 (527040 =
 *     invalid), OPTIONAL
 * @param timeStampMs timeStamp: DSecond, millisecond within the current UTC minute when the message
 *     was formed, 0..65535, OPTIONAL
 * @param name DescriptiveName, IA5String (SIZE(1..63)), for debugging only, OPTIONAL
 * @param intersections IntersectionStateList, 1..32 intersections
 */
public record Spat(
    int msgCnt,
    OptionalInt moyMinutes,
    OptionalInt timeStampMs,
    Optional<String> name,
    List<IntersectionState> intersections)
    implements MessageFrame {

  /** Largest MinuteOfTheYear, also its "invalid" value. */
  public static final int MOY_MAX = 527040;

  /** MinuteOfTheYear value for an invalid time. */
  public static final int MOY_INVALID = 527040;

  /** Largest DSecond (milliseconds within a minute, leap seconds included). */
  public static final int DSECOND_MAX = 65535;

  /** Smallest and largest size of DescriptiveName. */
  public static final int NAME_MIN = 1;

  public static final int NAME_MAX = 63;

  /** Smallest and largest size of IntersectionStateList. */
  public static final int INTERSECTIONS_MIN = 1;

  public static final int INTERSECTIONS_MAX = 32;

  public Spat {
    Check.range(msgCnt, 0, 127, "msgCnt");
    Check.range(moyMinutes, 0, MOY_MAX, "moy");
    Check.range(timeStampMs, 0, DSECOND_MAX, "timeStamp");
    Check.ia5(name, NAME_MIN, NAME_MAX, "name");
    intersections =
        Check.size(intersections, INTERSECTIONS_MIN, INTERSECTIONS_MAX, "intersections");
  }

  @Override
  public MessageType type() {
    return MessageType.SPAT;
  }
}
