package org.openv2x.gateway.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;
import org.openv2x.codec.session.ErrorCode;
import org.openv2x.codec.session.FrameType;
import org.openv2x.codec.session.SessionProtocol;

/** Writing the gateway's session frames (PROTOCOL.md) into Netty buffers. */
final class Wire {
  static final int HEADER_BYTES = SessionProtocol.HEADER_BYTES;

  private Wire() {}

  static ByteBuf header(ByteBufAllocator allocator, FrameType type, int payloadBytes) {
    return header(allocator, type.code(), payloadBytes);
  }

  static ByteBuf header(ByteBufAllocator allocator, int typeCode, int payloadBytes) {
    ByteBuf buf = allocator.buffer(HEADER_BYTES + payloadBytes);
    buf.writeShort(SessionProtocol.MAGIC)
        .writeByte(SessionProtocol.VERSION)
        .writeByte(typeCode)
        .writeInt(payloadBytes);
    return buf;
  }

  static ByteBuf helloAck(
      ByteBufAllocator allocator,
      String gatewayId,
      int maxFrameBytes,
      int idleTimeoutMs,
      int maxMessagesPerSecond) {
    byte[] id = gatewayId.getBytes(StandardCharsets.UTF_8);
    ByteBuf buf = header(allocator, FrameType.HELLO_ACK, 1 + id.length + 12);
    buf.writeByte(id.length).writeBytes(id);
    buf.writeInt(maxFrameBytes).writeInt(idleTimeoutMs).writeInt(maxMessagesPerSecond);
    return buf;
  }

  static ByteBuf ack(ByteBufAllocator allocator, long sequence, int accepted, int rejected) {
    ByteBuf buf = header(allocator, FrameType.ACK, 12);
    return buf.writeLong(sequence).writeShort(accepted).writeShort(rejected);
  }

  static ByteBuf downlink(ByteBufAllocator allocator, long downlinkId, byte[] frame) {
    ByteBuf buf = header(allocator, FrameType.DOWNLINK, 10 + frame.length);
    return buf.writeLong(downlinkId).writeShort(frame.length).writeBytes(frame);
  }

  static ByteBuf error(ByteBufAllocator allocator, ErrorCode code, long sequence, String message) {
    byte[] text = message.getBytes(StandardCharsets.UTF_8);
    int length = Math.min(text.length, 65535);
    ByteBuf buf = header(allocator, FrameType.ERROR, 13 + length);
    buf.writeShort(code.code()).writeByte(code.closing() ? 1 : 0).writeLong(sequence);
    return buf.writeShort(length).writeBytes(text, 0, length);
  }

  static ByteBuf heartbeat(ByteBufAllocator allocator, long timeEpochUs) {
    return header(allocator, FrameType.HEARTBEAT, 8).writeLong(timeEpochUs);
  }
}
