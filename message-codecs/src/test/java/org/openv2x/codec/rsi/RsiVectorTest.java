package org.openv2x.codec.rsi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.OctetString;
import org.openv2x.codec.common.PositionOffsetLl;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.common.VerticalOffset;
import org.openv2x.proto.v1.FrameProtos;

/** The RSI test vectors decode to the values of their .xer files and encode back byte for byte. */
class RsiVectorTest {
  private static final long RSU_ID = 0x5253553030313031L; // "RSU00101"

  private final UperCodec codec = new UperCodec();

  private RoadSideInformation decode(String name) {
    MessageFrame frame = codec.decode(TestVectors.vector(name));
    assertEquals(MessageType.RSI, frame.type());
    return assertInstanceOf(RoadSideInformation.class, frame);
  }

  private static PositionOffsetLlv point(PositionOffsetLl.Kind kind, int lon, int lat) {
    return new PositionOffsetLlv(new PositionOffsetLl(kind, lon, lat), Optional.empty());
  }

  private static NodeReferenceId node(int region, int id) {
    return new NodeReferenceId(OptionalInt.of(region), id);
  }

  @Test
  void rteAccidentDecodesToTheXerValues() {
    RoadSideInformation rsi = decode(RsiTestSupport.RTE_ACCIDENT);
    assertEquals(8, rsi.msgCnt());
    assertEquals(OptionalInt.of(196545), rsi.moyMinutes());
    assertEquals(RSU_ID, rsi.id());
    assertEquals(397814500, rsi.refPos().latE7Deg());
    assertEquals(1165040200, rsi.refPos().lonE7Deg());
    assertEquals(OptionalInt.of(450), rsi.refPos().elevationDm());
    assertTrue(rsi.rtss().isEmpty());
    assertEquals(1, rsi.rtes().orElseThrow().size());

    RteData rte = rsi.rtes().orElseThrow().get(0);
    assertEquals(1, rte.rteId());
    assertEquals(100, rte.eventType());
    assertEquals(EventSource.DETECTION, rte.eventSource());
    PositionOffsetLlv eventPos = rte.eventPos().orElseThrow();
    assertEquals(PositionOffsetLl.Kind.LL2, eventPos.offsetLl().kind());
    assertEquals(-701, eventPos.offsetLl().lonE7Deg());
    assertEquals(7636, eventPos.offsetLl().latE7Deg());
    assertEquals(
        Optional.of(new VerticalOffset(VerticalOffset.Kind.OFFSET1, 0)), eventPos.offsetV());
    assertEquals(OptionalInt.of(300), rte.eventRadiusDm());
    Description.TextString text =
        assertInstanceOf(Description.TextString.class, rte.description().orElseThrow());
    assertEquals("Accident ahead, right lane blocked", text.text());
    assertEquals("textString", text.asnName());
    RsiTimeDetails time = rte.timeDetails().orElseThrow();
    assertEquals(OptionalInt.of(196530), time.startTimeMinutes());
    assertEquals(OptionalInt.of(196590), time.endTimeMinutes());
    assertEquals(Optional.of(TimeConfidence.TIME_010_000), time.endTimeConfidence());
    assertEquals(OptionalInt.of(0xC0), rte.priority());
    assertEquals(OptionalInt.of(190), rte.eventConfidence0p5Pct());

    List<ReferencePath> paths = rte.referencePaths().orElseThrow();
    assertEquals(1, paths.size());
    assertEquals(100, paths.get(0).pathRadiusDm());
    assertEquals(
        List.of(
            point(PositionOffsetLl.Kind.LL3, -584, 26949),
            point(PositionOffsetLl.Kind.LL3, -584, 17966),
            point(PositionOffsetLl.Kind.LL3, -608, 10780),
            point(PositionOffsetLl.Kind.LL2, -701, 7636)),
        paths.get(0).activePath());

    List<ReferenceLink> links = rte.referenceLinks().orElseThrow();
    assertEquals(1, links.size());
    assertEquals(node(1, 1002), links.get(0).upstreamNodeId());
    assertEquals(node(1, 1001), links.get(0).downstreamNodeId());
    // <referenceLanes>0001000000000000</referenceLanes>: bit 3 = lane3
    int lanes = links.get(0).referenceLanes().getAsInt();
    assertEquals(0b0001_0000_0000_0000, lanes);
    assertEquals(EnumSet.of(ReferenceLanes.LANE3), ReferenceLanes.setIn(lanes));
  }

