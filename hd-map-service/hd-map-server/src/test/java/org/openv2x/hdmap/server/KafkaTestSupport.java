package org.openv2x.hdmap.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.RecordKeys;
import org.openv2x.codec.map.MapData;
import org.openv2x.proto.v1.FrameProtos;

/** Test helpers: MAP envelopes as the gateway writes them, topic reads, waiting. */
public final class KafkaTestSupport {
  private KafkaTestSupport() {}

  /** A {@code V2xEnvelope} holding {@code map}, as the gateway forwards it from {@code rsuId}. */
  public static byte[] envelope(MapData map, String rsuId, long receivedEpochUs, long sequence) {
    return FrameProtos.V2xEnvelope.newBuilder()
        .setSourceRsuId(rsuId)
        .setGatewayId("gw-test")
        .setGatewayReceiveTimeEpochUs(receivedEpochUs)
        .setTransport(FrameProtos.Transport.TRANSPORT_TCP)
        .setMessageType(FrameProtos.MessageType.MESSAGE_TYPE_MAP)
        .setFrame(ProtoCodec.toProto(map))
        .setGatewaySequence(sequence)
        .build()
        .toByteArray();
  }

  /** Sends records (key, value) to {@code topic} and waits for their acknowledgement. */
  public static void send(String bootstrap, String topic, List<Map.Entry<String, byte[]>> records)
      throws Exception {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      for (Map.Entry<String, byte[]> record : records) {
        producer.send(new ProducerRecord<>(topic, record.getKey(), record.getValue())).get();
      }
    }
  }

  /** The key the gateway gives a MAP message. */
  public static String key(MapData map, String rsuId) {
    return RecordKeys.keyOf(map, rsuId);
  }

  /** Every record of {@code topic} from the beginning to its current end. */
  public static List<ConsumerRecord<String, byte[]>> readToEnd(String bootstrap, String topic) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
        partitions.add(new TopicPartition(topic, info.partition()));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!reached(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("could not read " + topic + " to its end " + end);
        }
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
    }
    records.sort(
        (a, b) ->
            a.partition() != b.partition()
                ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
    return records;
  }

  private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> entry : end.entrySet()) {
      if (consumer.position(entry.getKey()) < entry.getValue()) {
        return false;
      }
    }
    return true;
  }

  /** Waits until {@code condition} holds, failing with {@code what} after {@code timeout}. */
  public static void await(Duration timeout, String what, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }
}
