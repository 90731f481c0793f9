package org.openv2x.sim.blast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.bsm.BasicSafetyMessage;

class BlastCorpusTest {

  @Test
  void typesComeFromTheFramesChoice() {
    BlastCorpus corpus =
        BlastCorpus.of(
            List.of(
                TestVectors.vector("bsm-01-car-required"),
                TestVectors.vector("map-01-4leg-intersection"),
                TestVectors.vector("rsm-01-car-ped-bike"),
                TestVectors.vector("spat-01-4phase-countdown"),
                TestVectors.vector("rsi-01-rte-accident"),
                TestVectors.vector("bsm-02-car-full")));
    assertEquals(6, corpus.size());
    assertEquals(MessageType.BSM, corpus.type(0));
    assertEquals(MessageType.MAP, corpus.type(1));
    assertEquals(MessageType.RSM, corpus.type(2));
    assertEquals(MessageType.SPAT, corpus.type(3));
    assertEquals(MessageType.RSI, corpus.type(4));
    assertEquals(
        Map.of(
            MessageType.BSM,
            2,
            MessageType.MAP,
            1,
            MessageType.RSM,
            1,
            MessageType.SPAT,
            1,
            MessageType.RSI,
            1),
        corpus.mix());
    long bytes = 38 + 348 + 76 + 95 + 106 + 136;
    assertEquals(bytes, corpus.totalBytes());
    assertEquals(bytes / 6.0, corpus.meanBytes(), 1e-9);
    assertEquals(348, corpus.maxFrameBytes());
    assertArrayEquals(TestVectors.vector("bsm-01-car-required"), corpus.frame(0));
    assertNotSame(corpus.frame(0), corpus.frame(0), "frame() hands out copies");
  }

  @Test
  void theInputIsCopied() {
    byte[] bsm = TestVectors.vector("bsm-01-car-required");
    List<byte[]> frames = new ArrayList<>(List.of(bsm));
    BlastCorpus corpus = BlastCorpus.of(frames);
    bsm[5] ^= 0x7F;
    frames.clear();
    assertEquals(1, corpus.size());
    assertArrayEquals(TestVectors.vector("bsm-01-car-required"), corpus.frame(0));
  }

