package org.openv2x.gateway.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.RollCycle;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.wire.DocumentContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's journal: every accepted message (and every dead letter) is appended here before its
 * batch is acknowledged to the RSU, and stays until Kafka has acknowledged it. A Chronicle Queue in
 * {@code journal.dir}: appends go to memory-mapped files (the page cache), so they survive the
 * process being killed; {@code committed.idx} beside them says up to where Kafka has everything.
 *
 * <p>Pending bytes (appended, not yet committed) are capped: at the cap {@link #isFull()} turns
 * true and the TCP servers stop reading until the pending bytes are below 90 % of it again ({@link
 * #onResume(Runnable)}).
 *
 * <p>Thread safety: {@link #append} may be called from any thread (each has its own appender);
 * {@link #committed} only from the drainer.
 */
public final class Journal implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Journal.class);
  private static final String COMMITTED_FILE = "committed.idx";

  private final Path dir;
  private final SingleChronicleQueue queue;
  private final CommittedIndexFile committedFile;
  private final ThreadLocal<ExcerptAppender> appenders;
  private final List<ExcerptAppender> allAppenders = new CopyOnWriteArrayList<>();
  private final long maxPendingBytes;
  private final long resumePendingBytes;
  private final AtomicLong pendingBytes = new AtomicLong();
  private final AtomicLong pendingRecords = new AtomicLong();
  private final AtomicLong appendedRecords = new AtomicLong();
  private final AtomicLong committedRecords = new AtomicLong();
  private final List<Runnable> resumeListeners = new CopyOnWriteArrayList<>();
  private final long replayStartIndex;
  private final long replayDocuments;
  private final long maxSequenceOnDisk;
  private volatile boolean full;
  private volatile long committedIndex;

  /**
   * Opens (or creates) the journal in {@code dir} and works out what was journaled but not
   * committed, which the drainer sends first.
   */
  public Journal(Path dir, RollCycle rollCycle, long maxPendingBytes) {
    this.dir = dir;
    this.maxPendingBytes = maxPendingBytes;
    this.resumePendingBytes = maxPendingBytes / 10 * 9;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the journal directory " + dir, e);
    }
    // Only this process writes the queue, so an unfinished header after a crash cannot belong to a
    // live writer: recover it quickly instead of waiting Chronicle's default.
    this.queue =
        SingleChronicleQueueBuilder.single(dir.toFile())
            .rollCycle(rollCycle)
            .timeoutMS(500)
            .build();
    this.committedFile = new CommittedIndexFile(dir.resolve(COMMITTED_FILE));
    this.appenders =
        ThreadLocal.withInitial(
            () -> {
              ExcerptAppender appender = queue.createAppender();
              allAppenders.add(appender);
              return appender;
            });
    this.committedIndex = committedFile.read();

    // What is on disk after the committed index: replayed first, counted as pending.
    long start = -1;
    long documents = 0;
    long maxSequence = -1;
    JournalDocument scanned = new JournalDocument();
    try (ExcerptTailer scan = queue.createTailer()) {
      positionAfterCommitted(scan);
      while (true) {
        try (DocumentContext dc = scan.readingDocument()) {
          if (!dc.isPresent()) {
            break;
          }
          if (start < 0) {
            start = dc.index();
          }
          scanned.load(dc.wire().bytes());
          pendingBytes.addAndGet(scanned.sizeBytes());
          pendingRecords.addAndGet(scanned.recordCount());
          maxSequence = Math.max(maxSequence, scanned.maxSequence());
          documents++;
        }
      }
    }
    this.replayStartIndex = start;
    this.replayDocuments = documents;
    this.maxSequenceOnDisk = maxSequence;
    this.full = pendingBytes.get() >= maxPendingBytes;
    if (documents > 0) {
      LOG.info(
          "journal {}: {} documents ({} records, {} bytes) not yet in Kafka, sending them first",
          dir,
          documents,
          pendingRecords.get(),
          pendingBytes.get());
    }
  }

  /** Moves a tailer to the first document after the committed index (the start if none). */
  void positionAfterCommitted(ExcerptTailer tailer) {
    long committed = committedIndex;
    if (committed != CommittedIndexFile.NONE && tailer.moveToIndex(committed)) {
      try (DocumentContext dc = tailer.readingDocument()) {
        // skip the committed document itself
      }
    } else {
      if (committed != CommittedIndexFile.NONE) {
        LOG.warn(
            "journal {}: committed index {} is not in the journal any more; reading from the"
                + " first document",
            dir,
            Long.toHexString(committed));
      }
      tailer.toStart();
    }
  }

  /**
   * Appends one document; when this returns the records are in the page cache and survive the
   * process. Returns the document's index.
   */
  public long append(JournalBatch batch) {
    ExcerptAppender appender = appenders.get();
    byte[] document = batch.document();
    int size = (int) batch.sizeBytes();
    try (DocumentContext dc = appender.writingDocument()) {
      dc.wire().bytes().write(document, 0, size);
    }
    appendedRecords.addAndGet(batch.count());
    pendingRecords.addAndGet(batch.count());
    if (pendingBytes.addAndGet(size) >= maxPendingBytes && !full) {
      full = true;
      LOG.warn(
          "journal {} reached its cap of {} bytes not yet in Kafka: reading from TCP paused, UDP"
              + " dropped",
          dir,
          maxPendingBytes);
    }
    return appender.lastIndexAppended();
  }

  /** Called by the drainer when Kafka has acknowledged every record up to this document. */
  void committed(long index, long documentBytes, int records) {
    committedIndex = index;
    committedFile.write(index);
    committedRecords.addAndGet(records);
    pendingRecords.addAndGet(-records);
    long pending = pendingBytes.addAndGet(-documentBytes);
    if (full && pending < resumePendingBytes) {
      full = false;
      LOG.info("journal {} is below 90 % of its cap again: reading resumed", dir);
      for (Runnable listener : resumeListeners) {
        listener.run();
      }
    }
  }

  /** True while the pending bytes are at the cap (until they are below 90 % of it). */
  public boolean isFull() {
    return full;
  }

  /** Runs {@code listener} (on the drainer thread) whenever the journal stops being full. */
  public void onResume(Runnable listener) {
    resumeListeners.add(listener);
  }

  public long pendingBytes() {
    return pendingBytes.get();
  }

  public long pendingRecords() {
    return pendingRecords.get();
  }

  public long appendedRecords() {
    return appendedRecords.get();
  }

  public long committedRecords() {
    return committedRecords.get();
  }

  public long maxPendingBytes() {
    return maxPendingBytes;
  }

  /** Documents found after the committed index when the journal was opened. */
  public long replayDocuments() {
    return replayDocuments;
  }

  /** Highest gateway sequence found on disk after the committed index, -1 if none. */
  public long maxSequenceOnDisk() {
    return maxSequenceOnDisk;
  }

  long replayStartIndex() {
    return replayStartIndex;
  }

  ExcerptTailer createTailer() {
    return queue.createTailer();
  }

  public Path dir() {
    return dir;
  }

  /** Bytes of all journal files on disk (committed ones not yet deleted included). */
  public long diskBytes() {
    long total = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.cq4")) {
      for (Path file : files) {
        try {
          total += Files.size(file);
        } catch (IOException e) {
          // deleted meanwhile
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return total;
  }

  /**
   * Deletes the journal files of cycles before the committed index's cycle: Kafka has every record
   * in them. Returns how many files were deleted.
   */
  public int deleteCommittedFiles() {
    long committed = committedIndex;
    if (committed == CommittedIndexFile.NONE) {
      return 0;
    }
    RollCycle rollCycle = queue.rollCycle();
    int committedCycle = rollCycle.toCycle(committed);
    SimpleDateFormat format = new SimpleDateFormat(rollCycle.format());
    format.setTimeZone(TimeZone.getTimeZone("UTC"));
    format.setLenient(false);
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.cq4")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - ".cq4".length());
        int cycle;
        try {
          cycle = (int) (format.parse(stem).getTime() / rollCycle.lengthInMillis());
        } catch (ParseException e) {
          continue; // not a cycle file
        }
        if (cycle < committedCycle) {
          Files.deleteIfExists(file);
          deleted++;
        }
      }
    } catch (IOException e) {
      LOG.warn("journal {}: cannot delete committed files: {}", dir, e.toString());
    }
    if (deleted > 0) {
      queue.refreshDirectoryListing();
    }
    return deleted;
  }

  @Override
  public void close() {
    // Closing the queue releases every appender and tailer, whichever thread made it.
    queue.close();
    committedFile.close();
  }
}
