package org.openv2x.codec.rsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.common.InvalidValueException;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.OctetString;
import org.openv2x.codec.common.Position3D;

/** The model refuses values the standard does not allow; helpers of named bits and GB2312 text. */
class RsiModelTest {
  private static final Position3D REF = new Position3D(0, 0, OptionalInt.empty());

  private static void assertInvalid(Reason reason, String field, Runnable construct) {
    InvalidValueException e = assertThrows(InvalidValueException.class, construct::run);
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(field, e.field(), e.getMessage());
  }

  private static RteData rte(int confidence) {
    return new RteData(
        0,
        0,
        EventSource.UNKNOWN,
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.of(confidence));
  }

  @Test
  void constructorsCheckRangesAndSizes() {
    assertInvalid(
        Reason.VALUE_OUT_OF_RANGE,
        "msgCnt",
        () ->
            new RoadSideInformation(
                128, OptionalInt.empty(), 0, REF, Optional.empty(), Optional.empty()));
    assertInvalid(
        Reason.VALUE_OUT_OF_RANGE,
        "moy",
        () ->
            new RoadSideInformation(
                0, OptionalInt.of(527041), 0, REF, Optional.empty(), Optional.empty()));
    assertInvalid(
        Reason.SIZE_OUT_OF_RANGE,
        "rtes",
        () ->
            new RoadSideInformation(
                0, OptionalInt.empty(), 0, REF, Optional.of(List.of()), Optional.empty()));
    assertInvalid(
        Reason.MISSING_FIELD,
        "refPos",
        () ->
            new RoadSideInformation(
                0, OptionalInt.empty(), 0, null, Optional.empty(), Optional.empty()));
    assertInvalid(Reason.VALUE_OUT_OF_RANGE, "eventConfidence", () -> rte(201));
    assertEquals(200, rte(200).eventConfidence0p5Pct().getAsInt());
    assertInvalid(Reason.SIZE_OUT_OF_RANGE, "activePath", () -> new ReferencePath(List.of(), 0));
    assertInvalid(
        Reason.SIZE_OUT_OF_RANGE,
        "referenceLanes",
        () ->
            new ReferenceLink(
                new NodeReferenceId(OptionalInt.empty(), 1),
                new NodeReferenceId(OptionalInt.empty(), 2),
                OptionalInt.of(0x1_0000)));
    assertInvalid(
        Reason.VALUE_OUT_OF_RANGE,
        "endTime",
        () -> new RsiTimeDetails(OptionalInt.empty(), OptionalInt.of(-1), Optional.empty()));
  }

  @Test
  void descriptionAlternativesCheckTheirText() {
    assertInvalid(Reason.SIZE_OUT_OF_RANGE, "textString", () -> new Description.TextString(""));
    assertInvalid(
        Reason.SIZE_OUT_OF_RANGE, "textString", () -> new Description.TextString("x".repeat(513)));
    assertInvalid(
        Reason.INVALID_CHARACTER, "textString", () -> new Description.TextString("caf\u00e9"));
    assertInvalid(
        Reason.SIZE_OUT_OF_RANGE,
        "textGB2312",
        () -> new Description.TextGb2312(OctetString.of(new byte[] {1})));
    assertInvalid(
        Reason.SIZE_OUT_OF_RANGE,
        "textGB2312",
        () -> new Description.TextGb2312(OctetString.of(new byte[513])));
  }

  @Test
  void gb2312TextHelpers() {
    if (Description.TextGb2312.charset().isEmpty()) {
      return; // a JDK without jdk.charsets
    }
    Description.TextGb2312 text = Description.TextGb2312.encodeText("\u524d\u65b9\u65bd\u5de5");
    assertEquals("c7b0b7bdcaa9b9a4", text.bytes().toHex()); // 前方施工
    assertEquals(Optional.of("\u524d\u65b9\u65bd\u5de5"), text.decodeText());
    assertEquals(
        Optional.empty(),
        new Description.TextGb2312(OctetString.of(new byte[] {(byte) 0xFF, (byte) 0xFF}))
            .decodeText());
    assertThrows(IllegalArgumentException.class, () -> Description.TextGb2312.encodeText("\u20ac"));
  }

  @Test
  void referenceLanesNamedBits() {
    assertEquals(0x8000, ReferenceLanes.RESERVED.mask());
    assertEquals(0x4000, ReferenceLanes.LANE1.mask());
    assertEquals(0x0001, ReferenceLanes.LANE15.mask());
    assertEquals(ReferenceLanes.LANE7, ReferenceLanes.lane(7));
    assertEquals("lane7", ReferenceLanes.LANE7.asnName());
    assertEquals(7, ReferenceLanes.LANE7.bit());
    int bits = ReferenceLanes.of(ReferenceLanes.LANE1, ReferenceLanes.LANE2);
    assertEquals(0x6000, bits);
    assertTrue(ReferenceLanes.LANE2.isSetIn(bits));
    assertEquals(
        EnumSet.of(ReferenceLanes.LANE1, ReferenceLanes.LANE2), ReferenceLanes.setIn(bits));
    assertEquals(EnumSet.allOf(ReferenceLanes.class), ReferenceLanes.setIn(0xFFFF));
    assertThrows(IllegalArgumentException.class, () -> ReferenceLanes.lane(0));
    assertThrows(IllegalArgumentException.class, () -> ReferenceLanes.lane(16));
  }
}
