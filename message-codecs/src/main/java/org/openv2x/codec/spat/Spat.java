package org.openv2x.codec.spat;

import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;

/** Placeholder of the SPAT message; replaced by the full model. */
public record Spat(int msgCnt) implements MessageFrame {
  @Override
  public MessageType type() {
    return MessageType.SPAT;
  }
}
