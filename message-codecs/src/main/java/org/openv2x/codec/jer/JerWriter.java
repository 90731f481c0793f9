package org.openv2x.codec.jer;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.OptionalInt;
import org.openv2x.codec.common.AsnEnumerated;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.OctetString;

/**
 * Writes values in the ASN.1 JSON Encoding Rules (ITU-T X.697): SEQUENCE as an object with the
 * standard's member names (absent OPTIONAL members left out), CHOICE as an object with one member
 * named after the alternative, SEQUENCE OF as an array, INTEGER as a number, ENUMERATED as its
 * identifier, OCTET STRING as hex digits, a fixed-size BIT STRING as hex digits of its bits padded
 * with zeros to an octet, any other BIT STRING as {@code {"value": hex, "length": bits}}.
 *
 * <p>Methods taking a {@code field} write an object member; the others write an array element.
 */
public final class JerWriter {
  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private final JsonGenerator json;

  public JerWriter(JsonGenerator json) {
    this.json = json;
  }

  public void startObject() {
    run(json::writeStartObject);
  }

  public void startObject(String field) {
    name(field);
    startObject();
  }

  public void endObject() {
    run(json::writeEndObject);
  }

  public void startArray(String field) {
    name(field);
    run(json::writeStartArray);
  }

  public void endArray() {
    run(json::writeEndArray);
  }

  public void integer(String field, long value) {
    name(field);
    integer(value);
  }

  public void integer(long value) {
    try {
      json.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the member only if present. */
  public void integer(String field, OptionalInt value) {
    if (value.isPresent()) {
      integer(field, value.getAsInt());
    }
  }

  public void enumerated(String field, AsnEnumerated value) {
    string(field, value.asnName());
  }

  public void string(String field, String value) {
    name(field);
    string(value);
  }

  public void string(String value) {
    try {
      json.writeString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An OCTET STRING (SIZE(8)) held in a long. */
  public void octets8(String field, long value) {
    string(field, HEX.toHexDigits(value));
  }

  /** An OCTET STRING (SIZE(1)) held in an int. */
  public void octets1(String field, int value) {
    string(field, HEX.toHexDigits((byte) value));
  }

  public void octets(String field, OctetString value) {
    string(field, HEX.formatHex(value.toByteArray()));
  }

  /** A fixed-size BIT STRING held in an int, first wire bit most significant. */
  public void fixedBits(String field, int bits, int sizeBits) {
    string(field, fixedBitsHex(bits, sizeBits));
  }

  /** Hex digits of a fixed-size BIT STRING held in an int, padded with zeros to an octet. */
  public static String fixedBitsHex(int bits, int sizeBits) {
    int bytes = (sizeBits + 7) / 8;
    long padded = ((long) bits & ((1L << sizeBits) - 1)) << (bytes * 8 - sizeBits);
    StringBuilder text = new StringBuilder(bytes * 2);
    for (int i = bytes - 1; i >= 0; i--) {
      text.append(HEX.toHexDigits((byte) (padded >>> (i * 8))));
    }
    return text.toString();
  }

  /** A BIT STRING whose size is not fixed (or whose size constraint is extensible). */
  public void bitString(String field, BitString value) {
    startObject(field);
    string("value", HEX.formatHex(value.toByteArray()));
    integer("length", value.sizeBits());
    endObject();
  }

  private void name(String field) {
    try {
      json.writeFieldName(field);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void run(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
