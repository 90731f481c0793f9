package org.openv2x.codec.common;

import org.openv2x.codec.CodecException.Reason;

/**
 * A model value that the standard does not allow, refused by a constructor of the model. It names
 * the field and says why ({@link Reason#VALUE_OUT_OF_RANGE}, {@link Reason#SIZE_OUT_OF_RANGE},
 * {@link Reason#INVALID_CHARACTER}); readers of JER and protobuf turn it into a {@link
 * org.openv2x.codec.CodecException} with the full path.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final Reason reason;
  private final String field;

  public InvalidValueException(Reason reason, String field, String message) {
    super(message);
    this.reason = reason;
    this.field = field;
  }

  public Reason reason() {
    return reason;
  }

  /** The ASN.1 name of the refused field. */
  public String field() {
    return field;
  }
}
