package org.openv2x.sim.blast;

import java.util.Arrays;

/**
 * One connection's log of new {@code DATA} frames in send order: per frame the wall-clock time of
 * its first write (epoch microseconds; the frames a send pass puts into the connection's buffer
 * share the time of the write that follows) and the counter of its first BSM. 16 bytes per frame in
 * primitive arrays, no object per frame: the first chunk grows by doubling from {@value
 * #FIRST_CHUNK_FRAMES} frames, after it come chunks of {@value #CHUNK_FRAMES} frames, so nothing is
 * copied once the log is large and a connection that sends little costs little.
 *
 * <p>Written by the connection's I/O thread only; read once that thread has ended.
 */
final class BlastSendLog {
  static final int CHUNK_SHIFT = 13;
  static final int CHUNK_FRAMES = 1 << CHUNK_SHIFT;
  static final int FIRST_CHUNK_FRAMES = 16;
  private static final int CHUNK_MASK = CHUNK_FRAMES - 1;

  /**
   * Chunk {@code c} holds frames {@code c * CHUNK_FRAMES ...}: time at 2i, first counter at 2i+1.
   */
  private long[][] chunks = new long[4][];

  private int chunkCount;
  private int frames;
  private int stampedFrames;

  /**
   * Logs the next new frame, with the counter of its first BSM; its time follows with {@link
   * #stampPending} when it is written.
   */
  void add(long firstBsmCounter) {
    int chunk = frames >>> CHUNK_SHIFT;
    int offset = (frames & CHUNK_MASK) << 1;
    if (chunk == chunkCount) {
      if (chunk == chunks.length) {
        chunks = Arrays.copyOf(chunks, chunk * 2);
      }
      chunks[chunk] = new long[2 * (chunk == 0 ? FIRST_CHUNK_FRAMES : CHUNK_FRAMES)];
      chunkCount++;
    } else if (offset == chunks[chunk].length) {
      chunks[chunk] = Arrays.copyOf(chunks[chunk], Math.min(2 * CHUNK_FRAMES, 2 * offset));
    }
    chunks[chunk][offset + 1] = firstBsmCounter;
    frames++;
  }

  /** Gives every frame logged since the last call the first-write time {@code sendTimeEpochUs}. */
  void stampPending(long sendTimeEpochUs) {
    for (int frame = stampedFrames; frame < frames; frame++) {
      chunks[frame >>> CHUNK_SHIFT][(frame & CHUNK_MASK) << 1] = sendTimeEpochUs;
    }
    stampedFrames = frames;
  }

  /** Frames logged. */
  int frames() {
    return frames;
  }

  /** The first-write time of frame {@code frame} (from 0), epoch microseconds. */
  long sendTimeEpochUs(int frame) {
    return chunks[frame >>> CHUNK_SHIFT][(frame & CHUNK_MASK) << 1];
  }

  /** The counter of frame {@code frame}'s first BSM (the next frame's if it carries none). */
  long firstBsmCounter(int frame) {
    return chunks[frame >>> CHUNK_SHIFT][((frame & CHUNK_MASK) << 1) + 1];
  }

  /**
   * The frame that carried the BSM with {@code counter}: the last frame whose first counter is at
   * most {@code counter} (frames without a BSM share their first counter with the next frame, so
   * the last one is the one that carried it); -1 if none. The caller checks that the counter was
   * sent at all.
   */
  int frameOf(long counter) {
    int low = 0;
    int high = frames - 1;
    int found = -1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      if (firstBsmCounter(middle) <= counter) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** Bytes the log's arrays take (not counting the small chunk table). */
  long bytes() {
    long bytes = 0;
    for (int c = 0; c < chunkCount; c++) {
      bytes += 8L * chunks[c].length;
    }
    return bytes;
  }
}
