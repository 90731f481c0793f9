package org.openv2x.sim.blast;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** What the I/O threads of one blast share: when sending ends, a fatal failure, error counts. */
final class BlastControl {
  final long startNanos;
  private volatile long sendEndNanos;
  private final AtomicReference<String> failure = new AtomicReference<>();
  private final Map<Integer, LongAdder> errorsByCode = new ConcurrentHashMap<>();

  BlastControl(long startNanos, long sendNanos) {
    this.startNanos = startNanos;
    this.sendEndNanos = startNanos + sendNanos;
  }

  /** When sending stops ({@link System#nanoTime}). */
  long sendEndNanos() {
    return sendEndNanos;
  }

  /** Ends sending now if it was to end later. */
  synchronized void stopSending(long nowNanos) {
    if (nowNanos - sendEndNanos < 0) {
      sendEndNanos = nowNanos;
    }
  }

  /** Records the first fatal failure; the threads stop at once, without draining. */
  void fail(String reason) {
    failure.compareAndSet(null, reason);
  }

  /** The first fatal failure, or null. */
  String failure() {
    return failure.get();
  }

  void countError(int code) {
    errorsByCode.computeIfAbsent(code, c -> new LongAdder()).increment();
  }

  /** {@code ERROR} frames received so far, by code. */
  Map<Integer, Long> errorsByCode() {
    Map<Integer, Long> snapshot = new TreeMap<>();
    errorsByCode.forEach((code, count) -> snapshot.put(code, count.sum()));
    return snapshot;
  }
}
