package org.openv2x.codec.session;

import java.util.Optional;

/**
 * The error codes of the {@code ERROR} frame (PROTOCOL.md, "Errors"). Codes below 200 report a
 * problem with one frame and the connection goes on; codes from 200 on end the session, and {@link
 * #closing()} is their default {@code closing} flag.
 */
public enum ErrorCode {
  /** {@code length} exceeds the max frame bytes; the frame's bytes are skipped. */
  FRAME_TOO_LARGE(100, false),
  /** A frame type the receiver does not know (or one only the other side sends); skipped. */
  UNKNOWN_FRAME_TYPE(101, false),
  /** The payload does not match its type's layout. */
  MALFORMED_PAYLOAD(102, false),
  /** A second {@code HELLO}; ignored. */
  UNEXPECTED_FRAME(103, false),
  /** The header does not start with {@code "V2"}: the stream is out of step. */
  BAD_MAGIC(200, true),
  /** A protocol version other than 1. */
  UNSUPPORTED_VERSION(201, true),
  /** The first frame is not {@code HELLO}. */
  HELLO_REQUIRED(202, true),
  /** The RSU id is not in the gateway's registry and unknown RSUs are refused. */
  UNKNOWN_RSU(203, true),
  /** The gateway already has its maximum number of connections. */
  TOO_MANY_CONNECTIONS(204, true),
  /** Nothing received for the idle timeout. */
  IDLE_TIMEOUT(205, true),
  /** No {@code HELLO} within the hello timeout. */
  HELLO_TIMEOUT(206, true),
  /** A newer connection said {@code HELLO} with the same RSU id. */
  REPLACED(207, true),
  /** The gateway is stopping; unacknowledged {@code DATA} must be resent elsewhere. */
  SHUTTING_DOWN(208, true),
  /** A fault in the gateway. */
  INTERNAL_ERROR(209, true);

  private final int code;
  private final boolean closing;

  ErrorCode(int code, boolean closing) {
    this.code = code;
    this.closing = closing;
  }

  /** The wire code (u16). */
  public int code() {
    return code;
  }

  /** Whether the connection ends after this error, as the protocol's table says. */
  public boolean closing() {
    return closing;
  }

  /** The error with this wire code, or empty for a code this version does not define. */
  public static Optional<ErrorCode> fromCode(int code) {
    for (ErrorCode errorCode : values()) {
      if (errorCode.code == code) {
        return Optional.of(errorCode);
      }
    }
    return Optional.empty();
  }
}
