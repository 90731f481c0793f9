package org.openv2x.codec.common;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.CodecException.Reason;

/**
 * Argument checks for the compact constructors of the model, so every value that exists is a valid
 * value of the standard. They throw {@link InvalidValueException} naming the field.
 */
public final class Check {
  /**
   * Longest BIT STRING outside an extensible SIZE root that the codec writes (no fragmentation).
   */
  public static final int MAX_EXTENDED_BITS = 16383;

  private Check() {}

  public static int range(int value, int lower, int upper, String field) {
    if (value < lower || value > upper) {
      throw new InvalidValueException(
          Reason.VALUE_OUT_OF_RANGE,
          field,
          field + " = " + value + " is outside " + lower + ".." + upper);
    }
    return value;
  }

  public static long range(long value, long lower, long upper, String field) {
    if (value < lower || value > upper) {
      throw new InvalidValueException(
          Reason.VALUE_OUT_OF_RANGE,
          field,
          field + " = " + value + " is outside " + lower + ".." + upper);
    }
    return value;
  }

  public static OptionalInt range(OptionalInt value, int lower, int upper, String field) {
    notNull(value, field);
    if (value.isPresent()) {
      range(value.getAsInt(), lower, upper, field);
    }
    return value;
  }

  /** A fixed-size BIT STRING held in an int: no bit above {@code sizeBits} may be set. */
  public static int bits(int value, int sizeBits, String field) {
    if (sizeBits < 32 && (value >>> sizeBits) != 0) {
      throw new InvalidValueException(
          Reason.SIZE_OUT_OF_RANGE,
          field,
          field + " = 0x" + Integer.toHexString(value) + " has bits beyond its " + sizeBits);
    }
    return value;
  }

  public static OptionalInt bits(OptionalInt value, int sizeBits, String field) {
    notNull(value, field);
    if (value.isPresent()) {
      bits(value.getAsInt(), sizeBits, field);
    }
    return value;
  }

  /** A BIT STRING whose size must lie in {@code lower..upper} unless {@code extensible}. */
  public static BitString size(
      BitString value, int lower, int upper, boolean extensible, String field) {
    notNull(value, field);
    if (extensible && value.sizeBits() > MAX_EXTENDED_BITS) {
      throw new InvalidValueException(
          Reason.SIZE_OUT_OF_RANGE,
          field,
          field
              + " has "
              + value.sizeBits()
              + " bits, more than "
              + MAX_EXTENDED_BITS
              + " (an unfragmented length)");
    }
    if (!extensible && (value.sizeBits() < lower || value.sizeBits() > upper)) {
      throw new InvalidValueException(
          Reason.SIZE_OUT_OF_RANGE,
          field,
          field + " has " + value.sizeBits() + " bits, allowed " + lower + ".." + upper);
    }
    return value;
  }

  /** An IA5String with {@code SIZE(lower..upper)}. */
  public static String ia5(String value, int lower, int upper, String field) {
    notNull(value, field);
    if (value.length() < lower || value.length() > upper) {
      throw new InvalidValueException(
          Reason.SIZE_OUT_OF_RANGE,
          field,
          field + " has " + value.length() + " characters, allowed " + lower + ".." + upper);
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) > 127) {
        throw new InvalidValueException(
            Reason.INVALID_CHARACTER, field, field + " has a non-IA5 (non-ASCII) character");
      }
    }
    return value;
  }

  public static Optional<String> ia5(Optional<String> value, int lower, int upper, String field) {
    notNull(value, field);
    value.ifPresent(text -> ia5(text, lower, upper, field));
    return value;
  }

  /** An OCTET STRING with {@code SIZE(lower..upper)}. */
  public static OctetString size(OctetString value, int lower, int upper, String field) {
    notNull(value, field);
    if (value.length() < lower || value.length() > upper) {
      throw new InvalidValueException(
          Reason.SIZE_OUT_OF_RANGE,
          field,
          field + " has " + value.length() + " octets, allowed " + lower + ".." + upper);
    }
    return value;
  }

  /** A SEQUENCE OF with {@code SIZE(lower..upper)}; returns an immutable copy. */
  public static <T> List<T> size(List<T> value, int lower, int upper, String field) {
    notNull(value, field);
    if (value.size() < lower || value.size() > upper) {
      throw new InvalidValueException(
          Reason.SIZE_OUT_OF_RANGE,
          field,
          field + " has " + value.size() + " elements, allowed " + lower + ".." + upper);
    }
    for (int i = 0; i < value.size(); i++) {
      if (value.get(i) == null) {
        throw new InvalidValueException(
            Reason.MISSING_FIELD, field, field + "[" + i + "] must not be null");
      }
    }
    return List.copyOf(value);
  }

  /**
   * An OPTIONAL SEQUENCE OF with {@code SIZE(lower..upper)}: the same Optional if its list is
   * already immutable, else one holding an immutable copy.
   */
  public static <T> Optional<List<T>> size(
      Optional<List<T>> value, int lower, int upper, String field) {
    notNull(value, field);
    if (value.isEmpty()) {
      return value;
    }
    List<T> list = value.get();
    List<T> checked = size(list, lower, upper, field);
    return checked == list ? value : Optional.of(checked);
  }

  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(
          Reason.MISSING_FIELD, field, field + " must not be null (use Optional.empty())");
    }
    return value;
  }
}
