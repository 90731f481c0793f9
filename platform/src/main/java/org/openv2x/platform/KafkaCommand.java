package org.openv2x.platform;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.openv2x.kafka.EmbeddedKafka;
import org.openv2x.kafka.PlatformTopics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code v2x kafka}: the embedded Kafka broker in the foreground, until Ctrl-C or SIGTERM. */
@Command(
    name = "kafka",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Runs the embedded Kafka broker (KRaft, one node) in the foreground.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "A single-node Kafka broker and KRaft controller in this JVM, listening on 127.0.0.1 only."
          + " The data directory is formatted on first use and reused afterwards: topics and"
          + " records survive a restart. Once the broker serves, the platform topics are created"
          + " (existing ones are kept: v2x.bsm 6 partitions; v2x.spat, v2x.map, v2x.rsi, v2x.rsm,"
          + " v2x.deadletter, v2x.downlink, v2x.alerts 3; v2x.hdmap 3, compacted), and one line"
          + " goes to stdout:",
      "  kafka: ready at 127.0.0.1:PORT",
      "Ctrl-C or SIGTERM stops the broker cleanly. Kafka logs at WARN on stderr;"
          + " V2X_KAFKA_LOG_LEVEL=INFO (or -Dv2x.kafka.log.level=INFO) shows more.",
      "This is what 'v2x up' starts as its first component.",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0    stopped (also 130/143 when ended by Ctrl-C/SIGTERM, as any JVM)",
      "  1    the broker did not start (a port in use, an unusable data directory)",
      "       or the platform topics could not be created",
      "  2    usage error",
      "",
      "Example:",
      "  v2x kafka --data data/kafka --port 9092 --controller-port 9093",
    })
final class KafkaCommand implements Callable<Integer> {
  /** The start of the line printed on stdout once the broker serves and the topics exist. */
  static final String READY_LINE = "kafka: ready at ";

  /** How long the creation of the platform topics may take. */
  private static final Duration TOPICS_TIMEOUT = Duration.ofSeconds(60);

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      order = 1,
      paramLabel = "DIR",
      defaultValue = "data/kafka",
      description = "Data directory (created if missing; default: ./data/kafka).")
  Path data;

  @Option(
      names = "--port",
      order = 2,
      paramLabel = "PORT",
      defaultValue = "9092",
      description = "Client (broker) port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--controller-port",
      order = 3,
      paramLabel = "PORT",
      defaultValue = "9093",
      description = "KRaft controller port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int controllerPort;

  @Override
  public Integer call() throws InterruptedException {
    checkPorts(spec, port, "--port", controllerPort, "--controller-port");
    V2xCommand root = (V2xCommand) spec.root().userObject();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(root.stdout(), StandardCharsets.UTF_8), true);
    PrintWriter err = spec.commandLine().getErr();

    EmbeddedKafka kafka =
        EmbeddedKafka.builder()
            .dataDirectory(data)
            .brokerPort(port)
            .controllerPort(controllerPort)
            .defaultPartitions(3)
            .build();
    CountDownLatch stopped = new CountDownLatch(1);
    Thread onExit =
        new Thread(
            () -> {
              kafka.close();
              stopped.countDown();
            },
            "v2x-kafka-stop");
    Runtime.getRuntime().addShutdownHook(onExit);
    try {
      kafka.start();
      PlatformTopics.createAll(kafka.bootstrapServers(), TOPICS_TIMEOUT);
    } catch (RuntimeException e) {
      err.println("kafka: " + e.getMessage());
      err.flush();
      try {
        Runtime.getRuntime().removeShutdownHook(onExit);
      } catch (IllegalStateException shuttingDown) {
        return V2xCommand.EXIT_NOT_STARTED;
      }
      kafka.close();
      return V2xCommand.EXIT_NOT_STARTED;
    }
    out.println(READY_LINE + kafka.bootstrapServers());
    out.flush();
    stopped.await();
    return V2xCommand.EXIT_OK;
  }

  /** Usage errors for ports out of range or equal. */
  static void checkPorts(
      CommandSpec spec, int port, String portOption, int controllerPort, String controllerOption) {
    if (port < 1 || port > 65535) {
      throw new ParameterException(spec.commandLine(), portOption + " must be 1..65535: " + port);
    }
    if (controllerPort < 1 || controllerPort > 65535) {
      throw new ParameterException(
          spec.commandLine(), controllerOption + " must be 1..65535: " + controllerPort);
    }
    if (port == controllerPort) {
      throw new ParameterException(
          spec.commandLine(), portOption + " and " + controllerOption + " must differ: " + port);
    }
  }
}
