package org.openv2x.codec.bsm;

import org.openv2x.codec.TestVectors;

/**
 * A UPER message as an editable string of bits, for making broken variants of the test vectors:
 * overwrite, insert and cut bits at an offset, then pad with zeros to an octet again.
 */
final class Bits {
  private final StringBuilder bits = new StringBuilder();

  private Bits(byte[] bytes) {
    for (byte b : bytes) {
      for (int i = 7; i >= 0; i--) {
        bits.append(((b >> i) & 1) != 0 ? '1' : '0');
      }
    }
  }

  static Bits of(byte[] bytes) {
    return new Bits(bytes);
  }

  /** The bytes of vector {@code name} (its {@code .hex} file on the class path). */
  static byte[] vector(String name) {
    return TestVectors.vector(name);
  }

  /** The {@code count} bits at {@code offset} as an unsigned number. */
  long get(int offset, int count) {
    return Long.parseLong(bits.substring(offset, offset + count), 2);
  }

  /** Overwrites {@code count} bits at {@code offset} with the low bits of {@code value}. */
  Bits set(int offset, int count, long value) {
    bits.replace(offset, offset + count, binary(value, count));
    return this;
  }

  /** Inserts {@code count} bits of {@code value} at {@code offset}. */
  Bits insert(int offset, int count, long value) {
    bits.insert(offset, binary(value, count));
    return this;
  }

  /** Removes every bit from {@code offset} on. */
  Bits cut(int offset) {
    bits.setLength(offset);
    return this;
  }

  /** Number of bits. */
  int length() {
    return bits.length();
  }

  /** The bits, padded with zero bits to an octet. */
  byte[] toBytes() {
    byte[] bytes = new byte[(bits.length() + 7) / 8];
    for (int i = 0; i < bits.length(); i++) {
      if (bits.charAt(i) == '1') {
        bytes[i >>> 3] |= (byte) (0x80 >>> (i & 7));
      }
    }
    return bytes;
  }

  private static String binary(long value, int count) {
    StringBuilder text = new StringBuilder(count);
    for (int i = count - 1; i >= 0; i--) {
      text.append(((value >>> i) & 1) != 0 ? '1' : '0');
    }
    return text.toString();
  }
}
