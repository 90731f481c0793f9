package org.openv2x.gateway.tcp;

import io.netty.buffer.ByteBuf;
import org.openv2x.codec.session.ErrorCode;

/** What the frame decoder passes on: a whole frame, a skipped oversize one, or broken framing. */
sealed interface InboundFrame {
  /**
   * A complete frame.
   *
   * @param type the frame type
   * @param payload the payload (released by the handler)
   */
  record Whole(int type, ByteBuf payload) implements InboundFrame {}

  /**
   * A frame longer than the limit, skipped without being held.
   *
   * @param type its type
   * @param payloadBytes its declared payload length
   * @param head the header and the first bytes of the payload, kept for the dead letter
   */
  record Oversize(int type, long payloadBytes, ByteBuf head) implements InboundFrame {}

  /**
   * The stream cannot be read on (bad magic, unsupported version); the connection must close.
   *
   * @param code BAD_MAGIC or UNSUPPORTED_VERSION
   * @param detail what was found
   * @param head the bytes at the fault, for the dead letter
   */
  record Broken(ErrorCode code, String detail, ByteBuf head) implements InboundFrame {}
}
