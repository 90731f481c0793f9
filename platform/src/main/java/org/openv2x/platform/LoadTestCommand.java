package org.openv2x.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.openv2x.loadtest.LoadTest;
import org.openv2x.loadtest.LoadTestOptions;
import org.openv2x.loadtest.Scenario;
import org.openv2x.sim.Durations;
import org.openv2x.sim.blast.BlastConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code v2x loadtest}: an end-to-end load or fault test of the ingestion path, with a report. */
@Command(
    name = "loadtest",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Load and fault tests of the ingestion path, end to end, with a report.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Starts a Kafka broker (or uses --kafka) and a gateway, each in a JVM of its own on"
          + " 127.0.0.1, and drives the gateway with the simulator's blast: --connections RSU"
          + " sessions sending simulated BSMs, each with a unique id, at --rate messages per"
          + " second after a --ramp, for --duration. The --scenario decides what else happens"
          + " (load-tests/README.md): steady, step (rising rates until the ack p99 SLO or 0 loss"
          + " is missed), broker-outage, gateway-crash (SIGKILL), garbage (malformed messages),"
          + " connections (many idle sessions plus the load), soak (a long steady run).",
      "Afterwards it reads every record back from Kafka and matches each acknowledged message"
          + " by its id: sent, acknowledged, in Kafka, lost, duplicated, dead-lettered; latency"
          + " send->ack and send->Kafka append (p50/p99/p99.9/max); gateway CPU and memory;"
          + " then Kafka's own producer ceiling with the same records on the same broker, and"
          + " the gateway's figures as ratios to it. It writes DIR/summary.json and"
          + " DIR/report.html, and the components' logs in DIR/logs.",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0  every check passed (0 acknowledged lost, all acknowledged, ...)",
      "  1  a check failed or a component did not start; see the report",
      "  2  usage error",
      "  3  the report directory cannot be written",
      "",
      "Examples:",
      "  v2x loadtest --rate 200k --duration 60s --connections 200 --report target/lt-steady",
      "  v2x loadtest --scenario step --rate 50k --duration 20s",
      "  v2x loadtest --scenario broker-outage --rate 50k --duration 60s --outage 20s",
      "  v2x loadtest --scenario gateway-crash --rate 50k --duration 40s",
      "  v2x loadtest --scenario garbage --rate 50k --duration 30s",
      "  v2x loadtest --scenario connections --idle-connections 20000 --rate 50k",
      "  v2x loadtest --scenario soak --rate 100k --duration 30m",
    })
