package org.openv2x.codec.session;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.openv2x.codec.session.SessionFrame.Ack;
import org.openv2x.codec.session.SessionFrame.Data;
import org.openv2x.codec.session.SessionFrame.Downlink;
import org.openv2x.codec.session.SessionFrame.ErrorFrame;
import org.openv2x.codec.session.SessionFrame.Heartbeat;
import org.openv2x.codec.session.SessionFrame.Hello;
import org.openv2x.codec.session.SessionFrame.HelloAck;

/**
 * Writes every frame of the session protocol, into a {@link ByteBuffer} at its position or as a new
 * {@code byte[]}. Arguments are checked before anything is written ({@link
 * IllegalArgumentException} naming the fault); a target without room for the whole frame gets a
 * {@link BufferOverflowException} and is left untouched. Frames are written big-endian whatever the
 * target's byte order, which is left as it was.
 *
 * <p>u64 arguments ({@code sequence}, {@code downlinkId}, times) take the unsigned value's bits.
 * Writing a {@code DATA} frame allocates nothing but the result of the {@code byte[]} forms; the
 * slice form ({@link #data(ByteBuffer, long, byte[], int[], int[], int, int)}) writes messages held
 * in one large array.
 */
public final class SessionFrames {
  /** Bytes of an {@code ACK} frame, header included. */
  public static final int ACK_FRAME_BYTES = SessionProtocol.HEADER_BYTES + 12;

  /** Bytes of a {@code HEARTBEAT} frame, header included. */
  public static final int HEARTBEAT_FRAME_BYTES = SessionProtocol.HEADER_BYTES + 8;

  private static final int ERROR_FIXED_BYTES = 13;
  private static final int HELLO_ACK_FIXED_BYTES = 13;
  private static final int DOWNLINK_FIXED_BYTES = 10;

  private SessionFrames() {}

  // ---- HELLO ----

  /** Writes {@code HELLO}: rsuId 1..64 of {@code [A-Za-z0-9._:-]}, software 0..255 UTF-8 bytes. */
  public static void hello(ByteBuffer target, String rsuId, String software) {
    SessionProtocol.checkRsuId(rsuId);
    byte[] softwareBytes =
        SessionProtocol.utf8(software, "software", SessionProtocol.MAX_SOFTWARE_BYTES);
    int payloadBytes = 2 + rsuId.length() + softwareBytes.length;
    ByteOrder order = begin(target, payloadBytes, FrameType.HELLO);
    target.put((byte) rsuId.length());
    for (int i = 0; i < rsuId.length(); i++) {
      target.put((byte) rsuId.charAt(i));
    }
    target.put((byte) softwareBytes.length);
    target.put(softwareBytes);
    target.order(order);
  }

  /** {@code HELLO} as a new array. */
  public static byte[] hello(String rsuId, String software) {
    return write(new Hello(rsuId, software));
  }

  // ---- HELLO_ACK ----

  /**
   * Writes {@code HELLO_ACK}: gatewayId 0..255 UTF-8 bytes; maxFrameBytes, idleTimeoutMs and
   * maxMessagesPerSecond (0: no limit) each 0..4294967295.
   */
  public static void helloAck(
      ByteBuffer target,
      String gatewayId,
      long maxFrameBytes,
      long idleTimeoutMs,
      long maxMessagesPerSecond) {
    byte[] id = SessionProtocol.utf8(gatewayId, "gatewayId", SessionProtocol.MAX_GATEWAY_ID_BYTES);
    SessionProtocol.checkU32(maxFrameBytes, "maxFrameBytes");
    SessionProtocol.checkU32(idleTimeoutMs, "idleTimeoutMs");
    SessionProtocol.checkU32(maxMessagesPerSecond, "maxMessagesPerSecond");
    ByteOrder order = begin(target, HELLO_ACK_FIXED_BYTES + id.length, FrameType.HELLO_ACK);
    target.put((byte) id.length);
    target.put(id);
    target.putInt((int) maxFrameBytes);
    target.putInt((int) idleTimeoutMs);
    target.putInt((int) maxMessagesPerSecond);
    target.order(order);
  }

  /** {@code HELLO_ACK} as a new array. */
  public static byte[] helloAck(
      String gatewayId, long maxFrameBytes, long idleTimeoutMs, long maxMessagesPerSecond) {
    return write(new HelloAck(gatewayId, maxFrameBytes, idleTimeoutMs, maxMessagesPerSecond));
  }

