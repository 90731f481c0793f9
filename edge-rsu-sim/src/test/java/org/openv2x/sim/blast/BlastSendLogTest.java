package org.openv2x.sim.blast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BlastSendLogTest {

  @Test
  void everyCounterFindsTheFrameThatCarriedItAcrossChunks() {
    BlastSendLog log = new BlastSendLog();
    int frames = 3 * BlastSendLog.CHUNK_FRAMES + 5;
    long[] firstCounters = new long[frames];
    long counter = 1;
    for (int frame = 0; frame < frames; frame++) {
      firstCounters[frame] = counter;
      log.add(counter);
      if (frame % 7 == 0) {
        log.stampPending(1_000_000L + frame); // some passes hold one frame, some several
      }
      counter += frame % 5; // every fifth frame carries no BSM
    }
    log.stampPending(1_000_000L + frames);
    assertEquals(frames, log.frames());
    for (int frame = 0; frame < frames; frame++) {
      assertEquals(firstCounters[frame], log.firstBsmCounter(frame));
      // The time of the stamp that followed the frame: the next multiple of 7, or the last one.
      int stamp = frame % 7 == 0 ? frame : Math.min(frames, frame + 7 - frame % 7);
      assertEquals(1_000_000L + stamp, log.sendTimeEpochUs(frame), "frame " + frame);
      for (long n = firstCounters[frame]; n < firstCounters[frame] + frame % 5; n++) {
        assertEquals(frame, log.frameOf(n), "counter " + n);
      }
    }
    assertEquals(-1, log.frameOf(0));
    assertEquals(frames - 1, log.frameOf(counter + 100), "the caller checks the last counter");
    assertEquals(16L * 4 * BlastSendLog.CHUNK_FRAMES, log.bytes(), "16 bytes per frame");
  }

  @Test
  void theFirstChunkGrowsFromSmall() {
    BlastSendLog log = new BlastSendLog();
    log.add(1);
    assertEquals(16L * BlastSendLog.FIRST_CHUNK_FRAMES, log.bytes());
    for (int i = 1; i <= BlastSendLog.FIRST_CHUNK_FRAMES; i++) {
      log.add(1 + i);
    }
    assertEquals(32L * BlastSendLog.FIRST_CHUNK_FRAMES, log.bytes());
    log.stampPending(5);
    assertEquals(5, log.sendTimeEpochUs(0));
    assertEquals(5, log.sendTimeEpochUs(BlastSendLog.FIRST_CHUNK_FRAMES));
    assertEquals(BlastSendLog.FIRST_CHUNK_FRAMES, log.frameOf(1 + BlastSendLog.FIRST_CHUNK_FRAMES));
  }
}
