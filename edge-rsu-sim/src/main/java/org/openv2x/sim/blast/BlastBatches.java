package org.openv2x.sim.blast;

import java.nio.ByteBuffer;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.session.FrameType;
import org.openv2x.codec.session.SessionProtocol;

/**
 * The {@code DATA} frames of a blast, encoded once: the corpus cut into batches of {@code
 * batchMessages} messages (taken in corpus order, wrapping round at its end), each laid out as a
 * whole frame (header, a sequence placeholder, count, length-prefixed messages) in one read-only
 * direct buffer. Sending batch {@code b} with sequence {@code s} is one bulk copy into the
 * connection's send buffer and one 8-byte patch ({@link #copyFrame}); with unique BSM ids, one more
 * 9-byte patch per BSM ({@link #patchBsmIds}). Malformed BSMs ({@link BlastCorpus#malformed}) are
 * BSMs here: they keep the BSM's first 11 bytes, so their ids are patched and counted like the
 * others, and each batch knows how many of them it holds. Immutable after construction and safe to
 * share between I/O threads (each reads through its own view).
 */
final class BlastBatches {
  /** The longest message a {@code DATA} frame can carry. */
  static final int MAX_MESSAGE_BYTES = SessionProtocol.MAX_MESSAGE_BYTES;

  /** Byte offset of the sequence inside a frame: right after the 8-byte header. */
  static final int SEQUENCE_OFFSET = SessionProtocol.HEADER_BYTES;

  private final ByteBuffer frames;
  private final int[] frameOffsets;
  private final int[] frameBytes;
  private final int[][] bsmOffsets;
  private final int[] bsmCounts;
  private final int[] malformedCounts;
  private final int batchMessages;
  private final int maxFrameBytes;

  private BlastBatches(
      ByteBuffer frames,
      int[] frameOffsets,
      int[] frameBytes,
      int[][] bsmOffsets,
      int[] malformedCounts,
      int batchMessages) {
    this.frames = frames;
    this.frameOffsets = frameOffsets;
    this.frameBytes = frameBytes;
    this.bsmOffsets = bsmOffsets;
    this.bsmCounts = new int[bsmOffsets.length];
    for (int b = 0; b < bsmOffsets.length; b++) {
      bsmCounts[b] = bsmOffsets[b].length;
    }
    this.malformedCounts = malformedCounts;
    this.batchMessages = batchMessages;
    int max = 0;
    for (int bytes : frameBytes) {
      max = Math.max(max, bytes);
    }
    this.maxFrameBytes = max;
  }