  @Test
  void badFramesAreRefusedByIndex() {
    byte[] good = TestVectors.vector("bsm-01-car-required");
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> BlastCorpus.of(List.of()))
            .getMessage()
            .contains("uperFrames"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> BlastCorpus.of(Arrays.asList(good, null)))
            .getMessage()
            .startsWith("uperFrames[1] is null"));
    byte[] truncated = Arrays.copyOf(good, 10);
    IllegalArgumentException garbage =
        assertThrows(
            IllegalArgumentException.class, () -> BlastCorpus.of(List.of(good, good, truncated)));
    assertTrue(
        garbage.getMessage().startsWith("uperFrames[2] is not a decodable MessageFrame"),
        garbage.getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class, () -> BlastCorpus.of(List.of(new byte[70_000])))
            .getMessage()
            .startsWith("uperFrames[0] has 70000 bytes"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> BlastCorpus.of(List.of(new byte[0])))
            .getMessage()
            .startsWith("uperFrames[0] has 0 bytes"));
  }

  @Test
  void theTestMixIsRealistic() {
    BlastCorpus corpus = TestCorpus.realisticMix(1000, 1);
    Map<MessageType, Integer> mix = corpus.mix();
    assertEquals(1000, corpus.size());
    assertEquals(885, mix.get(MessageType.BSM));
    assertEquals(70, mix.get(MessageType.SPAT));
    assertEquals(35, mix.get(MessageType.RSM));
    assertEquals(5, mix.get(MessageType.MAP));
    assertEquals(5, mix.get(MessageType.RSI));
    assertTrue(corpus.describe().startsWith("1,000 frames, "), corpus.describe());
    assertTrue(corpus.describe().contains("BSM 88.5 %"), corpus.describe());
  }

  @Test
  void malformedBsmsAreRefusedByTheDecoderAndKeepTheirIds() {
    BlastCorpus corpus = TestCorpus.realisticMix(1_000, 1);
    BlastCorpus garbage = corpus.withMalformedBsms(0.1, 42);
    UperCodec codec = new UperCodec();
    assertEquals(0, corpus.malformedCount());
    assertEquals(Math.round(0.1 * 885), garbage.malformedCount(), "a tenth of the 885 BSMs");
    assertEquals(corpus.size(), garbage.size());
    assertEquals(corpus.mix(), garbage.mix(), "malformed BSMs are still BSMs");
    int malformed = 0;
    int cut = 0;
    int extended = 0;
    for (int i = 0; i < garbage.size(); i++) {
      byte[] original = corpus.frame(i);
      byte[] frame = garbage.frame(i);
      assertEquals(corpus.type(i), garbage.type(i));
      if (!garbage.malformed(i)) {
        assertArrayEquals(original, frame, "frame " + i + " is unchanged");
        continue;
      }
      assertEquals(MessageType.BSM, corpus.type(i), "only BSMs are made malformed");
      // The j-th malformed frame in corpus order is cut short when j is even, else extended.
      CodecException refused = assertThrows(CodecException.class, () -> codec.decode(frame));
      if (malformed % 2 == 0) {
        cut++;
        assertTrue(
            frame.length >= BlastCorpus.MALFORMED_KEPT_BYTES && frame.length < original.length,
            frame.length + " of " + original.length + " bytes");
        assertArrayEquals(Arrays.copyOf(original, frame.length), frame, "a prefix");
      } else {
        extended++;
        assertEquals(original.length + 1, frame.length);
        assertArrayEquals(original, Arrays.copyOf(frame, original.length));
        assertNotEquals(0, frame[original.length], "the extra byte is not zero");
        assertEquals(CodecException.Reason.TRAILING_DATA, refused.reason());
      }
      assertEquals(11, BlastCorpus.MALFORMED_KEPT_BYTES);
      assertArrayEquals(
          Arrays.copyOf(original, BlastCorpus.MALFORMED_KEPT_BYTES),
          Arrays.copyOf(frame, BlastCorpus.MALFORMED_KEPT_BYTES));
      long id = ((BasicSafetyMessage) codec.decode(original)).id();
      assertEquals(id, BsmIds.read(frame, 0), "the id reads back from the refused bytes");
      malformed++;
    }
    assertEquals(garbage.malformedCount(), malformed);
    assertEquals(45, cut);
    assertEquals(44, extended);
    // BlastCorpus.of still refuses frames that do not decode, so these cannot go through it.
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < garbage.size(); i++) {
      frames.add(garbage.frame(i));
    }
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> BlastCorpus.of(frames))
            .getMessage()
            .contains("is not a decodable MessageFrame"));
  }

  @Test
  void theSeedChoosesTheMalformedBsms() {
    BlastCorpus corpus = TestCorpus.realisticMix(1_000, 1);
    BlastCorpus first = corpus.withMalformedBsms(0.05, 7);
    BlastCorpus again = corpus.withMalformedBsms(0.05, 7);
    BlastCorpus other = corpus.withMalformedBsms(0.05, 8);
    boolean differs = false;
    for (int i = 0; i < corpus.size(); i++) {
      assertEquals(first.malformed(i), again.malformed(i));
      assertArrayEquals(first.frame(i), again.frame(i));
      differs |= first.malformed(i) != other.malformed(i);
    }
    assertTrue(differs, "another seed picks other BSMs");
    assertEquals(first.malformedCount(), other.malformedCount());
  }

  @Test
  void theMalformedShareIsValidatedAndRoundedSensibly() {
    BlastCorpus corpus = TestCorpus.realisticMix(1_000, 1);
    assertEquals(0, corpus.withMalformedBsms(0, 1).malformedCount());
    assertEquals(1, corpus.withMalformedBsms(1e-9, 1).malformedCount(), "at least one");
    assertEquals(885, corpus.withMalformedBsms(1, 1).malformedCount(), "every BSM");
    for (double bad : new double[] {-0.1, 1.01, Double.NaN}) {
      assertTrue(
          assertThrows(IllegalArgumentException.class, () -> corpus.withMalformedBsms(bad, 1))
              .getMessage()
              .startsWith("share must be 0..1"));
    }
    BlastCorpus noBsm = BlastCorpus.of(List.of(TestVectors.vector("spat-01-4phase-countdown")));
    assertEquals(0, noBsm.withMalformedBsms(0.5, 1).malformedCount());
    assertThrows(
        IllegalStateException.class,
        () -> corpus.withMalformedBsms(0.1, 1).withMalformedBsms(0.1, 2));
  }

  @Test
  void describeMentionsTheMalformedShare() {
    BlastCorpus corpus = TestCorpus.realisticMix(1_000, 1);
    assertFalse(corpus.describe().contains("malformed"), corpus.describe());
    String text = corpus.withMalformedBsms(0.1, 3).describe();
    assertTrue(text.endsWith("; 89 of the 885 BSMs malformed (10.1 %)"), text);
  }
}
