package org.openv2x.codec.bsm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.DecoderLimits;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.UperCodec;
import org.openv2x.proto.v1.FrameProtos;

/**
 * Broken variants of the BSM vectors, made by patching their bits, and broken JER and protobuf
 * input: each is refused with the right reason, field path and (for UPER) bit offset.
 *
 * <p>Bit offsets in bsm-02-car-full (the MessageFrame header is bits 0..3, the BSM preamble 4..11):
 * heading 242, safetyExt 392, utcTime.month 442, currGNSSstatus 600, crumbData count 608,
 * crumbData[0] 613 (offsetLL index 618, offsetV index 645), crumbData[1] 697, [2] 785 (heading
 * 865), [3] 873, [4] 961, pathPrediction 1053 (confidence 1070), lights 1078, end 1088.
 */
class BsmBrokenInputTest {
  private static final String CAR_REQUIRED = "bsm-01-car-required";
  private static final String CAR_FULL = "bsm-02-car-full";
  private static final String HISTORY = "bsmFrame.safetyExt.pathHistory";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final UperCodec codec = new UperCodec();

  private static Bits full() {
    return Bits.of(Bits.vector(CAR_FULL));
  }

  private CodecException refused(Bits bits) {
    return assertThrows(CodecException.class, () -> codec.decode(bits.toBytes()));
  }

  private static void assertRefused(
      CodecException e, Reason reason, String fieldPath, long bitOffset) {
    assertEquals(reason, e.reason(), e::getMessage);
    assertEquals(fieldPath, e.fieldPath(), e::getMessage);
    assertEquals(bitOffset, e.bitOffset(), e::getMessage);
  }

  // ---------------------------------------------------------------- UPER: values out of range

  @Test
  void pathPredictionConfidenceAbove200() {
    Bits bits = full();
    assertEquals(180, bits.get(1070, 8));
    CodecException e = refused(bits.set(1070, 8, 201));
    assertRefused(
        e, Reason.VALUE_OUT_OF_RANGE, "bsmFrame.safetyExt.pathPrediction.confidence", 1070);
  }

  @Test
  void headingAbove28800() {
    Bits bits = full();
    assertEquals(3640, bits.get(242, 15));
    assertRefused(
        refused(bits.set(242, 15, 28801)), Reason.VALUE_OUT_OF_RANGE, "bsmFrame.heading", 242);
  }

  @Test
  void monthThirteen() {
    Bits bits = full();
    assertEquals(5, bits.get(442, 4));
    assertRefused(
        refused(bits.set(442, 4, 13)),
        Reason.VALUE_OUT_OF_RANGE,
        HISTORY + ".initialPosition.utcTime.month",
        442);
  }

  @Test
  void coarseHeadingOfAListElementAbove240() {
    Bits bits = full();
    assertEquals(30, bits.get(865, 8));
    assertRefused(
        refused(bits.set(865, 8, 241)),
        Reason.VALUE_OUT_OF_RANGE,
        HISTORY + ".crumbData[2].heading",
        865);
  }

  // ---------------------------------------------------------------- UPER: lists

  @Test
  void lyingCrumbDataCountIsRefusedBeforeAllocation() {
    Bits bits = full();
    assertEquals(5 - 1, bits.get(608, 5));
    // 23 points need at least 23 * 48 bits; 475 are left
    assertRefused(refused(bits.set(608, 5, 23 - 1)), Reason.TRUNCATED, HISTORY + ".crumbData", 608);
  }

  @Test
  void crumbDataCountAboveTheDecoderLimit() {
    UperCodec small = new UperCodec(new DecoderLimits(1024, 4, 24, 64));
    CodecException e =
        assertThrows(CodecException.class, () -> small.decode(Bits.vector(CAR_FULL)));
    assertRefused(e, Reason.LIMIT_EXCEEDED, HISTORY + ".crumbData", 608);
  }

  @Test
  void nestingDeeperThanTheDecoderLimit() {
    UperCodec shallow = new UperCodec(new DecoderLimits(1024, 63, 3, 64));
    CodecException e =
        assertThrows(CodecException.class, () -> shallow.decode(Bits.vector(CAR_FULL)));
    assertRefused(e, Reason.LIMIT_EXCEEDED, HISTORY + ".initialPosition", 414);
  }