  /**
   * Cuts {@code corpus} into {@code ceil(size / batchMessages)} batches of exactly {@code
   * batchMessages} messages each: batch {@code b} holds corpus frames {@code b * batchMessages .. b
   * * batchMessages + batchMessages - 1}, modulo the corpus size.
   */
  static BlastBatches build(BlastCorpus corpus, int batchMessages) {
    if (batchMessages < 1 || batchMessages > SessionProtocol.MAX_MESSAGE_COUNT) {
      throw new IllegalArgumentException("batchMessages must be 1..65535, is " + batchMessages);
    }
    int batches = (corpus.size() + batchMessages - 1) / batchMessages;
    int[] frameOffsets = new int[batches];
    int[] frameBytes = new int[batches];
    int[][] bsmOffsets = new int[batches][];
    int[] malformedCounts = new int[batches];
    long total = 0;
    for (int b = 0; b < batches; b++) {
      long bytes = SessionProtocol.HEADER_BYTES + SessionProtocol.DATA_FIXED_BYTES;
      int bsms = 0;
      for (int m = 0; m < batchMessages; m++) {
        int index = (int) (((long) b * batchMessages + m) % corpus.size());
        bytes += SessionProtocol.MESSAGE_LENGTH_PREFIX_BYTES + corpus.frameBytes(index).length;
        if (corpus.type(index) == MessageType.BSM) {
          bsms++;
        }
        if (corpus.malformed(index)) {
          malformedCounts[b]++;
        }
      }
      if (bytes > Integer.MAX_VALUE / 2) {
        throw new IllegalArgumentException(
            "batchMessages " + batchMessages + " makes a DATA frame of " + bytes + " bytes");
      }
      frameOffsets[b] = (int) total;
      frameBytes[b] = (int) bytes;
      bsmOffsets[b] = new int[bsms];
      total += bytes;
      if (total > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            "the corpus in batches of " + batchMessages + " needs more than 2 GiB");
      }
    }
    ByteBuffer frames = ByteBuffer.allocateDirect((int) total);
    for (int b = 0; b < batches; b++) {
      int start = frameOffsets[b];
      frames.position(start);
      frames.putShort((short) SessionProtocol.MAGIC);
      frames.put((byte) SessionProtocol.VERSION);
      frames.put((byte) FrameType.DATA.code());
      frames.putInt(frameBytes[b] - SessionProtocol.HEADER_BYTES);
      frames.putLong(0); // the sequence, patched per send
      frames.putShort((short) batchMessages);
      int bsm = 0;
      for (int m = 0; m < batchMessages; m++) {
        int index = (int) (((long) b * batchMessages + m) % corpus.size());
        byte[] message = corpus.frameBytes(index);
        frames.putShort((short) message.length);
        if (corpus.type(index) == MessageType.BSM) {
          bsmOffsets[b][bsm++] = frames.position() - start;
        }
        frames.put(message);
      }
    }
    frames.clear();
    return new BlastBatches(
        frames, frameOffsets, frameBytes, bsmOffsets, malformedCounts, batchMessages);
  }

  /** The number of batches. */
  int batchCount() {
    return frameOffsets.length;
  }

  /** Messages per batch. */
  int batchMessages() {
    return batchMessages;
  }

  /** Bytes of batch {@code batch}'s whole frame, header included. */
  int frameBytes(int batch) {
    return frameBytes[batch];
  }

  /** The longest frame, header included. */
  int maxFrameBytes() {
    return maxFrameBytes;
  }

  /** The longest payload (what the gateway's max frame bytes limits). */
  int maxPayloadBytes() {
    return maxFrameBytes - SessionProtocol.HEADER_BYTES;
  }

  /** The number of BSMs (malformed ones included) in batch {@code batch}. */
  int bsmCount(int batch) {
    return bsmCounts[batch];
  }

  /** The number of malformed BSMs in batch {@code batch}. */
  int malformedCount(int batch) {
    return malformedCounts[batch];
  }

  /**
   * Where the BSMs (malformed ones included) of batch {@code batch} start, in message order, as
   * byte offsets into its frame.
   */
  int[] bsmOffsets(int batch) {
    return bsmOffsets[batch].clone();
  }

  /** The sum of all frames' bytes. */
  long totalBytes() {
    return frameOffsets.length == 0
        ? 0
        : frameOffsets[frameOffsets.length - 1] + frameBytes[frameBytes.length - 1];
  }

  /**
   * A view of the frames for one thread: {@link #copyFrame} reads through it, so threads never
   * share a position.
   */
  ByteBuffer view() {
    return frames.duplicate();
  }

  /**
   * Copies batch {@code batch}'s frame to {@code target}'s position (which advances past it) and
   * writes {@code sequence} into it. The caller checked that it fits.
   *
   * @param view this thread's {@link #view()}
   * @return the frame's start in {@code target}
   */
  int copyFrame(ByteBuffer view, int batch, long sequence, ByteBuffer target) {
    int start = target.position();
    int bytes = frameBytes[batch];
    target.put(start, view, frameOffsets[batch], bytes);
    target.putLong(start + SEQUENCE_OFFSET, sequence);
    target.position(start + bytes);
    return start;
  }

  /**
   * Gives the BSMs of batch {@code batch}, copied to {@code frameStart} of {@code target}, the ids
   * {@code firstId, firstId + 1, ...} in message order.
   */
  void patchBsmIds(ByteBuffer target, int frameStart, int batch, long firstId) {
    int[] offsets = bsmOffsets[batch];
    for (int i = 0; i < offsets.length; i++) {
      BsmIds.write(target, frameStart + offsets[i], firstId + i);
    }
  }
}
