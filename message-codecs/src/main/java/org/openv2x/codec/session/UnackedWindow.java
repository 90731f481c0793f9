package org.openv2x.codec.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@code DATA} frames a client has sent and not yet seen acknowledged, in sequence order, with
 * their bytes for resending. Bounded: {@link #add} waits while it is full.
 */
final class UnackedWindow {

  /** One unacknowledged {@code DATA} frame. */
  static final class PendingFrame {
    final long sequence;
    final byte[] bytes;
    final int messageCount;
    final long addedNanos;

    /** The connection it was last written on, 0 for none; guarded by the client's write lock. */
    long writtenOnConnectionId;

    PendingFrame(long sequence, byte[] bytes, int messageCount, long addedNanos) {
      this.sequence = sequence;
      this.bytes = bytes;
      this.messageCount = messageCount;
      this.addedNanos = addedNanos;
    }
  }

  private final int capacityFrames;
  private final SessionCounters counters;
  private final ArrayDeque<PendingFrame> frames;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notFull = lock.newCondition();
  private final Condition emptied = lock.newCondition();
  private boolean closed;
  private boolean releasing;

  UnackedWindow(int capacityFrames, SessionCounters counters) {
    this.capacityFrames = capacityFrames;
    this.counters = counters;
    this.frames = new ArrayDeque<>(capacityFrames);
  }

  /**
   * Adds a frame once there is room.
   *
   * @throws IllegalStateException if the window is closed, before or while waiting
   */
  PendingFrame add(long sequence, byte[] bytes, int messageCount) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (frames.size() >= capacityFrames && !closed) {
        notFull.await();
      }
      if (closed) {
        throw new IllegalStateException("the session client is closed");
      }
      PendingFrame frame = new PendingFrame(sequence, bytes, messageCount, System.nanoTime());
      frames.addLast(frame);
      return frame;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Releases the frame this {@code ACK} is about and every earlier one (ACKs come in send order, so
   * one covers the frames before it), counts them and appends them to {@code released}. Senders
   * waiting for room go on at once; {@link #awaitEmpty} waits for {@link #finishRelease}, so that
   * it returns after the callbacks about the released frames ran.
   *
   * @return whether a frame with the ACK's sequence was waiting
   */
  boolean release(SessionFrame.Ack ack, List<PendingFrame> released) {
    long sequence = ack.sequence();
    lock.lock();
    try {
      if (frames.isEmpty()
          || sequence < frames.peekFirst().sequence
          || sequence > frames.peekLast().sequence) {
        counters.unexpectedAcks.increment();
        return false;
      }
      while (!frames.isEmpty() && frames.peekFirst().sequence <= sequence) {
        PendingFrame frame = frames.pollFirst();
        counters.ackedFrames.increment();
        counters.ackedMessages.add(frame.messageCount);
        released.add(frame);
      }
      counters.acceptedMessages.add(ack.accepted());
      counters.rejectedMessages.add(ack.rejected());
      releasing = true;
      notFull.signalAll();
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Ends a {@link #release}: wakes {@link #awaitEmpty} if nothing is waiting any more. */
  void finishRelease() {
    lock.lock();
    try {
      releasing = false;
      if (frames.isEmpty()) {
        emptied.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  /** The waiting frames, oldest first. */
  List<PendingFrame> snapshot() {
    lock.lock();
    try {
      return new ArrayList<>(frames);
    } finally {
      lock.unlock();
    }
  }

  int size() {
    lock.lock();
    try {
      return frames.size();
    } finally {
      lock.unlock();
    }
  }

  /** Waits until no frame is waiting; false if the timeout passed (or the window closed) first. */
  boolean awaitEmpty(long timeoutNanos) throws InterruptedException {
    lock.lockInterruptibly();
    try {
      long leftNanos = timeoutNanos;
      while (!frames.isEmpty() || releasing) {
        if (closed || leftNanos <= 0) {
          return false;
        }
        leftNanos = emptied.awaitNanos(leftNanos);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Wakes every waiter; later {@link #add}s throw. */
  void close() {
    lock.lock();
    try {
      closed = true;
      notFull.signalAll();
      emptied.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