  @Test
  void rtsSpeedLimitDecodesToTheXerValues() {
    RoadSideInformation rsi = decode(RsiTestSupport.RTS_SPEED_LIMIT);
    assertEquals(9, rsi.msgCnt());
    assertTrue(rsi.moyMinutes().isEmpty());
    assertEquals(RSU_ID, rsi.id());
    assertEquals(397814500, rsi.refPos().latE7Deg());
    assertEquals(1165040200, rsi.refPos().lonE7Deg());
    assertEquals(OptionalInt.of(450), rsi.refPos().elevationDm());
    assertTrue(rsi.rtes().isEmpty());
    assertEquals(1, rsi.rtss().orElseThrow().size());

    RtsData rts = rsi.rtss().orElseThrow().get(0);
    assertEquals(12, rts.rtsId());
    assertEquals(85, rts.signType());
    PositionOffsetLlv signPos = rts.signPos().orElseThrow();
    assertEquals(new PositionOffsetLl(PositionOffsetLl.Kind.LL2, 1052, -3593), signPos.offsetLl());
    assertEquals(
        Optional.of(new VerticalOffset(VerticalOffset.Kind.OFFSET1, 25)), signPos.offsetV());
    Description.TextGb2312 text =
        assertInstanceOf(Description.TextGb2312.class, rts.description().orElseThrow());
    assertEquals(OctetString.of(HexFormat.of().parseHex("CFDECBD93630")), text.bytes());
    assertEquals("textGB2312", text.asnName());
    if (Description.TextGb2312.charset().isPresent()) {
      assertEquals(Optional.of("\u9650\u901f60"), text.decodeText()); // 限速60
    }
    RsiTimeDetails time = rts.timeDetails().orElseThrow();
    assertEquals(OptionalInt.of(0), time.startTimeMinutes());
    assertEquals(OptionalInt.of(RoadSideInformation.MOY_INVALID), time.endTimeMinutes());
    assertTrue(time.endTimeConfidence().isEmpty());
    assertEquals(OptionalInt.of(0x40), rts.priority());
    assertTrue(rts.referencePaths().isEmpty());

    List<ReferenceLink> links = rts.referenceLinks().orElseThrow();
    assertEquals(2, links.size());
    assertEquals(node(1, 1004), links.get(0).upstreamNodeId());
    assertEquals(node(1, 1001), links.get(0).downstreamNodeId());
    assertFalse(links.get(0).referenceLanes().isPresent());
    assertEquals(node(1, 1001), links.get(1).upstreamNodeId());
    assertEquals(node(1, 1002), links.get(1).downstreamNodeId());
    // <referenceLanes>0110000000000000</referenceLanes>: lanes 1 and 2
    int lanes = links.get(1).referenceLanes().getAsInt();
    assertEquals(0b0110_0000_0000_0000, lanes);
    assertEquals(
        EnumSet.of(ReferenceLanes.LANE1, ReferenceLanes.LANE2), ReferenceLanes.setIn(lanes));
  }

  @Test
  void vectorsEncodeToTheSameBytes() {
    for (String name : List.of(RsiTestSupport.RTE_ACCIDENT, RsiTestSupport.RTS_SPEED_LIMIT)) {
      byte[] bytes = TestVectors.vector(name);
      assertArrayEquals(bytes, codec.encode(codec.decode(bytes)), name);
    }
  }

  @Test
  void vectorsRoundTripThroughJerAndProtobuf() throws Exception {
    for (String name : List.of(RsiTestSupport.RTE_ACCIDENT, RsiTestSupport.RTS_SPEED_LIMIT)) {
      MessageFrame frame = decode(name);
      assertEquals(frame, JerCodec.fromJson(JerCodec.toJson(frame)), name);
      assertEquals(frame, ProtoCodec.fromProto(ProtoCodec.toProto(frame)), name);
      FrameProtos.MessageFrame parsed =
          FrameProtos.MessageFrame.parseFrom(ProtoCodec.toProto(frame).toByteArray());
      assertEquals(frame, ProtoCodec.fromProto(parsed), name);
      assertEquals(frame, ProtoCodec.fromJson(ProtoCodec.toJson(frame)), name);
    }
  }

  @Test
  void jerUsesTheAsnNamesAndX697Forms() {
    String rte = JerCodec.toJson(decode(RsiTestSupport.RTE_ACCIDENT));
    assertTrue(rte.startsWith("{\"rsiFrame\":{\"msgCnt\":8,\"moy\":196545,"), rte);
    assertTrue(rte.contains("\"id\":\"5253553030313031\""), rte);
    assertTrue(rte.contains("\"eventSource\":\"detection\""), rte);
    assertTrue(rte.contains("\"eventRadius\":300"), rte);
    assertTrue(
        rte.contains("\"description\":{\"textString\":\"Accident ahead, right lane blocked\"}"),
        rte);
    assertTrue(
        rte.contains(
            "\"timeDetails\":{\"startTime\":196530,\"endTime\":196590,"
                + "\"endTimeConfidence\":\"time-010-000\"}"),
        rte);
    assertTrue(rte.contains("\"priority\":\"C0\""), rte);
    assertTrue(rte.contains("\"pathRadius\":100"), rte);
    assertTrue(rte.contains("\"referenceLanes\":\"1000\""), rte);
    assertTrue(rte.contains("\"eventConfidence\":190"), rte);
    assertFalse(rte.contains("rtss"), rte);

    String rts = JerCodec.toJson(decode(RsiTestSupport.RTS_SPEED_LIMIT));
    assertFalse(rts.contains("\"moy\""), rts);
    assertTrue(rts.contains("\"description\":{\"textGB2312\":\"CFDECBD93630\"}"), rts);
    assertTrue(rts.contains("\"timeDetails\":{\"startTime\":0,\"endTime\":527040}"), rts);
    assertTrue(rts.contains("\"priority\":\"40\""), rts);
    assertTrue(rts.contains("\"referenceLanes\":\"6000\""), rts);
  }

  @Test
  void protobufJsonUsesTheSchemaNames() {
    String json = ProtoCodec.toJson(decode(RsiTestSupport.RTE_ACCIDENT));
    assertTrue(json.contains("\"eventSource\":\"EVENT_SOURCE_DETECTION\""), json);
    assertTrue(json.contains("\"eventRadiusDm\":300"), json);
    assertTrue(json.contains("\"eventConfidence0p5Pct\":190"), json);
    assertTrue(json.contains("\"referenceLanes\":4096"), json);
  }
}
