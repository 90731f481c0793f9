package org.openv2x.sim.blast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.openv2x.codec.TestVectors;

/**
 * Blast corpora made of the shared test vectors (message-codecs' test jar, {@code /vectors/}) in a
 * realistic mix: 88.5 % BSM, 7 % SPAT, 3.5 % RSM, 0.5 % MAP, 0.5 % RSI, each type alternating
 * between its two vectors, shuffled with a fixed seed.
 */
final class TestCorpus {
  private TestCorpus() {}

  /** A corpus of {@code size} frames (at least 200, so that every type is in it) in the mix. */
  static BlastCorpus realisticMix(int size, long seed) {
    if (size < 200) {
      throw new IllegalArgumentException("size must be at least 200, is " + size);
    }
    int map = Math.max(1, Math.round(size * 0.005f));
    int rsi = Math.max(1, Math.round(size * 0.005f));
    int rsm = Math.round(size * 0.035f);
    int spat = Math.round(size * 0.07f);
    int bsm = size - map - rsi - rsm - spat;
    List<byte[]> frames = new ArrayList<>(size);
    add(frames, bsm, "bsm-01-car-required", "bsm-02-car-full");
    add(frames, spat, "spat-01-4phase-countdown", "spat-02-utc-timing");
    add(frames, rsm, "rsm-01-car-ped-bike", "rsm-02-mixed-full");
    add(frames, map, "map-01-4leg-intersection", "map-02-4leg-geometry");
    add(frames, rsi, "rsi-01-rte-accident", "rsi-02-rts-speed-limit");
    Collections.shuffle(frames, new Random(seed));
    return BlastCorpus.of(frames);
  }

  private static void add(List<byte[]> frames, int count, String first, String second) {
    byte[] a = TestVectors.vector(first);
    byte[] b = TestVectors.vector(second);
    for (int i = 0; i < count; i++) {
      frames.add(i % 2 == 0 ? a : b);
    }
  }
}
