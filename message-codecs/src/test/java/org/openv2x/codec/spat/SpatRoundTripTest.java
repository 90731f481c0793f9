package org.openv2x.codec.spat;

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
 * Property round trips over {@link SpatRandom}: UPER, JER, protobuf and protobuf JSON each give the
 * value back. Each try has its own seed, named in the failure message.
 */
class SpatRoundTripTest {
  private static final long BASE_SEED = 0x5BA7_0000L;
  private static final int TRIES = 2000;

  private static Spat value(long seed) {
    return SpatRandom.spat(new Random(seed));
  }

  /** The generator reaches both ends of every list size and every alternative and option. */
  @Test
  void generatorCoversTheTypes() {
    BitSet intersections = new BitSet();
    BitSet phases = new BitSet();
    BitSet phaseStates = new BitSet();
    BitSet seen = new BitSet();
    for (int i = 0; i < TRIES; i++) {
      Spat value = value(BASE_SEED + i);
      intersections.set(value.intersections().size());
      seen.set(value.name().isPresent() ? 0 : 1);
      for (IntersectionState intersection : value.intersections()) {
        phases.set(intersection.phases().size());
        seen.set(intersection.timeConfidence().isPresent() ? 2 : 3);
        for (Phase phase : intersection.phases()) {
          phaseStates.set(phase.phaseStates().size());
          for (PhaseState state : phase.phaseStates()) {
            seen.set(state.light().ordinal() + 10);
            seen.set(
                state.timing().isEmpty()
                    ? 4
                    : state.timing().get() instanceof TimeCountingDown ? 5 : 6);
          }
        }
      }
    }
    assertTrue(intersections.get(1) && intersections.get(32), intersections.toString());
    assertTrue(phases.get(1) && phases.get(16), phases.toString());
    assertTrue(phaseStates.get(1) && phaseStates.get(16), phaseStates.toString());
    assertEquals(7 + LightState.values().length, seen.cardinality(), seen.toString());
  }

  @Test
  void uper() {
    UperCodec codec = new UperCodec();
    for (int i = 0; i < TRIES; i++) {
      long seed = BASE_SEED + i;
      Spat value = value(seed);
      byte[] bytes = codec.encode(value);
      assertEquals(value, codec.decode(bytes), "seed " + seed);
      assertArrayEquals(bytes, codec.encode(codec.decode(bytes)), "seed " + seed);
    }
  }

  @Test
  void jer() {
    for (int i = 0; i < TRIES; i++) {
      long seed = BASE_SEED + i;
      Spat value = value(seed);
      assertEquals(value, JerCodec.fromJson(JerCodec.toJson(value)), "seed " + seed);
    }
  }

  @Test
  void protobuf() throws Exception {
    for (int i = 0; i < TRIES; i++) {
      long seed = BASE_SEED + i;
      Spat value = value(seed);
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
      Spat value = value(seed);
      assertEquals(value, ProtoCodec.fromJson(ProtoCodec.toJson(value)), "seed " + seed);
    }
  }
}
