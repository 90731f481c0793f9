package org.openv2x.codec.spat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.DecoderLimits;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.common.InvalidValueException;
import org.openv2x.codec.uper.UperWriter;
import org.openv2x.proto.v1.FrameProtos;
import org.openv2x.proto.v1.SpatProtos;

/**
 * Broken SPAT input: UPER made by patching the bits of spat-01-4phase-countdown, JER and protobuf
 * with one bad member. Each refusal is checked for its reason, full field path and bit offset.
 *
 * <p>Bit layout of spat-01 used here (offsets from the start of the MessageFrame): frame CHOICE
 * 0-3; SPAT extension bit 4, presence bits 5-7, msgCnt 8-14, moy 15-34, timeStamp 35-50,
 * intersections count 51-55; intersections[0] from 56: extension bit 56, presence bits 57-59,
 * intersectionId 60-92, status 93-108, moy 109-128, timeStamp 129-144, timeConfidence 145-150,
 * phases count 151-154; phases[0] from 155: id 155-162, phaseStates count 163-166; phaseStates[0]
 * from 167: extension bit 167, timing presence 168, light 169-173 (extension bit 169), timing
 * CHOICE 174-175 (extension bit 174), counting presence bits 176-180, startTime 181-196, minEndTime
 * 197-212, maxEndTime 213-228, likelyEndTime 229-244, timeConfidence 245-252; phaseStates[1] from
 * 253; phaseStates[2] from 299: startTime 313-328, likelyEndTime 329-344, nextStartTime 345-360.
 */
class SpatBrokenInputTest {
  private static final String VECTOR = "spat-01-4phase-countdown";
  private static final String PHASE_STATE_0 = "spatFrame.intersections[0].phases[0].phaseStates[0]";
  private static final String PHASE_STATE_2 = "spatFrame.intersections[0].phases[0].phaseStates[2]";
  private static final ObjectMapper JSON = new ObjectMapper();

  // ---------------------------------------------------------------- helpers

  private static CodecException refusedUper(byte[] bytes) {
    return assertThrows(CodecException.class, () -> new UperCodec().decode(bytes));
  }

  private static void assertRefused(
      CodecException e, Reason reason, String fieldPath, long bitOffset) {
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(fieldPath, e.fieldPath(), e.getMessage());
    assertEquals(bitOffset, e.bitOffset(), e.getMessage());
  }

  private static byte[] vector() {
    return TestVectors.vector(VECTOR);
  }

  // ---------------------------------------------------------------- UPER

