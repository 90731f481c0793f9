package org.openv2x.codec.uper;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.OctetString;

/**
 * Writes ITU-T X.691 unaligned PER (UPER) values into a growable buffer, a 64-bit word at a time.
 * Values handed to it come from the checked model types, so it checks ranges only where a wrong
 * value would corrupt the bit stream (it throws {@link IllegalArgumentException} then).
 *
 * <p>Not thread-safe; reusable through {@link #reset}.
 */
public final class UperWriter {
  private static final VarHandle LONG_BE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private byte[] buffer;
  private int positionBit;

  public UperWriter() {
    this(256);
  }

  public UperWriter(int initialCapacityBytes) {
    buffer = new byte[Math.max(16, initialCapacityBytes) + 8];
  }

  /** Number of bits {@code ceil(log2(upper - lower + 1))} a constrained number takes. */
  public static int bitsForRange(long lower, long upper) {
    long range = upper - lower;
    return range == 0 ? 0 : 64 - Long.numberOfLeadingZeros(range);
  }

  /** Clears the buffer for a new message. */
  public UperWriter reset() {
    Arrays.fill(buffer, 0, Math.min(buffer.length, (positionBit >>> 3) + 9), (byte) 0);
    positionBit = 0;
    return this;
  }

  public int bitPosition() {
    return positionBit;
  }

  /** Length in bytes of the complete encoding so far: padded to an octet, at least one octet. */
  public int encodedLength() {
    return positionBit == 0 ? 1 : (positionBit + 7) >>> 3;
  }

  /** The complete encoding: padded with zero bits to an octet; one zero octet if empty. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buffer, encodedLength());
  }

  /** Copies the complete encoding into {@code target} at {@code offset}; returns its length. */
  public int copyTo(byte[] target, int offset) {
    int length = encodedLength();
    System.arraycopy(buffer, 0, target, offset, length);
    return length;
  }

  // ---------------------------------------------------------------- bits

