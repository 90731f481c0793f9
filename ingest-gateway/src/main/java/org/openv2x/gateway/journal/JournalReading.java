package org.openv2x.gateway.journal;

import net.openhft.chronicle.queue.ExcerptTailer;

/** Reading a journal from outside the package: for tools and benchmarks. */
public final class JournalReading {
  private JournalReading() {}

  /** A tailer positioned at the first document Kafka has not acknowledged. */
  public static ExcerptTailer tailer(Journal journal) {
    ExcerptTailer tailer = journal.createTailer();
    journal.positionAfterCommitted(tailer);
    return tailer;
  }
}
