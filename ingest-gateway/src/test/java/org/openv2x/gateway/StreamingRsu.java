package org.openv2x.gateway;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An RSU for fault tests: sends batches of unique BSMs (vehicle ids counting up) as fast as a
 * window of unacknowledged batches allows, and records which vehicle ids were acknowledged. When
 * the connection breaks it reconnects (to whatever {@code port} says then) and goes on; what was
 * not acknowledged is simply not counted as acknowledged (the loss check only concerns ACKed
 * messages).
 */
final class StreamingRsu implements Runnable {
  private final String rsuId;
  private final java.util.function.IntSupplier port;
  private final int batchSize;
  private final int window;
  private final UniqueBsms bsms;
  private final Set<Long> acknowledgedIds = ConcurrentHashMap.newKeySet();
  private final AtomicLong sentMessages = new AtomicLong();
  private final AtomicLong acknowledgedBatches = new AtomicLong();
  private final AtomicLong reconnects = new AtomicLong();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private volatile long lastAckNanos = System.nanoTime();
  private long nextId = 1;
  private long nextSequence = 1;

  private final long maxMessages;

  /** Sends at most {@code maxMessages} (tests are bounded), then waits for the rest of the ACKs. */
  StreamingRsu(
      String rsuId,
      java.util.function.IntSupplier port,
      int batchSize,
      int window,
      long maxMessages)
      throws Exception {
    this.maxMessages = maxMessages;
    this.rsuId = rsuId;
    this.port = port;
    this.batchSize = batchSize;
    this.window = window;
    this.bsms = new UniqueBsms();
  }

  @Override
  public void run() {
    while (running.get()) {
      try (RawSession session = new RawSession("127.0.0.1", port.getAsInt())) {
        session.setReadTimeoutMs(60_000);
        session.hello(rsuId);
        stream(session);
      } catch (IOException | RuntimeException e) {
        reconnects.incrementAndGet();
        sleep(200);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private void stream(RawSession session) throws Exception {
    java.util.ArrayDeque<long[]> unacked = new java.util.ArrayDeque<>(); // {sequence, firstId}
    while (running.get()) {
      while (unacked.size() < window && running.get() && nextId <= maxMessages) {
        List<byte[]> batch = new ArrayList<>(batchSize);
        long firstId = nextId;
        for (int i = 0; i < batchSize; i++) {
          batch.add(bsms.encode(nextId++));
        }
        session.data(nextSequence, batch);
        unacked.addLast(new long[] {nextSequence++, firstId});
        sentMessages.addAndGet(batchSize);
      }
      session.flush();
      if (unacked.isEmpty()) {
        sleep(50);
        continue;
      }
      RawSession.Frame frame = session.read();
      if (frame.type() == RawSession.ACK) {
        long[] head = unacked.pollFirst();
        if (head == null || head[0] != frame.ackSequence()) {
          throw new IllegalStateException("ACK out of order: " + frame.ackSequence());
        }
        if (frame.ackAccepted() == batchSize) {
          for (long id = head[1]; id < head[1] + batchSize; id++) {
            acknowledgedIds.add(id);
          }
        }
        acknowledgedBatches.incrementAndGet();
        lastAckNanos = System.nanoTime();
      } else if (frame.type() == RawSession.ERROR && frame.errorClosing()) {
        throw new IOException("gateway closed: " + frame.errorMessage());
      }
    }
  }

  void stop() {
    running.set(false);
  }

  Set<Long> acknowledgedIds() {
    return acknowledgedIds;
  }

  long sentMessages() {
    return sentMessages.get();
  }

  long acknowledgedBatches() {
    return acknowledgedBatches.get();
  }

  long reconnects() {
    return reconnects.get();
  }

  long nanosSinceLastAck() {
    return System.nanoTime() - lastAckNanos;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
