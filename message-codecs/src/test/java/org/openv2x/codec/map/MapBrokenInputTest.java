package org.openv2x.codec.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.DecoderLimits;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.uper.UperWriter;
import org.openv2x.proto.v1.CommonProtos;
import org.openv2x.proto.v1.FrameProtos;
import org.openv2x.proto.v1.MapProtos;

/**
 * Broken input: vectors with patched bits (bit offsets counted by hand from the start of the
 * MessageFrame), edited JER and edited protobuf.
 */
class MapBrokenInputTest {
  private static final String LINK0 = "mapFrame.nodes[0].inLinks[0]";
  private static final String LANE0 = LINK0 + ".lanes[0]";

  // map-01: frame header 4 bits, then msgCnt at 6, timeStamp at 13, nodes count at 33, node 0
  // (name of 17 characters) from 39, its inLinks count at 280, link 0 from 285 with
  // speedLimits count at 324, speedLimits[0] at 328, speedLimits[1] at 346, lanes count at 510.
  private static final int MAP01_TIME_STAMP = 13;
  private static final int MAP01_NODES_COUNT = 33;
  private static final int MAP01_SPEED_LIMIT_0 = 328;
  private static final int MAP01_SPEED_LIMIT_1 = 346;
  private static final int MAP01_LANES_COUNT = 510;

  // map-02: link 0 has a name of 26 characters; its points count is at 567, points[0] at 572
  // (offsetLL index at 574); lane 0 starts at 811 and its laneType at 852.
  private static final int MAP02_POINT_0_OFFSET_LL = 574;
  private static final int MAP02_LANE_0_LANE_TYPE = 852;

  private final UperCodec codec = new UperCodec();

  private static byte[] patch(byte[] bytes, int offset, int count, long value) {
    byte[] copy = bytes.clone();
    for (int i = 0; i < count; i++) {
      int bit = offset + i;
      int mask = 0x80 >>> (bit & 7);
      if (((value >>> (count - 1 - i)) & 1) != 0) {
        copy[bit >>> 3] |= (byte) mask;
      } else {
        copy[bit >>> 3] &= (byte) ~mask;
      }
    }
    return copy;
  }

  private static void assertFails(Reason reason, String path, long bitOffset, Executable action) {
    CodecException e = assertThrows(CodecException.class, action);
    assertEquals(reason, e.reason(), e.getMessage());
    assertEquals(path, e.fieldPath(), e.getMessage());
    assertEquals(bitOffset, e.bitOffset(), e.getMessage());
  }

  private void assertUperFails(Reason reason, String path, long bitOffset, byte[] bytes) {
    assertFails(reason, path, bitOffset, () -> codec.decode(bytes));
  }

  // ---------------------------------------------------------------- UPER

  @Test
  void patchesLandWhereTheyShould() {
    byte[] map01 = MapVectors.bytes(MapVectors.MAP_01);
    // Rewriting the values already there changes nothing: the offsets are right.
    byte[] same = patch(map01, MAP01_TIME_STAMP, 20, 196530);
    same = patch(same, MAP01_NODES_COUNT, 6, 0);
    same = patch(same, MAP01_SPEED_LIMIT_0, 18, (5L << 13) | 833);
    same = patch(same, MAP01_SPEED_LIMIT_1, 18, (4L << 13) | 139);
    same = patch(same, MAP01_LANES_COUNT, 5, 2);
    assertEquals(codec.decode(map01), codec.decode(same));
    byte[] map02 = MapVectors.bytes(MapVectors.MAP_02);
    // offsetLL: index 0 (position-LL1), lon 0 and lat 1078, each stored as value + 2048.
    byte[] same2 = patch(map02, MAP02_POINT_0_OFFSET_LL, 3 + 24, (2048L << 12) | (1078 + 2048));
    same2 = patch(same2, MAP02_LANE_0_LANE_TYPE, 12, 0);
    assertEquals(codec.decode(map02), codec.decode(same2));
  }

  @Test
  void timeStampOutOfRange() {
    byte[] bytes = patch(MapVectors.bytes(MapVectors.MAP_01), MAP01_TIME_STAMP, 20, 0xFFFFF);
    assertUperFails(Reason.VALUE_OUT_OF_RANGE, "mapFrame.timeStamp", MAP01_TIME_STAMP, bytes);
  }

  @Test
  void speedLimitTypeIndexOutsideTheRoot() {
    // 13 root values in 4 bits: index 13 is none of them.
    byte[] bytes = patch(MapVectors.bytes(MapVectors.MAP_01), MAP01_SPEED_LIMIT_1 + 1, 4, 13);
    assertUperFails(
        Reason.VALUE_OUT_OF_RANGE, LINK0 + ".speedLimits[1].type", MAP01_SPEED_LIMIT_1, bytes);
  }

  @Test
  void speedLimitTypeExtensionValue() {
    byte[] bytes = patch(MapVectors.bytes(MapVectors.MAP_01), MAP01_SPEED_LIMIT_0, 1, 1);
    assertUperFails(
        Reason.UNKNOWN_EXTENSION, LINK0 + ".speedLimits[0].type", MAP01_SPEED_LIMIT_0, bytes);
  }

