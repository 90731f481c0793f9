package org.openv2x.platform;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code v2x topics tail}: the records of one topic as JSON lines. */
@Command(
    name = "tail",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Prints the records of a Kafka topic, one JSON object per line.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Each line: {\"topic\":..,\"partition\":..,\"offset\":..,\"timestampMs\":..,\"key\":..,"
          + "\"value\":..} (plus \"headers\" when the record has any). The value by topic:",
      "  v2x.bsm, v2x.spat, v2x.map,  the V2xEnvelope in protobuf JSON",
      "  v2x.rsi, v2x.rsm",
      "  v2x.deadletter               the DeadLetter in protobuf JSON, every field, the",
      "                               refused bytes as lower-case rawHex",
      "  v2x.downlink                 {\"hex\":<UPER bytes>,\"jer\":<the MessageFrame in JER>}",
      "  any other topic              the value as a string when it is UTF-8 text,",
      "                               else \"valueHex\" in place of \"value\"",
      "A value that cannot be parsed as its topic's payload gives \"error\":{\"reason\":..,"
          + "\"detail\":..} and \"valueHex\" in place of \"value\"; the tail goes on.",
      "",
      "Without --group: every partition is read, from the end (only new records) or, with"
          + " --from-beginning, from the start; nothing is committed. With --group: the topic"
          + " is read as a member of that consumer group, which commits its offsets; a group"
          + " without committed offsets starts at the end, or the start with --from-beginning.",
      "",
      "It stops after --max records, or when no record came for --timeout seconds (default 10;"
          + " 0 waits forever), or at Ctrl-C. Output is flushed after each batch.",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0  stopped after --max records or --timeout seconds without records",
      "  1  at least one value could not be parsed (printed with an error)",
      "  2  usage error",
      "  3  Kafka did not answer within --timeout, the topic does not exist, or",
      "     writing stdout failed",
      "",
      "Examples:",
      "  v2x topics tail v2x.bsm --max 10",
      "  v2x topics tail v2x.deadletter --from-beginning --timeout 0",
      "  v2x topics tail v2x.spat --kafka kafka-1:9092 --group spat-watch",
    })
final class TopicsTailCommand implements Callable<Integer> {
  /** How long one poll waits for records. */
  private static final Duration POLL = Duration.ofMillis(200);

  /** How long one metadata request waits while the total wait is unbounded. */
  private static final Duration METADATA_SLICE = Duration.ofSeconds(5);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TOPIC", description = "The topic to read.")
  String topic;

  @Option(
      names = "--kafka",
      order = 1,
      paramLabel = "HOST:PORT[,...]",
      defaultValue = TopicsCommand.DEFAULT_KAFKA,
      description = "Bootstrap servers (default: ${DEFAULT-VALUE}).")
  String kafka;

  @Option(
      names = "--from-beginning",
      order = 2,
      description = "Start at the oldest record instead of the end.")
  boolean fromBeginning;

  @Option(
      names = "--max",
      order = 3,
      paramLabel = "N",
      description = "Stop after N records (default: no limit).")
  Long maxRecords;

  @Option(
      names = "--timeout",
      order = 4,
      paramLabel = "SECONDS",
      defaultValue = "10",
      description =
          "Stop when no record came for this long, and give up on Kafka or the topic after this"
              + " long; 0 waits forever (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(
      names = "--group",
      order = 5,
      paramLabel = "ID",
      description =
          "Read as a member of this consumer group and commit the offsets of the printed"
              + " records (default: no group, nothing committed).")
  String group;