final class LoadTestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--scenario",
      order = 1,
      paramLabel = "NAME",
      defaultValue = "steady",
      description =
          "steady, step, broker-outage, gateway-crash, garbage, connections or soak"
              + " (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(
      names = "--rate",
      order = 2,
      paramLabel = "MSG/S",
      defaultValue = "100k",
      description =
          "Messages per second in all (200000, 200k, 2M, or MAX); for step, the first step's"
              + " (default: ${DEFAULT-VALUE}).")
  String rate;

  @Option(
      names = "--duration",
      order = 3,
      paramLabel = "TIME",
      defaultValue = "60s",
      description =
          "How long to send at the rate; for step, each step (default: ${DEFAULT-VALUE}).")
  String duration;

  @Option(
      names = "--connections",
      order = 4,
      paramLabel = "N",
      defaultValue = "200",
      description = "RSU sessions carrying the load (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(
      names = "--kafka",
      order = 5,
      paramLabel = "HOST:PORT",
      description =
          "An external Kafka cluster instead of a broker of its own (topics loadtest-<id>.*)."
              + " Not with broker-outage or gateway-crash.")
  String kafka;

  @Option(
      names = "--gateway",
      order = 5,
      paramLabel = "tcp://HOST:PORT",
      description =
          "A running gateway to drive instead of starting one; needs --kafka (the cluster it"
              + " writes to). Its CPU and memory are not measured. Not with broker-outage or"
              + " gateway-crash.")
  String gateway;

  @Option(
      names = "--gateway-metrics",
      order = 5,
      paramLabel = "URL",
      description = "With --gateway: its Prometheus endpoint, e.g. http://host:7480/metrics.")
  String gatewayMetrics;

  @Option(
      names = "--topic-prefix",
      order = 5,
      paramLabel = "PREFIX",
      defaultValue = "v2x.",
      description = "With --gateway: its kafka.topic-prefix (default: ${DEFAULT-VALUE}).")
  String topicPrefix;

  @Option(
      names = "--report",
      order = 6,
      paramLabel = "DIR",
      description = "Where summary.json, report.html and logs go (default: loadtest-<time>).")
  Path report;

  @Option(
      names = "--ramp",
      order = 7,
      paramLabel = "TIME",
      defaultValue = "5s",
      description = "Linear ramp from 0 to the rate (default: ${DEFAULT-VALUE}).")
  String ramp;

  @Option(
      names = "--warmup",
      order = 7,
      paramLabel = "TIME",
      defaultValue = "15s",
      description =
          "A blast at the rate before the measured one, left out of the latency and CPU figures"
              + " (not of the loss accounting); 0s for none (default: ${DEFAULT-VALUE}).")
  String warmup;

  @Option(
      names = "--batch",
      order = 8,
      paramLabel = "N",
      defaultValue = "50",
      description = "Messages per DATA frame (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--window",
      order = 9,
      paramLabel = "FRAMES",
      defaultValue = "32",
      description = "Unacknowledged DATA frames per session (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(
      names = "--partitions",
      order = 10,
      paramLabel = "N",
      defaultValue = "4",
      description = "Partitions of each topic the run creates (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(
      names = "--gateway-io-threads",
      order = 11,
      paramLabel = "N",
      defaultValue = "2",
      description = "The gateway's I/O threads (default: ${DEFAULT-VALUE}).")
  int gatewayIoThreads;

  @Option(
      names = "--gateway-heap",
      order = 12,
      paramLabel = "SIZE",
      defaultValue = "1g",
      description = "The gateway JVM's -Xmx (default: ${DEFAULT-VALUE}).")
  String gatewayHeap;

  @Option(
      names = "--outage",
      order = 13,
      paramLabel = "TIME",
      defaultValue = "20s",
      description = "broker-outage: how long the broker is down (default: ${DEFAULT-VALUE}).")
  String outage;

  @Option(
      names = "--crash-downtime",
      order = 14,
      paramLabel = "TIME",
      defaultValue = "2s",
      description =
          "gateway-crash: how long the gateway stays dead before it is started again"
              + " (default: ${DEFAULT-VALUE}).")
  String crashDowntime;

  @Option(
      names = "--garbage-share",
      order = 15,
      paramLabel = "SHARE",
      defaultValue = "0.10",
      description = "garbage: the share of malformed messages (default: ${DEFAULT-VALUE}).")
  double garbageShare;

  @Option(
      names = "--idle-connections",
      order = 16,
      paramLabel = "N",
      defaultValue = "20000",
      description =
          "connections: mostly idle RSU sessions, fewer if the open-files limit is lower"
              + " (default: ${DEFAULT-VALUE}).")
  int idleConnections;

  @Option(
      names = "--idle-interval",
      order = 17,
      paramLabel = "TIME",
      defaultValue = "10s",
      description =
          "connections: each idle session sends one message this often (default:"
              + " ${DEFAULT-VALUE}).")
  String idleInterval;

  @Option(
      names = "--step-factor",
      order = 18,
      paramLabel = "X",
      defaultValue = "1.5",
      description = "step: each step's rate over the last one's (default: ${DEFAULT-VALUE}).")
  double stepFactor;

  @Option(
      names = "--max-rate",
      order = 19,
      paramLabel = "MSG/S",
      defaultValue = "5M",
      description = "step: the highest rate tried (default: ${DEFAULT-VALUE}).")
  String maxRate;

  @Option(
      names = "--slo-p99",
      order = 20,
      paramLabel = "TIME",
      defaultValue = "50ms",
      description = "step: the ack latency p99 a step must stay under (default: ${DEFAULT-VALUE}).")
  String sloP99;

  @Option(
      names = "--soak-window",
      order = 21,
      paramLabel = "TIME",
      defaultValue = "60s",
      description = "soak: the length of a reporting window (default: ${DEFAULT-VALUE}).")
  String soakWindow;

  @Option(
      names = "--no-baseline",
      order = 22,
      description = "Skip the measurement of Kafka's own producer ceiling.")
  boolean noBaseline;

  @Option(
      names = "--baseline-records",
      order = 23,
      paramLabel = "N",
      defaultValue = "5000000",
      description = "Records the baseline producer sends (default: ${DEFAULT-VALUE}).")
  long baselineRecords;

  @Option(
      names = "--seed",
      order = 24,
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Seed of the simulation and of the malformed messages (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--drain-timeout",
      order = 25,
      paramLabel = "TIME",
      defaultValue = "120s",
      description =
          "After sending: how long to wait for the last ACKs, and then for Kafka to hold every"
              + " acknowledged message (default: ${DEFAULT-VALUE}).")
  String drainTimeout;

  @Override
  public Integer call() throws Exception {
    V2xCommand root = (V2xCommand) spec.root().userObject();
    LoadTestOptions options;
    try {
      Path directory =
          report != null
              ? report
              : Path.of(
                  "loadtest-"
                      + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
      options =
          LoadTestOptions.builder()
              .scenario(Scenario.parse(scenario))
              .ratePerSecond(parseRate(rate, "--rate"))
              .duration(parse(duration, "--duration"))
              .ramp(parse(ramp, "--ramp"))
              .warmup(parse(warmup, "--warmup"))
              .connections(connections)
              .batchMessages(batch)
              .windowFrames(window)
              .kafkaBootstrapServers(kafka)
              .gatewayAddress(gateway)
              .gatewayMetricsUrl(gatewayMetrics)
              .topicPrefix(topicPrefix)
              .reportDirectory(directory)
              .partitions(partitions)
              .gatewayIoThreads(gatewayIoThreads)
              .gatewayHeap(gatewayHeap)
              .outage(parse(outage, "--outage"))
              .crashDowntime(parse(crashDowntime, "--crash-downtime"))
              .garbageShare(garbageShare)
              .idleConnections(idleConnections)
              .idleMessageInterval(parse(idleInterval, "--idle-interval"))
              .stepFactor(stepFactor)
              .maxRatePerSecond(parseRate(maxRate, "--max-rate"))
              .sloP99(parse(sloP99, "--slo-p99"))
              .soakWindow(parse(soakWindow, "--soak-window"))
              .baseline(!noBaseline)
              .baselineRecords(baselineRecords)
              .seed(seed)
              .drainTimeout(parse(drainTimeout, "--drain-timeout"))
              .commandLine(
                  "v2x loadtest "
                      + String.join(" ", spec.commandLine().getParseResult().originalArgs()))
              .build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintStream out = new PrintStream(root.stdout(), true, StandardCharsets.UTF_8);
    LoadTest.Outcome outcome;
    try {
      outcome = LoadTest.run(options, out);
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println(
              "loadtest: cannot write to " + options.reportDirectory() + ": " + e.getMessage());
      return V2xCommand.EXIT_IO;
    }
    return outcome.passed() ? V2xCommand.EXIT_OK : V2xCommand.EXIT_NOT_STARTED;
  }

  private static long parseRate(String text, String option) {
    try {
      return BlastConfig.parseRate(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage());
    }
  }

  private static Duration parse(String text, String option) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage());
    }
  }
}
