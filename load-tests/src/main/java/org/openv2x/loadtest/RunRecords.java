package org.openv2x.loadtest;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.openv2x.codec.UperCodec;
import org.openv2x.proto.v1.FrameProtos.DeadLetter;
import org.openv2x.sim.blast.BlastResult;
import org.openv2x.sim.blast.BsmIds;

/**
 * Reads back what a load test's gateway wrote to Kafka: every record of the five message topics and
 * the dead-letter topic of one topic prefix. BSMs are matched by their unique id into an {@link
 * IdLedger}; their latency from the blast's first send of the frame that carried them to Kafka's
 * append time (the topics are created with {@code LogAppendTime}) goes into histograms, overall and
 * per second of the run. Dead letters are matched by the id in their raw bytes and their reasons
 * counted. Not thread-safe: one thread reads; the others read the figures once it is done.
 */
final class RunRecords implements AutoCloseable {
  /** The topics a gateway writes, by suffix after the prefix. */
  static final List<String> SUFFIXES = List.of("bsm", "spat", "map", "rsi", "rsm", "deadletter");

  /** The largest latency the histograms hold, in microseconds (longer ones are clamped). */
  static final long MAX_LATENCY_US = Duration.ofHours(1).toNanos() / 1_000;

  /** How many BSM records (key and value) are kept for the baseline producer to send. */
  static final int SAMPLE_RECORDS = 100_000;

  // Field numbers of v2x/v1/frame.proto and bsm.proto.
  private static final int ENVELOPE_FRAME = 6;
  private static final int FRAME_BSM = 1;
  private static final int BSM_ID = 2;

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final String prefix;
  private final IdLedger ledger = new IdLedger();
  private final List<BlastResult> sendLogs = new CopyOnWriteArrayList<>();
  private final List<BlastResult> measured = new CopyOnWriteArrayList<>();
  private final long runStartEpochUs;
  private final Histogram sendToKafkaUs = new Histogram(MAX_LATENCY_US, 3);
  private final TreeMap<Long, Histogram> sendToKafkaBySecond = new TreeMap<>();
  private final TreeMap<Long, Long> appendedBySecond = new TreeMap<>();
  private final Map<String, Long> recordsByTopic = new TreeMap<>();
  private final Map<String, Long> deadLetterReasons = new TreeMap<>();
  private final UperCodec codec = new UperCodec();
  private final List<byte[][]> sample = new ArrayList<>();
  private long envelopeBytes;
  private long envelopes;
  private long unreadable;
  private long deadLettersWithoutReason;
  private long deadLettersThatDecode;
  private long deadLettersWithoutId;
  private boolean createTime;