  @Override
  public Integer call() {
    validate();
    PrintWriter err = spec.commandLine().getErr();
    V2xCommand root = (V2xCommand) spec.root().userObject();
    Duration timeout =
        timeoutSeconds == 0
            ? null
            : Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));

    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(
            consumerConfig(timeout), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions;
      try {
        partitions = partitions(consumer, timeout, err);
      } catch (TopicProblem problem) {
        err.println("topics tail: " + problem.getMessage());
        return V2xCommand.EXIT_IO;
      }
      if (group == null) {
        consumer.assign(partitions);
        if (fromBeginning) {
          consumer.seekToBeginning(partitions);
        } else {
          consumer.seekToEnd(partitions);
        }
      } else {
        consumer.subscribe(List.of(topic));
      }
      return tail(consumer, timeout, root, err);
    } catch (KafkaException e) {
      err.println("topics tail: Kafka at " + kafka + " failed: " + e.getMessage());
      return V2xCommand.EXIT_IO;
    }
  }

  private int tail(
      KafkaConsumer<byte[], byte[]> consumer, Duration timeout, V2xCommand root, PrintWriter err) {
    Writer out =
        new BufferedWriter(
            new OutputStreamWriter(root.stdout(), StandardCharsets.UTF_8), 64 * 1024);
    RecordJson render = new RecordJson();
    Map<TopicPartition, OffsetAndMetadata> printedOffsets = new HashMap<>();
    long printed = 0;
    long failed = 0;
    long lastRecordNanos = System.nanoTime();
    try {
      while (maxRecords == null || printed < maxRecords) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
        if (records.isEmpty()) {
          if (timeout != null && System.nanoTime() - lastRecordNanos >= timeout.toNanos()) {
            break;
          }
          continue;
        }
        lastRecordNanos = System.nanoTime();
        for (ConsumerRecord<byte[], byte[]> record : records) {
          RecordJson.Line line =
              render.render(
                  record.topic(),
                  record.partition(),
                  record.offset(),
                  record.timestamp(),
                  record.key(),
                  record.value(),
                  record.headers());
          out.write(line.json());
          out.write('\n');
          printedOffsets.put(
              new TopicPartition(record.topic(), record.partition()),
              new OffsetAndMetadata(record.offset() + 1));
          printed++;
          if (line.failed()) {
            failed++;
          }
          if (maxRecords != null && printed >= maxRecords) {
            break;
          }
        }
        out.flush();
        if (group != null) {
          consumer.commitAsync(new HashMap<>(printedOffsets), null);
        }
      }
      out.flush();
    } catch (IOException e) {
      err.println("topics tail: cannot write stdout: " + e.getMessage());
      return V2xCommand.EXIT_IO;
    }
    if (group != null && !printedOffsets.isEmpty()) {
      // Exactly what was printed: a poll may have fetched records past --max.
      try {
        consumer.commitSync(printedOffsets, Duration.ofSeconds(10));
      } catch (KafkaException e) {
        err.println("topics tail: offsets not committed: " + e.getMessage());
      }
    }
    err.println("printed " + printed + " records, " + failed + " with an error");
    return failed == 0 ? V2xCommand.EXIT_OK : V2xCommand.EXIT_BAD_INPUT;
  }

  /**
   * The topic's partitions, waiting up to {@code timeout} (null: forever) for Kafka and the topic.
   */
  private List<TopicPartition> partitions(
      KafkaConsumer<byte[], byte[]> consumer, Duration timeout, PrintWriter err)
      throws TopicProblem {
    long deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
    boolean told = false;
    boolean everReachable = false;
    while (true) {
      long leftNanos = deadline - System.nanoTime();
      Duration slice =
          timeout == null ? METADATA_SLICE : Duration.ofNanos(Math.max(1_000_000, leftNanos));
      boolean reachable;
      try {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, slice);
        if (infos != null && !infos.isEmpty()) {
          List<TopicPartition> partitions = new ArrayList<>();
          for (PartitionInfo info : infos) {
            partitions.add(new TopicPartition(topic, info.partition()));
          }
          return partitions;
        }
        reachable = true;
      } catch (TimeoutException e) {
        reachable = false;
      }
      everReachable |= reachable;
      if (timeout != null && System.nanoTime() - deadline >= 0) {
        throw new TopicProblem(
            everReachable
                ? "no topic '" + topic + "' at " + kafka
                : "Kafka at "
                    + kafka
                    + " did not answer within "
                    + Supervisor.seconds(timeout.toMillis()));
      }
      if (!told) {
        err.println(
            "topics tail: "
                + (reachable
                    ? "no topic '" + topic + "' yet"
                    : "Kafka at " + kafka + " does not answer yet")
                + "; waiting");
        err.flush();
        told = true;
      }
      if (reachable) {
        sleep(Math.min(1000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
      }
    }
  }

  private Properties consumerConfig(Duration timeout) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "v2x-topics-tail-" + UUID.randomUUID());
    config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, fromBeginning ? "earliest" : "latest");
    if (group != null) {
      config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    }
    if (timeout != null) {
      int timeoutMs = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
      config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Math.max(timeoutMs, 1000));
    }
    return config;
  }

  private void validate() {
    if (topic.isBlank()) {
      throw new ParameterException(spec.commandLine(), "TOPIC must not be empty");
    }
    if (kafka.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--kafka needs HOST:PORT[,...]");
    }
    if (maxRecords != null && maxRecords < 1) {
      throw new ParameterException(spec.commandLine(), "--max must be at least 1: " + maxRecords);
    }
    if (!(timeoutSeconds >= 0) || timeoutSeconds > 86_400) {
      throw new ParameterException(
          spec.commandLine(), "--timeout must be 0..86400 seconds: " + timeoutSeconds);
    }
    if (group != null && group.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--group must not be empty");
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Kafka unreachable or the topic missing. */
  private static final class TopicProblem extends Exception {
    private static final long serialVersionUID = 1L;

    TopicProblem(String message) {
      super(message, null, false, false);
    }
  }
}