  @Test
  void truncatedInsideTheFourthCrumb() {
    // crumbData[3] starts at 873; its position-LL2 lat starts at 895 and needs 14 bits
    assertRefused(
        refused(full().cut(900)),
        Reason.TRUNCATED,
        HISTORY + ".crumbData[3].llvOffset.offsetLL.position-LL2.lat",
        895);
  }

  @Test
  void truncatedBeforeTheBrakes() {
    // invalid.tsv: bsm-01 with its last 5 bytes cut; the brakes bitmap at 258 needs 7 bits
    assertRefused(
        refused(Bits.of(Bits.vector(CAR_REQUIRED)).cut(264)),
        Reason.TRUNCATED,
        "bsmFrame.brakes",
        258);
  }

  // ---------------------------------------------------------------- UPER: CHOICE and ENUMERATED

  @Test
  void positionOffsetLlIndexBeyondTheRoot() {
    Bits bits = full();
    assertEquals(0, bits.get(618, 3));
    assertRefused(
        refused(bits.set(618, 3, 7)),
        Reason.UNKNOWN_CHOICE_INDEX,
        HISTORY + ".crumbData[0].llvOffset.offsetLL",
        618);
  }

  @Test
  void verticalOffsetIndexBeyondTheRoot() {
    Bits bits = full();
    assertEquals(0, bits.get(645, 3));
    assertRefused(
        refused(bits.set(645, 3, 7)),
        Reason.UNKNOWN_CHOICE_INDEX,
        HISTORY + ".crumbData[0].llvOffset.offsetV",
        645);
  }

  /** bsm-01 (298 bits of content) with an emergencyExt appended and its presence bit set. */
  private static Bits withEmergencyExt(int responseTypeBits, long responseType) {
    return Bits.of(Bits.vector(CAR_REQUIRED))
        .set(11, 1, 1)
        .cut(298)
        .insert(298, 4, 0b0100)
        .insert(302, responseTypeBits, responseType);
  }

  @Test
  void responseTypeRootValueDecodes() {
    // ext bit 0, root index 3 in 3 bits
    BasicSafetyMessage bsm =
        (BasicSafetyMessage) codec.decode(withEmergencyExt(4, 0b0011).toBytes());
    assertEquals(
        Optional.of(
            new VehicleEmergencyExtensions(
                Optional.of(ResponseType.PURSUIT), Optional.empty(), Optional.empty())),
        bsm.emergencyExt());
  }

  @Test
  void responseTypeExtensionValueIsUnknown() {
    // ext bit 1, then the normally small number 7 (0 + 6 bits)
    assertRefused(
        refused(withEmergencyExt(8, 0b1_0_000111)),
        Reason.UNKNOWN_EXTENSION,
        "bsmFrame.emergencyExt.responseType",
        302);
  }

  @Test
  void enumerationIndexBeyondTheRoot() {
    // brakes.brakePadel at 331: 2 bits for 3 values, so 3 is no value
    Bits bits = full();
    assertEquals(2, bits.get(331, 2));
    assertRefused(
        refused(bits.set(331, 2, 3)), Reason.VALUE_OUT_OF_RANGE, "bsmFrame.brakes.brakePadel", 331);
  }

  // ---------------------------------------------------------------- UPER: extensions are skipped

  @Test
  void unknownExtensionAdditionsAreSkipped() {
    MessageFrame original = codec.decode(Bits.vector(CAR_FULL));
    // one addition (normally small 0 = 1 bit of bitmap), present, an open type of 2 octets
    long additions = 0b0_000000_1L << 24 | 0x02ABCDL;
    int additionBits = 7 + 1 + 24;
    Bits bits =
        full()
            .insert(1088, additionBits, additions) // BasicSafetyMessage's
            .insert(1078, additionBits, additions) // PathPrediction's
            .set(1053, 1, 1)
            .insert(617 + 88 * 0 + 80, additionBits, additions) // crumbData[0]'s, after heading
            .set(613, 1, 1)
            .set(4, 1, 1);
    assertEquals(original, codec.decode(bits.toBytes()));
    assertArrayEquals(Bits.vector(CAR_FULL), codec.encode(original));
  }