  /** Writes the low {@code count} bits (0..57) of {@code value}, most significant first. */
  public void writeBits(long value, int count) {
    if (count == 0) {
      return;
    }
    int byteIndex = positionBit >>> 3;
    if (byteIndex + 8 > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, byteIndex + 16));
    }
    long existing = (long) LONG_BE.get(buffer, byteIndex);
    long bits = (value << (64 - count)) >>> (positionBit & 7);
    LONG_BE.set(buffer, byteIndex, existing | bits);
    positionBit += count;
  }

  public void writeBoolean(boolean value) {
    writeBits(value ? 1 : 0, 1);
  }

  /** The extension bit; this version of the standard never sets it when encoding. */
  public void writeExtensionBit(boolean present) {
    writeBits(present ? 1 : 0, 1);
  }

  // ---------------------------------------------------------------- whole numbers

  /** A constrained whole number {@code lower..upper}. */
  public void writeConstrained(long value, long lower, long upper) {
    if (value < lower || value > upper) {
      throw new IllegalArgumentException(value + " is outside " + lower + ".." + upper);
    }
    writeBits(value - lower, bitsForRange(lower, upper));
  }

  /** A normally small non-negative whole number (X.691 11.6). */
  public void writeNormallySmall(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative normally small number " + value);
    }
    if (value <= 63) {
      writeBits(value, 7);
    } else {
      writeBits(1, 1);
      writeSemiConstrained(value, 0);
    }
  }

  /** A semi-constrained whole number {@code lower..} (X.691 11.7). */
  public void writeSemiConstrained(long value, long lower) {
    long offset = value - lower;
    if (offset < 0) {
      throw new IllegalArgumentException(value + " is below " + lower);
    }
    int octets = Math.max(1, (64 - Long.numberOfLeadingZeros(offset) + 7) / 8);
    writeLength(octets);
    writeBits(offset, octets * 8);
  }

  /** An unconstrained whole number, two's complement in the fewest octets (X.691 11.8). */
  public void writeUnconstrained(long value) {
    int octets = 1;
    while (octets < 8 && (value < -(1L << (octets * 8 - 1)) || value >= (1L << (octets * 8 - 1)))) {
      octets++;
    }
    if (octets > 7) {
      throw new IllegalArgumentException("whole number " + value + " needs 8 octets");
    }
    writeLength(octets);
    writeBits(value & ((1L << (octets * 8)) - 1), octets * 8);
  }

  /** An unconstrained length determinant below 16K (X.691 11.9.3.6-7). */
  public void writeLength(int length) {
    if (length < 0 || length >= 16384) {
      throw new IllegalArgumentException("length " + length + " needs fragmentation");
    }
    if (length < 128) {
      writeBits(length, 8);
    } else {
      writeBits(0x8000 | length, 16);
    }
  }

  /** The element count of a SEQUENCE OF with {@code SIZE(lower..upper)}. */
  public void writeCount(int count, int lower, int upper) {
    writeConstrained(count, lower, upper);
  }

  // ---------------------------------------------------------------- enumerations and choices

  /** The root index of an ENUMERATED with {@code rootCount} values. */
  public void writeEnumerated(int index, int rootCount, boolean extensible) {
    if (extensible) {
      writeBits(0, 1);
    }
    writeConstrained(index, 0, rootCount - 1);
  }

  /** The root alternative index of a CHOICE with {@code rootCount} alternatives. */
  public void writeChoiceIndex(int index, int rootCount, boolean extensible) {
    if (extensible) {
      writeBits(0, 1);
    }
    writeConstrained(index, 0, rootCount - 1);
  }

  // ---------------------------------------------------------------- strings

  /** An OCTET STRING (SIZE(8)) from a big-endian long. */
  public void writeOctets8(long value) {
    writeBits(value >>> 32, 32);
    writeBits(value & 0xFFFF_FFFFL, 32);
  }

  /** An OCTET STRING (SIZE(lower..upper)); no length if the size is fixed. */
  public void writeOctetString(OctetString value, int lower, int upper) {
    writeSize(value.length(), lower, upper);
    for (int i = 0; i < value.length(); i++) {
      writeBits(value.byteAt(i), 8);
    }
  }

  /** A fixed-size BIT STRING (SIZE(n)) from an int, first wire bit most significant. */
  public void writeFixedBits(int bits, int sizeBits) {
    writeBits(bits & ((1L << sizeBits) - 1), sizeBits);
  }

  /** A BIT STRING with {@code SIZE(lower..upper)} or {@code SIZE(lower..upper, ...)}. */
  public void writeBitString(BitString value, int lower, int upper, boolean extensible) {
    int size = value.sizeBits();
    boolean inRoot = size >= lower && size <= upper;
    if (extensible) {
      writeBits(inRoot ? 0 : 1, 1);
      if (!inRoot) {
        writeLength(size);
      } else {
        writeSize(size, lower, upper);
      }
    } else {
      writeSize(size, lower, upper);
    }
    int full = size / 8;
    for (int i = 0; i < full; i++) {
      writeBits(value.byteAt(i), 8);
    }
    int rest = size % 8;
    if (rest != 0) {
      writeBits(value.byteAt(full) >>> (8 - rest), rest);
    }
  }

  /** An IA5String (SIZE(lower..upper)) with no alphabet constraint: 7 bits per character. */
  public void writeIa5String(String value, int lower, int upper) {
    writeSize(value.length(), lower, upper);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 127) {
        throw new IllegalArgumentException("not an IA5 character: U+" + Integer.toHexString(c));
      }
      writeBits(c, 7);
    }
  }

  /** A UTF8String: an unconstrained length in octets, then the octets. */
  public void writeUtf8String(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    writeLength(bytes.length);
    for (byte b : bytes) {
      writeBits(b & 0xFF, 8);
    }
  }

  private void writeSize(int size, int lower, int upper) {
    if (size < lower || size > upper) {
      throw new IllegalArgumentException("size " + size + " is outside " + lower + ".." + upper);
    }
    if (lower != upper) {
      writeBits(size - lower, bitsForRange(lower, upper));
    }
  }
}
