package org.openv2x.codec.rsm;

import java.util.List;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.Position3D;

/**
 * RoadsideSafetyMessage (RSM): the traffic participants an RSU detects. Extensible; unknown
 * extension additions are skipped.
 *
 * @param msgCnt MsgCount, 0..127, wrapping from 127 to 0
 * @param id OCTET STRING (SIZE(8)) as a big-endian long: the RSU's id
 * @param refPos Position3D: the reference position of every participant's offset
 * @param participants ParticipantList, 1..16 participants
 */
public record RoadsideSafetyMessage(
    int msgCnt, long id, Position3D refPos, List<ParticipantData> participants)
    implements MessageFrame {

  /** Smallest and largest size of ParticipantList. */
  public static final int PARTICIPANTS_MIN = 1;

  public static final int PARTICIPANTS_MAX = 16;

  public RoadsideSafetyMessage {
    Check.range(msgCnt, 0, 127, "msgCnt");
    Check.notNull(refPos, "refPos");
    participants = Check.size(participants, PARTICIPANTS_MIN, PARTICIPANTS_MAX, "participants");
  }

  @Override
  public MessageType type() {
    return MessageType.RSM;
  }
}