  @Test
  void lyingNodeCount() {
    // 63 nodes of at least 84 bits each cannot fit in the 2,745 bits left.
    byte[] bytes = patch(MapVectors.bytes(MapVectors.MAP_01), MAP01_NODES_COUNT, 6, 62);
    assertUperFails(Reason.TRUNCATED, "mapFrame.nodes", MAP01_NODES_COUNT, bytes);
  }

  @Test
  void messageEndsInsideTheLaneList() {
    // 66 bytes end 13 bits after the lanes count of link 0: too few for its 3 lanes.
    byte[] bytes = Arrays.copyOf(MapVectors.bytes(MapVectors.MAP_01), 66);
    assertUperFails(Reason.TRUNCATED, LINK0 + ".lanes", MAP01_LANES_COUNT, bytes);
  }

  @Test
  void messageEndsInsideTheLastNode() {
    byte[] full = MapVectors.bytes(MapVectors.MAP_02);
    MapData map = (MapData) codec.decode(full);
    UperWriter writer = new UperWriter();
    writer.writeChoiceIndex(1, 5, true);
    MapUper.encodeMapData(writer, map);
    int longOfLastNode = writer.bitPosition() - 32; // refPos.long is the last value
    byte[] bytes = Arrays.copyOf(full, full.length - 4);
    assertUperFails(Reason.TRUNCATED, "mapFrame.nodes[4].refPos.long", longOfLastNode, bytes);
  }

  @Test
  void offsetChoiceIndexBeyondTheRoot() {
    // PositionOffsetLL has 7 alternatives in 3 bits: index 7 is none of them.
    byte[] bytes = patch(MapVectors.bytes(MapVectors.MAP_02), MAP02_POINT_0_OFFSET_LL, 3, 7);
    assertUperFails(
        Reason.UNKNOWN_CHOICE_INDEX,
        LINK0 + ".points[0].posOffset.offsetLL",
        MAP02_POINT_0_OFFSET_LL,
        bytes);
  }

  @Test
  void laneTypeExtensionAlternative() {
    byte[] bytes = patch(MapVectors.bytes(MapVectors.MAP_02), MAP02_LANE_0_LANE_TYPE, 1, 1);
    assertUperFails(
        Reason.UNKNOWN_EXTENSION,
        LANE0 + ".laneAttributes.laneType",
        MAP02_LANE_0_LANE_TYPE,
        bytes);
  }

  @Test
  void unknownExtensionAdditionsAreSkipped() {
    MapData map = (MapData) codec.decode(MapVectors.bytes(MapVectors.MAP_02));
    Node last = map.nodes().get(4);
    MapData small = new MapData(9, java.util.OptionalInt.empty(), java.util.List.of(last));
    // MapData with its extension bit set and one unknown addition of two octets after the nodes.
    UperWriter writer = new UperWriter();
    writer.writeChoiceIndex(1, 5, true);
    writer.writeExtensionBit(true);
    writer.writeBoolean(false);
    writer.writeConstrained(9, 0, 127);
    writer.writeCount(1, 1, 63);
    MapUper.encodeNode(writer, last);
    writer.writeNormallySmall(0); // one addition in the bitmap
    writer.writeBits(1, 1); // present
    writer.writeLength(2);
    writer.writeBits(0xBEEF, 16);
    assertEquals(small, codec.decode(writer.toByteArray()));
  }

  @Test
  void nestingDepthOfAMap() {
    // A lane's road point offset is the deepest value of a MAP: 16 levels of the reader's stack
    // (mapFrame, nodes, [0], Node, inLinks, [0], Link, lanes, [0], Lane, points, [0], RoadPoint,
    // posOffset, offsetLL, position-LL1).
    byte[] bytes = MapVectors.bytes(MapVectors.MAP_02);
    new UperCodec(new DecoderLimits(65536, 63, DecoderLimits.STANDARD_MAX_DEPTH, 4096))
        .decode(bytes);
    UperCodec shallow =
        new UperCodec(new DecoderLimits(65536, 63, DecoderLimits.STANDARD_MAX_DEPTH - 1, 4096));
    assertFails(
        Reason.LIMIT_EXCEEDED,
        LANE0 + ".points[0].posOffset.offsetLL.position-LL1",
        977, // after the CHOICE index of that offset
        () -> shallow.decode(bytes));
  }

  // ---------------------------------------------------------------- JER

  private static void assertJerFails(Reason reason, String path, Consumer<ObjectNode> edit) {
    MapData map = (MapData) new UperCodec().decode(MapVectors.bytes(MapVectors.MAP_02));
    ObjectNode root = (ObjectNode) MapVectors.tree(JerCodec.toJson(map));
    edit.accept(root);
    assertFails(reason, path, -1, () -> JerCodec.fromJson(root.toString()));
  }

