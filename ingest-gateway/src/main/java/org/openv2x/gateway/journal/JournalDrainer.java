package org.openv2x.gateway.journal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.UnknownProducerIdException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that reads the journal in order and sends every record to Kafka. It keeps the
 * documents in flight in order; when Kafka has acknowledged every record of the oldest ones, it
 * moves the journal's committed index past them. A record Kafka refuses for good (too large, not
 * authorised, ...) is sent to the dead-letter topic in its place, so one poison record cannot hold
 * the journal back; a retriable failure is sent again.
 *
 * <p>An idempotent producer can end up in a state it does not leave: the broker refuses its batches
 * for good ({@code OutOfOrderSequenceException}, seen when a partition's first batches race its
 * creation), or {@code send} throws because the producer is in a fatal state. Then the drainer
 * closes it, makes a new one (a new producer id, sequences from 0) and sends again every record not
 * yet acknowledged: some may reach Kafka twice, and keep their gateway sequence, by which consumers
 * drop duplicates. Nothing is dead-lettered for a fault of the producer.
 */
public final class JournalDrainer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JournalDrainer.class);

  /** What the drainer reports, for metrics. */
  public interface Listener {
    /** Kafka acknowledged a record; latency from send to acknowledgement. */
    void acknowledged(TopicCode topic, long sendToAckNanos);

    /** Kafka failed a record; it will be sent again or dead-lettered. */
    void failed(TopicCode topic, Exception exception);

    /** A record Kafka refused for good was replaced by a dead letter. */
    default void replacedByDeadLetter(TopicCode topic) {}

    /** The producer was replaced by a new one after {@code cause}. */
    default void producerReplaced(Exception cause) {}
  }

  /** Turns a record Kafka refused for good into a dead letter value. */
  public interface PoisonHandler {
    byte[] deadLetterFor(TopicCode topic, byte[] key, byte[] value, Exception exception);
  }

  /** How long records may wait for an acknowledgement before the producer is replaced. */
  static final Duration STUCK_AFTER = Duration.ofSeconds(15);

  private long lastReplacedNanos = System.nanoTime();
  private final Journal journal;
  private final Supplier<Producer<byte[], byte[]>> producerFactory;
  private volatile Producer<byte[], byte[]> producer;
  // The producer's generation: a failure of a record sent through an older one is sent again.
  private int generation;
  private final String[] topicNames;
  private final Listener listener;
  private final PoisonHandler poisonHandler;
  private final ArrayDeque<InFlightDocument> inFlight = new ArrayDeque<>();
  private final ConcurrentLinkedQueue<SendCallback> failures = new ConcurrentLinkedQueue<>();
  private final JournalDocument reading = new JournalDocument();
  private final Thread thread;
  private volatile boolean stopping;
  private volatile long stopDeadlineNanos = Long.MAX_VALUE;
  private volatile boolean kafkaStalled;
  // Written per acknowledged record by Kafka's I/O thread, read now and then by others: a plain
  // long (atomic on 64-bit JVMs) saves a fence per record; readers only need a recent value.
  private long lastAckNanos = System.nanoTime();

  /**
   * @param topicNames the topic of each {@link TopicCode}, by ordinal
   */
  public JournalDrainer(
      Journal journal,
      Supplier<Producer<byte[], byte[]>> producerFactory,
      String[] topicNames,
      Listener listener,
      PoisonHandler poisonHandler) {
    this.journal = journal;
    this.producerFactory = producerFactory;
    this.producer = producerFactory.get();
    this.topicNames = topicNames.clone();
    this.listener = listener;
    this.poisonHandler = poisonHandler;
    this.thread = new Thread(this::run, "journal-drainer");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** Nanos (System.nanoTime) of the last Kafka acknowledgement. */
  public long lastAckNanos() {
    return lastAckNanos;
  }

  /** Documents sent and not yet fully acknowledged. */
  public int inFlightDocuments() {
    return inFlight.size();
  }

  private void run() {
    ExcerptTailer tailer = journal.createTailer();
    journal.positionAfterCommitted(tailer);
    long idleSpins = 0;
    long lastCleanupNanos = System.nanoTime();
    try {
      while (true) {
        retryFailures();
        commitCompleted();
        replaceIfStuck();
        if (stopping
            && (inFlight.isEmpty() && journal.pendingRecords() == 0
                || System.nanoTime() > stopDeadlineNanos)) {
          break;
        }
        if (System.nanoTime() - lastCleanupNanos > TimeUnit.SECONDS.toNanos(5)) {
          journal.deleteCommittedFiles();
          lastCleanupNanos = System.nanoTime();
        }
        boolean read = readOne(tailer);
        if (read) {
          idleSpins = 0;
        } else {
          idleSpins++;
          // Nothing new: a few short naps, then 1 ms ones. The RSUs' ACKs do not wait for this
          // thread (they follow the journal append), so a nap only delays the Kafka copy; short
          // spins here cost more CPU than the work itself at moderate rates.
          LockSupport.parkNanos(idleSpins < 4 ? 100_000 : 1_000_000);
        }
      }
    } catch (Throwable t) {
      LOG.error(
          "journal drainer stopped by an unexpected error; journaled records stay on disk", t);
    } finally {
      commitCompleted();
    }
  }

  private boolean readOne(ExcerptTailer tailer) {
    try (DocumentContext dc = tailer.readingDocument()) {
      if (!dc.isPresent()) {
        return false;
      }
      long index = dc.index();
      reading.load(dc.wire().bytes());
      int count = reading.recordCount();
      InFlightDocument document = new InFlightDocument(index, reading.sizeBytes(), count);
      inFlight.addLast(document);
      for (int i = 0; i < count; i++) {
        TopicCode topic = reading.nextTopic();
        byte[] key = reading.key();
        byte[] value = reading.value();
        send(new SendCallback(document, topic, key, value));
      }
      return true;
    }
  }

  /** Sends one record, blocking (and retrying) while Kafka's buffer is full or it is away. */
  private void send(SendCallback callback) {
    ProducerRecord<byte[], byte[]> record =
        new ProducerRecord<>(
            topicNames[callback.topic.ordinal()], callback.key, callback.currentValue());
    long backoffMs = 50;
    while (true) {
      try {
        callback.sendNanos = System.nanoTime();
        callback.generation = generation;
        producer.send(record, callback);
        return;
      } catch (org.apache.kafka.common.errors.TimeoutException e) {
        // Metadata or buffer space not available within max.block.ms: Kafka is away.
        if (!kafkaStalled) {
          LOG.warn("Kafka does not take records ({}); the journal keeps them", e.getMessage());
        }
        kafkaStalled = true;
        if (stopping && System.nanoTime() > stopDeadlineNanos) {
          throw new IllegalStateException("stopping while Kafka is away", e);
        }
        retryFailures();
        commitCompleted();
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(backoffMs));
        backoffMs = Math.min(backoffMs * 2, 1000);
      } catch (IllegalStateException | KafkaException e) {
        if (e instanceof ApiException refused) {
          // About this record, not the producer: handled as a failed send.
          callback.onCompletion(null, refused);
          return;
        }
        // The producer is closed or in a fatal state: no send through it will succeed again.
        replaceProducer(e);
      }
    }
  }

  /** Whether {@code e}, failing one record, means the producer itself is broken for good. */
  static boolean breaksProducer(Exception e) {
    return e instanceof OutOfOrderSequenceException
        || e instanceof UnknownProducerIdException
        || e instanceof InvalidProducerEpochException
        || e instanceof ProducerFencedException;
  }

  /**
   * Closes the producer at once and makes a new one. The records in flight through the old one fail
   * (their callbacks see an error) and, being of an older generation, are sent again.
   */
  private void replaceProducer(Exception cause) {
    LOG.warn(
        "the Kafka producer is broken ({}); replacing it and sending again every record it had"
            + " not delivered",
        cause.toString());
    Producer<byte[], byte[]> old = producer;
    generation++;
    try {
      old.close(Duration.ZERO);
    } catch (RuntimeException e) {
      LOG.debug("closing the broken producer failed", e);
    }
    producer = producerFactory.get();
    listener.producerReplaced(cause);
  }

  /**
   * A producer can also stay stuck without failing a record: its client retries a batch the broker
   * keeps refusing as out of sequence, for ever (the delivery timeout is unbounded). When records
   * are in flight and nothing has been acknowledged for {@link #STUCK_AFTER}, it is replaced. After
   * a broker outage this costs at most a new connection and some duplicates.
   */
  private void replaceIfStuck() {
    long now = System.nanoTime();
    if (!inFlight.isEmpty()
        && now - lastAckNanos > STUCK_AFTER.toNanos()
        && now - lastReplacedNanos > STUCK_AFTER.toNanos()) {
      lastReplacedNanos = now;
      replaceProducer(
          new org.apache.kafka.common.errors.TimeoutException(
              "no record acknowledged for " + STUCK_AFTER.toSeconds() + " s"));
    }
  }

  /** Closes the current producer, waiting up to {@code timeout} for what it holds. */
  public void closeProducer(Duration timeout) {
    producer.close(timeout);
  }

  private void retryFailures() {
    SendCallback failed;
    while ((failed = failures.poll()) != null) {
      Exception exception = failed.exception;
      if (failed.generation != generation) {
        // Sent through a producer since replaced: whatever it failed with, send it again.
        send(failed);
      } else if (breaksProducer(exception)) {
        replaceProducer(exception);
        send(failed);
      } else if (exception instanceof RetriableException) {
        send(failed);
      } else if (!failed.replaced && failed.topic != TopicCode.DEADLETTER) {
        LOG.warn(
            "Kafka refused a record of {} for good ({}); sending a dead letter in its place",
            topicNames[failed.topic.ordinal()],
            exception.toString());
        failed.replaceWith(
            poisonHandler.deadLetterFor(failed.topic, failed.key, failed.value, exception));
        listener.replacedByDeadLetter(failed.topic);
        send(failed);
      } else {
        // A dead letter refused for good: nothing else can take it. Keep the journal moving but
        // say so loudly; the record stays readable in the journal until its file is deleted.
        LOG.error(
            "Kafka refused a dead letter for good ({}); journal index {} record dropped",
            exception.toString(),
            Long.toHexString(failed.document.index));
        failed.document.remaining.decrementAndGet();
      }
    }
  }

  private void commitCompleted() {
    InFlightDocument head;
    InFlightDocument last = null;
    long bytes = 0;
    int records = 0;
    while ((head = inFlight.peekFirst()) != null && head.remaining.get() == 0) {
      inFlight.pollFirst();
      last = head;
      bytes += head.sizeBytes;
      records += head.count;
    }
    if (last != null) {
      journal.committed(last.index, bytes, records);
    }
  }

  /** True while Kafka has not taken a record for a while (it is down or far behind). */
  public boolean kafkaStalled() {
    return kafkaStalled
        || (!inFlight.isEmpty() && System.nanoTime() - lastAckNanos > TimeUnit.SECONDS.toNanos(10));
  }

  /**
   * Stops after sending what is journaled, waiting at most {@code grace}; what is left stays in the
   * journal for the next start.
   */
  public void stop(Duration grace) {
    stopDeadlineNanos = System.nanoTime() + grace.toNanos();
    stopping = true;
    try {
      thread.join(grace.toMillis() + 5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop(Duration.ZERO);
  }

  private static final class InFlightDocument {
    final long index;
    final long sizeBytes;
    final int count;
    final AtomicInteger remaining;

    InFlightDocument(long index, long sizeBytes, int count) {
      this.index = index;
      this.sizeBytes = sizeBytes;
      this.count = count;
      this.remaining = new AtomicInteger(count);
    }
  }

  private final class SendCallback implements Callback {
    final InFlightDocument document;
    final byte[] key;
    final byte[] value;
    TopicCode topic;
    byte[] replacement;
    boolean replaced;
    volatile Exception exception;
    long sendNanos;
    int generation;

    SendCallback(InFlightDocument document, TopicCode topic, byte[] key, byte[] value) {
      this.document = document;
      this.topic = topic;
      this.key = key;
      this.value = value;
    }

    byte[] currentValue() {
      return replaced ? replacement : value;
    }

    void replaceWith(byte[] deadLetter) {
      replacement = deadLetter;
      replaced = true;
      topic = TopicCode.DEADLETTER;
    }

    @Override
    public void onCompletion(RecordMetadata metadata, Exception e) {
      if (e == null) {
        long now = System.nanoTime();
        lastAckNanos = now;
        if (kafkaStalled) {
          kafkaStalled = false;
        }
        listener.acknowledged(topic, now - sendNanos);
        document.remaining.decrementAndGet();
      } else {
        exception = e;
        listener.failed(topic, e);
        failures.add(this);
      }
    }
  }
}
