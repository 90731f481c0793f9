package org.openv2x.codec.uper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.DecoderLimits;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.OctetString;

/** The X.691 primitives, checked against encodings worked out by hand from the standard. */
class UperPrimitivesTest {
  private static final HexFormat HEX = HexFormat.of();

  private static UperReader reader(String hex) {
    byte[] bytes = HEX.parseHex(hex);
    return new UperReader(DecoderLimits.DEFAULTS).reset(bytes, 0, bytes.length);
  }

  @Test
  void constrainedWholeNumberUsesTheBitsOfItsRange() {
    UperWriter writer = new UperWriter();
    writer.writeConstrained(3, 0, 7); // 3 bits: 011
    writer.writeConstrained(-1, -2000, 2001); // 12 bits: 1999 = 0x7CF
    writer.writeConstrained(5, 5, 5); // 0 bits
    writer.writeConstrained(1800000001L, -1799999999L, 1800000001L); // 32 bits, all ones
    assertEquals(3 + 12 + 32, writer.bitPosition());
    UperReader reader = new UperReader(DecoderLimits.DEFAULTS);
    byte[] bytes = writer.toByteArray();
    reader.reset(bytes, 0, bytes.length);
    assertEquals(3, reader.readConstrainedInt(0, 7, "a"));
    assertEquals(-1, reader.readConstrainedInt(-2000, 2001, "b"));
    assertEquals(5, reader.readConstrainedInt(5, 5, "c"));
    assertEquals(1800000001L, reader.readConstrainedLong(-1799999999L, 1800000001L, "d"));
    reader.finish();
  }

  @Test
  void constrainedValueAboveTheRangeIsRefusedWithItsOffset() {
    // TimeMark 0..36001 in 16 bits: 0xFFFF = 65535 is out of range.
    UperReader reader = reader("0ffff0");
    reader.readBits(4, "skip");
    CodecException e =
        assertThrows(CodecException.class, () -> reader.readConstrainedInt(0, 36001, "startTime"));
    assertEquals(Reason.VALUE_OUT_OF_RANGE, e.reason());
    assertEquals("startTime", e.fieldPath());
    assertEquals(4, e.bitOffset());
  }

  @Test
  void normallySmallNumbers() {
    UperWriter writer = new UperWriter();
    writer.writeNormallySmall(0);
    writer.writeNormallySmall(63);
    writer.writeNormallySmall(64);
    writer.writeNormallySmall(1000);
    byte[] bytes = writer.toByteArray();
    UperReader reader = new UperReader(DecoderLimits.DEFAULTS).reset(bytes, 0, bytes.length);
    assertEquals(0, reader.readNormallySmall("n"));
    assertEquals(63, reader.readNormallySmall("n"));
    assertEquals(64, reader.readNormallySmall("n"));
    assertEquals(1000, reader.readNormallySmall("n"));
    // 0 is 0 000000 and 63 is 0 111111, 7 bits each: 0000000 0111111 1...
    assertEquals(0x00, bytes[0] & 0xFF);
    assertEquals(0x3F, (bytes[1] & 0xFF) >>> 2);
  }

  @Test
  void semiConstrainedAndUnconstrainedWholeNumbers() {
    UperWriter writer = new UperWriter();
    writer.writeSemiConstrained(300, 10);
    writer.writeUnconstrained(-129);
    writer.writeUnconstrained(127);
    byte[] bytes = writer.toByteArray();
    // 290 = 0x0122 in 2 octets; -129 = 0xFF7F in 2 octets; 127 = 0x7F in 1 octet.
    assertArrayEquals(HEX.parseHex("020122" + "02ff7f" + "017f"), bytes);
    UperReader reader = new UperReader(DecoderLimits.DEFAULTS).reset(bytes, 0, bytes.length);
    assertEquals(300, reader.readSemiConstrained(10, "s"));
    assertEquals(-129, reader.readUnconstrained("u"));
    assertEquals(127, reader.readUnconstrained("u"));
    reader.finish();
  }

  @Test
  void lengthDeterminants() {
    UperWriter writer = new UperWriter();
    writer.writeLength(5);
    writer.writeLength(200);
    assertArrayEquals(HEX.parseHex("05" + "80c8"), writer.toByteArray());
    UperReader reader = reader("0580c8");
    assertEquals(5, reader.readLength("l"));
    assertEquals(200, reader.readLength("l"));
    CodecException e = assertThrows(CodecException.class, () -> reader("c1").readLength("l"));
    assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
  }

  @Test
  void stringsAndBitStrings() {
    UperWriter writer = new UperWriter();
    writer.writeIa5String("Ab", 1, 63);
    writer.writeOctetString(OctetString.of(new byte[] {1, 2, 3}), 2, 512);
    writer.writeBitString(BitString.parse("1010000000001"), 13, 13, true);
    writer.writeBitString(BitString.parse("101"), 13, 13, true);
    writer.writeFixedBits(0b01111, 5);
    writer.writeOctets8(0xA1B2C3D4E5F60718L);
    writer.writeUtf8String("路口");
    byte[] bytes = writer.toByteArray();
    UperReader reader = new UperReader(DecoderLimits.DEFAULTS).reset(bytes, 0, bytes.length);
    assertEquals("Ab", reader.readIa5String(1, 63, "s"));
    assertEquals(OctetString.of(new byte[] {1, 2, 3}), reader.readOctetString(2, 512, "o"));
    assertEquals(BitString.parse("1010000000001"), reader.readBitString(13, 13, true, "b"));
    assertEquals(BitString.parse("101"), reader.readBitString(13, 13, true, "b"));
    assertEquals(0b01111, reader.readFixedBits(5, "f"));
    assertEquals(0xA1B2C3D4E5F60718L, reader.readOctets8("id"));
    assertEquals("路口", reader.readUtf8String("u"));
    reader.finish();
  }

