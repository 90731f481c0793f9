package org.openv2x.codec.session;

import java.nio.charset.StandardCharsets;

/**
 * Constants and limits of the RSU session protocol, version 1 (ingest-gateway/PROTOCOL.md). All
 * integers on the wire are unsigned big-endian; strings are UTF-8 with a length prefix.
 */
public final class SessionProtocol {
  /** The two magic bytes {@code "V2"} as one big-endian 16-bit value. */
  public static final int MAGIC = 0x5632;

  /** First magic byte, {@code 'V'}. */
  public static final byte MAGIC_BYTE_0 = 0x56;

  /** Second magic byte, {@code '2'}. */
  public static final byte MAGIC_BYTE_1 = 0x32;

  /** The protocol version this implementation speaks. */
  public static final int VERSION = 1;

  /** Header size: magic (2), version (1), type (1), payload length (4). */
  public static final int HEADER_BYTES = 8;

  /** The gateway's default max payload length ({@code tcp.max-frame-bytes}), 1 MiB. */
  public static final int DEFAULT_MAX_FRAME_BYTES = 1 << 20;

  /** The gateway's default TCP port. */
  public static final int DEFAULT_TCP_PORT = 7400;

  /** Shortest RSU id, in bytes. */
  public static final int MIN_RSU_ID_BYTES = 1;

  /** Longest RSU id, in bytes. */
  public static final int MAX_RSU_ID_BYTES = 64;

  /** Longest software text of {@code HELLO}, in UTF-8 bytes. */
  public static final int MAX_SOFTWARE_BYTES = 255;

  /** Longest gateway id of {@code HELLO_ACK}, in UTF-8 bytes (its length prefix is a u8). */
  public static final int MAX_GATEWAY_ID_BYTES = 255;

  /** Fewest messages in one {@code DATA} frame. */
  public static final int MIN_MESSAGE_COUNT = 1;

  /** Most messages in one {@code DATA} frame. */
  public static final int MAX_MESSAGE_COUNT = 65_535;

  /** Shortest message ({@code DATA} message or {@code DOWNLINK} frame), in bytes. */
  public static final int MIN_MESSAGE_BYTES = 1;

  /** Longest message ({@code DATA} message or {@code DOWNLINK} frame), in bytes. */
  public static final int MAX_MESSAGE_BYTES = 65_535;

  /** Longest text of an {@code ERROR} frame, in UTF-8 bytes. */
  public static final int MAX_ERROR_MESSAGE_BYTES = 65_535;

  /** Largest value of a u16 field ({@code accepted}, {@code rejected}, error code). */
  public static final int MAX_U16 = 0xFFFF;

  /** Largest value of a u32 field of {@code HELLO_ACK}. */
  public static final long MAX_U32 = 0xFFFF_FFFFL;

  /** Payload bytes of a {@code DATA} frame before its messages: sequence (8) and count (2). */
  public static final int DATA_FIXED_BYTES = 10;

  /** Bytes before each {@code DATA} message: its u16 length. */
  public static final int MESSAGE_LENGTH_PREFIX_BYTES = 2;

  private SessionProtocol() {}

  /** Whether {@code rsuId} is 1..64 characters of {@code [A-Za-z0-9._:-]}. */
  public static boolean isValidRsuId(String rsuId) {
    if (rsuId == null || rsuId.length() < MIN_RSU_ID_BYTES || rsuId.length() > MAX_RSU_ID_BYTES) {
      return false;
    }
    for (int i = 0; i < rsuId.length(); i++) {
      if (!isRsuIdCharacter(rsuId.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} (a character or a byte of an id on the wire) may appear in an RSU id. */
  static boolean isRsuIdCharacter(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == ':'
        || c == '-';
  }

  /** Throws {@link IllegalArgumentException} naming the fault unless {@link #isValidRsuId}. */
  static void checkRsuId(String rsuId) {
    if (rsuId == null) {
      throw new IllegalArgumentException("rsuId is null");
    }
    if (rsuId.length() < MIN_RSU_ID_BYTES || rsuId.length() > MAX_RSU_ID_BYTES) {
      throw new IllegalArgumentException(
          "rsuId must be 1..64 bytes, is " + rsuId.length() + ": '" + rsuId + "'");
    }
    for (int i = 0; i < rsuId.length(); i++) {
      if (!isRsuIdCharacter(rsuId.charAt(i))) {
        throw new IllegalArgumentException(
            "rsuId '"
                + rsuId
                + "' has character '"
                + rsuId.charAt(i)
                + "' at index "
                + i
                + ", only [A-Za-z0-9._:-] is allowed");
      }
    }
  }

  /** The UTF-8 bytes of {@code text}, checked to be at most {@code maxBytes} long. */
  static byte[] utf8(String text, String what, int maxBytes) {
    if (text == null) {
      throw new IllegalArgumentException(what + " is null");
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > maxBytes) {
      throw new IllegalArgumentException(
          what + " must be at most " + maxBytes + " UTF-8 bytes, is " + bytes.length);
    }
    return bytes;
  }

  static void checkU16(long value, String what) {
    if (value < 0 || value > MAX_U16) {
      throw new IllegalArgumentException(what + " must be 0..65535, is " + value);
    }
  }

  static void checkU32(long value, String what) {
    if (value < 0 || value > MAX_U32) {
      throw new IllegalArgumentException(what + " must be 0..4294967295, is " + value);
    }
  }

  static void checkMessageLength(int length, String what) {
    if (length < MIN_MESSAGE_BYTES || length > MAX_MESSAGE_BYTES) {
      throw new IllegalArgumentException(what + " must be 1..65535 bytes, is " + length);
    }
  }

  static void checkMessageCount(int count) {
    if (count < MIN_MESSAGE_COUNT || count > MAX_MESSAGE_COUNT) {
      throw new IllegalArgumentException("a DATA frame carries 1..65535 messages, not " + count);
    }
  }
}
