package org.openv2x.codec.rsi;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.Position3D;

/**
 * RoadSideInformation (RSI): road traffic events (RTE) and road traffic signs (RTS) that a road
 * side unit announces around a reference position. Extensible; unknown extension additions are
 * skipped.
 *
 * @param msgCnt MsgCount, 0..127, wrapping from 127 to 0
 * @param moyMinutes MinuteOfTheYear, minutes since the start of the year (UTC), 0..527040 (527040 =
 *     invalid), OPTIONAL
 * @param id the RSU id, OCTET STRING (SIZE(8)) held as a big-endian long (the first octet is the
 *     most significant byte)
 * @param refPos the reference position; every offset in the message is relative to it
 * @param rtes RTEList, the road traffic events, 1..8 elements, OPTIONAL
 * @param rtss RTSList, the road traffic signs, 1..16 elements, OPTIONAL
 */
public record RoadSideInformation(
    int msgCnt,
    OptionalInt moyMinutes,
    long id,
    Position3D refPos,
    Optional<List<RteData>> rtes,
    Optional<List<RtsData>> rtss)
    implements MessageFrame {
  public static final int MSG_CNT_MAX = 127;

  /** Largest MinuteOfTheYear; it means "invalid". */
  public static final int MOY_MAX = 527040;

  public static final int MOY_INVALID = 527040;
  public static final int RTES_MIN = 1;
  public static final int RTES_MAX = 8;
  public static final int RTSS_MIN = 1;
  public static final int RTSS_MAX = 16;

  public RoadSideInformation {
    Check.range(msgCnt, 0, MSG_CNT_MAX, "msgCnt");
    Check.range(moyMinutes, 0, MOY_MAX, "moy");
    Check.notNull(refPos, "refPos");
    rtes = Check.size(rtes, RTES_MIN, RTES_MAX, "rtes");
    rtss = Check.size(rtss, RTSS_MIN, RTSS_MAX, "rtss");
  }

  @Override
  public MessageType type() {
    return MessageType.RSI;
  }
}
