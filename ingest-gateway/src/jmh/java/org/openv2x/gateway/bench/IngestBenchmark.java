package org.openv2x.gateway.bench;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.rollcycles.LegacyRollCycles;
import net.openhft.chronicle.wire.DocumentContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openv2x.codec.TestVectors;
import org.openv2x.gateway.ingest.Ingestor;
import org.openv2x.gateway.ingest.Source;
import org.openv2x.gateway.ingest.Validator;
import org.openv2x.gateway.journal.Journal;
import org.openv2x.gateway.journal.JournalBatch;
import org.openv2x.gateway.journal.JournalDocument;
import org.openv2x.gateway.journal.JournalReading;
import org.openv2x.gateway.metrics.GatewayMetrics;
import org.openv2x.proto.v1.FrameProtos.Transport;

/**
 * The gateway's per-message work, one DATA frame of {@link #BATCH} copies of a vector at a time:
 * {@code ingest} (decode, validate, key, envelope, into a journal batch), {@code journal} (append
 * the batch's document and read it back as the drainer does), and both together.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IngestBenchmark {
  static final int BATCH = 100;

  @Param({"bsm-02-car-full", "spat-01-4phase-countdown"})
  public String vector;

  private ByteBuf frame;
  private int length;
  private Ingestor ingestor;
  private Source source;
  private JournalBatch batch;
  private Journal journal;
  private ExcerptTailer tailer;
  private JournalBatch filled;
  private Path dir;
  private long sequence;
  private final JournalDocument document = new JournalDocument();

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    byte[] bytes = TestVectors.vector(vector);
    length = bytes.length;
    frame = Unpooled.directBuffer(length).writeBytes(bytes);
    GatewayMetrics metrics = new GatewayMetrics(10);
    ingestor = new Ingestor("gw-bench", metrics, new Validator(Duration.ZERO), 4096, 100_000);
    source =
        new Source("rsu-bench", "127.0.0.1:1", Transport.TRANSPORT_TCP, metrics.rsu("rsu-bench"));
    batch = new JournalBatch();
    dir = Files.createTempDirectory("journal-bench");
    journal = new Journal(dir, LegacyRollCycles.MINUTELY, Long.MAX_VALUE / 2);
    tailer = JournalReading.tailer(journal);
    filled = new JournalBatch();
    for (int i = 0; i < BATCH; i++) {
      ingestor.ingest(frame, 0, length, source, 1_795_478_400_000_000L, i, 1, filled);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    journal.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public JournalBatch ingest() {
    batch.clear();
    for (int i = 0; i < BATCH; i++) {
      ingestor.ingest(frame, 0, length, source, 1_795_478_400_000_000L, sequence++, 1, batch);
    }
    return batch;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long journal() {
    journal.append(filled);
    return readBack();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long ingestAndJournal() {
    ingest();
    journal.append(batch);
    return readBack();
  }

  /** Reads the document back and copies out every key and value, as the drainer does. */
  private long readBack() {
    long sum = 0;
    try (DocumentContext dc = tailer.readingDocument()) {
      document.load(dc.wire().bytes());
      int count = document.recordCount();
      for (int i = 0; i < count; i++) {
        document.nextTopic();
        sum += document.key().length + document.value().length;
      }
    }
    return sum;
  }
}
