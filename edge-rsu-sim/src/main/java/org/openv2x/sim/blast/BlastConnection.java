package org.openv2x.sim.blast;

import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import org.openv2x.codec.session.SessionFrameParser;

/**
 * One RSU session of a blast: its channel, send buffer and the ring of {@code DATA} frames not yet
 * acknowledged. Owned by one {@link BlastIoThread}; nothing here is thread-safe.
 *
 * <p>The ring holds, per unacknowledged frame in send order, what is needed to write it again byte
 * for byte: its sequence, its batch and the counter of its first BSM. {@code written} of them (from
 * the oldest) have been put into the send buffer on the current connection; after a reconnect it
 * starts at 0, so the oldest are written again first.
 *
 * <p>BSMs (malformed ones included) are counted from 1 in send order whether or not their ids are
 * patched, so {@link #ids()} is exact once the I/O thread has ended.
 */
final class BlastConnection {
  enum State {
    /** No connection; {@code deadlineNanos} is when to try again. */
    DOWN,
    /** Non-blocking connect under way. */
    CONNECTING,
    /** {@code HELLO} written, waiting for {@code HELLO_ACK}. */
    HELLO_SENT,
    /** Session established: sending {@code DATA}. */
    ACTIVE,
    /** Closed for good at the end of the blast. */
    CLOSED
  }

  /** The connection index ({@link BlastConfig#connectionIndex}): its BSM ids name it. */
  final int index;

  final String rsuId;
  final byte[] hello;
  final ByteBuffer out;

  final int windowFrames;
  final long[] ringSequence;
  final int[] ringBatch;
  final long[] ringFirstBsmCounter;
  final long[] ringWrittenNanos;
  int ringHead;
  int ringCount;
  int ringWritten;

  long nextSequence = 1;
  int nextBatch;
  long nextBsmCounter = 1;
  long bsmsAcked;
  long malformedSent;
  long malformedAcked;

  /** The first-write times of new frames, or null when they are not recorded. */
  final BlastSendLog sendLog;

  State state = State.DOWN;
  SocketChannel channel;
  SelectionKey key;
  SessionFrameParser parser;

  /** The send buffer holds bytes not yet taken by the socket (in read mode); else it fills. */
  boolean writing;

  boolean inReadyQueue;
  boolean touched;

  /** Whether a session was ever established, so that the next one is a reconnect. */
  boolean established;

  /** Hello deadline while connecting, time of the next attempt while down. */
  long deadlineNanos;

  long backoffNanos;
  long lastWriteNanos;

  /** A third of the gateway's idle timeout; 0 when it has none. */
  long heartbeatIntervalNanos;

  BlastConnection(
      int index,
      String rsuId,
      byte[] hello,
      int windowFrames,
      int sendBufferBytes,
      boolean recordSendTimes) {
    this.index = index;
    this.rsuId = rsuId;
    this.hello = hello;
    this.windowFrames = windowFrames;
    this.out = ByteBuffer.allocateDirect(sendBufferBytes);
    this.ringSequence = new long[windowFrames];
    this.ringBatch = new int[windowFrames];
    this.ringFirstBsmCounter = new long[windowFrames];
    this.ringWrittenNanos = new long[windowFrames];
    this.sendLog = recordSendTimes ? new BlastSendLog() : null;
  }

  /** BSMs sent so far: counters {@code 1..bsmsSent()}. */
  long bsmsSent() {
    return nextBsmCounter - 1;
  }

  /** Its id accounting; exact once its I/O thread has ended. */
  ConnectionIds ids() {
    return new ConnectionIds(index, bsmsSent(), bsmsAcked, malformedSent, malformedAcked);
  }

  /** The ring slot of the {@code i}-th unacknowledged frame (0: the oldest). */
  int slot(int i) {
    int slot = ringHead + i;
    return slot >= windowFrames ? slot - windowFrames : slot;
  }

  /** Whether it can put a frame into its send buffer now: a resend, or a new one if sending. */
  boolean canSend(boolean sending) {
    return state == State.ACTIVE
        && !writing
        && (ringWritten < ringCount || (sending && ringCount < windowFrames));
  }
}
