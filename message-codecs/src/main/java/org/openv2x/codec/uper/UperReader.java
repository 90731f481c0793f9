package org.openv2x.codec.uper;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.DecoderLimits;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.OctetString;

/**
 * Reads ITU-T X.691 unaligned PER (UPER) values from bytes. Whole 64-bit words are loaded, not
 * single bits. Every read checks the remaining bits first and names the field it reads, so a
 * failure carries the field path and the bit offset at which the value starts.
 *
 * <p>Not thread-safe; reusable through {@link #reset}. The reader counts the constructed values it
 * is inside ({@link #enter}, {@link #enterElement}, {@link #exit}) for the depth limit. With path
 * tracking on ({@link #trackPath}) it also keeps their names for error paths; off, it stores
 * nothing (a reference store per level costs a GC write barrier on the hot path) and errors carry
 * no path, so a caller that wants the path decodes the failed input again with tracking on, as
 * {@link org.openv2x.codec.UperCodec} does.
 */
public final class UperReader {
  private static final VarHandle LONG_BE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final int NO_INDEX = -1;

  private final DecoderLimits limits;
  private final String[] pathNames;
  private final int[] pathIndexes;
  private int depth;
  private boolean trackPath = true;

  private byte[] buffer = new byte[0];
  private int startBit;
  private int positionBit;
  private int endBit;

  public UperReader(DecoderLimits limits) {
    this.limits = limits;
    this.pathNames = new String[limits.maxDepth() + 1];
    this.pathIndexes = new int[limits.maxDepth() + 1];
  }

  /** Starts reading {@code length} bytes of {@code bytes} from {@code offset}. */
  public UperReader reset(byte[] bytes, int offset, int length) {
    if (offset < 0 || length < 0 || offset > bytes.length - length) {
      throw new IllegalArgumentException(
          "offset " + offset + " length " + length + " outside " + bytes.length + " bytes");
    }
    if (length > limits.maxMessageBytes()) {
      throw new CodecException(
          Reason.LIMIT_EXCEEDED,
          "",
          0,
          "message of " + length + " bytes exceeds maxMessageBytes " + limits.maxMessageBytes());
    }
    this.buffer = bytes;
    this.startBit = offset * 8;
    this.positionBit = startBit;
    this.endBit = (offset + length) * 8;
    this.depth = 0;
    return this;
  }

  /** Whether errors carry the field path (the default); off, decoding stores no names. */
  public UperReader trackPath(boolean track) {
    this.trackPath = track;
    return this;
  }

  public boolean tracksPath() {
    return trackPath;
  }

  public DecoderLimits limits() {
    return limits;
  }

  /** Bits read so far, from the start of the message. */
  public int bitPosition() {
    return positionBit - startBit;
  }

  public int remainingBits() {
    return endBit - positionBit;
  }

  // ---------------------------------------------------------------- path and depth

  /**
   * Enters the constructed field {@code name}; pair with {@link #exit}. A null name (a type read as
   * a SEQUENCE OF element, already entered by {@link #enterElement}) adds depth but no path part.
   */
  public void enter(String name) {
    push(name, NO_INDEX);
  }

  /** Enters element {@code index} of the SEQUENCE OF being read; pair with {@link #exit}. */
  public void enterElement(int index) {
    push(null, index);
  }

  public void exit() {
    depth--;
  }

  private void push(String name, int index) {
    int level = depth;
    if (level >= pathNames.length - 1) {
      throw tooDeep(name);
    }
    if (trackPath) {
      pathNames[level] = name;
      pathIndexes[level] = index;
    }
    depth = level + 1;
  }

  private CodecException tooDeep(String name) {
    return new CodecException(
        Reason.LIMIT_EXCEEDED,
        path(name),
        bitPosition(),
        "nesting deeper than maxDepth " + limits.maxDepth());
  }