  @Test
  void ia5LengthAndCharactersAreSevenBitsEach() {
    UperWriter writer = new UperWriter();
    writer.writeIa5String("A", 1, 63); // length-1 = 0 in 6 bits, then 'A' = 1000001
    assertArrayEquals(HEX.parseHex("0208"), writer.toByteArray());
  }

  @Test
  void enumeratedAndChoiceExtensionsAreUnknown() {
    // ext bit 1, normally small 0 → an extension value of an extensible enumeration.
    CodecException e =
        assertThrows(CodecException.class, () -> reader("80").readEnumerated(9, true, "light"));
    assertEquals(Reason.UNKNOWN_EXTENSION, e.reason());
    CodecException c =
        assertThrows(CodecException.class, () -> reader("e0").readChoiceIndex(5, false, "x"));
    assertEquals(Reason.UNKNOWN_CHOICE_INDEX, c.reason());
  }

  @Test
  void extensionAdditionsAreSkipped() {
    UperWriter writer = new UperWriter();
    writer.writeNormallySmall(1); // two additions in the bitmap
    writer.writeBits(0b11, 2);
    writer.writeLength(2);
    writer.writeBits(0xBEEF, 16);
    writer.writeLength(1);
    writer.writeBits(0x42, 8);
    writer.writeBits(0x5, 3);
    byte[] bytes = writer.toByteArray();
    UperReader reader = new UperReader(DecoderLimits.DEFAULTS).reset(bytes, 0, bytes.length);
    assertEquals(2, reader.skipExtensionAdditions("ext"));
    assertEquals(0x5, reader.readBits(3, "after"));
    reader.finish();
  }

  @Test
  void endOfMessageChecksPaddingAndTrailingBytes() {
    UperReader padded = reader("a0");
    padded.readBits(3, "x");
    padded.finish();

    UperReader dirty = reader("a1");
    dirty.readBits(3, "x");
    CodecException padding = assertThrows(CodecException.class, dirty::finish);
    assertEquals(Reason.NONZERO_PADDING, padding.reason());
    assertEquals(3, padding.bitOffset());

    UperReader trailing = reader("a000");
    trailing.readBits(3, "x");
    CodecException more = assertThrows(CodecException.class, trailing::finish);
    assertEquals(Reason.TRAILING_DATA, more.reason());
  }

  @Test
  void everyLimitFires() {
    DecoderLimits tiny = new DecoderLimits(4, 2, 2, 1);
    byte[] five = new byte[5];
    CodecException bytes =
        assertThrows(CodecException.class, () -> new UperReader(tiny).reset(five, 0, five.length));
    assertEquals(Reason.LIMIT_EXCEEDED, bytes.reason());

    byte[] count = HEX.parseHex("f0");
    UperReader lists = new UperReader(tiny).reset(count, 0, 1);
    CodecException list =
        assertThrows(CodecException.class, () -> lists.readCount(1, 16, 1, "participants"));
    assertEquals(Reason.LIMIT_EXCEEDED, list.reason());

    UperReader deep = new UperReader(tiny).reset(count, 0, 1);
    deep.enter("a");
    deep.enter("b");
    CodecException depth = assertThrows(CodecException.class, () -> deep.enter("c"));
    assertEquals(Reason.LIMIT_EXCEEDED, depth.reason());
    assertEquals("a.b.c", depth.fieldPath());

    byte[] open = HEX.parseHex("02aabb");
    UperReader openType = new UperReader(tiny).reset(open, 0, open.length);
    CodecException openTypeError =
        assertThrows(CodecException.class, () -> openType.skipOpenType("ext"));
    assertEquals(Reason.LIMIT_EXCEEDED, openTypeError.reason());
  }

  @Test
  void aLyingCountFailsBeforeAllocation() {
    // 4-bit count of 16 elements of at least 100 bits each, but only 4 bits follow.
    UperReader reader = reader("f0");
    CodecException e =
        assertThrows(CodecException.class, () -> reader.readCount(1, 16, 100, "participants"));
    assertEquals(Reason.TRUNCATED, e.reason());
  }

  @Test
  void pathNamesFieldsAndListElements() {
    UperReader reader = reader("00");
    reader.enter("spatFrame");
    reader.enter("intersections");
    reader.enterElement(0);
    reader.enter(null);
    reader.enter("phases");
    reader.enterElement(2);
    assertEquals("spatFrame.intersections[0].phases[2].light", reader.path("light"));
  }

  @Test
  void randomBitFieldsRoundTrip() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int round = 0; round < 500; round++) {
      UperWriter writer = new UperWriter(8);
      int fields = 1 + random.nextInt(40);
      long[] values = new long[fields];
      int[] widths = new int[fields];
      for (int i = 0; i < fields; i++) {
        widths[i] = random.nextInt(58);
        values[i] = widths[i] == 0 ? 0 : random.nextLong() >>> (64 - widths[i]);
        writer.writeBits(values[i], widths[i]);
      }
      byte[] bytes = writer.toByteArray();
      UperReader reader = new UperReader(DecoderLimits.DEFAULTS).reset(bytes, 0, bytes.length);
      for (int i = 0; i < fields; i++) {
        assertEquals(values[i], reader.readBits(widths[i], "f"), "seed " + seed + " field " + i);
      }
      reader.finish();
    }
  }
}
