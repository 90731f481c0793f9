package org.openv2x.gateway.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;
import net.openhft.chronicle.wire.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {
  @TempDir Path dir;

  private static JournalBatch batch(int records, long firstSequence) {
    JournalBatch batch = new JournalBatch();
    for (int i = 0; i < records; i++) {
      batch.add(TopicCode.BSM, "key-" + i, new byte[] {(byte) i, 2, 3}, firstSequence + i);
    }
    return batch;
  }

  private static List<Long> readIndexes(Journal journal) {
    List<Long> indexes = new ArrayList<>();
    try (ExcerptTailer tailer = journal.createTailer()) {
      journal.positionAfterCommitted(tailer);
      while (true) {
        try (DocumentContext dc = tailer.readingDocument()) {
          if (!dc.isPresent()) {
            return indexes;
          }
          indexes.add(dc.index());
        }
      }
    }
  }

  @Test
  void whatIsNotCommittedIsReplayedAfterReopening() {
    long first;
    long second;
    try (Journal journal = new Journal(dir, TestRollCycles.TEST_DAILY, 1 << 20)) {
      first = journal.append(batch(3, 100));
      second = journal.append(batch(2, 103));
      assertEquals(5, journal.pendingRecords());
      journal.committed(first, journal.pendingBytes() / 2, 3);
    }
    try (Journal reopened = new Journal(dir, TestRollCycles.TEST_DAILY, 1 << 20)) {
      assertEquals(1, reopened.replayDocuments());
      assertEquals(2, reopened.pendingRecords());
      assertEquals(104, reopened.maxSequenceOnDisk());
      assertEquals(List.of(second), readIndexes(reopened));
    }
  }

  @Test
  void documentsKeepTheirRecords() {
    try (Journal journal = new Journal(dir, TestRollCycles.TEST_DAILY, 1 << 20)) {
      journal.append(batch(2, 7));
      try (ExcerptTailer tailer = journal.createTailer();
          DocumentContext dc = tailer.readingDocument()) {
        JournalDocument document = new JournalDocument();
        document.load(dc.wire().bytes());
        assertEquals(2, document.recordCount());
        assertEquals(8, document.maxSequence());
        for (int i = 0; i < 2; i++) {
          assertEquals(TopicCode.BSM, document.nextTopic());
          assertEquals(
              "key-" + i, new String(document.key(), java.nio.charset.StandardCharsets.UTF_8));
          assertArrayEquals(new byte[] {(byte) i, 2, 3}, document.value());
        }
      }
    }
  }

  @Test
  void theCapClosesAndReopensTheGate() {
    try (Journal journal = new Journal(dir, TestRollCycles.TEST_DAILY, 1 << 20)) {
      AtomicInteger resumed = new AtomicInteger();
      journal.onResume(resumed::incrementAndGet);
      JournalBatch big = new JournalBatch();
      big.add(TopicCode.BSM, "k", new byte[300_000], 1);
      List<Long> indexes = new ArrayList<>();
      long size = big.sizeBytes();
      while (!journal.isFull()) {
        indexes.add(journal.append(big));
      }
      assertTrue(journal.pendingBytes() >= 1 << 20);
      // Committing one document is not enough (still above 90 %); all of them is.
      journal.committed(indexes.get(0), size, 1);
      assertTrue(journal.isFull() || journal.pendingBytes() < (1 << 20) / 10 * 9);
      journal.committed(
          indexes.get(indexes.size() - 1), journal.pendingBytes(), (int) journal.pendingRecords());
      assertFalse(journal.isFull());
      assertEquals(1, resumed.get());
    }
  }

  @Test
  void committedFilesAreDeleted() throws Exception {
    try (Journal journal = new Journal(dir, TestRollCycles.TEST_SECONDLY, 1 << 20)) {
      long first = journal.append(batch(1, 1));
      Thread.sleep(1100);
      long second = journal.append(batch(1, 2));
      Thread.sleep(1100);
      long third = journal.append(batch(1, 3));
      assertTrue(countFiles() >= 3);
      journal.committed(second, 10, 2);
      assertTrue(journal.deleteCommittedFiles() >= 1, "the first cycle's file is deleted");
      assertEquals(List.of(third), readIndexes(journal));
      assertTrue(first < second);
    }
  }

  private long countFiles() throws Exception {
    try (var files = java.nio.file.Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".cq4")).count();
    }
  }
}
