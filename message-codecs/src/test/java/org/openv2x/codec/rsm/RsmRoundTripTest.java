package org.openv2x.codec.rsm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.UperCodec;

/**
 * Property round trips over {@link RsmRandom}: UPER, JER, protobuf and protobuf JSON each give the
 * value back. Each try has its own seed, named in the failure message.
 */
class RsmRoundTripTest {
  private static final long BASE_SEED = 0x0125_0000L;
  private static final int TRIES = 2000;

  private static RoadsideSafetyMessage value(long seed) {
    return RsmRandom.roadsideSafetyMessage(new Random(seed));
  }

  /** The generator reaches both ends of the participant list and every enumeration value. */
  @Test
  void generatorCoversTheTypes() {
    BitSet participants = new BitSet();
    BitSet types = new BitSet();
    BitSet sources = new BitSet();
    BitSet options = new BitSet();
    for (int i = 0; i < TRIES; i++) {
      RoadsideSafetyMessage value = value(BASE_SEED + i);
      participants.set(value.participants().size());
      for (ParticipantData p : value.participants()) {
        types.set(p.ptcType().ordinal());
        sources.set(p.source().ordinal());
        options.set(p.id().isPresent() ? 0 : 1);
        options.set(p.angle1p5Deg().isPresent() ? 2 : 3);
        options.set(p.motionCfd().isPresent() ? 4 : 5);
        options.set(p.accelSet().isPresent() ? 6 : 7);
        options.set(p.vehicleClass().isPresent() ? 8 : 9);
        options.set(p.transmission().isPresent() ? 10 : 11);
      }
    }
    assertTrue(participants.get(1) && participants.get(16), participants.toString());
    assertEquals(ParticipantType.values().length, types.cardinality());
    assertEquals(SourceType.values().length, sources.cardinality());
    assertEquals(12, options.cardinality(), options.toString());
  }

  @Test
  void uper() {
    UperCodec codec = new UperCodec();
    for (int i = 0; i < TRIES; i++) {
      long seed = BASE_SEED + i;
      RoadsideSafetyMessage value = value(seed);
      byte[] bytes = codec.encode(value);
      assertEquals(value, codec.decode(bytes), "seed " + seed);
      assertArrayEquals(bytes, codec.encode(codec.decode(bytes)), "seed " + seed);
    }
  }

  @Test
  void jer() {
    for (int i = 0; i < TRIES; i++) {
      long seed = BASE_SEED + i;
      RoadsideSafetyMessage value = value(seed);
      assertEquals(value, JerCodec.fromJson(JerCodec.toJson(value)), "seed " + seed);
    }
  }

  @Test
  void protobuf() throws Exception {
    for (int i = 0; i < TRIES; i++) {
      long seed = BASE_SEED + i;
      RoadsideSafetyMessage value = value(seed);
      assertEquals(value, ProtoCodec.fromProto(ProtoCodec.toProto(value)), "seed " + seed);
      assertEquals(
          value,
          ProtoCodec.fromProto(
              org.openv2x.proto.v1.FrameProtos.MessageFrame.parseFrom(
                  ProtoCodec.toProto(value).toByteArray())),
          "seed " + seed);
    }
  }

  @Test
  void protobufJson() {
    for (int i = 0; i < TRIES; i++) {
      long seed = BASE_SEED + i;
      RoadsideSafetyMessage value = value(seed);
      assertEquals(value, ProtoCodec.fromJson(ProtoCodec.toJson(value)), "seed " + seed);
    }
  }
}