  @Test
  void eventFlagsOfAnExtendedSizeRoundTrip() {
    // events at 397: ext bit 1, length 16 as an unconstrained length, 16 bits
    Bits bits = full().set(397, 1, 1).insert(398, 8, 16).insert(406 + 13, 3, 0b101);
    BasicSafetyMessage bsm = (BasicSafetyMessage) codec.decode(bits.toBytes());
    var events = bsm.safetyExt().orElseThrow().events().orElseThrow();
    assertEquals("0000000010000101", events.toString());
    assertEquals(true, VehicleEventFlag.LIGHTS_CHANGED.isSetIn(events));
    assertArrayEquals(bits.toBytes(), codec.encode(bsm));
  }

  // ---------------------------------------------------------------- UPER: whole message

  @Test
  void trailingByteAndNonZeroPadding() {
    byte[] bytes = Bits.vector(CAR_REQUIRED);
    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    assertRefused(
        assertThrows(CodecException.class, () -> codec.decode(longer)),
        Reason.TRAILING_DATA,
        "",
        304);
    assertRefused(refused(Bits.of(bytes).set(303, 1, 1)), Reason.NONZERO_PADDING, "", 298);
  }

  // ---------------------------------------------------------------- JER

  private static ObjectNode jer(String vector) throws Exception {
    MessageFrame frame = new UperCodec().decode(Bits.vector(vector));
    return (ObjectNode) JSON.readTree(JerCodec.toJson(frame));
  }

  private static ObjectNode bsm(ObjectNode frame) {
    return (ObjectNode) frame.get("bsmFrame");
  }

  private static ObjectNode history(ObjectNode frame) {
    return (ObjectNode) bsm(frame).get("safetyExt").get("pathHistory");
  }

  private static void assertJerRefused(ObjectNode frame, Reason reason, String fieldPath) {
    CodecException e =
        assertThrows(CodecException.class, () -> JerCodec.fromJson(frame.toString()));
    assertRefused(e, reason, fieldPath, -1);
  }

  @Test
  void jerMissingMember() throws Exception {
    ObjectNode frame = jer(CAR_REQUIRED);
    bsm(frame).remove("secMark");
    assertJerRefused(frame, Reason.MISSING_FIELD, "bsmFrame.secMark");
    ObjectNode full = jer(CAR_FULL);
    ((ObjectNode) history(full).get("crumbData").get(3)).remove("llvOffset");
    assertJerRefused(full, Reason.MISSING_FIELD, HISTORY + ".crumbData[3].llvOffset");
  }

  @Test
  void jerUnknownMember() throws Exception {
    ObjectNode frame = jer(CAR_REQUIRED);
    ((ObjectNode) bsm(frame).get("brakes")).put("handBrake", "on");
    assertJerRefused(frame, Reason.UNKNOWN_FIELD, "bsmFrame.brakes.handBrake");
    // FullPositionVector spells it posConficence; the right spelling is unknown there
    ObjectNode full = jer(CAR_FULL);
    ((ObjectNode) history(full).get("initialPosition"))
        .putObject("posConfidence")
        .put("pos", "a1m");
    assertJerRefused(full, Reason.UNKNOWN_FIELD, HISTORY + ".initialPosition.posConfidence");
  }

  @Test
  void jerValueOutOfRange() throws Exception {
    ObjectNode frame = jer(CAR_REQUIRED);
    bsm(frame).put("speed", 8192);
    assertJerRefused(frame, Reason.VALUE_OUT_OF_RANGE, "bsmFrame.speed");
    ObjectNode full = jer(CAR_FULL);
    ((ObjectNode) history(full).get("crumbData").get(1)).put("timeOffset", 0);
    assertJerRefused(full, Reason.VALUE_OUT_OF_RANGE, HISTORY + ".crumbData[1].timeOffset");
  }

  @Test
  void jerUnknownEnumerationName() throws Exception {
    ObjectNode frame = jer(CAR_REQUIRED);
    bsm(frame).put("transmission", "overdrive");
    assertJerRefused(frame, Reason.UNKNOWN_NAME, "bsmFrame.transmission");
    ObjectNode full = jer(CAR_FULL);
    ((ObjectNode) bsm(full).get("brakes")).put("brakePadel", "pressed");
    assertJerRefused(full, Reason.UNKNOWN_NAME, "bsmFrame.brakes.brakePadel");
  }

