package org.openv2x.gateway.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import net.openhft.chronicle.queue.rollcycles.TestRollCycles;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drainer's way out of a producer broken for good. Kafka's own {@code MockProducer} stands in
 * for the producer here because the broker's refusal (an out-of-order sequence after a partition's
 * creation races its first batches) cannot be made to happen on demand with a real broker.
 */
class JournalDrainerTest {
  private static final String[] TOPICS = {"t.bsm", "t.map", "t.rsm", "t.spat", "t.rsi", "t.dl"};

  @TempDir Path dir;

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, what);
      Thread.sleep(10);
    }
  }

  @Test
  void aProducerRefusedForGoodIsReplacedAndEveryRecordSentAgainNotDeadLettered() throws Exception {
    MockProducer<byte[], byte[]> broken =
        new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
    MockProducer<byte[], byte[]> fresh =
        new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    List<Producer<byte[], byte[]>> producers = new ArrayList<>(List.of(broken, fresh));
    AtomicInteger replaced = new AtomicInteger();
    AtomicInteger deadLettered = new AtomicInteger();
    try (Journal journal = new Journal(dir, TestRollCycles.TEST_DAILY, 1 << 20)) {
      JournalBatch batch = new JournalBatch();
      for (int i = 0; i < 10; i++) {
        batch.add(TopicCode.BSM, "key-" + i, new byte[] {(byte) i}, 100 + i);
      }
      journal.append(batch);
      JournalDrainer drainer =
          new JournalDrainer(
              journal,
              () -> producers.remove(0),
              TOPICS,
              new JournalDrainer.Listener() {
                @Override
                public void acknowledged(TopicCode topic, long sendToAckNanos) {}

                @Override
                public void failed(TopicCode topic, Exception exception) {}

                @Override
                public void replacedByDeadLetter(TopicCode topic) {
                  deadLettered.incrementAndGet();
                }

                @Override
                public void producerReplaced(Exception cause) {
                  replaced.incrementAndGet();
                }
              },
              (topic, key, value, exception) -> new byte[] {0});
      drainer.start();
      try {
        await(() -> broken.history().size() == 10, "all ten sent through the first producer");
        // The broker refuses the first batch for good; closing the producer then fails the rest.
        broken.errorNext(new OutOfOrderSequenceException("incoming seq 0, current end seq 21"));
        await(() -> replaced.get() == 1, "the producer was replaced");
        for (int i = 0; i < 9; i++) {
          broken.errorNext(new KafkaException("producer closed forcefully"));
        }
        await(() -> journal.pendingRecords() == 0, "every record delivered and committed");
      } finally {
        drainer.stop(java.time.Duration.ofSeconds(5));
      }
      List<String> keys = new ArrayList<>();
      for (ProducerRecord<byte[], byte[]> record : fresh.history()) {
        assertEquals("t.bsm", record.topic(), "nothing went to the dead-letter topic");
        keys.add(new String(record.key(), java.nio.charset.StandardCharsets.UTF_8));
      }
      assertEquals(10, keys.size(), "the new producer sent every record once: " + keys);
      for (int i = 0; i < 10; i++) {
        assertTrue(keys.contains("key-" + i), "key-" + i + " in " + keys);
      }
      assertEquals(0, deadLettered.get());
      assertEquals(1, replaced.get());
    }
  }
}
