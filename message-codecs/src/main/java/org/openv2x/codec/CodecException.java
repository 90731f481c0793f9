package org.openv2x.codec;

/**
 * The one exception the codec throws on bad input: UPER bytes, JER text, protobuf values or hex
 * text. It carries a {@link Reason} from a closed set, the path of the field being read (for
 * example {@code spatFrame.intersections[0].phases[2].phaseStates[0].light}) and, for UPER input,
 * the bit offset at which the offending value starts.
 *
 * <p>It has no stack trace: malformed input is expected at high rates and must be cheap to reject.
 */
public final class CodecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why input was refused. The set is closed; callers may switch over it. */
  public enum Reason {
    /** The input ended before the value was complete. */
    TRUNCATED,
    /** Whole bytes remain after the end of the message. */
    TRAILING_DATA,
    /** The padding bits that fill the last octet are not all zero. */
    NONZERO_PADDING,
    /** A constrained whole number lies outside the range of its type. */
    VALUE_OUT_OF_RANGE,
    /** A length or element count lies outside the SIZE constraint of its type. */
    SIZE_OUT_OF_RANGE,
    /** A CHOICE root index names no alternative of the type. */
    UNKNOWN_CHOICE_INDEX,
    /**
     * An extension alternative of a CHOICE, or an extension value of an ENUMERATED, that this
     * version of the standard does not define; it has no value in the model.
     */
    UNKNOWN_EXTENSION,
    /** A character lies outside the permitted alphabet of a string type. */
    INVALID_CHARACTER,
    /** A decoder limit (message bytes, list size, nesting depth, open type bytes) was exceeded. */
    LIMIT_EXCEEDED,
    /** Text that should be hexadecimal is not: odd digit count or a non-hex character. */
    BAD_HEX,
    /** Text that should be a JSON document does not parse. */
    BAD_JSON,
    /** A JSON member that the type requires is absent. */
    MISSING_FIELD,
    /** A JSON member that the type does not define is present. */
    UNKNOWN_FIELD,
    /** A JSON value has the wrong JSON type (string for number, object for array, ...). */
    WRONG_TYPE,
    /** An identifier (enumeration value, CHOICE alternative) that the type does not define. */
    UNKNOWN_NAME
  }

  private final Reason reason;
  private final String fieldPath;
  private final long bitOffset;

  /**
   * @param reason why the input was refused
   * @param fieldPath dotted path of the field, {@code ""} for the whole message
   * @param bitOffset bit offset into the UPER input where the value starts, or -1 where the input
   *     is not UPER
   * @param detail a human-readable detail, for example the value and its permitted range
   */
  public CodecException(Reason reason, String fieldPath, long bitOffset, String detail) {
    super(format(reason, fieldPath, bitOffset, detail), null, false, false);
    this.reason = reason;
    this.fieldPath = fieldPath == null ? "" : fieldPath;
    this.bitOffset = bitOffset;
  }

  /** Reason without a UPER bit offset (JER, protobuf and hex input). */
  public CodecException(Reason reason, String fieldPath, String detail) {
    this(reason, fieldPath, -1, detail);
  }

  public Reason reason() {
    return reason;
  }

  /** Dotted path of the offending field; {@code ""} for the whole message. */
  public String fieldPath() {
    return fieldPath;
  }

  /** Bit offset into the UPER input where the offending value starts, or -1 if not UPER. */
  public long bitOffset() {
    return bitOffset;
  }

  /** The detail text alone, without reason, path and offset. */
  public String detail() {
    String message = getMessage();
    int colon = message.indexOf(": ");
    return colon < 0 ? message : message.substring(colon + 2);
  }

  private static String format(Reason reason, String fieldPath, long bitOffset, String detail) {
    StringBuilder text = new StringBuilder(reason.name());
    if (fieldPath != null && !fieldPath.isEmpty()) {
      text.append(" at ").append(fieldPath);
    }
    if (bitOffset >= 0) {
      text.append(" (bit ").append(bitOffset).append(')');
    }
    return text.append(": ").append(detail).toString();
  }
}