  @Test
  void invalidTsvNextStartTimeBeyondTimeMarkIsRefused() throws IOException {
    String hex = null;
    try (InputStream in = getClass().getResourceAsStream("/vectors/invalid.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("SPAT: TimeMark nextStartTime=52377 > 36001\t")) {
          hex = line.substring(line.indexOf('\t') + 1).strip();
        }
      }
    }
    // The line is spat-01 with nextStartTime (bits 345-360) of phaseStates[2] set to 52377; it
    // also has likelyEndTime of the same state (bits 329-344) at 1176 instead of 1177.
    byte[] expected = TestVectors.patch(TestVectors.patch(vector(), 345, 16, 52377), 329, 16, 1176);
    assertEquals(
        Arrays.toString(expected),
        Arrays.toString(HexFormat.of().parseHex(hex)),
        "the invalid.tsv line is spat-01 with nextStartTime at bit 345 set to 52377");
    CodecException e = refusedUper(HexFormat.of().parseHex(hex));
    assertRefused(
        e, Reason.VALUE_OUT_OF_RANGE, PHASE_STATE_2 + ".timing.counting.nextStartTime", 345);
  }

  @Test
  void confidenceBeyond200IsRefused() {
    CodecException e = refusedUper(TestVectors.patch(vector(), 245, 8, 255));
    assertRefused(
        e, Reason.VALUE_OUT_OF_RANGE, PHASE_STATE_0 + ".timing.counting.timeConfidence", 245);
  }

  @Test
  void minuteOfTheYearBeyond527040IsRefused() {
    CodecException e = refusedUper(TestVectors.patch(vector(), 15, 20, 0xFFFFF));
    assertRefused(e, Reason.VALUE_OUT_OF_RANGE, "spatFrame.moy", 15);
    CodecException inner = refusedUper(TestVectors.patch(vector(), 109, 20, 527041));
    assertRefused(inner, Reason.VALUE_OUT_OF_RANGE, "spatFrame.intersections[0].moy", 109);
  }

  @Test
  void lyingIntersectionCountIsRefusedBeforeAllocation() {
    // 32 intersections need at least 32 * 60 bits; 704 are left.
    CodecException e = refusedUper(TestVectors.patch(vector(), 51, 5, 31));
    assertRefused(e, Reason.TRUNCATED, "spatFrame.intersections", 51);
  }

  @Test
  void phaseListLongerThanTheDecoderLimitIsRefused() {
    UperCodec codec = new UperCodec(new DecoderLimits(65536, 3, 24, 4096));
    CodecException e = assertThrows(CodecException.class, () -> codec.decode(vector()));
    assertRefused(e, Reason.LIMIT_EXCEEDED, "spatFrame.intersections[0].phases", 151);
  }

  @Test
  void truncatedListIsRefused() {
    byte[] whole = vector();
    // Cut inside phaseStates[2] of phases[0]: its startTime needs bits 313-328, 320 are left.
    CodecException inside = refusedUper(Arrays.copyOf(whole, 40));
    assertRefused(inside, Reason.TRUNCATED, PHASE_STATE_2 + ".timing.counting.startTime", 313);
    // Cut before the phases: 4 phases need at least 4 * 19 bits, 13 are left.
    CodecException count = refusedUper(Arrays.copyOf(whole, 21));
    assertRefused(count, Reason.TRUNCATED, "spatFrame.intersections[0].phases", 151);
    // Cut at the last byte.
    CodecException last = refusedUper(Arrays.copyOf(whole, whole.length - 1));
    assertEquals(Reason.TRUNCATED, last.reason(), last.getMessage());
  }

  @Test
  void unknownLightStateExtensionIsRefused() {
    CodecException e = refusedUper(TestVectors.patch(vector(), 169, 1, 1));
    assertRefused(e, Reason.UNKNOWN_EXTENSION, PHASE_STATE_0 + ".light", 169);
  }

  @Test
  void lightStateIndexBeyondTheRootIsRefused() {
    // 9 root values in 4 bits: 9..15 name nothing.
    CodecException e = refusedUper(TestVectors.patch(vector(), 170, 4, 9));
    assertRefused(e, Reason.VALUE_OUT_OF_RANGE, PHASE_STATE_0 + ".light", 169);
  }

  @Test
  void unknownTimeChangeDetailsAlternativeIsRefused() {
    // TimeChangeDetails has 2 root alternatives in 1 bit, so no root index lies beyond them; an
    // extension alternative is unknown to this version.
    CodecException e = refusedUper(TestVectors.patch(vector(), 174, 1, 1));
    assertRefused(e, Reason.UNKNOWN_EXTENSION, PHASE_STATE_0 + ".timing", 174);
  }

  @Test
  void spatNeedsADepthOfTwelveAndNoMore() {
    int spatDepth = 12;
    DecoderLimits limits = new DecoderLimits(65536, 63, spatDepth, 4096);
    assertEquals(SpatVectorTest.expected01(), new UperCodec(limits).decode(vector()));
    DecoderLimits shallow = new DecoderLimits(65536, 63, spatDepth - 1, 4096);
    CodecException e =
        assertThrows(CodecException.class, () -> new UperCodec(shallow).decode(vector()));
    assertRefused(e, Reason.LIMIT_EXCEEDED, PHASE_STATE_0 + ".timing.counting", 176);
  }

  @Test
  void unknownExtensionAdditionsAreSkipped() {
    // One unknown addition: bitmap length 1 (normally small 0), bitmap "1", open type of 2 bytes.
    String addition = "0000000" + "1" + "00000010" + "1010101111001101";
    StringBuilder phaseState = new StringBuilder(TestVectors.bits(vector()));
    phaseState.insert(253, addition);
    phaseState.setCharAt(167, '1');
    assertEquals(
        SpatVectorTest.expected01(), new UperCodec().decode(TestVectors.bytes(phaseState)));

    UperWriter writer = new UperWriter();
    writer.writeChoiceIndex(3, 5, true);
    SpatUper.encodeSpat(writer, SpatVectorTest.expected01());
    StringBuilder spat = new StringBuilder(TestVectors.bits(vector()));
    spat.insert(writer.bitPosition(), addition);
    spat.setCharAt(4, '1');
    UperCodec codec = new UperCodec();
    assertEquals(SpatVectorTest.expected01(), codec.decode(TestVectors.bytes(spat)));
    assertArrayEquals(vector(), codec.encode(codec.decode(TestVectors.bytes(spat))));
  }

  // ---------------------------------------------------------------- JER

  private static CodecException refusedJer(Consumer<ObjectNode> change) {
    ObjectNode root;
    try {
      root = (ObjectNode) JSON.readTree(JerCodec.toJson(SpatVectorTest.expected01()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    change.accept(root);
    String text = root.toString();
    return assertThrows(CodecException.class, () -> JerCodec.fromJson(text));
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  private static final String JER_PHASE_STATE = "/spatFrame/intersections/0/phases/0/phaseStates/";

  @Test
  void jerMissingMemberIsRefused() {
    CodecException e =
        refusedJer(r -> at(r, JER_PHASE_STATE + "0/timing/counting").remove("likelyEndTime"));
    assertRefused(e, Reason.MISSING_FIELD, PHASE_STATE_0 + ".timing.counting.likelyEndTime", -1);
    CodecException status = refusedJer(r -> at(r, "/spatFrame/intersections/0").remove("status"));
    assertRefused(status, Reason.MISSING_FIELD, "spatFrame.intersections[0].status", -1);
  }

  @Test
  void jerUnknownMemberIsRefused() {
    CodecException e = refusedJer(r -> at(r, "/spatFrame/intersections/0").put("regionName", 1));
    assertRefused(e, Reason.UNKNOWN_FIELD, "spatFrame.intersections[0].regionName", -1);
    CodecException inner =
        refusedJer(r -> at(r, JER_PHASE_STATE + "1/timing/counting").put("endTime", 3));
    assertRefused(
        inner,
        Reason.UNKNOWN_FIELD,
        "spatFrame.intersections[0].phases[0].phaseStates[1].timing.counting.endTime",
        -1);
  }

  @Test
  void jerValueOutOfRangeIsRefused() {
    CodecException e =
        refusedJer(r -> at(r, JER_PHASE_STATE + "2/timing/counting").put("nextStartTime", 52377));
    assertRefused(
        e, Reason.VALUE_OUT_OF_RANGE, PHASE_STATE_2 + ".timing.counting.nextStartTime", -1);
    CodecException id =
        refusedJer(r -> at(r, "/spatFrame/intersections/0/phases/1").put("id", 256));
    assertRefused(id, Reason.VALUE_OUT_OF_RANGE, "spatFrame.intersections[0].phases[1].id", -1);
  }

  @Test
  void jerUnknownEnumNameIsRefused() {
    CodecException e = refusedJer(r -> at(r, JER_PHASE_STATE + "0").put("light", "blue"));
    assertRefused(e, Reason.UNKNOWN_NAME, PHASE_STATE_0 + ".light", -1);
    CodecException confidence =
        refusedJer(r -> at(r, "/spatFrame/intersections/0").put("timeConfidence", "time-1"));
    assertRefused(confidence, Reason.UNKNOWN_NAME, "spatFrame.intersections[0].timeConfidence", -1);
  }

  @Test
  void jerUnknownChoiceAlternativeIsRefused() {
    CodecException e =
        refusedJer(
            r -> {
              ObjectNode timing = at(r, JER_PHASE_STATE + "0/timing");
              timing.set("countdown", timing.remove("counting"));
            });
    assertRefused(e, Reason.UNKNOWN_NAME, PHASE_STATE_0 + ".timing.countdown", -1);
  }

  @Test
  void jerBadStringsAndSizesAreRefused() {
    CodecException name = refusedJer(r -> at(r, "/spatFrame").put("name", "Kreuzung-Süd"));
    assertRefused(name, Reason.INVALID_CHARACTER, "spatFrame.name", -1);
    CodecException longName = refusedJer(r -> at(r, "/spatFrame").put("name", "x".repeat(64)));
    assertRefused(longName, Reason.SIZE_OUT_OF_RANGE, "spatFrame.name", -1);
    CodecException status =
        refusedJer(r -> at(r, "/spatFrame/intersections/0").put("status", "04"));
    assertRefused(status, Reason.SIZE_OUT_OF_RANGE, "spatFrame.intersections[0].status", -1);
    CodecException phases =
        refusedJer(r -> ((ArrayNode) r.at("/spatFrame/intersections/0/phases")).removeAll());
    assertRefused(phases, Reason.SIZE_OUT_OF_RANGE, "spatFrame.intersections[0].phases", -1);
  }

  // ---------------------------------------------------------------- protobuf

  private static CodecException refusedProto(Consumer<SpatProtos.Spat.Builder> change) {
    FrameProtos.MessageFrame.Builder frame =
        ProtoCodec.toProto(SpatVectorTest.expected01()).toBuilder();
    change.accept(frame.getSpatFrameBuilder());
    FrameProtos.MessageFrame proto = frame.build();
    return assertThrows(CodecException.class, () -> ProtoCodec.fromProto(proto));
  }

  private static SpatProtos.PhaseState.Builder phaseState(SpatProtos.Spat.Builder spat, int i) {
    return spat.getIntersectionsBuilder(0).getPhasesBuilder(0).getPhaseStatesBuilder(i);
  }

  @Test
  void protobufBadValuesAreRefused() {
    assertRefused(
        refusedProto(s -> phaseState(s, 0).setLightValue(9)),
        Reason.UNKNOWN_NAME,
        PHASE_STATE_0 + ".light",
        -1);
    assertRefused(
        refusedProto(
            s ->
                phaseState(s, 2)
                    .getTimingBuilder()
                    .getCountingBuilder()
                    .setNextStartTime0P1S(52377)),
        Reason.VALUE_OUT_OF_RANGE,
        PHASE_STATE_2 + ".timing.counting.nextStartTime",
        -1);
    assertRefused(
        refusedProto(s -> phaseState(s, 0).getTimingBuilder().clearDetails()),
        Reason.MISSING_FIELD,
        PHASE_STATE_0 + ".timing",
        -1);
    assertRefused(
        refusedProto(s -> s.getIntersectionsBuilder(0).setStatus(0x10000)),
        Reason.SIZE_OUT_OF_RANGE,
        "spatFrame.intersections[0].status",
        -1);
    assertRefused(
        refusedProto(s -> s.getIntersectionsBuilder(0).setTimeConfidenceValue(40)),
        Reason.UNKNOWN_NAME,
        "spatFrame.intersections[0].timeConfidence",
        -1);
    assertRefused(
        refusedProto(s -> s.getIntersectionsBuilder(0).clearIntersectionId()),
        Reason.MISSING_FIELD,
        "spatFrame.intersections[0].intersectionId",
        -1);
    assertRefused(
        refusedProto(s -> s.getIntersectionsBuilder(0).getIntersectionIdBuilder().setId(65536)),
        Reason.VALUE_OUT_OF_RANGE,
        "spatFrame.intersections[0].intersectionId.id",
        -1);
    assertRefused(
        refusedProto(SpatProtos.Spat.Builder::clearIntersections),
        Reason.SIZE_OUT_OF_RANGE,
        "spatFrame.intersections",
        -1);
    assertRefused(
        refusedProto(s -> s.setMsgCnt(128)), Reason.VALUE_OUT_OF_RANGE, "spatFrame.msgCnt", -1);
    assertRefused(refusedProto(s -> s.setName("")), Reason.SIZE_OUT_OF_RANGE, "spatFrame.name", -1);
  }

  // ---------------------------------------------------------------- model

  @Test
  void modelRefusesInvalidValues() {
    Executable startTime =
        () ->
            new TimeCountingDown(
                36002,
                OptionalInt.empty(),
                OptionalInt.empty(),
                0,
                OptionalInt.empty(),
                OptionalInt.empty(),
                OptionalInt.empty());
    InvalidValueException e = assertThrows(InvalidValueException.class, startTime);
    assertEquals("startTime", e.field());
    assertEquals(Reason.VALUE_OUT_OF_RANGE, e.reason());
    InvalidValueException confidence =
        assertThrows(
            InvalidValueException.class,
            () ->
                new UtcTiming(
                    0,
                    OptionalInt.empty(),
                    OptionalInt.empty(),
                    0,
                    OptionalInt.of(201),
                    OptionalInt.empty(),
                    OptionalInt.empty()));
    assertEquals("timeConfidence", confidence.field());
    InvalidValueException light =
        assertThrows(InvalidValueException.class, () -> new PhaseState(null, Optional.empty()));
    assertEquals("light", light.field());
  }
}
