package org.openv2x.platform;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code v2x topics list}: the topics of a Kafka cluster with their partition counts. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Prints the topics of a Kafka cluster with their partition counts.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "One line per topic, sorted by name: the name, a tab, the partition count. Kafka's internal"
          + " topics (__consumer_offsets, ...) are left out.",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0  listed",
      "  2  usage error",
      "  3  Kafka did not answer within --timeout, or writing stdout failed",
      "",
      "Example:",
      "  v2x topics list --kafka 127.0.0.1:9092",
    })
final class TopicsListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--kafka",
      order = 1,
      paramLabel = "HOST:PORT[,...]",
      defaultValue = TopicsCommand.DEFAULT_KAFKA,
      description = "Bootstrap servers (default: ${DEFAULT-VALUE}).")
  String kafka;

  @Option(
      names = "--timeout",
      order = 2,
      paramLabel = "SECONDS",
      defaultValue = "10",
      description = "How long to wait for Kafka's answer (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Override
  public Integer call() {
    if (!(timeoutSeconds > 0) || timeoutSeconds > 86_400) {
      throw new ParameterException(
          spec.commandLine(), "--timeout must be more than 0 and at most 86400: " + timeoutSeconds);
    }
    if (kafka.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--kafka needs HOST:PORT[,...]");
    }
    PrintWriter err = spec.commandLine().getErr();
    Duration timeout = Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
    Map<String, Integer> partitions = new TreeMap<>();
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "v2x-topics-list");
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    try (Admin admin = Admin.create(config)) {
      long deadline = System.nanoTime() + timeout.toNanos();
      Set<String> names = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      long leftMs = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
      Map<String, TopicDescription> described =
          admin.describeTopics(names).allTopicNames().get(leftMs, TimeUnit.MILLISECONDS);
      described.forEach(
          (name, description) -> partitions.put(name, description.partitions().size()));
    } catch (TimeoutException | ExecutionException e) {
      Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
      err.println(
          "topics list: Kafka at "
              + kafka
              + " did not answer within "
              + Supervisor.seconds(timeout.toMillis())
              + " ("
              + cause.getClass().getSimpleName()
              + ": "
              + cause.getMessage()
              + ")");
      return V2xCommand.EXIT_IO;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return V2xCommand.EXIT_IO;
    }
    V2xCommand root = (V2xCommand) spec.root().userObject();
    try {
      Writer out = new OutputStreamWriter(root.stdout(), StandardCharsets.UTF_8);
      for (Map.Entry<String, Integer> entry : partitions.entrySet()) {
        out.write(entry.getKey() + "\t" + entry.getValue() + "\n");
      }
      out.flush();
    } catch (IOException e) {
      err.println("topics list: cannot write stdout: " + e.getMessage());
      return V2xCommand.EXIT_IO;
    }
    return V2xCommand.EXIT_OK;
  }
}
