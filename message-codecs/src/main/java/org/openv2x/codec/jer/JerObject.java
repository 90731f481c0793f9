package org.openv2x.codec.jer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.common.AsnEnumerated;
import org.openv2x.codec.common.AsnEnums;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.OctetString;

/**
 * Reads one JSON object of X.697 JER text (a SEQUENCE or a CHOICE) with the path to it, checking
 * JSON types, ranges and sizes. Every failure is a {@link CodecException} naming the member's path.
 * Call {@link #end()} after the last member to refuse members the type does not define.
 */
public final class JerObject {
  private final JsonNode node;
  private final String path;
  private final Set<String> read = new HashSet<>();

  private JerObject(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** The object {@code node} at {@code path}; refuses anything but a JSON object. */
  public static JerObject of(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new CodecException(
          Reason.WRONG_TYPE, path, "expected a JSON object, got " + describe(node));
    }
    return new JerObject(node, path);
  }

  public String path() {
    return path;
  }

  public String path(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  public boolean has(String field) {
    return node.has(field);
  }

  /** The member {@code field}, or a {@link Reason#MISSING_FIELD} exception. */
  public JsonNode required(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw new CodecException(Reason.MISSING_FIELD, path(field), "required member is absent");
    }
    read.add(field);
    return value;
  }

  private Optional<JsonNode> optional(String field) {
    JsonNode value = node.get(field);
    if (value == null) {
      return Optional.empty();
    }
    read.add(field);
    return Optional.of(value);
  }