  @Test
  void jerBadBitStringsAndListSizes() throws Exception {
    ObjectNode frame = jer(CAR_FULL);
    ((ObjectNode) bsm(frame).get("brakes")).put("wheelBrakes", "7C");
    assertJerRefused(frame, Reason.NONZERO_PADDING, "bsmFrame.brakes.wheelBrakes");
    ObjectNode empty = jer(CAR_FULL);
    history(empty).putArray("crumbData");
    assertJerRefused(empty, Reason.SIZE_OUT_OF_RANGE, HISTORY + ".crumbData");
    ObjectNode lights = jer(CAR_FULL);
    ((ObjectNode) bsm(lights).get("safetyExt").get("lights")).put("length", 17);
    assertJerRefused(lights, Reason.SIZE_OUT_OF_RANGE, "bsmFrame.safetyExt.lights.value");
  }

  // ---------------------------------------------------------------- protobuf

  private static FrameProtos.MessageFrame.Builder proto(String vector) {
    return ProtoCodec.toProto(new UperCodec().decode(Bits.vector(vector))).toBuilder();
  }

  private static void assertProtoRefused(
      FrameProtos.MessageFrame.Builder proto, Reason reason, String fieldPath) {
    Executable fromProto = () -> ProtoCodec.fromProto(proto.build());
    assertRefused(assertThrows(CodecException.class, fromProto), reason, fieldPath, -1);
  }

  @Test
  void protobufBadValues() {
    var speed = proto(CAR_REQUIRED);
    speed.getBsmFrameBuilder().setSpeed0P02Mps(8192);
    assertProtoRefused(speed, Reason.VALUE_OUT_OF_RANGE, "bsmFrame.speed");

    var pedal = proto(CAR_FULL);
    pedal.getBsmFrameBuilder().getBrakesBuilder().setBrakePedalValue(3);
    assertProtoRefused(pedal, Reason.UNKNOWN_NAME, "bsmFrame.brakes.brakePadel");

    var wheels = proto(CAR_FULL);
    wheels.getBsmFrameBuilder().getBrakesBuilder().setWheelBrakes(0x20);
    assertProtoRefused(wheels, Reason.SIZE_OUT_OF_RANGE, "bsmFrame.brakes.wheelBrakes");

    var crumbs = proto(CAR_FULL);
    crumbs.getBsmFrameBuilder().getSafetyExtBuilder().getPathHistoryBuilder().clearCrumbData();
    assertProtoRefused(crumbs, Reason.SIZE_OUT_OF_RANGE, HISTORY + ".crumbData");

    var offset = proto(CAR_FULL);
    offset
        .getBsmFrameBuilder()
        .getSafetyExtBuilder()
        .getPathHistoryBuilder()
        .getCrumbDataBuilder(4)
        .setHeading1P5Deg(-1);
    assertProtoRefused(offset, Reason.VALUE_OUT_OF_RANGE, HISTORY + ".crumbData[4].heading");

    var events = proto(CAR_FULL);
    events.getBsmFrameBuilder().getSafetyExtBuilder().getEventsBuilder().setLengthBits(17);
    assertProtoRefused(events, Reason.SIZE_OUT_OF_RANGE, "bsmFrame.safetyExt.events");
  }

  @Test
  void protobufMissingRequiredMessage() {
    var pos = proto(CAR_REQUIRED);
    pos.getBsmFrameBuilder().clearPos();
    assertProtoRefused(pos, Reason.MISSING_FIELD, "bsmFrame.pos");

    var brakes = proto(CAR_REQUIRED);
    brakes.getBsmFrameBuilder().clearBrakes();
    assertProtoRefused(brakes, Reason.MISSING_FIELD, "bsmFrame.brakes");

    var llv = proto(CAR_FULL);
    llv.getBsmFrameBuilder()
        .getSafetyExtBuilder()
        .getPathHistoryBuilder()
        .getCrumbDataBuilder(0)
        .clearLlvOffset();
    assertProtoRefused(llv, Reason.MISSING_FIELD, HISTORY + ".crumbData[0].llvOffset");
  }
}
