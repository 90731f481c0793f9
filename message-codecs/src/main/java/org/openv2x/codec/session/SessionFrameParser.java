package org.openv2x.codec.session;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.openv2x.codec.session.SessionFrame.Ack;
import org.openv2x.codec.session.SessionFrame.Data;
import org.openv2x.codec.session.SessionFrame.Downlink;
import org.openv2x.codec.session.SessionFrame.ErrorFrame;
import org.openv2x.codec.session.SessionFrame.Heartbeat;
import org.openv2x.codec.session.SessionFrame.Hello;
import org.openv2x.codec.session.SessionFrame.HelloAck;
import org.openv2x.codec.session.SessionFrame.Unknown;

/**
 * Reads frames of the session protocol from a byte stream that arrives in chunks of any size. Feed
 * it each chunk with {@link #next(ByteBuffer)} until it returns {@code null}: it consumes the input
 * as far as it can, keeps the bytes of an incomplete frame (at most the header and max frame bytes
 * of payload) and returns each frame once it is complete. A frame that lies wholly inside one input
 * buffer is read from it directly.
 *
 * <p>Malformed input throws {@link SessionProtocolException} with the matching {@link ErrorCode},
 * with the input positioned just after the offending frame:
 *
 * <ul>
 *   <li>{@link ErrorCode#FRAME_TOO_LARGE}: the header declares more than {@code maxFrameBytes}; the
 *       payload is then skipped as it arrives, without being held, and reading goes on;
 *   <li>{@link ErrorCode#MALFORMED_PAYLOAD}: the payload does not match its type's layout (lengths
 *       past the payload or bytes left over, counts or lengths of 0, a bad RSU id, a {@code
 *       closing} flag other than 0 or 1, text that is not UTF-8); reading goes on with the next
 *       frame;
 *   <li>{@link ErrorCode#BAD_MAGIC}, {@link ErrorCode#UNSUPPORTED_VERSION}: the stream cannot be
 *       trusted any more; every later call throws the same exception.
 * </ul>
 *
 * <p>A frame of a type this version does not define comes out as {@link Unknown}, its payload
 * skipped. Frames of every known type are returned whichever side sent them; refusing the ones that
 * should not arrive is the session's business. Not thread-safe: one parser per connection.
 */
public final class SessionFrameParser {
  private final int maxFrameBytes;

  private final byte[] header = new byte[SessionProtocol.HEADER_BYTES];
  private int headerFill;
  private boolean headerComplete;
  private int typeCode;
  private int payloadLength;

  private byte[] payload = new byte[0];
  private int payloadFill;
  private long skipRemaining;
  private SessionProtocolException failure;

  /** The payload being parsed: {@code buffer} from {@code position} to {@code end}. */
  private ByteBuffer buffer;

  private int position;
  private int start;
  private int end;

  /**
   * @param maxFrameBytes the largest payload accepted, 0..{@code Integer.MAX_VALUE - 8} (the
   *     gateway's {@code tcp.max-frame-bytes}; {@link SessionProtocol#DEFAULT_MAX_FRAME_BYTES})
   */
  public SessionFrameParser(int maxFrameBytes) {
    if (maxFrameBytes < 0 || maxFrameBytes > Integer.MAX_VALUE - SessionProtocol.HEADER_BYTES) {
      throw new IllegalArgumentException(
          "maxFrameBytes must be 0.." + (Integer.MAX_VALUE - 8) + ", is " + maxFrameBytes);
    }
    this.maxFrameBytes = maxFrameBytes;
  }

  /** A parser with {@link SessionProtocol#DEFAULT_MAX_FRAME_BYTES}. */
  public SessionFrameParser() {
    this(SessionProtocol.DEFAULT_MAX_FRAME_BYTES);
  }

  /** The largest payload this parser accepts. */
  public int maxFrameBytes() {
    return maxFrameBytes;
  }

  /** Whether bytes of an incomplete frame (or of a payload being skipped) are pending. */
  public boolean hasPartialFrame() {
    return headerFill > 0 || headerComplete || skipRemaining > 0;
  }

