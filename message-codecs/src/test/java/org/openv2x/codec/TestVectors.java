package org.openv2x.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The shared test vectors on the class path ({@code /vectors/}) and bit surgery on UPER encodings
 * for broken-input tests: bits are handled as text of '0' and '1', bit 0 first.
 */
public final class TestVectors {
  private TestVectors() {}

  /** The UPER bytes of vector {@code name} (its {@code .hex} file). */
  public static byte[] vector(String name) {
    return HexFormat.of().parseHex(resource("/vectors/" + name + ".hex").strip());
  }

  /** The text of a class-path resource. */
  public static String resource(String path) {
    try (InputStream in = TestVectors.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bits of {@code bytes} as "0101...". */
  public static String bits(byte[] bytes) {
    StringBuilder text = new StringBuilder(bytes.length * 8);
    for (byte b : bytes) {
      for (int i = 7; i >= 0; i--) {
        text.append((b >>> i) & 1);
      }
    }
    return text.toString();
  }

  /** Bytes of "0101..." bits, padded with zero bits to an octet. */
  public static byte[] bytes(CharSequence bits) {
    byte[] bytes = new byte[(bits.length() + 7) / 8];
    for (int i = 0; i < bits.length(); i++) {
      if (bits.charAt(i) == '1') {
        bytes[i / 8] |= (byte) (0x80 >>> (i % 8));
      }
    }
    return bytes;
  }

  /** {@code value} as {@code width} bits, most significant first. */
  public static String number(long value, int width) {
    StringBuilder text = new StringBuilder(width);
    for (int i = width - 1; i >= 0; i--) {
      text.append((value >>> i) & 1);
    }
    return text.toString();
  }

  /** The {@code width}-bit number at bit {@code offset} of {@code bits}. */
  public static long read(String bits, int offset, int width) {
    return Long.parseLong(bits.substring(offset, offset + width), 2);
  }

  /** {@code bits} with the {@code width} bits at {@code offset} replaced by {@code value}. */
  public static String patch(String bits, int offset, int width, long value) {
    return bits.substring(0, offset) + number(value, width) + bits.substring(offset + width);
  }

  /** {@code bytes} with the {@code width} bits at bit {@code offset} replaced by {@code value}. */
  public static byte[] patch(byte[] bytes, int offset, int width, long value) {
    return bytes(patch(bits(bytes), offset, width, value));
  }

  /** {@code bits} with {@code inserted} put in at {@code offset}. */
  public static String insert(String bits, int offset, String inserted) {
    return bits.substring(0, offset) + inserted + bits.substring(offset);
  }
}
