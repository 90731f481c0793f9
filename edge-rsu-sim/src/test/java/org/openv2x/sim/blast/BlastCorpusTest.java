package org.openv2x.sim.blast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.TestVectors;

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
}