  /**
   * Reads the next frame from {@code input} (from its position to its limit).
   *
   * @return the next complete frame, or {@code null} when the input is used up before a frame is
   *     complete (its bytes are kept for the next call)
   * @throws SessionProtocolException on malformed input, with {@code input} positioned after the
   *     offending frame (or its header, for a payload to be skipped)
   */
  public SessionFrame next(ByteBuffer input) {
    if (failure != null) {
      throw failure;
    }
    if (skipRemaining > 0) {
      int skipped = (int) Math.min(skipRemaining, input.remaining());
      input.position(input.position() + skipped);
      skipRemaining -= skipped;
      if (skipRemaining > 0) {
        return null;
      }
    }
    if (!headerComplete) {
      if (headerFill == 0 && input.remaining() >= SessionProtocol.HEADER_BYTES) {
        input.get(input.position(), header);
        input.position(input.position() + SessionProtocol.HEADER_BYTES);
      } else {
        int copied = Math.min(SessionProtocol.HEADER_BYTES - headerFill, input.remaining());
        input.get(header, headerFill, copied);
        headerFill += copied;
        if (headerFill < SessionProtocol.HEADER_BYTES) {
          return null;
        }
      }
      headerFill = 0;
      SessionFrame unknown = readHeader();
      if (unknown != null) {
        return unknown;
      }
    }
    if (payloadFill == 0 && input.remaining() >= payloadLength) {
      int payloadStart = input.position();
      input.position(payloadStart + payloadLength);
      headerComplete = false;
      return parsePayload(input, payloadStart);
    }
    if (payload.length < payloadLength) {
      payload = new byte[Math.max(payloadLength, Math.min(maxFrameBytes, payload.length * 2))];
    }
    int copied = Math.min(payloadLength - payloadFill, input.remaining());
    input.get(payload, payloadFill, copied);
    payloadFill += copied;
    if (payloadFill < payloadLength) {
      return null;
    }
    payloadFill = 0;
    headerComplete = false;
    return parsePayload(ByteBuffer.wrap(payload), 0);
  }

  /**
   * Reads every frame {@code input} completes, handing each to {@code sink}. On malformed input the
   * exception propagates after the frames before it were delivered; call again to go on.
   */
  public void feed(ByteBuffer input, Consumer<? super SessionFrame> sink) {
    SessionFrame frame;
    while ((frame = next(input)) != null) {
      sink.accept(frame);
    }
  }

  /** Checks the header; returns an {@link Unknown} frame for an unknown type, else null. */
  private SessionFrame readHeader() {
    if (header[0] != SessionProtocol.MAGIC_BYTE_0 || header[1] != SessionProtocol.MAGIC_BYTE_1) {
      failure =
          headerFault(
              ErrorCode.BAD_MAGIC,
              String.format(
                  "the header starts with 0x%02x 0x%02x, not \"V2\" (0x56 0x32)",
                  header[0] & 0xFF, header[1] & 0xFF));
      throw failure;
    }
    if ((header[2] & 0xFF) != SessionProtocol.VERSION) {
      failure =
          headerFault(
              ErrorCode.UNSUPPORTED_VERSION,
              "the header has version " + (header[2] & 0xFF) + ", this side speaks version 1");
      throw failure;
    }
    typeCode = header[3] & 0xFF;
    long length =
        ((header[4] & 0xFFL) << 24)
            | ((header[5] & 0xFF) << 16)
            | ((header[6] & 0xFF) << 8)
            | (header[7] & 0xFF);
    FrameType type = FrameType.ofCodeOrNull(typeCode);
    if (length > maxFrameBytes) {
      skipRemaining = length;
      throw new SessionProtocolException(
          ErrorCode.FRAME_TOO_LARGE,
          typeCode,
          0,
          List.of(),
          new byte[0],
          typeName(typeCode)
              + " frame declares "
              + length
              + " payload bytes, more than the max frame bytes "
              + maxFrameBytes);
    }
    if (type == null) {
      skipRemaining = length;
      return new Unknown(typeCode, length);
    }
    payloadLength = (int) length;
    headerComplete = true;
    return null;
  }

  private SessionProtocolException headerFault(ErrorCode code, String detail) {
    return new SessionProtocolException(
        code, SessionProtocolException.NO_FRAME_TYPE, 0, List.of(), header.clone(), detail);
  }

  private SessionFrame parsePayload(ByteBuffer source, int payloadStart) {
    buffer = source;
    start = payloadStart;
    position = payloadStart;
    end = payloadStart + payloadLength;
    try {
      return switch (FrameType.ofCodeOrNull(typeCode)) {
        case HELLO -> parseHello();
        case HELLO_ACK -> parseHelloAck();
        case DATA -> parseData();
        case ACK -> parseAck();
        case DOWNLINK -> parseDownlink();
        case ERROR -> parseError();
        case HEARTBEAT -> parseHeartbeat();
      };
    } finally {
      buffer = null;
    }
  }

  private Hello parseHello() {
    need(1, "rsuIdLength");
    int idLength = u8();
    if (idLength < SessionProtocol.MIN_RSU_ID_BYTES
        || idLength > SessionProtocol.MAX_RSU_ID_BYTES) {
      throw malformed("HELLO rsuIdLength is " + idLength + ", must be 1..64");
    }
    need(idLength, "rsuId");
    char[] id = new char[idLength];
    for (int i = 0; i < idLength; i++) {
      int c = u8();
      if (!SessionProtocol.isRsuIdCharacter(c)) {
        throw malformed(
            String.format(
                "HELLO rsuId has byte 0x%02x at index %d, only [A-Za-z0-9._:-] is allowed", c, i));
      }
      id[i] = (char) c;
    }
    need(1, "softwareLength");
    String software = utf8(u8(), "software");
    finish();
    return new Hello(new String(id), software);
  }

  private HelloAck parseHelloAck() {
    need(1, "gatewayIdLength");
    String gatewayId = utf8(u8(), "gatewayId");
    need(4, "maxFrameBytes");
    long maxFrame = u32();
    need(4, "idleTimeoutMs");
    long idleTimeoutMs = u32();
    need(4, "maxMessagesPerSecond");
    long maxMessagesPerSecond = u32();
    finish();
    return new HelloAck(gatewayId, maxFrame, idleTimeoutMs, maxMessagesPerSecond);
  }