  // ---- DATA ----

  /** Bytes of a {@code DATA} frame (header included) carrying these messages. */
  public static int dataFrameBytes(List<byte[]> messages) {
    SessionProtocol.checkMessageCount(messages.size());
    long payloadBytes = SessionProtocol.DATA_FIXED_BYTES;
    for (int i = 0; i < messages.size(); i++) {
      byte[] message = messages.get(i);
      if (message == null) {
        throw new IllegalArgumentException("DATA message " + (i + 1) + " is null");
      }
      SessionProtocol.checkMessageLength(message.length, "DATA message " + (i + 1));
      payloadBytes += SessionProtocol.MESSAGE_LENGTH_PREFIX_BYTES + message.length;
    }
    return frameBytes(payloadBytes);
  }

  /**
   * Bytes of a {@code DATA} frame (header included) carrying the messages {@code first .. first +
   * count - 1} of a slice batch, after checking that each slice lies inside {@code source}.
   */
  public static int dataFrameBytes(
      byte[] source, int[] offsets, int[] lengths, int first, int count) {
    SessionProtocol.checkMessageCount(count);
    if (first < 0 || first > offsets.length - count || first > lengths.length - count) {
      throw new IllegalArgumentException(
          "messages "
              + first
              + ".."
              + (first + count - 1)
              + " are not all inside offsets ("
              + offsets.length
              + ") and lengths ("
              + lengths.length
              + ")");
    }
    long payloadBytes = SessionProtocol.DATA_FIXED_BYTES;
    for (int i = first; i < first + count; i++) {
      int length = lengths[i];
      if (length < SessionProtocol.MIN_MESSAGE_BYTES
          || length > SessionProtocol.MAX_MESSAGE_BYTES) {
        throw new IllegalArgumentException(
            "DATA message at index " + i + " must be 1..65535 bytes, is " + length);
      }
      int offset = offsets[i];
      if (offset < 0 || offset > source.length - length) {
        throw new IllegalArgumentException(
            "DATA message at index "
                + i
                + " ("
                + length
                + " bytes at offset "
                + offset
                + ") is not inside the source array of "
                + source.length
                + " bytes");
      }
      payloadBytes += SessionProtocol.MESSAGE_LENGTH_PREFIX_BYTES + length;
    }
    return frameBytes(payloadBytes);
  }

  /** Writes a {@code DATA} frame: 1..65535 messages of 1..65535 bytes each. */
  public static void data(ByteBuffer target, long sequence, List<byte[]> messages) {
    int frameBytes = dataFrameBytes(messages);
    ByteOrder order = begin(target, frameBytes - SessionProtocol.HEADER_BYTES, FrameType.DATA);
    target.putLong(sequence);
    target.putShort((short) messages.size());
    for (int i = 0; i < messages.size(); i++) {
      byte[] message = messages.get(i);
      target.putShort((short) message.length);
      target.put(message);
    }
    target.order(order);
  }

  /** A {@code DATA} frame as a new array. */
  public static byte[] data(long sequence, List<byte[]> messages) {
    byte[] frame = new byte[dataFrameBytes(messages)];
    data(ByteBuffer.wrap(frame), sequence, messages);
    return frame;
  }

  /**
   * Writes a {@code DATA} frame of {@code count} messages that are slices of one array: message
   * {@code i} (for {@code first ≤ i < first + count}) is {@code lengths[i]} bytes of {@code source}
   * from {@code offsets[i]}. Nothing is allocated.
   */
  public static void data(
      ByteBuffer target,
      long sequence,
      byte[] source,
      int[] offsets,
      int[] lengths,
      int first,
      int count) {
    int frameBytes = dataFrameBytes(source, offsets, lengths, first, count);
    ByteOrder order = begin(target, frameBytes - SessionProtocol.HEADER_BYTES, FrameType.DATA);
    target.putLong(sequence);
    target.putShort((short) count);
    for (int i = first; i < first + count; i++) {
      target.putShort((short) lengths[i]);
      target.put(source, offsets[i], lengths[i]);
    }
    target.order(order);
  }

  /** The slice form of a {@code DATA} frame as a new array. */
  public static byte[] data(
      long sequence, byte[] source, int[] offsets, int[] lengths, int first, int count) {
    byte[] frame = new byte[dataFrameBytes(source, offsets, lengths, first, count)];
    data(ByteBuffer.wrap(frame), sequence, source, offsets, lengths, first, count);
    return frame;
  }

