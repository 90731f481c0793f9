package org.openv2x.sim.blast;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the I/O threads of one blast share: the start, when sending ends, a fatal failure, error
 * counts.
 *
 * <p>Wall-clock times are derived from {@link System#nanoTime()} and one pair of readings taken
 * together at the start ({@link #epochMicros}): a {@code nanoTime()} per frame costs a few
 * nanoseconds, where {@code Instant.now()} costs more and can step. The derived clock follows the
 * monotonic clock, so if NTP slews or steps the system clock during a run, the times drift from it
 * by that much (slewing is at most 0.05 %: 0.3 s over a 10-minute run, usually far less).
 */
final class BlastControl {
  final long startNanos;

  /** The wall clock at {@link #startNanos}, in microseconds since the epoch. */
  final long startEpochUs;

  private volatile long sendEndNanos;
  private final AtomicReference<String> failure = new AtomicReference<>();
  private final Map<Integer, LongAdder> errorsByCode = new ConcurrentHashMap<>();

  BlastControl(long startNanos, long startEpochUs, long sendNanos) {
    this.startNanos = startNanos;
    this.startEpochUs = startEpochUs;
    this.sendEndNanos = startNanos + sendNanos;
  }

  /** The wall-clock time, in epoch microseconds, of the {@link System#nanoTime()} reading. */
  long epochMicros(long nanoTime) {
    return startEpochUs + Math.floorDiv(nanoTime - startNanos, 1_000L);
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
