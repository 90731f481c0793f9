package org.openv2x.codec.session;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One frame of the session protocol, as {@link SessionFrameParser} returns it. The records check
 * their values in their constructors (an {@link IllegalArgumentException} names the field), so a
 * frame that exists can be written again by {@link SessionFrames#write}.
 *
 * <p>u64 fields ({@code sequence}, {@code downlinkId}, times) are Java {@code long}s holding the
 * unsigned value's bits; u32 fields are non-negative {@code long}s; u16 fields are non-negative
 * {@code int}s. Byte arrays are held as given, not copied: neither the parser nor callers modify
 * them after building a frame.
 */
public sealed interface SessionFrame
    permits SessionFrame.Hello,
        SessionFrame.HelloAck,
        SessionFrame.Data,
        SessionFrame.Ack,
        SessionFrame.Downlink,
        SessionFrame.ErrorFrame,
        SessionFrame.Heartbeat,
        SessionFrame.Unknown {

  /** The header's type code. */
  int typeCode();

  /** {@code HELLO}: the RSU's id (1..64 of {@code [A-Za-z0-9._:-]}) and software (0..255 bytes). */
  record Hello(String rsuId, String software) implements SessionFrame {
    public Hello {
      SessionProtocol.checkRsuId(rsuId);
      SessionProtocol.utf8(software, "software", SessionProtocol.MAX_SOFTWARE_BYTES);
    }

    @Override
    public int typeCode() {
      return FrameType.HELLO.code();
    }
  }

  /**
   * {@code HELLO_ACK}: the gateway's id, its max payload length per frame, its idle timeout (an RSU
   * with nothing to send heartbeats every third of it) and the RSU's rate limit (0: none).
   */
  record HelloAck(
      String gatewayId, long maxFrameBytes, long idleTimeoutMs, long maxMessagesPerSecond)
      implements SessionFrame {
    public HelloAck {
      SessionProtocol.utf8(gatewayId, "gatewayId", SessionProtocol.MAX_GATEWAY_ID_BYTES);
      SessionProtocol.checkU32(maxFrameBytes, "maxFrameBytes");
      SessionProtocol.checkU32(idleTimeoutMs, "idleTimeoutMs");
      SessionProtocol.checkU32(maxMessagesPerSecond, "maxMessagesPerSecond");
    }

    @Override
    public int typeCode() {
      return FrameType.HELLO_ACK.code();
    }
  }

  /** {@code DATA}: the RSU's sequence number and 1..65535 UPER messages of 1..65535 bytes. */
  record Data(long sequence, List<byte[]> messages) implements SessionFrame {
    public Data {
      messages = List.copyOf(messages);
      SessionProtocol.checkMessageCount(messages.size());
      for (int i = 0; i < messages.size(); i++) {
        SessionProtocol.checkMessageLength(messages.get(i).length, "DATA message " + (i + 1));
      }
    }

    @Override
    public int typeCode() {
      return FrameType.DATA.code();
    }

    /** Equal sequence and messages of equal content. */
    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Data that) || sequence != that.sequence) {
        return false;
      }
      if (messages.size() != that.messages.size()) {
        return false;
      }
      for (int i = 0; i < messages.size(); i++) {
        if (!Arrays.equals(messages.get(i), that.messages.get(i))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      int hash = Long.hashCode(sequence);
      for (byte[] message : messages) {
        hash = 31 * hash + Arrays.hashCode(message);
      }
      return hash;
    }

    @Override
    public String toString() {
      long bytes = 0;
      for (byte[] message : messages) {
        bytes += message.length;
      }
      return "Data[sequence="
          + Long.toUnsignedString(sequence)
          + ", messages="
          + messages.size()
          + ", messageBytes="
          + bytes
          + "]";
    }
  }

  /** {@code ACK} of the {@code DATA} frame with this sequence: messages accepted and rejected. */
  record Ack(long sequence, int accepted, int rejected) implements SessionFrame {
    public Ack {
      SessionProtocol.checkU16(accepted, "accepted");
      SessionProtocol.checkU16(rejected, "rejected");
    }

    @Override
    public int typeCode() {
      return FrameType.ACK.code();
    }
  }

  /** {@code DOWNLINK}: a gateway-unique id and one UPER MessageFrame (1..65535 bytes). */
  record Downlink(long downlinkId, byte[] frame) implements SessionFrame {
    public Downlink {
      SessionProtocol.checkMessageLength(frame.length, "DOWNLINK frame");
    }

    @Override
    public int typeCode() {
      return FrameType.DOWNLINK.code();
    }

    /** Equal id and frame bytes. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Downlink that
          && downlinkId == that.downlinkId
          && Arrays.equals(frame, that.frame);
    }

    @Override
    public int hashCode() {
      return 31 * Long.hashCode(downlinkId) + Arrays.hashCode(frame);
    }

    @Override
    public String toString() {
      return "Downlink[downlinkId="
          + Long.toUnsignedString(downlinkId)
          + ", frameBytes="
          + frame.length
          + "]";
    }
  }

  /**
   * {@code ERROR}: a code (u16, possibly one this version does not know), whether the sender closes
   * the connection after it, the {@code DATA} sequence it is about (0: none) and a text for people.
   */
  record ErrorFrame(int code, boolean closing, long sequence, String message)
      implements SessionFrame {
    public ErrorFrame {
      SessionProtocol.checkU16(code, "code");
      SessionProtocol.utf8(message, "message", SessionProtocol.MAX_ERROR_MESSAGE_BYTES);
    }

    /** An error with the table's default {@code closing} flag. */
    public ErrorFrame(ErrorCode code, long sequence, String message) {
      this(code.code(), code.closing(), sequence, message);
    }

    /** The code as a known {@link ErrorCode}, or empty for a code this version does not define. */
    public Optional<ErrorCode> errorCode() {
      return ErrorCode.fromCode(code);
    }

    @Override
    public int typeCode() {
      return FrameType.ERROR.code();
    }

    @Override
    public String toString() {
      return "ErrorFrame["
          + code
          + errorCode().map(c -> " " + c.name()).orElse("")
          + (closing ? ", closing" : "")
          + ", sequence="
          + Long.toUnsignedString(sequence)
          + ", message="
          + message
          + "]";
    }
  }

  /** {@code HEARTBEAT}: the sender's clock, microseconds since 1970-01-01T00:00:00Z. */
  record Heartbeat(long senderTimeEpochUs) implements SessionFrame {
    @Override
    public int typeCode() {
      return FrameType.HEARTBEAT.code();
    }
  }

  /**
   * A frame of a type this version does not define; the parser skipped its {@code payloadLength}
   * bytes without holding them.
   */
  record Unknown(int typeCode, long payloadLength) implements SessionFrame {
    public Unknown {
      if (typeCode < 0 || typeCode > 0xFF || FrameType.ofCodeOrNull(typeCode) != null) {
        throw new IllegalArgumentException("not an unknown frame type: " + typeCode);
      }
      SessionProtocol.checkU32(payloadLength, "payloadLength");
    }
  }
}
