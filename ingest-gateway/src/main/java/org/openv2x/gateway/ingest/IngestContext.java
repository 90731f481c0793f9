package org.openv2x.gateway.ingest;

import io.netty.util.concurrent.FastThreadLocal;
import java.time.Instant;
import java.util.function.Supplier;
import org.openv2x.gateway.journal.Journal;
import org.openv2x.gateway.journal.JournalBatch;
import org.openv2x.gateway.metrics.GatewayMetrics;

/**
 * What the TCP and UDP handlers share: the journal, the sequence allocator, the metrics, and per
 * I/O thread an {@link Ingestor} and a {@link JournalBatch}.
 */
public final class IngestContext {
  private final String gatewayId;
  private final Journal journal;
  private final SequenceAllocator sequences;
  private final GatewayMetrics metrics;
  private final FastThreadLocal<Ingestor> ingestors;
  private final FastThreadLocal<JournalBatch> batches;

  public IngestContext(
      String gatewayId,
      Journal journal,
      SequenceAllocator sequences,
      GatewayMetrics metrics,
      Supplier<Ingestor> ingestorFactory) {
    this.gatewayId = gatewayId;
    this.journal = journal;
    this.sequences = sequences;
    this.metrics = metrics;
    this.ingestors =
        new FastThreadLocal<>() {
          @Override
          protected Ingestor initialValue() {
            return ingestorFactory.get();
          }
        };
    this.batches =
        new FastThreadLocal<>() {
          @Override
          protected JournalBatch initialValue() {
            return new JournalBatch();
          }
        };
  }

  public String gatewayId() {
    return gatewayId;
  }

  public Journal journal() {
    return journal;
  }

  public SequenceAllocator sequences() {
    return sequences;
  }

  public GatewayMetrics metrics() {
    return metrics;
  }

  /** This thread's ingestor. */
  public Ingestor ingestor() {
    return ingestors.get();
  }

  /** This thread's batch, empty. */
  public JournalBatch batch() {
    JournalBatch batch = batches.get();
    batch.clear();
    return batch;
  }

  /** Microseconds since the epoch, now. */
  public static long nowEpochUs() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }
}
