package org.openv2x.gateway.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.NewTopic;
import org.openv2x.kafka.EmbeddedKafka;

/**
 * The benchmark's Kafka broker in a JVM of its own: {@code <data dir> [topic:partitions ...]}.
 * Starts an {@link EmbeddedKafka} on free loopback ports in the data directory, creates the topics
 * with {@code message.timestamp.type=LogAppendTime} (so a record's timestamp is the broker's append
 * time), prints {@code bench-kafka: ready bootstrap=<host:port>} and runs until SIGTERM.
 */
public final class BenchKafkaMain {
  /** The partitions of the gateway's topics in the benchmark, and of the producer-ceiling topic. */
  public static final List<String> DEFAULT_TOPICS =
      List.of(
          "v2x.bsm:6",
          "v2x.map:3",
          "v2x.spat:3",
          "v2x.rsi:3",
          "v2x.rsm:3",
          "v2x.deadletter:3",
          "v2x.downlink:3",
          ProducerCeilingRun.TOPIC + ":6");

  private BenchKafkaMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: BenchKafkaMain <data dir> [topic:partitions ...]");
      System.exit(2);
    }
    List<String> specs = args.length > 1 ? List.of(args).subList(1, args.length) : DEFAULT_TOPICS;
    EmbeddedKafka kafka = EmbeddedKafka.builder().dataDirectory(Path.of(args[0])).build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  kafka.close();
                  stopped.countDown();
                },
                "bench-kafka-shutdown"));
    kafka.start();
    List<NewTopic> topics = new ArrayList<>();
    for (String spec : specs) {
      int colon = spec.lastIndexOf(':');
      topics.add(
          new NewTopic(
                  spec.substring(0, colon), Integer.parseInt(spec.substring(colon + 1)), (short) 1)
              .configs(Map.of("message.timestamp.type", "LogAppendTime")));
    }
    kafka.createTopics(topics);
    System.out.println("bench-kafka: ready bootstrap=" + kafka.bootstrapServers());
    System.out.flush();
    stopped.await();
  }
}