  /** Refuses members that were not read: the type does not define them. */
  public void end() {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!read.contains(name)) {
        throw new CodecException(Reason.UNKNOWN_FIELD, path(name), "member not defined here");
      }
    }
  }

  // ---------------------------------------------------------------- CHOICE

  /** For a CHOICE: the name of its single member. */
  public String choiceName() {
    if (node.size() != 1) {
      throw new CodecException(
          Reason.WRONG_TYPE, path, "a CHOICE needs exactly one member, got " + node.size());
    }
    String name = node.fieldNames().next();
    read.add(name);
    return name;
  }

  /** For a CHOICE: an unknown alternative name. */
  public CodecException unknownAlternative(String name) {
    return new CodecException(Reason.UNKNOWN_NAME, path(name), "no such CHOICE alternative");
  }

  // ---------------------------------------------------------------- members

  public JerObject object(String field) {
    return of(required(field), path(field));
  }

  public Optional<JerObject> optionalObject(String field) {
    return optional(field).map(value -> of(value, path(field)));
  }

  public int integer(String field, int lower, int upper) {
    return integerValue(required(field), path(field), lower, upper);
  }

  public long integer(String field, long lower, long upper) {
    return longValue(required(field), path(field), lower, upper);
  }

  public OptionalInt optionalInteger(String field, int lower, int upper) {
    JsonNode value = node.get(field);
    if (value == null) {
      return OptionalInt.empty();
    }
    read.add(field);
    return OptionalInt.of(integerValue(value, path(field), lower, upper));
  }

  public <E extends Enum<E> & AsnEnumerated> E enumerated(String field, Class<E> type) {
    return enumValue(required(field), path(field), type);
  }

  public <E extends Enum<E> & AsnEnumerated> Optional<E> optionalEnumerated(
      String field, Class<E> type) {
    return optional(field).map(value -> enumValue(value, path(field), type));
  }

  public String ia5String(String field, int lowerSize, int upperSize) {
    return ia5Value(required(field), path(field), lowerSize, upperSize);
  }

  public Optional<String> optionalIa5String(String field, int lowerSize, int upperSize) {
    return optional(field).map(value -> ia5Value(value, path(field), lowerSize, upperSize));
  }

  /** An OCTET STRING (SIZE(8)) as a big-endian long. */
  public long octets8(String field) {
    byte[] bytes = hexValue(required(field), path(field), 8, 8);
    long value = 0;
    for (byte b : bytes) {
      value = (value << 8) | (b & 0xFF);
    }
    return value;
  }

  public OptionalLongValue optionalOctets8(String field) {
    return node.has(field)
        ? new OptionalLongValue(true, octets8(field))
        : new OptionalLongValue(false, 0);
  }

  /** Presence and value of an optional OCTET STRING (SIZE(8)). */
  public record OptionalLongValue(boolean present, long value) {}

  /** An OCTET STRING (SIZE(1)) as an int 0..255. */
  public int octets1(String field) {
    return hexValue(required(field), path(field), 1, 1)[0] & 0xFF;
  }

  public OctetString octets(String field, int lowerSize, int upperSize) {
    return OctetString.wrap(hexValue(required(field), path(field), lowerSize, upperSize));
  }

  /** A fixed-size BIT STRING of {@code sizeBits} bits into an int, first bit most significant. */
  public int fixedBits(String field, int sizeBits) {
    return fixedBitsValue(required(field), path(field), sizeBits);
  }

  public OptionalInt optionalFixedBits(String field, int sizeBits) {
    JsonNode value = node.get(field);
    if (value == null) {
      return OptionalInt.empty();
    }
    read.add(field);
    return OptionalInt.of(fixedBitsValue(value, path(field), sizeBits));
  }

  /** A BIT STRING in the {@code {"value": hex, "length": n}} form. */
  public BitString bitString(String field, int lowerSize, int upperSize, boolean extensible) {
    return bitStringValue(object(field), lowerSize, upperSize, extensible);
  }

  public Optional<BitString> optionalBitString(
      String field, int lowerSize, int upperSize, boolean extensible) {
    return optionalObject(field)
        .map(value -> bitStringValue(value, lowerSize, upperSize, extensible));
  }

  /** A SEQUENCE OF with {@code SIZE(lowerSize..upperSize)}; elements read by {@code element}. */
  public <T> List<T> list(
      String field, int lowerSize, int upperSize, Function<JerElement, T> element) {
    return listValue(required(field), path(field), lowerSize, upperSize, element);
  }

  public <T> Optional<List<T>> optionalList(
      String field, int lowerSize, int upperSize, Function<JerElement, T> element) {
    return optional(field)
        .map(value -> listValue(value, path(field), lowerSize, upperSize, element));
  }

  /** One element of a SEQUENCE OF, with its path. */
  public record JerElement(JsonNode node, String path) {
    public JerObject object() {
      return JerObject.of(node, path);
    }
  }

  // ---------------------------------------------------------------- values

  static int integerValue(JsonNode value, String path, int lower, int upper) {
    return (int) longValue(value, path, lower, upper);
  }

  static long longValue(JsonNode value, String path, long lower, long upper) {
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new CodecException(
          Reason.WRONG_TYPE, path, "expected a whole number, got " + describe(value));
    }
    long number = value.longValue();
    if (number < lower || number > upper) {
      throw new CodecException(
          Reason.VALUE_OUT_OF_RANGE, path, number + " is outside " + lower + ".." + upper);
    }
    return number;
  }

  static <E extends Enum<E> & AsnEnumerated> E enumValue(
      JsonNode value, String path, Class<E> type) {
    if (!value.isTextual()) {
      throw new CodecException(
          Reason.WRONG_TYPE, path, "expected an enumeration identifier, got " + describe(value));
    }
    return AsnEnums.byName(type, value.textValue())
        .orElseThrow(
            () ->
                new CodecException(
                    Reason.UNKNOWN_NAME,
                    path,
                    "\"" + value.textValue() + "\" is not a value of " + type.getSimpleName()));
  }

  static String ia5Value(JsonNode value, String path, int lowerSize, int upperSize) {
    if (!value.isTextual()) {
      throw new CodecException(
          Reason.WRONG_TYPE, path, "expected a string, got " + describe(value));
    }
    String text = value.textValue();
    checkSize(text.length(), lowerSize, upperSize, path);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        throw new CodecException(
            Reason.INVALID_CHARACTER,
            path,
            "character U+" + Integer.toHexString(text.charAt(i)) + " is not IA5 (ASCII)");
      }
    }
    return text;
  }

  static byte[] hexValue(JsonNode value, String path, int lowerSize, int upperSize) {
    if (!value.isTextual()) {
      throw new CodecException(
          Reason.WRONG_TYPE, path, "expected a hex string, got " + describe(value));
    }
    byte[] bytes = parseHex(value.textValue(), path);
    checkSize(bytes.length, lowerSize, upperSize, path);
    return bytes;
  }

  static int fixedBitsValue(JsonNode value, String path, int sizeBits) {
    byte[] bytes = hexValue(value, path, (sizeBits + 7) / 8, (sizeBits + 7) / 8);
    long all = 0;
    for (byte b : bytes) {
      all = (all << 8) | (b & 0xFF);
    }
    int padding = bytes.length * 8 - sizeBits;
    if ((all & ((1L << padding) - 1)) != 0) {
      throw new CodecException(
          Reason.NONZERO_PADDING, path, "bits past the " + sizeBits + " of the string are set");
    }
    return (int) (all >>> padding);
  }

  static BitString bitStringValue(
      JerObject object, int lowerSize, int upperSize, boolean extensible) {
    int length = object.integer("length", 0, 65535);
    if (!extensible) {
      checkSize(length, lowerSize, upperSize, object.path("length"));
    }
    byte[] bytes = hexValue(object.required("value"), object.path("value"), 0, 8192);
    object.end();
    if (bytes.length != (length + 7) / 8) {
      throw new CodecException(
          Reason.SIZE_OUT_OF_RANGE,
          object.path("value"),
          length + " bits need " + (length + 7) / 8 + " bytes, got " + bytes.length);
    }
    if (length % 8 != 0 && (bytes[bytes.length - 1] & (0xFF >>> (length % 8))) != 0) {
      throw new CodecException(
          Reason.NONZERO_PADDING, object.path("value"), "bits past the length are set");
    }
    return BitString.wrap(bytes, length);
  }

  static <T> List<T> listValue(
      JsonNode value, String path, int lowerSize, int upperSize, Function<JerElement, T> element) {
    if (!value.isArray()) {
      throw new CodecException(
          Reason.WRONG_TYPE, path, "expected an array, got " + describe(value));
    }
    checkSize(value.size(), lowerSize, upperSize, path);
    List<T> items = new ArrayList<>(value.size());
    for (int i = 0; i < value.size(); i++) {
      items.add(element.apply(new JerElement(value.get(i), path + "[" + i + "]")));
    }
    return List.copyOf(items);
  }

  /** Parses hex digits (either case) into bytes; {@link Reason#BAD_HEX} if they are not. */
  public static byte[] parseHex(String text, String path) {
    if (text.length() % 2 != 0) {
      throw new CodecException(
          Reason.BAD_HEX, path, "odd number of hex digits (" + text.length() + ")");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        throw new CodecException(
            Reason.BAD_HEX, path, "'" + text.charAt(i) + "' at " + i + " is not a hex digit");
      }
    }
    return HexFormat.of().parseHex(text);
  }

  private static void checkSize(int size, int lower, int upper, String path) {
    if (size < lower || size > upper) {
      throw new CodecException(
          Reason.SIZE_OUT_OF_RANGE, path, "size " + size + ", allowed " + lower + ".." + upper);
    }
  }

  static String describe(JsonNode node) {
    return node == null ? "nothing" : node.getNodeType().name().toLowerCase();
  }
}
