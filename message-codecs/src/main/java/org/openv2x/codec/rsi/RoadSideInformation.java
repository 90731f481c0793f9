package org.openv2x.codec.rsi;

import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;

/** Placeholder of the RSI message; replaced by the full model. */
public record RoadSideInformation(int msgCnt) implements MessageFrame {
  @Override
  public MessageType type() {
    return MessageType.RSI;
  }
}