  private static ObjectNode at(JsonNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  private static final String JER_LINK0 = "/mapFrame/nodes/0/inLinks/0";
  private static final String JER_LANE0 = JER_LINK0 + "/lanes/0";

  @Test
  void jerMissingMember() {
    assertJerFails(
        Reason.MISSING_FIELD, LANE0 + ".laneID", root -> at(root, JER_LANE0).remove("laneID"));
  }

  @Test
  void jerUnknownMember() {
    assertJerFails(
        Reason.UNKNOWN_FIELD, LANE0 + ".laneId", root -> at(root, JER_LANE0).put("laneId", 11));
  }

  @Test
  void jerValueOutOfRange() {
    assertJerFails(
        Reason.VALUE_OUT_OF_RANGE,
        LINK0 + ".speedLimits[0].speed",
        root -> at(root, JER_LINK0 + "/speedLimits/0").put("speed", 8192));
  }

  @Test
  void jerUnknownEnumName() {
    assertJerFails(
        Reason.UNKNOWN_NAME,
        LINK0 + ".speedLimits[0].type",
        root -> at(root, JER_LINK0 + "/speedLimits/0").put("type", "vehicleTopSpeed"));
  }

  @Test
  void jerUnknownChoiceAlternative() {
    assertJerFails(
        Reason.UNKNOWN_NAME,
        LANE0 + ".laneAttributes.laneType.busLane",
        root -> {
          ObjectNode laneType = at(root, JER_LANE0 + "/laneAttributes/laneType");
          laneType.removeAll();
          laneType.put("busLane", "0000");
        });
  }

  @Test
  void jerFixedBitStringWithBitsPastItsSize() {
    assertJerFails(
        Reason.NONZERO_PADDING,
        LANE0 + ".maneuvers",
        root -> at(root, JER_LANE0).put("maneuvers", "400F"));
  }

  @Test
  void jerNameTooLong() {
    assertJerFails(
        Reason.SIZE_OUT_OF_RANGE,
        LINK0 + ".name",
        root -> at(root, JER_LINK0).put("name", "x".repeat(64)));
  }

  @Test
  void jerPointListTooShort() {
    assertJerFails(
        Reason.SIZE_OUT_OF_RANGE,
        LANE0 + ".points",
        root -> {
          ArrayNode points = (ArrayNode) root.at(JER_LANE0 + "/points");
          points.remove(2);
          points.remove(1);
        });
  }

  // ---------------------------------------------------------------- protobuf

  private static void assertProtoFails(
      Reason reason, String path, Consumer<MapProtos.MapData.Builder> edit) {
    MapData map = (MapData) new UperCodec().decode(MapVectors.bytes(MapVectors.MAP_02));
    FrameProtos.MessageFrame.Builder frame = ProtoCodec.toProto(map).toBuilder();
    edit.accept(frame.getMapFrameBuilder());
    FrameProtos.MessageFrame proto = frame.build();
    assertFails(reason, path, -1, () -> ProtoCodec.fromProto(proto));
  }

  private static MapProtos.Link.Builder link0(MapProtos.MapData.Builder map) {
    return map.getNodesBuilder(0).getInLinksBuilder().getLinksBuilder(0);
  }

  @Test
  void protoEmptyOptionalList() {
    assertProtoFails(
        Reason.SIZE_OUT_OF_RANGE,
        LINK0 + ".points",
        map -> link0(map).setPoints(MapProtos.RoadPointList.getDefaultInstance()));
  }

  @Test
  void protoUnknownEnumNumber() {
    assertProtoFails(
        Reason.UNKNOWN_NAME,
        LINK0 + ".speedLimits[0].type",
        map -> link0(map).getSpeedLimitsBuilder().getSpeedLimitsBuilder(0).setTypeValue(13));
  }

  @Test
  void protoValueOutOfRange() {
    assertProtoFails(
        Reason.VALUE_OUT_OF_RANGE,
        LANE0 + ".laneID",
        map -> link0(map).getLanesBuilder(0).setLaneId(256));
  }

  @Test
  void protoMissingRequiredMessage() {
    assertProtoFails(
        Reason.MISSING_FIELD,
        "mapFrame.nodes[1].refPos",
        map -> map.getNodesBuilder(1).clearRefPos());
  }

  @Test
  void protoLaneTypeOfTheWrongSize() {
    assertProtoFails(
        Reason.SIZE_OUT_OF_RANGE,
        LANE0 + ".laneAttributes.laneType.crosswalk",
        map ->
            link0(map)
                .getLanesBuilder(0)
                .getLaneAttributesBuilder()
                .getLaneTypeBuilder()
                .setKind(MapProtos.LaneTypeAttributes.Kind.KIND_CROSSWALK)
                .setBits(
                    CommonProtos.BitString.newBuilder()
                        .setValue(com.google.protobuf.ByteString.copyFrom(new byte[1]))
                        .setLengthBits(8)));
  }

  @Test
  void protoNonAsciiName() {
    assertProtoFails(
        Reason.INVALID_CHARACTER,
        "mapFrame.nodes[0].name",
        map -> map.getNodesBuilder(0).setName("科创六街"));
  }
}
