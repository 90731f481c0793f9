package org.openv2x.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads topics from the beginning, without a consumer group, for assertions. */
final class TopicReader {
  private TopicReader() {}

  /**
   * Reads every record of the topics until {@code expected} records were read or nothing new came
   * for {@code quiet}, or {@code max} passed.
   */
  static List<ConsumerRecord<byte[], byte[]>> readAll(
      String bootstrap, List<String> topics, int expected, Duration quiet, Duration max) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    forEach(bootstrap, topics, expected, quiet, max, records::add);
    return records;
  }

  /** Like {@link #readAll}, handing each record to {@code sink} instead of keeping them. */
  static int forEach(
      String bootstrap,
      List<String> topics,
      int expected,
      Duration quiet,
      Duration max,
      java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> sink) {
    int[] count = {0};
    java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> counting =
        record -> {
          count[0]++;
          sink.accept(record);
        };
    Properties properties = new Properties();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
      List<TopicPartition> partitions = new ArrayList<>();
      long deadline = System.nanoTime() + max.toNanos();
      for (String topic : topics) {
        List<PartitionInfo> infos = List.of();
        while (infos == null || infos.isEmpty()) {
          infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
          if ((infos == null || infos.isEmpty()) && System.nanoTime() > deadline) {
            throw new AssertionError("topic " + topic + " does not exist");
          }
        }
        for (PartitionInfo info : infos) {
          partitions.add(new TopicPartition(topic, info.partition()));
        }
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long lastNews = System.nanoTime();
      while (System.nanoTime() < deadline) {
        var batch = consumer.poll(Duration.ofMillis(200));
        if (!batch.isEmpty()) {
          batch.forEach(counting);
          lastNews = System.nanoTime();
        }
        if (expected >= 0 && count[0] >= expected) {
          // Give late duplicates a moment to show up.
          consumer.poll(Duration.ofMillis(500)).forEach(counting);
          break;
        }
        if (System.nanoTime() - lastNews > quiet.toNanos()) {
          break;
        }
      }
    }
    return count[0];
  }
}