  private Data parseData() {
    need(8, "sequence");
    long sequence = u64();
    need(2, "count");
    int count = u16();
    if (count == 0) {
      throw dataFault(sequence, List.of(), "DATA count is 0, must be 1..65535");
    }
    // Each message takes at least 3 bytes: the list never grows past what the payload can hold.
    List<byte[]> messages = new ArrayList<>(Math.min(count, (end - position) / 3 + 1));
    for (int i = 1; i <= count; i++) {
      int left = end - position;
      if (left < SessionProtocol.MESSAGE_LENGTH_PREFIX_BYTES) {
        throw dataFault(
            sequence,
            messages,
            "DATA message "
                + i
                + " of "
                + count
                + " has no length: "
                + left
                + " bytes left in the payload");
      }
      int length = u16();
      if (length == 0) {
        position -= 2;
        throw dataFault(
            sequence,
            messages,
            "DATA message " + i + " of " + count + " declares 0 bytes, must be 1..65535");
      }
      if (length > left - 2) {
        position -= 2;
        throw dataFault(
            sequence,
            messages,
            "DATA message "
                + i
                + " of "
                + count
                + " declares "
                + length
                + " bytes, "
                + (left - 2)
                + " left in the payload");
      }
      byte[] message = new byte[length];
      buffer.get(position, message);
      position += length;
      messages.add(message);
    }
    if (position != end) {
      throw dataFault(
          sequence,
          messages,
          "DATA declares "
              + count
              + " messages, "
              + (end - position)
              + " bytes are left over after the last");
    }
    return new Data(sequence, messages);
  }

  private Ack parseAck() {
    need(8, "sequence");
    long sequence = u64();
    need(2, "accepted");
    int accepted = u16();
    need(2, "rejected");
    int rejected = u16();
    finish();
    return new Ack(sequence, accepted, rejected);
  }

  private Downlink parseDownlink() {
    need(8, "downlinkId");
    long downlinkId = u64();
    need(2, "length");
    int length = u16();
    if (length == 0) {
      throw malformed("DOWNLINK length is 0, must be 1..65535");
    }
    need(length, "its frame");
    byte[] frame = new byte[length];
    buffer.get(position, frame);
    position += length;
    finish();
    return new Downlink(downlinkId, frame);
  }

  private ErrorFrame parseError() {
    need(2, "code");
    int code = u16();
    need(1, "closing");
    int closing = u8();
    if (closing > 1) {
      throw malformed("ERROR closing is " + closing + ", must be 0 or 1");
    }
    need(8, "sequence");
    long sequence = u64();
    need(2, "messageLength");
    String message = utf8(u16(), "message");
    finish();
    return new ErrorFrame(code, closing == 1, sequence, message);
  }

  private Heartbeat parseHeartbeat() {
    need(8, "senderTimeEpochUs");
    long timeEpochUs = u64();
    finish();
    return new Heartbeat(timeEpochUs);
  }

  // ---- payload primitives ----

  private void need(int bytes, String field) {
    int left = end - position;
    if (left < bytes) {
      throw malformed(
          typeName(typeCode)
              + " payload ends inside "
              + field
              + ": needs "
              + bytes
              + " bytes, "
              + left
              + " left");
    }
  }

  private void finish() {
    if (position != end) {
      throw malformed(
          typeName(typeCode) + " payload has " + (end - position) + " bytes after its last field");
    }
  }

  private String utf8(int length, String field) {
    need(length, field);
    byte[] bytes = new byte[length];
    buffer.get(position, bytes);
    position += length;
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw malformed(typeName(typeCode) + " " + field + " is not valid UTF-8");
    }
  }

  private int u8() {
    return buffer.get(position++) & 0xFF;
  }

  private int u16() {
    int value = ((buffer.get(position) & 0xFF) << 8) | (buffer.get(position + 1) & 0xFF);
    position += 2;
    return value;
  }

  private long u32() {
    return ((long) u16() << 16) | u16();
  }

  private long u64() {
    return (u32() << 32) | u32();
  }

  private SessionProtocolException malformed(String detail) {
    byte[] whole = new byte[end - start];
    buffer.get(start, whole);
    return new SessionProtocolException(
        ErrorCode.MALFORMED_PAYLOAD, typeCode, 0, List.of(), whole, detail);
  }

  private SessionProtocolException dataFault(
      long sequence, List<byte[]> parsedMessages, String detail) {
    byte[] rest = new byte[end - position];
    buffer.get(position, rest);
    return new SessionProtocolException(
        ErrorCode.MALFORMED_PAYLOAD, typeCode, sequence, parsedMessages, rest, detail);
  }

  private static String typeName(int typeCode) {
    FrameType type = FrameType.ofCodeOrNull(typeCode);
    return type != null ? type.name() : String.format("type 0x%02x", typeCode);
  }
}