  /**
   * @param runStartEpochUs the run's time 0, for the per-second figures
   */
  RunRecords(String bootstrapServers, String topicPrefix, long runStartEpochUs) {
    this.prefix = topicPrefix;
    this.runStartEpochUs = runStartEpochUs;
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "loadtest-reader");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "20000");
    properties.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(64 << 20));
    properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(16 << 20));
    properties.put(ConsumerConfig.RECEIVE_BUFFER_CONFIG, String.valueOf(4 << 20));
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    consumer =
        new KafkaConsumer<>(properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /**
   * Assigns every partition of the run's topics, from the beginning or (when {@code fromEnd}:
   * topics with earlier traffic) from their end now.
   */
  void assign(Duration timeout, boolean fromEnd) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String suffix : SUFFIXES) {
      List<PartitionInfo> infos = consumer.partitionsFor(prefix + suffix, timeout);
      if (infos == null || infos.isEmpty()) {
        throw new IllegalStateException("topic " + prefix + suffix + " does not exist");
      }
      for (PartitionInfo info : infos) {
        partitions.add(new TopicPartition(info.topic(), info.partition()));
      }
    }
    consumer.assign(partitions);
    if (fromEnd) {
      consumer.seekToEnd(partitions);
      for (TopicPartition partition : partitions) {
        consumer.position(partition, timeout); // resolve the end now, not at the first poll
      }
    } else {
      consumer.seekToBeginning(partitions);
    }
  }

  /**
   * Makes the send times of {@code result}'s BSMs known, for the latency to Kafka: per second of
   * the run always, in the overall figure when {@code measured} (not for a warm-up).
   */
  void addSendLog(BlastResult result, boolean measured) {
    sendLogs.add(result);
    if (measured) {
      this.measured.add(result);
    }
  }

  /**
   * Reads until {@code done} is true, or nothing new has come for {@code quiet} while {@code
   * settled} is true, or {@code max} has passed.
   *
   * @return true when {@code done} became true
   */
  boolean readUntil(BooleanSupplier done, BooleanSupplier settled, Duration quiet, Duration max) {
    long deadline = System.nanoTime() + max.toNanos();
    long lastRecordNanos = System.nanoTime();
    while (!done.getAsBoolean()) {
      long now = System.nanoTime();
      if (now - deadline >= 0) {
        return false;
      }
      if (now - lastRecordNanos >= quiet.toNanos() && settled.getAsBoolean()) {
        return done.getAsBoolean();
      }
      ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
      if (!records.isEmpty()) {
        lastRecordNanos = System.nanoTime();
      }
      for (ConsumerRecord<byte[], byte[]> record : records) {
        accept(record);
      }
    }
    return true;
  }

  private void accept(ConsumerRecord<byte[], byte[]> record) {
    String suffix = record.topic().substring(prefix.length());
    recordsByTopic.merge(suffix, 1L, Long::sum);
    if (record.timestampType() != TimestampType.LOG_APPEND_TIME) {
      createTime = true;
    }
    long appendMs = record.timestamp();
    appendedBySecond.merge(
        Math.floorDiv(appendMs * 1_000 - runStartEpochUs, 1_000_000L), 1L, Long::sum);
    byte[] value = record.value();
    if (value == null) {
      unreadable++;
      return;
    }
    if (suffix.equals("deadletter")) {
      deadLetter(value);
      return;
    }
    envelopes++;
    envelopeBytes += value.length;
    if (suffix.equals("bsm")) {
      long id;
      try {
        id = bsmId(value);
      } catch (IOException e) {
        unreadable++;
        return;
      }
      if (id == 0) {
        unreadable++;
        return;
      }
      if (ledger.delivered(id)) {
        latency(id, appendMs);
      }
      if (sample.size() < SAMPLE_RECORDS) {
        sample.add(new byte[][] {record.key() == null ? new byte[0] : record.key(), value});
      }
    }
  }

  private void latency(long id, long appendMs) {
    int index = BsmIds.connectionIndex(id);
    for (BlastResult result : sendLogs) {
      int first = result.config().firstConnectionIndex();
      if (index >= first && index < first + result.config().connections()) {
        long sentUs = result.bsmSendTimeEpochUs(index, BsmIds.counter(id));
        if (sentUs > 0) {
          long latencyUs = Math.max(0, Math.min(MAX_LATENCY_US, appendMs * 1_000 - sentUs));
          if (measured.contains(result)) {
            sendToKafkaUs.recordValue(latencyUs);
          }
          long second = Math.floorDiv(sentUs - runStartEpochUs, 1_000_000L);
          sendToKafkaBySecond
              .computeIfAbsent(second, s -> new Histogram(MAX_LATENCY_US, 2))
              .recordValue(latencyUs);
        }
        return;
      }
    }
  }

  private void deadLetter(byte[] value) {
    DeadLetter letter;
    try {
      letter = DeadLetter.parseFrom(value);
    } catch (InvalidProtocolBufferException e) {
      unreadable++;
      return;
    }
    String reason = letter.getReason();
    if (reason.isEmpty()) {
      deadLettersWithoutReason++;
    }
    deadLetterReasons.merge(reason.isEmpty() ? "(none)" : reason, 1L, Long::sum);
    byte[] raw = letter.getRaw().toByteArray();
    if (decodes(raw)) {
      deadLettersThatDecode++;
    }
    // A BSM MessageFrame starts with CHOICE index 0 (4 bits: extension bit 0, index 000).
    if (raw.length >= 11 && (raw[0] & 0xF0) == 0) {
      ledger.deadLettered(BsmIds.read(raw, 0));
    } else {
      deadLettersWithoutId++;
    }
  }

  private boolean decodes(byte[] raw) {
    try {
      codec.decode(raw);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The BSM id in a serialized V2xEnvelope, read without building the message; 0 if none. */
  static long bsmId(byte[] envelope) throws IOException {
    CodedInputStream in = CodedInputStream.newInstance(envelope);
    int tag;
    while ((tag = in.readTag()) != 0) {
      if (WireFormat.getTagFieldNumber(tag) == ENVELOPE_FRAME) {
        int frameLimit = in.pushLimit(in.readRawVarint32());
        while ((tag = in.readTag()) != 0) {
          if (WireFormat.getTagFieldNumber(tag) == FRAME_BSM) {
            in.pushLimit(in.readRawVarint32());
            while ((tag = in.readTag()) != 0) {
              if (WireFormat.getTagFieldNumber(tag) == BSM_ID) {
                return in.readFixed64();
              }
              in.skipField(tag);
            }
            return 0;
          }
          in.skipField(tag);
        }
        in.popLimit(frameLimit);
        return 0;
      }
      in.skipField(tag);
    }
    return 0;
  }

  /** The first {@value #SAMPLE_RECORDS} BSM records read, as {key, value}. */
  List<byte[][]> sample() {
    return sample;
  }

  IdLedger ledger() {
    return ledger;
  }

  Histogram sendToKafkaUs() {
    return sendToKafkaUs;
  }

  /** Send-to-append latency per second of the run (by send time). */
  TreeMap<Long, Histogram> sendToKafkaBySecond() {
    return sendToKafkaBySecond;
  }

  /** Records appended per second of the run (by append time). */
  TreeMap<Long, Long> appendedBySecond() {
    return appendedBySecond;
  }

  Map<String, Long> recordsByTopic() {
    return recordsByTopic;
  }

  long records(String suffix) {
    return recordsByTopic.getOrDefault(suffix, 0L);
  }

  Map<String, Long> deadLetterReasons() {
    return deadLetterReasons;
  }

  /** The mean size of an envelope record's value, in bytes; 0 before any. */
  double meanEnvelopeBytes() {
    return envelopes == 0 ? 0 : (double) envelopeBytes / envelopes;
  }

  long unreadable() {
    return unreadable;
  }

  long deadLettersWithoutReason() {
    return deadLettersWithoutReason;
  }

  /**
   * Dead letters whose raw bytes decode after all: refused for something other than their bytes.
   */
  long deadLettersThatDecode() {
    return deadLettersThatDecode;
  }

  long deadLettersWithoutId() {
    return deadLettersWithoutId;
  }

  /** Whether some record carried its producer's time rather than the broker's append time. */
  boolean sawCreateTime() {
    return createTime;
  }

  @Override
  public void close() {
    consumer.close(Duration.ofSeconds(5));
  }
}