  // ---- ACK ----

  /** Writes {@code ACK} of the {@code DATA} frame {@code sequence}: accepted, rejected 0..65535. */
  public static void ack(ByteBuffer target, long sequence, int accepted, int rejected) {
    SessionProtocol.checkU16(accepted, "accepted");
    SessionProtocol.checkU16(rejected, "rejected");
    ByteOrder order = begin(target, ACK_FRAME_BYTES - SessionProtocol.HEADER_BYTES, FrameType.ACK);
    target.putLong(sequence);
    target.putShort((short) accepted);
    target.putShort((short) rejected);
    target.order(order);
  }

  /** {@code ACK} as a new array. */
  public static byte[] ack(long sequence, int accepted, int rejected) {
    byte[] frame = new byte[ACK_FRAME_BYTES];
    ack(ByteBuffer.wrap(frame), sequence, accepted, rejected);
    return frame;
  }

  // ---- DOWNLINK ----

  /** Writes {@code DOWNLINK}: a gateway-unique id and one UPER frame of 1..65535 bytes. */
  public static void downlink(ByteBuffer target, long downlinkId, byte[] frame) {
    SessionProtocol.checkMessageLength(frame.length, "DOWNLINK frame");
    ByteOrder order = begin(target, DOWNLINK_FIXED_BYTES + frame.length, FrameType.DOWNLINK);
    target.putLong(downlinkId);
    target.putShort((short) frame.length);
    target.put(frame);
    target.order(order);
  }

  /** {@code DOWNLINK} as a new array. */
  public static byte[] downlink(long downlinkId, byte[] frame) {
    byte[] bytes = new byte[SessionProtocol.HEADER_BYTES + DOWNLINK_FIXED_BYTES + frame.length];
    downlink(ByteBuffer.wrap(bytes), downlinkId, frame);
    return bytes;
  }

  // ---- ERROR ----

  /**
   * Writes {@code ERROR}: code 0..65535, whether the sender closes after it, the {@code DATA}
   * sequence it is about (0: none) and a message of 0..65535 UTF-8 bytes.
   */
  public static void error(
      ByteBuffer target, int code, boolean closing, long sequence, String message) {
    SessionProtocol.checkU16(code, "code");
    byte[] text = SessionProtocol.utf8(message, "message", SessionProtocol.MAX_ERROR_MESSAGE_BYTES);
    ByteOrder order = begin(target, ERROR_FIXED_BYTES + text.length, FrameType.ERROR);
    target.putShort((short) code);
    target.put((byte) (closing ? 1 : 0));
    target.putLong(sequence);
    target.putShort((short) text.length);
    target.put(text);
    target.order(order);
  }

  /** {@code ERROR} as a new array. */
  public static byte[] error(int code, boolean closing, long sequence, String message) {
    return write(new ErrorFrame(code, closing, sequence, message));
  }

  /** {@code ERROR} of a known code as a new array. */
  public static byte[] error(ErrorCode code, boolean closing, long sequence, String message) {
    return error(code.code(), closing, sequence, message);
  }

  // ---- HEARTBEAT ----

  /** Writes {@code HEARTBEAT} with the sender's clock in microseconds since the epoch. */
  public static void heartbeat(ByteBuffer target, long timeEpochUs) {
    ByteOrder order =
        begin(target, HEARTBEAT_FRAME_BYTES - SessionProtocol.HEADER_BYTES, FrameType.HEARTBEAT);
    target.putLong(timeEpochUs);
    target.order(order);
  }

  /** {@code HEARTBEAT} as a new array. */
  public static byte[] heartbeat(long timeEpochUs) {
    byte[] frame = new byte[HEARTBEAT_FRAME_BYTES];
    heartbeat(ByteBuffer.wrap(frame), timeEpochUs);
    return frame;
  }

  // ---- any frame ----

  /** Writes any frame but {@link SessionFrame.Unknown}, whose payload was never kept. */
  public static void write(ByteBuffer target, SessionFrame frame) {
    if (frame == null) {
      throw new IllegalArgumentException("frame is null");
    }
    writeKnown(target, frame);
  }

  /** Any frame but {@link SessionFrame.Unknown} as a new array. */
  public static byte[] write(SessionFrame frame) {
    ByteBuffer buffer = ByteBuffer.allocate(frameBytes(frame));
    write(buffer, frame);
    return buffer.array();
  }

