package org.openv2x.codec.bsm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.UperCodec;
import org.openv2x.proto.v1.FrameProtos;

/**
 * Property round trips over {@link BsmRandom}: UPER, JER, protobuf and protobuf JSON each give the
 * value back. Each try has its own seed, named in the failure message.
 */
class BsmRoundTripTest {
  private static final long BASE_SEED = 0x5EED_B5A1L;
  private static final int TRIES = 3000;
  private static final int FRAME_HEADER_BITS = 4;

  private final UperCodec codec = new UperCodec();

  private static BasicSafetyMessage message(long seed) {
    return BsmRandom.basicSafetyMessage(new Random(seed));
  }

  @Test
  void uperRoundTrip() {
    for (int i = 0; i < TRIES; i++) {
      long seed = BASE_SEED + i;
      BasicSafetyMessage bsm = message(seed);
      byte[] bytes = codec.encode(bsm);
      MessageFrame decoded = decodeOrFail(bytes, seed);
      assertEquals(bsm, decoded, "seed " + seed);
      assertArrayEquals(bytes, codec.encode(decoded), "seed " + seed);
    }
  }

  @Test
  void jerRoundTrip() {
    for (int i = 0; i < TRIES; i++) {
      long seed = BASE_SEED + i;
      BasicSafetyMessage bsm = message(seed);
      String json = JerCodec.toJson(bsm);
      assertEquals(bsm, JerCodec.fromJson(json), "seed " + seed + ": " + json);
    }
  }

  @Test
  void protobufRoundTrip() throws Exception {
    for (int i = 0; i < TRIES; i++) {
      long seed = BASE_SEED + i;
      BasicSafetyMessage bsm = message(seed);
      byte[] wire = ProtoCodec.toProto(bsm).toByteArray();
      assertEquals(
          bsm, ProtoCodec.fromProto(FrameProtos.MessageFrame.parseFrom(wire)), "seed " + seed);
    }
  }

  @Test
  void protobufJsonRoundTrip() {
    for (int i = 0; i < TRIES; i++) {
      long seed = BASE_SEED + i;
      BasicSafetyMessage bsm = message(seed);
      String json = ProtoCodec.toJson(bsm);
      assertEquals(bsm, ProtoCodec.fromJson(json), "seed " + seed + ": " + json);
    }
  }

  @Test
  void everyOptionalMemberAndChoiceIsExercised() {
    boolean[] seen = new boolean[8];
    for (int i = 0; i < TRIES; i++) {
      BasicSafetyMessage bsm = message(BASE_SEED + i);
      seen[0] |= bsm.emergencyExt().isPresent();
      bsm.safetyExt()
          .flatMap(VehicleSafetyExtensions::pathHistory)
          .ifPresent(
              history -> {
                seen[1] |= history.crumbData().size() == PathHistory.CRUMB_DATA_MAX;
                seen[2] |= history.crumbData().size() == PathHistory.CRUMB_DATA_MIN;
                seen[3] |=
                    history.initialPosition().flatMap(FullPositionVector::utcTime).isPresent();
              });
      bsm.safetyExt()
          .flatMap(VehicleSafetyExtensions::events)
          .ifPresent(
              events -> {
                seen[4] |= events.sizeBits() == VehicleSafetyExtensions.EVENTS_BITS;
                seen[5] |= events.sizeBits() != VehicleSafetyExtensions.EVENTS_BITS;
              });
      seen[6] |= bsm.brakes().equals(BrakeSystemStatus.NONE);
      seen[7] |= bsm.angle1p5Deg().isPresent() && bsm.motionCfd().isPresent();
    }
    for (int i = 0; i < seen.length; i++) {
      assertTrue(seen[i], "case " + i + " never generated");
    }
  }

  /**
   * Flipping bits of the BSM, cutting or extending a valid message gives a value or a {@link
   * CodecException}, never another exception.
   */
  @Test
  void brokenBytesGiveOnlyCodecExceptions() {
    for (int i = 0; i < TRIES; i++) {
      long seed = BASE_SEED + i;
      Random random = new Random(seed);
      byte[] bytes = codec.encode(BsmRandom.basicSafetyMessage(random));
      byte[] broken =
          switch (random.nextInt(3)) {
            case 0 -> {
              byte[] copy = bytes.clone();
              for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                // past the MessageFrame header (4 bits), so the bytes stay a BSM
                int bit = FRAME_HEADER_BITS + random.nextInt(copy.length * 8 - FRAME_HEADER_BITS);
                copy[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
              }
              yield copy;
            }
            case 1 -> java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            default -> java.util.Arrays.copyOf(bytes, bytes.length + 1 + random.nextInt(4));
          };
      try {
        MessageFrame frame = codec.decode(broken);
        codec.encode(frame);
      } catch (CodecException expected) {
        // the one exception the codec throws on bad input
      } catch (RuntimeException e) {
        fail("seed " + seed + ": " + e, e);
      }
    }
  }

  private MessageFrame decodeOrFail(byte[] bytes, long seed) {
    try {
      return codec.decode(bytes);
    } catch (CodecException e) {
      return fail("seed " + seed + ": " + e.getMessage(), e);
    }
  }
}
