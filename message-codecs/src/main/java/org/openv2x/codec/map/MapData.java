package org.openv2x.codec.map;

import java.util.List;
import java.util.OptionalInt;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.common.Check;

/**
 * MapData (Map): the MAP message, the geometry and topology of intersections and road end points
 * and the links and lanes between them. Extensible (no additions defined).
 *
 * @param msgCnt MsgCount, 0..127, wrapping from 127 to 0
 * @param timeStampMinutes MinuteOfTheYear, minutes since the start of the year (UTC), 0..527040
 *     (527040 = invalid), OPTIONAL
 * @param nodes NodeList, the intersections and road end points, 1..63
 */
public record MapData(int msgCnt, OptionalInt timeStampMinutes, List<Node> nodes)
    implements MessageFrame {
  public static final int MINUTE_OF_THE_YEAR_MAX = 527040;
  public static final int MINUTE_OF_THE_YEAR_INVALID = 527040;
  public static final int NODES_MAX = 63;

  public MapData {
    Check.range(msgCnt, 0, 127, "msgCnt");
    Check.range(timeStampMinutes, 0, MINUTE_OF_THE_YEAR_MAX, "timeStamp");
    nodes = Check.size(nodes, 1, NODES_MAX, "nodes");
  }

  @Override
  public MessageType type() {
    return MessageType.MAP;
  }
}