  /**
   * Parses exactly one complete frame, with the default max frame bytes.
   *
   * @throws SessionProtocolException if the bytes are not one well-formed frame, or are more or
   *     fewer than one frame
   */
  public static SessionFrame parse(byte[] frame) {
    SessionFrameParser parser = new SessionFrameParser(SessionProtocol.DEFAULT_MAX_FRAME_BYTES);
    ByteBuffer input = ByteBuffer.wrap(frame);
    SessionFrame parsed = parser.next(input);
    if (parsed == null || input.hasRemaining() || parser.hasPartialFrame()) {
      throw new SessionProtocolException(
          ErrorCode.MALFORMED_PAYLOAD,
          parsed == null
              ? "not one complete frame: " + frame.length + " bytes end inside the frame"
              : "not one frame: " + input.remaining() + " bytes after the " + parsed);
    }
    return parsed;
  }

  private static void writeKnown(ByteBuffer target, SessionFrame frame) {
    if (frame instanceof Hello f) {
      hello(target, f.rsuId(), f.software());
    } else if (frame instanceof HelloAck f) {
      helloAck(
          target, f.gatewayId(), f.maxFrameBytes(), f.idleTimeoutMs(), f.maxMessagesPerSecond());
    } else if (frame instanceof Data f) {
      data(target, f.sequence(), f.messages());
    } else if (frame instanceof Ack f) {
      ack(target, f.sequence(), f.accepted(), f.rejected());
    } else if (frame instanceof Downlink f) {
      downlink(target, f.downlinkId(), f.frame());
    } else if (frame instanceof ErrorFrame f) {
      error(target, f.code(), f.closing(), f.sequence(), f.message());
    } else if (frame instanceof Heartbeat f) {
      heartbeat(target, f.senderTimeEpochUs());
    } else {
      throw new IllegalArgumentException(
          "cannot write " + frame + ": the parser skipped its payload without keeping it");
    }
  }

  private static int frameBytes(SessionFrame frame) {
    if (frame instanceof Hello f) {
      return SessionProtocol.HEADER_BYTES
          + 2
          + f.rsuId().length()
          + SessionProtocol.utf8(f.software(), "software", SessionProtocol.MAX_SOFTWARE_BYTES)
              .length;
    } else if (frame instanceof HelloAck f) {
      return SessionProtocol.HEADER_BYTES
          + HELLO_ACK_FIXED_BYTES
          + SessionProtocol.utf8(f.gatewayId(), "gatewayId", SessionProtocol.MAX_GATEWAY_ID_BYTES)
              .length;
    } else if (frame instanceof Data f) {
      return dataFrameBytes(f.messages());
    } else if (frame instanceof Ack) {
      return ACK_FRAME_BYTES;
    } else if (frame instanceof Downlink f) {
      return SessionProtocol.HEADER_BYTES + DOWNLINK_FIXED_BYTES + f.frame().length;
    } else if (frame instanceof ErrorFrame f) {
      return SessionProtocol.HEADER_BYTES
          + ERROR_FIXED_BYTES
          + SessionProtocol.utf8(f.message(), "message", SessionProtocol.MAX_ERROR_MESSAGE_BYTES)
              .length;
    } else if (frame instanceof Heartbeat) {
      return HEARTBEAT_FRAME_BYTES;
    }
    throw new IllegalArgumentException(
        "cannot write " + frame + ": the parser skipped its payload without keeping it");
  }

  private static int frameBytes(long payloadBytes) {
    long frameBytes = SessionProtocol.HEADER_BYTES + payloadBytes;
    if (frameBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "a frame of " + frameBytes + " bytes does not fit in one Java array");
    }
    return (int) frameBytes;
  }

  /**
   * Checks that the whole frame fits, switches the target to big-endian and writes the header.
   * Returns the target's previous byte order, which the caller restores.
   */
  private static ByteOrder begin(ByteBuffer target, int payloadBytes, FrameType type) {
    if (target.remaining() < SessionProtocol.HEADER_BYTES + payloadBytes) {
      throw new BufferOverflowException();
    }
    ByteOrder order = target.order();
    target.order(ByteOrder.BIG_ENDIAN);
    target.putShort((short) SessionProtocol.MAGIC);
    target.put((byte) SessionProtocol.VERSION);
    target.put((byte) type.code());
    target.putInt(payloadBytes);
    return order;
  }
}
