package org.openv2x.codec.common;

import java.util.Arrays;

/**
 * An immutable BIT STRING of any length, used where the standard's SIZE constraint is extensible
 * (VehicleEventFlags, ExteriorLights, LaneAttributes-Vehicle) or varies. Bit 0 is the first bit on
 * the wire and, for named bits, the bit named with number 0. Fixed-size bit strings of the standard
 * are carried as an {@code int} instead, first wire bit most significant.
 */
public final class BitString {
  private final byte[] bytes;
  private final int sizeBits;

  private BitString(byte[] bytes, int sizeBits) {
    this.bytes = bytes;
    this.sizeBits = sizeBits;
  }

  /**
   * @param bytes the bits, first bit in the most significant bit of byte 0; bits past {@code
   *     sizeBits} must be zero
   * @param sizeBits number of bits
   */
  public static BitString of(byte[] bytes, int sizeBits) {
    if (sizeBits < 0 || (sizeBits + 7) / 8 != bytes.length) {
      throw new IllegalArgumentException(
          "a "
              + sizeBits
              + "-bit string needs "
              + (sizeBits + 7) / 8
              + " bytes, got "
              + bytes.length);
    }
    if (sizeBits % 8 != 0 && (bytes[bytes.length - 1] & (0xFF >>> (sizeBits % 8))) != 0) {
      throw new IllegalArgumentException("bits past the size of the bit string must be zero");
    }
    return new BitString(bytes.clone(), sizeBits);
  }

  /** The low {@code sizeBits} bits of {@code value}; the most significant of them is bit 0. */
  public static BitString ofBits(long value, int sizeBits) {
    if (sizeBits < 0 || sizeBits > 64) {
      throw new IllegalArgumentException("sizeBits must be 0..64, was " + sizeBits);
    }
    byte[] bytes = new byte[(sizeBits + 7) / 8];
    for (int i = 0; i < sizeBits; i++) {
      if (((value >>> (sizeBits - 1 - i)) & 1) != 0) {
        bytes[i >>> 3] |= (byte) (0x80 >>> (i & 7));
      }
    }
    return new BitString(bytes, sizeBits);
  }

  /** Parses {@code "0110..."}, one character a bit. */
  public static BitString parse(String bits) {
    byte[] bytes = new byte[(bits.length() + 7) / 8];
    for (int i = 0; i < bits.length(); i++) {
      char c = bits.charAt(i);
      if (c == '1') {
        bytes[i >>> 3] |= (byte) (0x80 >>> (i & 7));
      } else if (c != '0') {
        throw new IllegalArgumentException("not a bit: '" + c + "' in \"" + bits + '"');
      }
    }
    return new BitString(bytes, bits.length());
  }

  /** Wraps bytes that the caller will never change again. */
  public static BitString wrap(byte[] bytes, int sizeBits) {
    return new BitString(bytes, sizeBits);
  }

  public int sizeBits() {
    return sizeBits;
  }

  /** Whether bit {@code index} (0 = first on the wire) is set. */
  public boolean get(int index) {
    if (index < 0 || index >= sizeBits) {
      throw new IndexOutOfBoundsException("bit " + index + " of a " + sizeBits + "-bit string");
    }
    return (bytes[index >>> 3] & (0x80 >>> (index & 7))) != 0;
  }

  /** A copy of the bytes, first bit in the most significant bit of byte 0. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** Byte {@code index} of the bits, without copying. */
  public int byteAt(int index) {
    return bytes[index] & 0xFF;
  }

  /** The bits as {@code "0110..."}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(sizeBits);
    for (int i = 0; i < sizeBits; i++) {
      text.append(get(i) ? '1' : '0');
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BitString that
        && sizeBits == that.sizeBits
        && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * sizeBits + Arrays.hashCode(bytes);
  }
}
