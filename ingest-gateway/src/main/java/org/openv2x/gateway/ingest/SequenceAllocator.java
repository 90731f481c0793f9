package org.openv2x.gateway.ingest;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out the gateway sequence numbers that, with the gateway id, make every message's unique id.
 * Unique also across restarts: the first sequence after a start is above every sequence still in
 * the journal and above {@code epochMicros * 1000} of the start time, so even a gateway whose
 * journal was deleted does not give a sequence twice (as long as its clock does not go back).
 */
public final class SequenceAllocator {
  private final AtomicLong next;

  public SequenceAllocator(long maxSequenceOnDisk) {
    Instant now = Instant.now();
    long timeBased = (now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000) * 1_000L;
    this.next = new AtomicLong(Math.max(timeBased, maxSequenceOnDisk + 1));
  }

  /** Reserves {@code count} consecutive sequences and returns the first. */
  public long allocate(int count) {
    return next.getAndAdd(count);
  }

  /** The next sequence that will be handed out. */
  public long peek() {
    return next.get();
  }
}
