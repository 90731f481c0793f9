package org.openv2x.codec.bsm;

import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;

/** Placeholder of the BSM message; replaced by the full model. */
public record BasicSafetyMessage(int msgCnt) implements MessageFrame {
  @Override
  public MessageType type() {
    return MessageType.BSM;
  }
}
