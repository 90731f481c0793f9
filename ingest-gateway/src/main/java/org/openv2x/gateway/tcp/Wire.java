package org.openv2x.gateway.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import java.nio.charset.StandardCharsets;

/** Writing the gateway's session frames (PROTOCOL.md) into Netty buffers. */
final class Wire {
  static final int MAGIC = 0x5632;
  static final int VERSION = 1;
  static final int HEADER_BYTES = 8;

  static final int HELLO = 0x01;
  static final int HELLO_ACK = 0x02;
  static final int DATA = 0x03;
  static final int ACK = 0x04;
  static final int DOWNLINK = 0x05;
  static final int ERROR = 0x06;
  static final int HEARTBEAT = 0x07;

  private Wire() {}

  static ByteBuf header(ByteBufAllocator allocator, int type, int payloadBytes) {
    ByteBuf buf = allocator.buffer(HEADER_BYTES + payloadBytes);
    buf.writeShort(MAGIC).writeByte(VERSION).writeByte(type).writeInt(payloadBytes);
    return buf;
  }

  static ByteBuf helloAck(
      ByteBufAllocator allocator,
      String gatewayId,
      int maxFrameBytes,
      int idleTimeoutMs,
      int maxMessagesPerSecond) {
    byte[] id = gatewayId.getBytes(StandardCharsets.UTF_8);
    ByteBuf buf = header(allocator, HELLO_ACK, 1 + id.length + 12);
    buf.writeByte(id.length).writeBytes(id);
    buf.writeInt(maxFrameBytes).writeInt(idleTimeoutMs).writeInt(maxMessagesPerSecond);
    return buf;
  }

  static ByteBuf ack(ByteBufAllocator allocator, long sequence, int accepted, int rejected) {
    ByteBuf buf = header(allocator, ACK, 12);
    return buf.writeLong(sequence).writeShort(accepted).writeShort(rejected);
  }

  static ByteBuf downlink(ByteBufAllocator allocator, long downlinkId, byte[] frame) {
    ByteBuf buf = header(allocator, DOWNLINK, 10 + frame.length);
    return buf.writeLong(downlinkId).writeShort(frame.length).writeBytes(frame);
  }

  static ByteBuf error(ByteBufAllocator allocator, ErrorCode code, long sequence, String message) {
    byte[] text = message.getBytes(StandardCharsets.UTF_8);
    int length = Math.min(text.length, 65535);
    ByteBuf buf = header(allocator, ERROR, 13 + length);
    buf.writeShort(code.code()).writeByte(code.closing() ? 1 : 0).writeLong(sequence);
    return buf.writeShort(length).writeBytes(text, 0, length);
  }

  static ByteBuf heartbeat(ByteBufAllocator allocator, long timeEpochUs) {
    return header(allocator, HEARTBEAT, 8).writeLong(timeEpochUs);
  }
}
