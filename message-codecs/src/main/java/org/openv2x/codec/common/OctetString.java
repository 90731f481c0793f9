package org.openv2x.codec.common;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable OCTET STRING of variable length (for example Description.textGB2312). */
public final class OctetString {
  private final byte[] bytes;

  private OctetString(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A copy of {@code bytes}. */
  public static OctetString of(byte[] bytes) {
    return new OctetString(bytes.clone());
  }

  /** Wraps bytes that the caller will never change again. */
  public static OctetString wrap(byte[] bytes) {
    return new OctetString(bytes);
  }

  public int length() {
    return bytes.length;
  }

  public int byteAt(int index) {
    return bytes[index] & 0xFF;
  }

  public byte[] toByteArray() {
    return bytes.clone();
  }

  /** Lower-case hex. */
  public String toHex() {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OctetString that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
