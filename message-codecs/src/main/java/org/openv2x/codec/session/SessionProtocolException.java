package org.openv2x.codec.session;

import java.util.List;

/**
 * Input that is not a well-formed frame of the session protocol. {@link #errorCode()} is the {@code
 * ERROR} code a receiver answers with: {@link ErrorCode#BAD_MAGIC} and {@link
 * ErrorCode#UNSUPPORTED_VERSION} (the stream cannot be trusted any more; {@link #closing()}), or
 * {@link ErrorCode#FRAME_TOO_LARGE} and {@link ErrorCode#MALFORMED_PAYLOAD} (that frame was
 * skipped; the stream goes on).
 *
 * <p>For a malformed {@code DATA} frame it also carries what the protocol needs to handle it: the
 * {@link #sequence()}, the {@link #parsedMessages()} read before the fault (to process) and the
 * {@link #unparsedBytes()} after them (to dead-letter as one input).
 *
 * <p>It has no stack trace: malformed input is expected and must be cheap to reject.
 */
public final class SessionProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** {@link #frameTypeCode()} when the fault is in the header itself. */
  public static final int NO_FRAME_TYPE = -1;

  private static final byte[] NO_BYTES = new byte[0];

  private final ErrorCode errorCode;
  private final int frameTypeCode;
  private final long sequence;
  private final transient List<byte[]> parsedMessages;
  private final transient byte[] unparsedBytes;

  /**
   * @param errorCode the matching protocol error
   * @param frameTypeCode the frame's type code, or {@link #NO_FRAME_TYPE}
   * @param sequence the {@code DATA} frame's sequence, 0 when there is none
   * @param parsedMessages {@code DATA} messages read before the fault (held, not copied)
   * @param unparsedBytes the payload bytes after the last message read
   * @param detail what was wrong, for people
   */
  public SessionProtocolException(
      ErrorCode errorCode,
      int frameTypeCode,
      long sequence,
      List<byte[]> parsedMessages,
      byte[] unparsedBytes,
      String detail) {
    super(errorCode.name() + ": " + detail, null, false, false);
    this.errorCode = errorCode;
    this.frameTypeCode = frameTypeCode;
    this.sequence = sequence;
    this.parsedMessages = List.copyOf(parsedMessages);
    this.unparsedBytes = unparsedBytes;
  }

  /** A fault with no frame type, sequence or partial payload. */
  public SessionProtocolException(ErrorCode errorCode, String detail) {
    this(errorCode, NO_FRAME_TYPE, 0, List.of(), NO_BYTES, detail);
  }

  /** The {@code ERROR} code that matches the fault. */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /** Whether the stream cannot be read any further (the code's default {@code closing}). */
  public boolean closing() {
    return errorCode.closing();
  }

  /** The type code of the offending frame, {@link #NO_FRAME_TYPE} for a bad header. */
  public int frameTypeCode() {
    return frameTypeCode;
  }

  /** The sequence of a malformed {@code DATA} frame (0 when it had none), otherwise 0. */
  public long sequence() {
    return sequence;
  }

  /** The messages of a malformed {@code DATA} frame that were read before the fault. */
  public List<byte[]> parsedMessages() {
    return parsedMessages;
  }

  /**
   * The payload bytes not turned into a value: for {@code DATA}, from the first message that could
   * not be read (or the bytes left over after the last one); for other types, the whole payload;
   * for a bad header, the header. Empty for {@link ErrorCode#FRAME_TOO_LARGE}, whose payload is
   * skipped without being held. The array is the exception's own.
   */
  public byte[] unparsedBytes() {
    return unparsedBytes;
  }
}
