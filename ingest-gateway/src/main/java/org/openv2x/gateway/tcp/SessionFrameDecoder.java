package org.openv2x.gateway.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import org.openv2x.codec.session.ErrorCode;
import org.openv2x.codec.session.SessionProtocol;

/**
 * Splits the TCP byte stream into session frames (PROTOCOL.md). A frame longer than the limit is
 * skipped as its bytes arrive — never held — keeping its head for the dead letter. Bad magic or an
 * unknown version breaks the framing: the decoder reports it once and discards everything after.
 */
final class SessionFrameDecoder extends ByteToMessageDecoder {
  private final int maxFrameBytes;
  private final int keepBytes;
  private boolean broken;
  private long skipRemaining;
  private int skipType;
  private long skipPayloadBytes;
  private ByteBuf skipHead;

  SessionFrameDecoder(int maxFrameBytes, int keepBytes) {
    this.maxFrameBytes = maxFrameBytes;
    this.keepBytes = keepBytes;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    while (true) {
      if (broken) {
        in.skipBytes(in.readableBytes());
        return;
      }
      if (skipRemaining > 0) {
        int n = (int) Math.min(in.readableBytes(), skipRemaining);
        int keep = Math.min(n, keepBytes + Wire.HEADER_BYTES - skipHead.readableBytes());
        if (keep > 0) {
          skipHead.writeBytes(in, in.readerIndex(), keep);
        }
        in.skipBytes(n);
        skipRemaining -= n;
        if (skipRemaining > 0) {
          return;
        }
        out.add(new InboundFrame.Oversize(skipType, skipPayloadBytes, skipHead));
        skipHead = null;
        continue;
      }
      if (in.readableBytes() < Wire.HEADER_BYTES) {
        return;
      }
      int start = in.readerIndex();
      int magic = in.getUnsignedShort(start);
      if (magic != SessionProtocol.MAGIC) {
        fail(
            ctx,
            in,
            out,
            ErrorCode.BAD_MAGIC,
            String.format("expected magic 0x5632, got 0x%04x", magic));
        return;
      }
      int version = in.getUnsignedByte(start + 2);
      if (version != SessionProtocol.VERSION) {
        fail(
            ctx,
            in,
            out,
            ErrorCode.UNSUPPORTED_VERSION,
            "version " + version + ", only 1 is spoken");
        return;
      }
      int type = in.getUnsignedByte(start + 3);
      long length = in.getUnsignedInt(start + 4);
      if (length > maxFrameBytes) {
        skipType = type;
        skipPayloadBytes = length;
        skipRemaining = length;
        skipHead = ctx.alloc().buffer(Wire.HEADER_BYTES + keepBytes);
        skipHead.writeBytes(in, start, Wire.HEADER_BYTES);
        in.skipBytes(Wire.HEADER_BYTES);
        continue;
      }
      if (in.readableBytes() < Wire.HEADER_BYTES + length) {
        return;
      }
      in.skipBytes(Wire.HEADER_BYTES);
      out.add(new InboundFrame.Whole(type, in.readRetainedSlice((int) length)));
    }
  }

  private void fail(
      ChannelHandlerContext ctx, ByteBuf in, List<Object> out, ErrorCode code, String detail) {
    broken = true;
    int keep = Math.min(in.readableBytes(), keepBytes);
    ByteBuf head = ctx.alloc().buffer(keep);
    head.writeBytes(in, in.readerIndex(), keep);
    in.skipBytes(in.readableBytes());
    out.add(new InboundFrame.Broken(code, detail, head));
  }

  @Override
  protected void handlerRemoved0(ChannelHandlerContext ctx) {
    if (skipHead != null) {
      skipHead.release();
      skipHead = null;
    }
  }
}
