package org.openv2x.codec.rsm;

import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;

/** Placeholder of the RSM message; replaced by the full model. */
public record RoadsideSafetyMessage(int msgCnt) implements MessageFrame {
  @Override
  public MessageType type() {
    return MessageType.RSM;
  }
}
