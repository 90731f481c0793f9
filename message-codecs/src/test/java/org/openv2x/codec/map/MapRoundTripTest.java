package org.openv2x.codec.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.UperCodec;

/** Property round trips over {@link MapRandom}; each try has its own seed, named on failure. */
class MapRoundTripTest {
  private static final int TRIES = 2000;
  private static final long BASE_SEED = 0x4d41_5044_4154_41L;

  private final UperCodec codec = new UperCodec();

  @Test
  void uperRoundTrip() {
    int largest = 0;
    for (int i = 0; i < TRIES; i++) {
      long seed = seed(i);
      MapData map = MapRandom.mapData(new Random(seed));
      byte[] bytes = codec.encode(map);
      largest = Math.max(largest, bytes.length);
      MessageFrame back = codec.decode(bytes);
      assertEquals(map, back, "UPER, seed " + seed);
      assertEquals(bytes.length, codec.encode(back).length, "UPER length, seed " + seed);
    }
    assertTrue(largest < 24 * 1024, "largest random MAP is " + largest + " bytes");
  }

  @Test
  void jerRoundTrip() {
    for (int i = 0; i < TRIES; i++) {
      long seed = seed(i);
      MapData map = MapRandom.mapData(new Random(seed));
      assertEquals(map, JerCodec.fromJson(JerCodec.toJson(map)), "JER, seed " + seed);
    }
  }

  @Test
  void protobufRoundTrip() {
    for (int i = 0; i < TRIES; i++) {
      long seed = seed(i);
      MapData map = MapRandom.mapData(new Random(seed));
      assertEquals(map, ProtoCodec.fromProto(ProtoCodec.toProto(map)), "protobuf, seed " + seed);
      assertEquals(
          map,
          ProtoCodec.fromProto(parse(ProtoCodec.toProto(map).toByteArray())),
          "protobuf bytes, seed " + seed);
    }
  }

  @Test
  void protobufJsonRoundTrip() {
    for (int i = 0; i < TRIES; i++) {
      long seed = seed(i);
      MapData map = MapRandom.mapData(new Random(seed));
      assertEquals(map, ProtoCodec.fromJson(ProtoCodec.toJson(map)), "protobuf JSON, seed " + seed);
    }
  }

  /** The generator reaches every alternative, enumeration value and the ends of the list sizes. */
  @Test
  void generatorCoversTheStandard() {
    Set<LaneTypeAttributes.Kind> kinds = EnumSet.noneOf(LaneTypeAttributes.Kind.class);
    Set<SpeedLimitType> types = EnumSet.noneOf(SpeedLimitType.class);
    boolean extendedVehicle = false;
    boolean maxNodes = false;
    boolean maxLinks = false;
    boolean maxLanes = false;
    boolean maxPoints = false;
    boolean maxMovements = false;
    boolean maxConnections = false;
    boolean maxSpeedLimits = false;
    for (int i = 0; i < TRIES; i++) {
      MapData map = MapRandom.mapData(new Random(seed(i)));
      maxNodes |= map.nodes().size() == MapData.NODES_MAX;
      for (Node node : map.nodes()) {
        if (node.inLinks().isEmpty()) {
          continue;
        }
        maxLinks |= node.inLinks().get().size() == Node.IN_LINKS_MAX;
        for (Link link : node.inLinks().get()) {
          maxLanes |= link.lanes().size() == Link.LANES_MAX;
          maxPoints |= link.points().map(p -> p.size() == Link.POINTS_MAX).orElse(false);
          maxMovements |= link.movements().map(m -> m.size() == Link.MOVEMENTS_MAX).orElse(false);
          for (Lane lane : link.lanes()) {
            maxConnections |=
                lane.connectsTo().map(c -> c.size() == Lane.CONNECTS_TO_MAX).orElse(false);
            maxSpeedLimits |=
                lane.speedLimits().map(s -> s.size() == Link.SPEED_LIMITS_MAX).orElse(false);
            lane.speedLimits().ifPresent(list -> list.forEach(s -> types.add(s.type())));
            if (lane.laneAttributes().isPresent()) {
              LaneTypeAttributes type = lane.laneAttributes().get().laneType();
              kinds.add(type.kind());
              extendedVehicle |=
                  type.kind() == LaneTypeAttributes.Kind.VEHICLE && type.bits().sizeBits() != 8;
            }
          }
        }
      }
    }
    assertEquals(EnumSet.allOf(LaneTypeAttributes.Kind.class), kinds);
    assertEquals(EnumSet.allOf(SpeedLimitType.class), types);
    assertTrue(extendedVehicle, "vehicle bits of an extended size");
    assertTrue(maxNodes, "63 nodes");
    assertTrue(maxLinks, "32 inLinks");
    assertTrue(maxLanes, "32 lanes");
    assertTrue(maxPoints, "31 points");
    assertTrue(maxMovements, "32 movements");
    assertTrue(maxConnections, "16 connectsTo");
    assertTrue(maxSpeedLimits, "9 speedLimits");
  }

  /** The seed of try {@code i}: consecutive seeds of {@link Random} give similar first values. */
  private static long seed(int i) {
    long z = BASE_SEED + i * 0x9E37_79B9_7F4A_7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  private static org.openv2x.proto.v1.FrameProtos.MessageFrame parse(byte[] bytes) {
    try {
      return org.openv2x.proto.v1.FrameProtos.MessageFrame.parseFrom(bytes);
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new AssertionError(e);
    }
  }
}
