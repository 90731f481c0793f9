package org.openv2x.codec.rsm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.common.InvalidValueException;
import org.openv2x.codec.common.PositionConfidence;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionOffsetLl;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.VehicleSize;
import org.openv2x.proto.v1.FrameProtos;
import org.openv2x.proto.v1.RsmProtos;

/**
 * Broken RSM input: UPER made by patching the bits of rsm-01-car-ped-bike, JER and protobuf with
 * one bad member. Each refusal is checked for its reason, full field path and bit offset.
 *
 * <p>Bit layout of rsm-01 used here (offsets from the start of the MessageFrame): frame CHOICE 0-3;
 * RSM extension bit 4, msgCnt 5-11, id 12-75, refPos 76-155, participants count 156-159;
 * participants[0] from 160: extension bit 160, presence bits 161-166, ptcType 167-170 (extension
 * bit 167), ptcId 171-186, source 187-190 (extension bit 187), secMark 191-206, pos 207-238
 * (offsetV presence 207, offsetLL CHOICE index 208-210), posConfidence 239-243, transmission
 * 244-246, speed 247-259, heading 260-274, size 275-304, vehicleClass 305-314; participants[1] from
 * 315; participants[2] from 453: speed 533-545, heading 546-560.
 */
class RsmBrokenInputTest {
  private static final String VECTOR = "rsm-01-car-ped-bike";
  private static final String PARTICIPANT_0 = "rsmFrame.participants[0]";
  private static final ObjectMapper JSON = new ObjectMapper();

  // ---------------------------------------------------------------- helpers

  private static byte[] vector() {
    return TestVectors.vector(VECTOR);
  }

  private static CodecException refusedUper(byte[] bytes) {
    return assertThrows(CodecException.class, () -> new UperCodec().decode(bytes));
  }

  private static void assertRefused(
      CodecException e, Reason reason, String fieldPath, long bitOffset) {
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(fieldPath, e.fieldPath(), e.getMessage());
    assertEquals(bitOffset, e.bitOffset(), e.getMessage());
  }

  // ---------------------------------------------------------------- UPER

  @Test
  void headingBeyond28800IsRefused() {
    assertEquals(14400, Long.parseLong(TestVectors.bits(vector()).substring(260, 275), 2));
    CodecException e = refusedUper(TestVectors.patch(vector(), 260, 15, 32767));
    assertRefused(e, Reason.VALUE_OUT_OF_RANGE, PARTICIPANT_0 + ".heading", 260);
  }

  @Test
  void lyingParticipantCountIsRefusedBeforeAllocation() {
    // 16 participants need at least 16 * 131 bits; 448 are left.
    CodecException e = refusedUper(TestVectors.patch(vector(), 156, 4, 15));
    assertRefused(e, Reason.TRUNCATED, "rsmFrame.participants", 156);
  }

  @Test
  void truncatedListIsRefused() {
    // 70 bytes end inside the heading of participants[2] (bits 546-560).
    CodecException inside = refusedUper(Arrays.copyOf(vector(), 70));
    assertRefused(inside, Reason.TRUNCATED, "rsmFrame.participants[2].heading", 546);
    // 50 bytes cannot hold 3 participants of at least 131 bits each.
    CodecException count = refusedUper(Arrays.copyOf(vector(), 50));
    assertRefused(count, Reason.TRUNCATED, "rsmFrame.participants", 156);
  }

  @Test
  void unknownEnumExtensionsAreRefused() {
    CodecException type = refusedUper(TestVectors.patch(vector(), 167, 1, 1));
    assertRefused(type, Reason.UNKNOWN_EXTENSION, PARTICIPANT_0 + ".ptcType", 167);
    CodecException source = refusedUper(TestVectors.patch(vector(), 187, 1, 1));
    assertRefused(source, Reason.UNKNOWN_EXTENSION, PARTICIPANT_0 + ".source", 187);
  }

  @Test
  void participantTypeIndexBeyondTheRootIsRefused() {
    // 5 root values in 3 bits: 5..7 name nothing.
    CodecException e = refusedUper(TestVectors.patch(vector(), 168, 3, 7));
    assertRefused(e, Reason.VALUE_OUT_OF_RANGE, PARTICIPANT_0 + ".ptcType", 167);
  }

  @Test
  void offsetChoiceIndexBeyondTheRootIsRefused() {
    // PositionOffsetLL has 7 alternatives in 3 bits: index 7 names nothing.
    CodecException e = refusedUper(TestVectors.patch(vector(), 208, 3, 7));
    assertRefused(e, Reason.UNKNOWN_CHOICE_INDEX, PARTICIPANT_0 + ".pos.offsetLL", 208);
  }

  @Test
  void unknownExtensionAdditionsAreSkipped() {
    String addition = "0000000" + "1" + "00000001" + "11110000";
    StringBuilder participant = new StringBuilder(TestVectors.bits(vector()));
    participant.insert(315, addition);
    participant.setCharAt(160, '1');
    UperCodec codec = new UperCodec();
    assertEquals(RsmVectorTest.expected01(), codec.decode(TestVectors.bytes(participant)));
    assertArrayEquals(vector(), codec.encode(codec.decode(TestVectors.bytes(participant))));
  }

  // ---------------------------------------------------------------- JER

