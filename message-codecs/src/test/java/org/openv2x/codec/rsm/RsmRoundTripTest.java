package org.openv2x.codec.rsm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
