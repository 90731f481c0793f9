package org.openv2x.gateway.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.session.ErrorCode;
import org.openv2x.codec.session.SessionFrames;

class SessionFrameDecoderTest {
  private static ByteBuf bytes(byte[]... parts) {
    return Unpooled.wrappedBuffer(parts);
  }

  @Test
  void wholeFramesComeOutWhateverTheChunking() {
    byte[] frame = SessionFrames.heartbeat(42);
    EmbeddedChannel channel = new EmbeddedChannel(new SessionFrameDecoder(1024, 16));
    for (byte b : frame) {
      channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
    }
    InboundFrame.Whole whole = assertInstanceOf(InboundFrame.Whole.class, channel.readInbound());
    assertEquals(7, whole.type());
    assertEquals(42, whole.payload().readLong());
    whole.payload().release();
    assertNull(channel.readInbound());
  }

  @Test
  void anOversizeFrameIsSkippedKeepingItsHeadAndTheNextFrameStillComes() {
    byte[] big = new byte[5000];
    java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(8);
    header.putShort((short) 0x5632).put((byte) 1).put((byte) 3).putInt(big.length);
    EmbeddedChannel channel = new EmbeddedChannel(new SessionFrameDecoder(1024, 16));
    channel.writeInbound(bytes(header.array()));
    channel.writeInbound(bytes(new byte[2000]));
    channel.writeInbound(bytes(new byte[3000], SessionFrames.heartbeat(7)));
    InboundFrame.Oversize oversize =
        assertInstanceOf(InboundFrame.Oversize.class, channel.readInbound());
    assertEquals(3, oversize.type());
    assertEquals(5000, oversize.payloadBytes());
    assertEquals(8 + 16, oversize.head().readableBytes());
    oversize.head().release();
    InboundFrame.Whole next = assertInstanceOf(InboundFrame.Whole.class, channel.readInbound());
    assertEquals(7, next.payload().readLong());
    next.payload().release();
  }

  @Test
  void badMagicBreaksTheFramingOnce() {
    EmbeddedChannel channel = new EmbeddedChannel(new SessionFrameDecoder(1024, 16));
    channel.writeInbound(bytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}));
    channel.writeInbound(bytes(SessionFrames.heartbeat(1)));
    InboundFrame.Broken broken = assertInstanceOf(InboundFrame.Broken.class, channel.readInbound());
    assertEquals(ErrorCode.BAD_MAGIC, broken.code());
    assertEquals("expected magic 0x5632, got 0x0102", broken.detail());
    broken.head().release();
    assertNull(channel.readInbound(), "nothing is read after broken framing");
  }

  @Test
  void anotherVersionBreaksTheFraming() {
    EmbeddedChannel channel = new EmbeddedChannel(new SessionFrameDecoder(1024, 16));
    channel.writeInbound(bytes(new byte[] {0x56, 0x32, 2, 7, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0}));
    InboundFrame.Broken broken = assertInstanceOf(InboundFrame.Broken.class, channel.readInbound());
    assertEquals(ErrorCode.UNSUPPORTED_VERSION, broken.code());
    broken.head().release();
  }
}