  /** The dotted path of the current position, followed by {@code leaf} if not null. */
  public String path(String leaf) {
    if (!trackPath) {
      return "";
    }
    StringBuilder text = new StringBuilder(64);
    for (int i = 0; i < depth; i++) {
      if (pathNames[i] == null && pathIndexes[i] == NO_INDEX) {
        continue;
      }
      if (pathNames[i] != null) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(pathNames[i]);
      } else {
        text.append('[').append(pathIndexes[i]).append(']');
      }
    }
    if (leaf != null) {
      if (text.length() > 0) {
        text.append('.');
      }
      text.append(leaf);
    }
    return text.toString();
  }

  /** An exception for the value named {@code field} that starts at {@code valueStartBit}. */
  public CodecException error(Reason reason, String field, int valueStartBit, String detail) {
    return new CodecException(reason, path(field), valueStartBit - startBit, detail);
  }

  // ---------------------------------------------------------------- bits

  /** Reads {@code count} bits (0..57) as an unsigned number, first bit most significant. */
  public long readBits(int count, String field) {
    if (count > endBit - positionBit) {
      throw truncated(field, count);
    }
    return take(count);
  }

  private long take(int count) {
    if (count == 0) {
      return 0;
    }
    int position = positionBit;
    int byteIndex = position >>> 3;
    long word =
        byteIndex + 8 <= buffer.length ? (long) LONG_BE.get(buffer, byteIndex) : tail(byteIndex);
    positionBit = position + count;
    return (word << (position & 7)) >>> (64 - count);
  }

  private long tail(int byteIndex) {
    long word = 0;
    for (int i = 0; i < 8; i++) {
      word <<= 8;
      if (byteIndex + i < buffer.length) {
        word |= buffer[byteIndex + i] & 0xFF;
      }
    }
    return word;
  }

  private CodecException truncated(String field, long neededBits) {
    return error(
        Reason.TRUNCATED,
        field,
        positionBit,
        "needs " + neededBits + " more bits, " + (endBit - positionBit) + " left");
  }

  public boolean readBoolean(String field) {
    return readBits(1, field) != 0;
  }

  /** The extension bit of an extensible SEQUENCE, CHOICE, ENUMERATED or SIZE. */
  public boolean readExtensionBit(String field) {
    return readBits(1, field) != 0;
  }

  // ---------------------------------------------------------------- whole numbers

  /**
   * A constrained whole number {@code lower..upper} (X.691 11.6 and 13.2.2), in at most 32 bits.
   */
  public int readConstrainedInt(int lower, int upper, String field) {
    return (int) readConstrainedLong(lower, upper, field);
  }

  /** A constrained whole number {@code lower..upper} whose range needs at most 57 bits. */
  public long readConstrainedLong(long lower, long upper, String field) {
    int start = positionBit;
    int bits = UperWriter.bitsForRange(lower, upper);
    long value = lower + readBits(bits, field);
    if (value > upper) {
      throw error(
          Reason.VALUE_OUT_OF_RANGE, field, start, value + " is outside " + lower + ".." + upper);
    }
    return value;
  }

  /** A normally small non-negative whole number (X.691 11.6). */
  public int readNormallySmall(String field) {
    if (readBits(1, field) == 0) {
      return (int) readBits(6, field);
    }
    long value = readSemiConstrained(0, field);
    if (value > Integer.MAX_VALUE) {
      throw error(Reason.LIMIT_EXCEEDED, field, positionBit, "normally small number " + value);
    }
    return (int) value;
  }

  /** A semi-constrained whole number {@code lower..} (X.691 11.7). */
  public long readSemiConstrained(long lower, String field) {
    int start = positionBit;
    int octets = readLength(field);
    if (octets > 7) {
      throw error(Reason.LIMIT_EXCEEDED, field, start, octets + "-octet whole number");
    }
    if (octets == 0) {
      throw error(Reason.TRUNCATED, field, start, "zero-octet whole number");
    }
    return lower + readBits(octets * 8, field);
  }

  /** An unconstrained whole number, two's complement (X.691 11.8). */
  public long readUnconstrained(String field) {
    int start = positionBit;
    int octets = readLength(field);
    if (octets > 7 || octets == 0) {
      throw error(Reason.LIMIT_EXCEEDED, field, start, octets + "-octet whole number");
    }
    int bits = octets * 8;
    long raw = readBits(bits, field);
    return (raw << (64 - bits)) >> (64 - bits);
  }

  /**
   * An unconstrained length determinant (X.691 11.9.3.6-8), including fragmented lengths, whose
   * fragments are summed: a caller reading a fragmented value as one piece reads it whole.
   */
  public int readLength(String field) {
    int start = positionBit;
    long first = readBits(8, field);
    if ((first & 0x80) == 0) {
      return (int) first;
    }
    if ((first & 0x40) == 0) {
      return (int) (((first & 0x3F) << 8) | readBits(8, field));
    }
    throw error(
        Reason.LIMIT_EXCEEDED, field, start, "fragmented length (16K and more) is not accepted");
  }

  /**
   * The element count of a SEQUENCE OF with {@code SIZE(lower..upper)}, checked against {@code
   * maxListSize} and against the bits left ({@code minElementBits} each) before anything is
   * allocated.
   */
  public int readCount(int lower, int upper, int minElementBits, String field) {
    int start = positionBit;
    int count = lower + (int) readBits(UperWriter.bitsForRange(lower, upper), field);
    if (count > upper) {
      throw error(
          Reason.SIZE_OUT_OF_RANGE,
          field,
          start,
          count + " elements, allowed " + lower + ".." + upper);
    }
    if (count > limits.maxListSize()) {
      throw error(
          Reason.LIMIT_EXCEEDED,
          field,
          start,
          count + " elements exceed maxListSize " + limits.maxListSize());
    }
    if ((long) count * minElementBits > endBit - positionBit) {
      throw error(
          Reason.TRUNCATED,
          field,
          start,
          count
              + " elements need at least "
              + (long) count * minElementBits
              + " bits, "
              + (endBit - positionBit)
              + " left");
    }
    return count;
  }

  // ---------------------------------------------------------------- enumerations and choices

  /**
   * The root index of an ENUMERATED with {@code rootCount} values (X.691 14). An extension value
   * gives {@link Reason#UNKNOWN_EXTENSION}: this version defines none.
   */
  public int readEnumerated(int rootCount, boolean extensible, String field) {
    int start = positionBit;
    if (extensible && readBits(1, field) != 0) {
      int index = readNormallySmall(field);
      throw error(Reason.UNKNOWN_EXTENSION, field, start, "enumeration extension value " + index);
    }
    int index = (int) readBits(UperWriter.bitsForRange(0, rootCount - 1), field);
    if (index >= rootCount) {
      throw error(
          Reason.VALUE_OUT_OF_RANGE,
          field,
          start,
          "enumeration index " + index + ", only 0.." + (rootCount - 1) + " defined");
    }
    return index;
  }

  /**
   * The root alternative index of a CHOICE with {@code rootCount} alternatives (X.691 23). An
   * extension alternative gives {@link Reason#UNKNOWN_EXTENSION}: this version defines none.
   */
  public int readChoiceIndex(int rootCount, boolean extensible, String field) {
    int start = positionBit;
    if (extensible && readBits(1, field) != 0) {
      int index = readNormallySmall(field);
      throw error(Reason.UNKNOWN_EXTENSION, field, start, "CHOICE extension alternative " + index);
    }
    int index = (int) readBits(UperWriter.bitsForRange(0, rootCount - 1), field);
    if (index >= rootCount) {
      throw error(
          Reason.UNKNOWN_CHOICE_INDEX,
          field,
          start,
          "alternative " + index + ", only 0.." + (rootCount - 1) + " defined");
    }
    return index;
  }

  // ---------------------------------------------------------------- extensions

  /**
   * Reads and skips the extension additions of a SEQUENCE whose extension bit was set (X.691
   * 19.7-19.9): a bitmap, then one open type per present addition. This version of the standard
   * defines no additions, so every one is unknown and skipped.
   *
   * @return how many additions were skipped
   */
  public int skipExtensionAdditions(String field) {
    int start = positionBit;
    int count = readNormallySmall(field) + 1;
    if (count > endBit - positionBit) {
      throw error(Reason.TRUNCATED, field, start, "extension bitmap of " + count + " bits");
    }
    int skipped = 0;
    for (int i = 0; i < count; i++) {
      if (readBits(1, field) != 0) {
        skipped++;
      }
    }
    for (int i = 0; i < skipped; i++) {
      skipOpenType(field);
    }
    return skipped;
  }

  /** Skips one open type: a length determinant and that many octets (X.691 11.2). */
  public void skipOpenType(String field) {
    int start = positionBit;
    int octets = readLength(field);
    if (octets > limits.maxOpenTypeBytes()) {
      throw error(
          Reason.LIMIT_EXCEEDED,
          field,
          start,
          "open type of "
              + octets
              + " bytes exceeds maxOpenTypeBytes "
              + limits.maxOpenTypeBytes());
    }
    if ((long) octets * 8 > endBit - positionBit) {
      throw truncated(field, (long) octets * 8);
    }
    positionBit += octets * 8;
  }

  // ---------------------------------------------------------------- strings

  /** An OCTET STRING (SIZE(8)) as a big-endian long. */
  public long readOctets8(String field) {
    if (64 > endBit - positionBit) {
      throw truncated(field, 64);
    }
    return (take(32) << 32) | take(32);
  }

  /** An OCTET STRING (SIZE(lower..upper)); for a fixed size, lower == upper and no length. */
  public OctetString readOctetString(int lower, int upper, String field) {
    int length = readSize(lower, upper, 8, field);
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) take(8);
    }
    return OctetString.wrap(bytes);
  }

  /** A fixed-size BIT STRING (SIZE(n)), {@code n <= 57}, first wire bit most significant. */
  public int readFixedBits(int sizeBits, String field) {
    return (int) readBits(sizeBits, field);
  }

  /**
   * A BIT STRING with {@code SIZE(lower..upper)} or, if {@code extensible}, {@code
   * SIZE(lower..upper, ...)}; a size outside the root is read with an unconstrained length.
   */
  public BitString readBitString(int lower, int upper, boolean extensible, String field) {
    int start = positionBit;
    int size;
    if (extensible && readBits(1, field) != 0) {
      size = readLength(field);
      if (size > endBit - positionBit) {
        throw error(Reason.TRUNCATED, field, start, size + "-bit string, fewer bits left");
      }
    } else {
      size = readSize(lower, upper, 1, field);
    }
    byte[] bytes = new byte[(size + 7) / 8];
    int full = size / 8;
    for (int i = 0; i < full; i++) {
      bytes[i] = (byte) take(8);
    }
    int rest = size % 8;
    if (rest != 0) {
      bytes[full] = (byte) (take(rest) << (8 - rest));
    }
    return BitString.wrap(bytes, size);
  }

  /** An IA5String (SIZE(lower..upper)) with no alphabet constraint: 7 bits per character. */
  public String readIa5String(int lower, int upper, String field) {
    int length = readSize(lower, upper, 7, field);
    byte[] chars = new byte[length];
    for (int i = 0; i < length; i++) {
      chars[i] = (byte) take(7);
    }
    return new String(chars, StandardCharsets.US_ASCII);
  }

  /** A UTF8String: an unconstrained length in octets, then the octets (X.691 30.3). */
  public String readUtf8String(String field) {
    int start = positionBit;
    int octets = readLength(field);
    if ((long) octets * 8 > endBit - positionBit) {
      throw error(Reason.TRUNCATED, field, start, octets + "-octet string, fewer bits left");
    }
    byte[] bytes = new byte[octets];
    for (int i = 0; i < octets; i++) {
      bytes[i] = (byte) take(8);
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    try {
      return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw error(Reason.INVALID_CHARACTER, field, start, "not UTF-8");
    }
  }

  /**
   * A length with {@code SIZE(lower..upper)}: none if fixed, else a constrained number; checked
   * against the bits left ({@code bitsPerUnit} each) before the caller allocates.
   */
  private int readSize(int lower, int upper, int bitsPerUnit, String field) {
    int start = positionBit;
    int length = lower;
    if (lower != upper) {
      length = lower + (int) readBits(UperWriter.bitsForRange(lower, upper), field);
      if (length > upper) {
        throw error(
            Reason.SIZE_OUT_OF_RANGE,
            field,
            start,
            "size " + length + ", allowed " + lower + ".." + upper);
      }
    }
    if ((long) length * bitsPerUnit > endBit - positionBit) {
      throw error(
          Reason.TRUNCATED,
          field,
          start,
          "size "
              + length
              + " needs "
              + (long) length * bitsPerUnit
              + " bits, "
              + (endBit - positionBit)
              + " left");
    }
    return length;
  }

  // ---------------------------------------------------------------- end of message

  /**
   * Checks that the message ends here: the rest of the last octet is zero padding and no whole
   * octet follows (X.691 11.1: a complete encoding is padded to an octet with zero bits).
   */
  public void finish() {
    int used = positionBit - startBit;
    int paddedEnd = startBit + (used == 0 ? 8 : (used + 7) & ~7);
    if (endBit > paddedEnd) {
      throw new CodecException(
          Reason.TRAILING_DATA,
          "",
          paddedEnd - startBit,
          (endBit - paddedEnd) / 8 + " byte(s) after the end of the message");
    }
    int paddingStart = positionBit;
    int padding = paddedEnd - positionBit;
    if (padding > endBit - positionBit) {
      throw truncated("", padding);
    }
    if (take(padding) != 0) {
      throw new CodecException(
          Reason.NONZERO_PADDING,
          "",
          paddingStart - startBit,
          "the " + padding + " padding bit(s) of the last byte are not zero");
    }
  }
}
