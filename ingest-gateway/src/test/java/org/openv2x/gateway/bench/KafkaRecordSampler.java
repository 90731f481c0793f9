package org.openv2x.gateway.bench;

import com.google.protobuf.InvalidProtocolBufferException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.openv2x.proto.v1.FrameProtos;

/**
 * What reached Kafka, read after the gateway's journal has drained: {@code --bootstrap B
 * --window-start-ms T --window-end-ms T --out FILE [--samples-per-partition N]}.
 *
 * <ul>
 *   <li>the records on each of the gateway's topics ({@code kafka.records.<topic>}, {@code
 *       kafka.records.total});
 *   <li>from records appended within the measurement window, sampled in evenly spaced runs on every
 *       partition of the message topics: gateway receive → Kafka append latency (the record's
 *       LogAppendTime, in ms, minus the envelope's {@code gateway_receive_time_epoch_us}), and the
 *       mean record value size per topic and over all, weighted by each topic's records in the
 *       window.
 * </ul>
 */
public final class KafkaRecordSampler {
  static final List<String> MESSAGE_TOPICS =
      List.of("v2x.bsm", "v2x.spat", "v2x.map", "v2x.rsi", "v2x.rsm");
  static final String DEADLETTER_TOPIC = "v2x.deadletter";
  private static final int RUNS_PER_PARTITION = 20;

  private KafkaRecordSampler() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].substring(2), args[i + 1]);
    }
    String bootstrap = options.get("bootstrap");
    long windowStartMs = Long.parseLong(options.get("window-start-ms"));
    long windowEndMs = Long.parseLong(options.get("window-end-ms"));
    int samplesPerPartition =
        Integer.parseInt(options.getOrDefault("samples-per-partition", "4000"));
    Figures figures = new Figures();

    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
        Math.max(1, samplesPerPartition / RUNS_PER_PARTITION));
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
      List<String> allTopics = new ArrayList<>(MESSAGE_TOPICS);
      allTopics.add(DEADLETTER_TOPIC);
      long total = 0;
      for (String topic : allTopics) {
        List<TopicPartition> partitions = partitions(consumer, topic);
        long records = 0;
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
        Map<TopicPartition, Long> begins =
            consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
        for (TopicPartition partition : partitions) {
          records += ends.get(partition) - begins.get(partition);
        }
        figures.put("kafka.records." + topic, records);
        total += records;
      }
      figures.put("kafka.records.total", total);

      Histogram latencyUs = new Histogram(600_000_000L, 3);
      long appendTimeRecords = 0;
      long otherTimestampRecords = 0;
      double weightedBytes = 0;
      long windowRecords = 0;
      for (String topic : MESSAGE_TOPICS) {
        List<TopicPartition> partitions = partitions(consumer, topic);
        Map<TopicPartition, Long> from = offsetsAt(consumer, partitions, windowStartMs);
        Map<TopicPartition, Long> to = offsetsAt(consumer, partitions, windowEndMs);
        long topicWindowRecords = 0;
        long sampleBytes = 0;
        long samples = 0;
        for (TopicPartition partition : partitions) {
          long first = from.get(partition);
          long end = to.get(partition);
          topicWindowRecords += end - first;
          if (end <= first) {
            continue;
          }
          consumer.assign(List.of(partition));
          int runRecords = Math.max(1, samplesPerPartition / RUNS_PER_PARTITION);
          long step = Math.max(runRecords, (end - first) / RUNS_PER_PARTITION);
          for (long runStart = first; runStart < end; runStart += step) {
            long runEnd = Math.min(end, runStart + runRecords);
            consumer.seek(partition, runStart);
            long next = runStart;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (next < runEnd && System.nanoTime() < deadline) {
              for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() >= runEnd) {
                  next = runEnd;
                  break;
                }
                next = record.offset() + 1;
                sampleBytes += record.value().length;
                samples++;
                if (record.timestampType() == TimestampType.LOG_APPEND_TIME) {
                  appendTimeRecords++;
                } else {
                  otherTimestampRecords++;
                }
                long receiveUs = receiveTimeEpochUs(record.value());
                long latency = record.timestamp() * 1000 - receiveUs;
                latencyUs.recordValue(Math.min(Math.max(latency, 0), 600_000_000L));
              }
            }
          }
        }
        double meanBytes = samples > 0 ? (double) sampleBytes / samples : 0;
        figures.put("kafka.window.records." + topic, topicWindowRecords);
        figures.put("record.value.bytes.mean." + topic, meanBytes);
        weightedBytes += meanBytes * topicWindowRecords;
        windowRecords += topicWindowRecords;
      }
      figures.put("kafka.window.records", windowRecords);
      figures.put(
          "record.value.bytes.mean",
          windowRecords > 0 ? weightedBytes / windowRecords : Double.NaN);
      figures.put("append.latency.samples", latencyUs.getTotalCount());
      figures.put("append.latency.p50.ms", latencyUs.getValueAtPercentile(50) / 1000.0);
      figures.put("append.latency.p99.ms", latencyUs.getValueAtPercentile(99) / 1000.0);
      figures.put("append.latency.p999.ms", latencyUs.getValueAtPercentile(99.9) / 1000.0);
      figures.put("append.latency.max.ms", latencyUs.getMaxValue() / 1000.0);
      figures.put("append.latency.log.append.time.records", appendTimeRecords);
      figures.put("append.latency.other.timestamp.records", otherTimestampRecords);
    }
    figures.write(Path.of(options.get("out")));
  }

  private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
    List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
    List<TopicPartition> partitions = new ArrayList<>();
    for (PartitionInfo info : infos) {
      partitions.add(new TopicPartition(topic, info.partition()));
    }
    return partitions;
  }

  /** Per partition, the first offset appended at or after {@code epochMs} (the end if none). */
  private static Map<TopicPartition, Long> offsetsAt(
      KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions, long epochMs) {
    Map<TopicPartition, Long> query = new HashMap<>();
    partitions.forEach(p -> query.put(p, epochMs));
    Map<TopicPartition, OffsetAndTimestamp> found =
        consumer.offsetsForTimes(query, Duration.ofSeconds(30));
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
    Map<TopicPartition, Long> offsets = new HashMap<>();
    for (TopicPartition partition : partitions) {
      OffsetAndTimestamp at = found.get(partition);
      offsets.put(partition, at == null ? ends.get(partition) : at.offset());
    }
    return offsets;
  }

  private static long receiveTimeEpochUs(byte[] value) {
    try {
      return FrameProtos.V2xEnvelope.parseFrom(value).getGatewayReceiveTimeEpochUs();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("a record of a message topic is not a V2xEnvelope", e);
    }
  }
}