  private static CodecException refusedJer(Consumer<ObjectNode> change) {
    ObjectNode root;
    try {
      root = (ObjectNode) JSON.readTree(JerCodec.toJson(RsmVectorTest.expected02()));
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

  @Test
  void jerMissingMemberIsRefused() {
    assertRefused(
        refusedJer(r -> at(r, "/rsmFrame/participants/0").remove("secMark")),
        Reason.MISSING_FIELD,
        PARTICIPANT_0 + ".secMark",
        -1);
    assertRefused(
        refusedJer(r -> at(r, "/rsmFrame").remove("refPos")),
        Reason.MISSING_FIELD,
        "rsmFrame.refPos",
        -1);
  }

  @Test
  void jerUnknownMemberIsRefused() {
    assertRefused(
        refusedJer(r -> at(r, "/rsmFrame/participants/1").put("posConficence", "a1m")),
        Reason.UNKNOWN_FIELD,
        "rsmFrame.participants[1].posConficence",
        -1);
    assertRefused(
        refusedJer(r -> at(r, "/rsmFrame/participants/1/accelSet").put("roll", 0)),
        Reason.UNKNOWN_FIELD,
        "rsmFrame.participants[1].accelSet.roll",
        -1);
  }

  @Test
  void jerValueOutOfRangeIsRefused() {
    assertRefused(
        refusedJer(r -> at(r, "/rsmFrame/participants/0").put("heading", 28801)),
        Reason.VALUE_OUT_OF_RANGE,
        PARTICIPANT_0 + ".heading",
        -1);
    assertRefused(
        refusedJer(r -> at(r, "/rsmFrame/participants/1").put("angle", -127)),
        Reason.VALUE_OUT_OF_RANGE,
        "rsmFrame.participants[1].angle",
        -1);
  }

  @Test
  void jerUnknownEnumNameIsRefused() {
    assertRefused(
        refusedJer(r -> at(r, "/rsmFrame/participants/0").put("ptcType", "bus")),
        Reason.UNKNOWN_NAME,
        PARTICIPANT_0 + ".ptcType",
        -1);
    assertRefused(
        refusedJer(r -> at(r, "/rsmFrame/participants/2").put("source", "radar")),
        Reason.UNKNOWN_NAME,
        "rsmFrame.participants[2].source",
        -1);
  }

  @Test
  void jerBadOctetStringsAreRefused() {
    assertRefused(
        refusedJer(r -> at(r, "/rsmFrame").put("id", "52535530303130")),
        Reason.SIZE_OUT_OF_RANGE,
        "rsmFrame.id",
        -1);
    assertRefused(
        refusedJer(r -> at(r, "/rsmFrame/participants/1").put("id", "424A30303030303G")),
        Reason.BAD_HEX,
        "rsmFrame.participants[1].id",
        -1);
  }

  // ---------------------------------------------------------------- protobuf

  private static CodecException refusedProto(
      Consumer<RsmProtos.RoadsideSafetyMessage.Builder> change) {
    FrameProtos.MessageFrame.Builder frame =
        ProtoCodec.toProto(RsmVectorTest.expected02()).toBuilder();
    change.accept(frame.getRsmFrameBuilder());
    FrameProtos.MessageFrame proto = frame.build();
    return assertThrows(CodecException.class, () -> ProtoCodec.fromProto(proto));
  }

  @Test
  void protobufBadValuesAreRefused() {
    assertRefused(
        refusedProto(r -> r.getParticipantsBuilder(0).setPtcTypeValue(5)),
        Reason.UNKNOWN_NAME,
        PARTICIPANT_0 + ".ptcType",
        -1);
    assertRefused(
        refusedProto(r -> r.getParticipantsBuilder(0).setSourceValue(8)),
        Reason.UNKNOWN_NAME,
        PARTICIPANT_0 + ".source",
        -1);
    assertRefused(
        refusedProto(r -> r.getParticipantsBuilder(0).setHeading0P0125Deg(28801)),
        Reason.VALUE_OUT_OF_RANGE,
        PARTICIPANT_0 + ".heading",
        -1);
    assertRefused(
        refusedProto(r -> r.getParticipantsBuilder(3).setAngle1P5Deg(-127)),
        Reason.VALUE_OUT_OF_RANGE,
        "rsmFrame.participants[3].angle",
        -1);
    assertRefused(
        refusedProto(r -> r.getParticipantsBuilder(0).clearPos()),
        Reason.MISSING_FIELD,
        PARTICIPANT_0 + ".pos",
        -1);
    assertRefused(
        refusedProto(RsmProtos.RoadsideSafetyMessage.Builder::clearRefPos),
        Reason.MISSING_FIELD,
        "rsmFrame.refPos",
        -1);
    assertRefused(
        refusedProto(r -> r.getParticipantsBuilder(0).getPosConfidenceBuilder().setPosValue(16)),
        Reason.UNKNOWN_NAME,
        PARTICIPANT_0 + ".posConfidence.pos",
        -1);
    assertRefused(
        refusedProto(
            r -> {
              for (int i = 0; i < 9; i++) {
                r.addParticipants(r.getParticipants(0));
              }
            }),
        Reason.SIZE_OUT_OF_RANGE,
        "rsmFrame.participants",
        -1);
    assertRefused(
        refusedProto(RsmProtos.RoadsideSafetyMessage.Builder::clearParticipants),
        Reason.SIZE_OUT_OF_RANGE,
        "rsmFrame.participants",
        -1);
  }

  // ---------------------------------------------------------------- model

  @Test
  void modelRefusesInvalidValues() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                new ParticipantData(
                    ParticipantType.MOTOR,
                    65536,
                    SourceType.VIDEO,
                    OptionalLong.empty(),
                    0,
                    new PositionOffsetLlv(
                        new PositionOffsetLl(PositionOffsetLl.Kind.LL1, 0, 0), Optional.empty()),
                    new PositionConfidenceSet(PositionConfidence.A1M, Optional.empty()),
                    Optional.empty(),
                    0,
                    0,
                    OptionalInt.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    new VehicleSize(0, 0, OptionalInt.empty()),
                    Optional.empty()));
    assertEquals("ptcId", e.field());
    assertEquals(Reason.VALUE_OUT_OF_RANGE, e.reason());
  }
}
