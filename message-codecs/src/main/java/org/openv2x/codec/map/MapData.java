package org.openv2x.codec.map;

import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;

/** Placeholder of the MAP message; replaced by the full model. */
public record MapData(int msgCnt) implements MessageFrame {
  @Override
  public MessageType type() {
    return MessageType.MAP;
  }
}
