package org.openv2x.codec.rsi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.proto.v1.FrameProtos;
import org.openv2x.proto.v1.RsiProtos;

/**
 * Broken RSI input: the test vectors with bits patched, cut or added, and broken JER and protobuf
 * values. Bit offsets of rsi-01-rte-accident (106 bytes, 841 bits used): 0 MessageFrame, 4 RSI
 * extension bit, 15 moy, 179 rtes count, 182 RTEData (extension bit and 8 presence bits), 215
 * eventSource, 220 eventPos.offsetLL, 251 eventPos.offsetV, 278 description length, 525
 * timeDetails, 568 endTimeConfidence, 582 referencePaths count, 585 activePath count, 590
 * activePath[0], 698 activePath[3], 746 referenceLinks count, 833 eventConfidence. Of
 * rsi-02-rts-speed-limit (63 bytes, 499 bits): 163 RTSData, 237 textGB2312 length, 317 endTime, 345
 * referenceLinks count.
 */
class RsiBrokenInputTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final UperCodec codec = new UperCodec();

  private static String rteBits() {
    return TestVectors.bits(TestVectors.vector(RsiTestSupport.RTE_ACCIDENT));
  }

  private static String rtsBits() {
    return TestVectors.bits(TestVectors.vector(RsiTestSupport.RTS_SPEED_LIMIT));
  }

  /** The vector bits with a field patched, after checking the field's original value. */
  private static String patched(
      String bits, int offset, int width, long expectedOriginal, long value) {
    assertEquals(expectedOriginal, TestVectors.read(bits, offset, width), "bits at " + offset);
    return TestVectors.patch(bits, offset, width, value);
  }

  private CodecException refused(byte[] bytes) {
    return assertThrows(CodecException.class, () -> codec.decode(bytes));
  }

  private CodecException refused(String bits) {
    return refused(TestVectors.bytes(bits));
  }

  private static void assertRefusal(
      CodecException e, Reason reason, String fieldPath, long bitOffset) {
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(fieldPath, e.fieldPath(), e.getMessage());
    assertEquals(bitOffset, e.bitOffset(), e.getMessage());
  }

  // ---------------------------------------------------------------- UPER

  @Test
  void outOfRangeConfidenceIsRefused() {
    CodecException e = refused(patched(rteBits(), 833, 8, 190, 201));
    assertRefusal(e, Reason.VALUE_OUT_OF_RANGE, "rsiFrame.rtes[0].eventConfidence", 833);
  }

  @Test
  void outOfRangeMinuteOfTheYearIsRefused() {
    CodecException e = refused(patched(rteBits(), 15, 20, 196545, 0xFFFFF));
    assertRefusal(e, Reason.VALUE_OUT_OF_RANGE, "rsiFrame.moy", 15);
  }

  @Test
  void outOfRangeEndTimeIsRefused() {
    CodecException e = refused(patched(rtsBits(), 317, 20, 527040, 527041));
    assertRefusal(e, Reason.VALUE_OUT_OF_RANGE, "rsiFrame.rtss[0].timeDetails.endTime", 317);
  }

  @Test
  void outOfRangeTimeConfidenceIsRefused() {
    CodecException e = refused(patched(rteBits(), 568, 6, 4, 63));
    assertRefusal(
        e, Reason.VALUE_OUT_OF_RANGE, "rsiFrame.rtes[0].timeDetails.endTimeConfidence", 568);
  }

  @Test
  void lyingLinkCountIsRefusedBeforeAllocation() {
    // 16 links need at least 16 * 35 bits; fewer than 100 are left
    CodecException e = refused(patched(rteBits(), 746, 4, 0, 15));
    assertRefusal(e, Reason.TRUNCATED, "rsiFrame.rtes[0].referenceLinks", 746);
  }

  @Test
  void lyingPathPointCountIsRefusedBeforeAllocation() {
    CodecException e = refused(patched(rteBits(), 585, 5, 3, 31));
    assertRefusal(e, Reason.TRUNCATED, "rsiFrame.rtes[0].referencePaths[0].activePath", 585);
  }

  @Test
  void lyingEventCountRunsOutInTheMissingElement() {
    // two events announced, one present: the second starts in the padding at bit 841
    CodecException e = refused(patched(rteBits(), 179, 3, 0, 1));
    assertRefusal(e, Reason.TRUNCATED, "rsiFrame.rtes[1].referenceLinks", 848);
  }

  @Test
  void listCutInsideAnElementIsRefused() {
    byte[] cut = Arrays.copyOf(TestVectors.vector(RsiTestSupport.RTE_ACCIDENT), 88);
    CodecException e = refused(cut);
    assertRefusal(
        e,
        Reason.TRUNCATED,
        "rsiFrame.rtes[0].referencePaths[0].activePath[3].offsetLL.position-LL2.lon",
        702);
  }

  @Test
  void listCutBeforeItsElementsIsRefusedAtTheCount() {
    byte[] cut = Arrays.copyOf(TestVectors.vector(RsiTestSupport.RTE_ACCIDENT), 80);
    CodecException e = refused(cut);
    assertRefusal(e, Reason.TRUNCATED, "rsiFrame.rtes[0].referencePaths[0].activePath", 585);
  }

  @Test
  void unknownEventSourceExtensionIsRefused() {
    // the root value (extension bit 0, index 5 in 3 bits) replaced by extension value 2: extension
    // bit 1, then index 2 as a normally small number (0 and 6 bits)
    String bits = patched(rteBits(), 215, 4, 0b0101, 0b0000);
    bits = bits.substring(0, 215) + "1" + "0000010" + bits.substring(219);
    CodecException e = refused(bits);
    assertRefusal(e, Reason.UNKNOWN_EXTENSION, "rsiFrame.rtes[0].eventSource", 215);
  }

  @Test
  void eventSourceBeyondTheRootIsRefused() {
    // 3 bits, 6 root values: 7 names none
    CodecException e = refused(patched(rteBits(), 216, 3, 5, 7));
    assertRefusal(e, Reason.VALUE_OUT_OF_RANGE, "rsiFrame.rtes[0].eventSource", 215);
  }

  @Test
  void offsetChoiceIndexBeyondTheRootIsRefused() {
    CodecException e = refused(patched(rteBits(), 220, 3, 1, 7));
    assertRefusal(e, Reason.UNKNOWN_CHOICE_INDEX, "rsiFrame.rtes[0].eventPos.offsetLL", 220);
    e = refused(patched(rteBits(), 251, 3, 0, 7));
    assertRefusal(e, Reason.UNKNOWN_CHOICE_INDEX, "rsiFrame.rtes[0].eventPos.offsetV", 251);
  }

  @Test
  void textLongerThanTheMessageIsRefused() {
    CodecException e = refused(patched(rteBits(), 278, 9, 33, 511));
    assertRefusal(e, Reason.TRUNCATED, "rsiFrame.rtes[0].description.textString", 278);
  }

  @Test
  void gb2312TextAboveItsSizeIsRefused() {
    // 9-bit length of 2..512: 511 means 513 octets
    CodecException e = refused(patched(rtsBits(), 237, 9, 4, 511));
    assertRefusal(e, Reason.SIZE_OUT_OF_RANGE, "rsiFrame.rtss[0].description.textGB2312", 237);
  }

  @Test
  void unknownExtensionAdditionsAreSkipped() {
    MessageFrame expected = codec.decode(TestVectors.vector(RsiTestSupport.RTS_SPEED_LIMIT));
    // one addition present: normally small count-1 = 0, bitmap "1", open type of 2 octets
    String addition = "0000000" + "1" + TestVectors.number(2, 8) + "1010101111001101";
    String bits = rtsBits().substring(0, 499);
    // RTSData: extension bit at 163, additions after its last member (the end of the message)
    String rts = TestVectors.insert(patched(bits, 163, 1, 0, 1), 499, addition);
    assertEquals(expected, codec.decode(TestVectors.bytes(rts)));
    // RoadSideInformation as well: its additions follow those of the RTSData
    String both = patched(rts, 4, 1, 0, 1) + addition;
    assertEquals(expected, codec.decode(TestVectors.bytes(both)));
  }

  @Test
  void truncatedExtensionAdditionIsRefused() {
    String bits = rtsBits().substring(0, 499);
    String addition = "0000000" + "1" + TestVectors.number(4, 8) + "10101011";
    String broken = patched(bits, 4, 1, 0, 1) + addition;
    CodecException e = refused(broken);
    // the length (4 octets) ends at bit 515 with 13 bits left
    assertRefusal(e, Reason.TRUNCATED, "rsiFrame", 515);
  }

  // ---------------------------------------------------------------- JER

  private static ObjectNode rteJson() throws Exception {
    MessageFrame frame = new UperCodec().decode(TestVectors.vector(RsiTestSupport.RTE_ACCIDENT));
    return (ObjectNode) MAPPER.readTree(JerCodec.toJson(frame));
  }

  private static ObjectNode rte0(ObjectNode root) {
    return (ObjectNode) root.get("rsiFrame").get("rtes").get(0);
  }

  private static CodecException jerRefused(Consumer<ObjectNode> change) throws Exception {
    ObjectNode root = rteJson();
    change.accept(root);
    String text = MAPPER.writeValueAsString(root);
    return assertThrows(CodecException.class, () -> JerCodec.fromJson(text));
  }

  private static void assertJer(CodecException e, Reason reason, String fieldPath) {
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(fieldPath, e.fieldPath(), e.getMessage());
    assertEquals(-1, e.bitOffset(), e.getMessage());
  }

  @Test
  void jerMissingMemberIsRefused() throws Exception {
    assertJer(
        jerRefused(root -> rte0(root).remove("eventSource")),
        Reason.MISSING_FIELD,
        "rsiFrame.rtes[0].eventSource");
    assertJer(
        jerRefused(
            root -> ((ObjectNode) rte0(root).get("referencePaths").get(0)).remove("pathRadius")),
        Reason.MISSING_FIELD,
        "rsiFrame.rtes[0].referencePaths[0].pathRadius");
  }

  @Test
  void jerUnknownMemberIsRefused() throws Exception {
    assertJer(
        jerRefused(root -> ((ObjectNode) rte0(root).get("timeDetails")).put("duration", 5)),
        Reason.UNKNOWN_FIELD,
        "rsiFrame.rtes[0].timeDetails.duration");
    assertJer(
        jerRefused(root -> rte0(root).put("eventRadiusDm", 5)),
        Reason.UNKNOWN_FIELD,
        "rsiFrame.rtes[0].eventRadiusDm");
  }

  @Test
  void jerValueOutOfRangeIsRefused() throws Exception {
    assertJer(
        jerRefused(root -> rte0(root).put("eventConfidence", 201)),
        Reason.VALUE_OUT_OF_RANGE,
        "rsiFrame.rtes[0].eventConfidence");
    assertJer(
        jerRefused(
            root ->
                ((ObjectNode) rte0(root).get("referenceLinks").get(0).get("upstreamNodeId"))
                    .put("id", 65536)),
        Reason.VALUE_OUT_OF_RANGE,
        "rsiFrame.rtes[0].referenceLinks[0].upstreamNodeId.id");
  }

  @Test
  void jerUnknownEnumNameIsRefused() throws Exception {
    assertJer(
        jerRefused(root -> rte0(root).put("eventSource", "radio")),
        Reason.UNKNOWN_NAME,
        "rsiFrame.rtes[0].eventSource");
  }

  @Test
  void jerUnknownDescriptionAlternativeIsRefused() throws Exception {
    assertJer(
        jerRefused(root -> rte0(root).putObject("description").put("textUtf8", "x")),
        Reason.UNKNOWN_NAME,
        "rsiFrame.rtes[0].description.textUtf8");
  }

  @Test
  void jerSizesAreChecked() throws Exception {
    assertJer(
        jerRefused(root -> rte0(root).putArray("referenceLinks")),
        Reason.SIZE_OUT_OF_RANGE,
        "rsiFrame.rtes[0].referenceLinks");
    assertJer(
        jerRefused(root -> rte0(root).putObject("description").put("textString", "")),
        Reason.SIZE_OUT_OF_RANGE,
        "rsiFrame.rtes[0].description.textString");
    assertJer(
        jerRefused(root -> rte0(root).putObject("description").put("textGB2312", "CF")),
        Reason.SIZE_OUT_OF_RANGE,
        "rsiFrame.rtes[0].description.textGB2312");
    assertJer(
        jerRefused(root -> rte0(root).put("priority", "C000")),
        Reason.SIZE_OUT_OF_RANGE,
        "rsiFrame.rtes[0].priority");
    assertJer(
        jerRefused(
            root -> {
              ArrayNode rtes = (ArrayNode) root.get("rsiFrame").get("rtes");
              for (int i = 0; i < 8; i++) {
                rtes.add(rtes.get(0).deepCopy());
              }
            }),
        Reason.SIZE_OUT_OF_RANGE,
        "rsiFrame.rtes");
  }

  @Test
  void jerNonAsciiTextIsRefused() throws Exception {
    assertJer(
        jerRefused(root -> rte0(root).putObject("description").put("textString", "\u9650\u901f")),
        Reason.INVALID_CHARACTER,
        "rsiFrame.rtes[0].description.textString");
  }

  // ---------------------------------------------------------------- protobuf

  private static CodecException protoRefused(
      UnaryOperator<RsiProtos.RoadSideInformation.Builder> change) {
    MessageFrame frame = new UperCodec().decode(TestVectors.vector(RsiTestSupport.RTE_ACCIDENT));
    RsiProtos.RoadSideInformation.Builder rsi = ProtoCodec.toProto(frame).getRsiFrame().toBuilder();
    FrameProtos.MessageFrame broken =
        FrameProtos.MessageFrame.newBuilder().setRsiFrame(change.apply(rsi)).build();
    return assertThrows(CodecException.class, () -> ProtoCodec.fromProto(broken));
  }

  private static UnaryOperator<RsiProtos.RoadSideInformation.Builder> rte0(
      UnaryOperator<RsiProtos.RteData.Builder> change) {
    return rsi -> {
      RsiProtos.RteData.Builder rte = rsi.getRtes().getItems(0).toBuilder();
      return rsi.setRtes(rsi.getRtes().toBuilder().setItems(0, change.apply(rte)));
    };
  }

  @Test
  void protobufUnknownEnumNumberIsRefused() {
    assertJer(
        protoRefused(rte0(rte -> rte.setEventSourceValue(9))),
        Reason.UNKNOWN_NAME,
        "rsiFrame.rtes[0].eventSource");
    assertJer(
        protoRefused(
            rte0(
                rte ->
                    rte.setTimeDetails(
                        rte.getTimeDetails().toBuilder().setEndTimeConfidenceValue(40)))),
        Reason.UNKNOWN_NAME,
        "rsiFrame.rtes[0].timeDetails.endTimeConfidence");
  }

  @Test
  void protobufValuesOutOfRangeAreRefused() {
    assertJer(
        protoRefused(rsi -> rsi.setMsgCnt(128)), Reason.VALUE_OUT_OF_RANGE, "rsiFrame.msgCnt");
    assertJer(
        protoRefused(rte0(rte -> rte.setPriority(256))),
        Reason.VALUE_OUT_OF_RANGE,
        "rsiFrame.rtes[0].priority");
    assertJer(
        protoRefused(
            rte0(
                rte ->
                    rte.setReferenceLinks(
                        rte.getReferenceLinks().toBuilder()
                            .setItems(
                                0,
                                rte.getReferenceLinks().getItems(0).toBuilder()
                                    .setReferenceLanes(0x10000))))),
        Reason.SIZE_OUT_OF_RANGE,
        "rsiFrame.rtes[0].referenceLinks[0].referenceLanes");
    assertJer(
        protoRefused(
            rte0(
                rte ->
                    rte.setReferencePaths(
                        rte.getReferencePaths().toBuilder()
                            .setItems(
                                0,
                                rte.getReferencePaths().getItems(0).toBuilder()
                                    .setPathRadiusDm(-1))))),
        Reason.VALUE_OUT_OF_RANGE,
        "rsiFrame.rtes[0].referencePaths[0].pathRadius");
  }

  @Test
  void protobufListSizesAreChecked() {
    assertJer(
        protoRefused(rsi -> rsi.setRtss(RsiProtos.RtsList.getDefaultInstance())),
        Reason.SIZE_OUT_OF_RANGE,
        "rsiFrame.rtss");
    assertJer(
        protoRefused(
            rte0(
                rte ->
                    rte.setReferencePaths(
                        rte.getReferencePaths().toBuilder()
                            .setItems(
                                0,
                                rte.getReferencePaths().getItems(0).toBuilder()
                                    .clearActivePath())))),
        Reason.SIZE_OUT_OF_RANGE,
        "rsiFrame.rtes[0].referencePaths[0].activePath");
  }

  @Test
  void protobufMissingRequiredPartsAreRefused() {
    assertJer(protoRefused(rsi -> rsi.clearRefPos()), Reason.MISSING_FIELD, "rsiFrame.refPos");
    assertJer(
        protoRefused(rte0(rte -> rte.setDescription(RsiProtos.Description.getDefaultInstance()))),
        Reason.MISSING_FIELD,
        "rsiFrame.rtes[0].description.text");
    assertJer(
        protoRefused(
            rte0(
                rte ->
                    rte.setReferenceLinks(
                        rte.getReferenceLinks().toBuilder()
                            .setItems(
                                0,
                                rte.getReferenceLinks().getItems(0).toBuilder()
                                    .clearDownstreamNodeId())))),
        Reason.MISSING_FIELD,
        "rsiFrame.rtes[0].referenceLinks[0].downstreamNodeId");
  }

  @Test
  void protobufBadTextIsRefused() {
    assertJer(
        protoRefused(
            rte0(
                rte ->
                    rte.setDescription(
                        RsiProtos.Description.newBuilder().setTextString("\u9650")))),
        Reason.INVALID_CHARACTER,
        "rsiFrame.rtes[0].description.textString");
    assertJer(
        protoRefused(
            rte0(
                rte ->
                    rte.setDescription(
                        RsiProtos.Description.newBuilder()
                            .setTextGb2312(
                                com.google.protobuf.ByteString.copyFrom(new byte[513]))))),
        Reason.SIZE_OUT_OF_RANGE,
        "rsiFrame.rtes[0].description.textGB2312");
  }
}
