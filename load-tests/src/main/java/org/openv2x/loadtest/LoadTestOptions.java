package org.openv2x.loadtest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a load test is told. {@link #builder()} has the defaults; every setter checks its
 * value and names the option in its error.
 *
 * @param scenario what to do
 * @param ratePerSecond target messages per second in all (0: as fast as the ACK windows allow); for
 *     {@code step}, the first step's rate
 * @param duration how long to send at the rate (for {@code step}, each step)
 * @param ramp a linear ramp from 0 before the duration (before the warm-up, when there is one)
 * @param warmup a blast at the rate before the measured one, left out of the figures (but not of
 *     the loss accounting): the gateway's JIT compiles its hot paths in it
 * @param connections RSU sessions carrying the load
 * @param batchMessages messages per DATA frame
 * @param windowFrames unacknowledged DATA frames per session
 * @param kafkaBootstrapServers an external Kafka cluster, or null to start a broker
 * @param gatewayAddress a running gateway ({@code tcp://host:port}) to drive instead of starting
 *     one, or null; it needs the Kafka cluster it writes to
 * @param gatewayMetricsUrl the running gateway's Prometheus endpoint, or null
 * @param topicPrefix the running gateway's topic prefix ({@code kafka.topic-prefix})
 * @param reportDirectory where summary.json, report.html and the logs go
 * @param partitions partitions per topic the run creates
 * @param gatewayIoThreads the gateway's I/O threads
 * @param gatewayHeap the gateway JVM's -Xmx (e.g. 1g)
 * @param outage how long the broker is down ({@code broker-outage})
 * @param crashDowntime how long the gateway stays dead ({@code gateway-crash})
 * @param garbageShare the share of malformed messages ({@code garbage})
 * @param idleConnections mostly idle sessions ({@code connections})
 * @param idleMessageInterval how often each idle session sends one message
 * @param stepFactor each step's rate over the previous one ({@code step})
 * @param maxRatePerSecond the highest step rate tried ({@code step})
 * @param sloP99 the ACK latency p99 a sustained step must stay under ({@code step})
 * @param soakWindow the length of a soak's reporting windows
 * @param baseline whether to measure Kafka's own producer ceiling in the same run
 * @param baselineRecords records the baseline producer sends
 * @param corpusVehicles vehicles of the short simulation the corpus comes from
 * @param seed the simulation's and the garbage's random seed
 * @param drainTimeout how long to wait, after sending, for the ACKs and then for Kafka
 * @param commandLine the command line, for the report
 */
public record LoadTestOptions(
    Scenario scenario,
    long ratePerSecond,
    Duration duration,
    Duration ramp,
    Duration warmup,
    int connections,
    int batchMessages,
    int windowFrames,
    String kafkaBootstrapServers,
    String gatewayAddress,
    String gatewayMetricsUrl,
    String topicPrefix,
    Path reportDirectory,
    int partitions,
    int gatewayIoThreads,
    String gatewayHeap,
    Duration outage,
    Duration crashDowntime,
    double garbageShare,
    int idleConnections,
    Duration idleMessageInterval,
    double stepFactor,
    long maxRatePerSecond,
    Duration sloP99,
    Duration soakWindow,
    boolean baseline,
    long baselineRecords,
    int corpusVehicles,
    long seed,
    Duration drainTimeout,
    String commandLine) {

  public LoadTestOptions {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(reportDirectory, "report directory");
    if (gatewayAddress != null && kafkaBootstrapServers == null) {
      throw new IllegalArgumentException(
          "--gateway needs --kafka: the cluster the gateway writes to, to read its records back");
    }
    if (gatewayAddress != null && scenario.needsOwnComponents()) {
      throw new IllegalArgumentException(
          "--scenario "
              + scenario.label()
              + " stops or kills components, so it runs only with its own gateway: drop --gateway");
    }
    if (kafkaBootstrapServers != null && scenario.needsOwnComponents()) {
      throw new IllegalArgumentException(
          "--scenario "
              + scenario.label()
              + " stops or kills components, so it runs only with its own broker: drop --kafka");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The options as flat key/value pairs, for the report. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("scenario", scenario.label());
    map.put("ratePerSecond", ratePerSecond == 0 ? "MAX" : ratePerSecond);
    map.put("duration", duration.toString());
    map.put("ramp", ramp.toString());
    map.put("warmup", warmup.toString());
    map.put("connections", connections);
    map.put("batchMessages", batchMessages);
    map.put("windowFrames", windowFrames);
    map.put("kafka", kafkaBootstrapServers == null ? "embedded broker" : kafkaBootstrapServers);
    map.put("gateway", gatewayAddress == null ? "its own" : gatewayAddress);
    if (gatewayAddress != null) {
      map.put("topicPrefix", topicPrefix);
    }
    map.put("partitions", partitions);
    map.put("gatewayIoThreads", gatewayIoThreads);
    map.put("gatewayHeap", gatewayHeap);
    switch (scenario) {
      case BROKER_OUTAGE -> map.put("outage", outage.toString());
      case GATEWAY_CRASH -> map.put("crashDowntime", crashDowntime.toString());
      case GARBAGE -> map.put("garbageShare", garbageShare);
      case CONNECTIONS -> {
        map.put("idleConnections", idleConnections);
        map.put("idleMessageInterval", idleMessageInterval.toString());
      }
      case STEP -> {
        map.put("stepFactor", stepFactor);
        map.put("maxRatePerSecond", maxRatePerSecond);
        map.put("sloP99", sloP99.toString());
      }
      case SOAK -> map.put("soakWindow", soakWindow.toString());
      default -> {}
    }
    map.put("baseline", baseline);
    map.put("baselineRecords", baselineRecords);
    map.put("corpusVehicles", corpusVehicles);
    map.put("seed", seed);
    return map;
  }

  /** A builder with the defaults of {@code ./v2x loadtest}. */
  public static final class Builder {
    private Scenario scenario = Scenario.STEADY;
    private long ratePerSecond = 100_000;
    private Duration duration = Duration.ofSeconds(60);
    private Duration ramp = Duration.ofSeconds(5);
    private Duration warmup = Duration.ofSeconds(15);
    private int connections = 200;
    private int batchMessages = 50;
    private int windowFrames = 32;
    private String kafkaBootstrapServers;
    private String gatewayAddress;
    private String gatewayMetricsUrl;
    private String topicPrefix = "v2x.";
    private Path reportDirectory = Path.of("loadtest-report");
    private int partitions = 4;
    private int gatewayIoThreads = 2;
    private String gatewayHeap = "1g";
    private Duration outage = Duration.ofSeconds(20);
    private Duration crashDowntime = Duration.ofSeconds(2);
    private double garbageShare = 0.10;
    private int idleConnections = 20_000;
    private Duration idleMessageInterval = Duration.ofSeconds(10);
    private double stepFactor = 1.5;
    private long maxRatePerSecond = 5_000_000;
    private Duration sloP99 = Duration.ofMillis(50);
    private Duration soakWindow = Duration.ofSeconds(60);
    private boolean baseline = true;
    private long baselineRecords = 5_000_000;
    private int corpusVehicles = 600;
    private long seed = 1;
    private Duration drainTimeout = Duration.ofSeconds(120);
    private String commandLine = "";

    private static void positive(Duration value, String option) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(option + " must be more than 0, is " + value);
      }
    }

    private static void range(long value, long min, long max, String option) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            option + " must be " + min + ".." + max + ", is " + value);
      }
    }

    public Builder scenario(Scenario value) {
      scenario = Objects.requireNonNull(value, "--scenario");
      return this;
    }

    public Builder ratePerSecond(long value) {
      range(value, 0, 1_000_000_000L, "--rate");
      ratePerSecond = value;
      return this;
    }

    public Builder duration(Duration value) {
      positive(value, "--duration");
      duration = value;
      return this;
    }

    public Builder ramp(Duration value) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException("--ramp must be 0 or more, is " + value);
      }
      ramp = value;
      return this;
    }

    public Builder warmup(Duration value) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException("--warmup must be 0 or more, is " + value);
      }
      warmup = value;
      return this;
    }

    public Builder connections(int value) {
      range(value, 1, 100_000, "--connections");
      connections = value;
      return this;
    }

    public Builder batchMessages(int value) {
      range(value, 1, 10_000, "--batch");
      batchMessages = value;
      return this;
    }

    public Builder windowFrames(int value) {
      range(value, 1, 4096, "--window");
      windowFrames = value;
      return this;
    }

    public Builder kafkaBootstrapServers(String value) {
      if (value != null && !value.matches("[^\\s,]+:\\d+(,[^\\s,]+:\\d+)*")) {
        throw new IllegalArgumentException(
            "--kafka must be host:port[,host:port...], is '" + value + "'");
      }
      kafkaBootstrapServers = value;
      return this;
    }

    public Builder gatewayAddress(String value) {
      if (value != null) {
        try {
          // Checked the way the blast will parse it.
          org.openv2x.sim.blast.BlastConfig.builder().gateway(value);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("--gateway: " + e.getMessage(), e);
        }
      }
      gatewayAddress = value;
      return this;
    }

    public Builder gatewayMetricsUrl(String value) {
      if (value != null && !value.matches("https?://[^\\s]+")) {
        throw new IllegalArgumentException(
            "--gateway-metrics must be an http:// URL, is '" + value + "'");
      }
      gatewayMetricsUrl = value;
      return this;
    }

    public Builder topicPrefix(String value) {
      if (value == null || !value.matches("[A-Za-z0-9._-]*")) {
        throw new IllegalArgumentException(
            "--topic-prefix may hold letters, digits, '.', '_' and '-', is '" + value + "'");
      }
      topicPrefix = value;
      return this;
    }

    public Builder reportDirectory(Path value) {
      reportDirectory = Objects.requireNonNull(value, "--report");
      return this;
    }

    public Builder partitions(int value) {
      range(value, 1, 1024, "--partitions");
      partitions = value;
      return this;
    }

    public Builder gatewayIoThreads(int value) {
      range(value, 1, 256, "--gateway-io-threads");
      gatewayIoThreads = value;
      return this;
    }

    public Builder gatewayHeap(String value) {
      if (value == null || !value.matches("\\d+[kKmMgG]?")) {
        throw new IllegalArgumentException(
            "--gateway-heap must be a JVM heap size like 512m or 2g, is '" + value + "'");
      }
      gatewayHeap = value;
      return this;
    }

    public Builder outage(Duration value) {
      positive(value, "--outage");
      outage = value;
      return this;
    }

    public Builder crashDowntime(Duration value) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException("--crash-downtime must be 0 or more, is " + value);
      }
      crashDowntime = value;
      return this;
    }

    public Builder garbageShare(double value) {
      if (!(value > 0 && value < 1)) {
        throw new IllegalArgumentException("--garbage-share must be between 0 and 1, is " + value);
      }
      garbageShare = value;
      return this;
    }

    public Builder idleConnections(int value) {
      range(value, 1, 1_000_000, "--idle-connections");
      idleConnections = value;
      return this;
    }

    public Builder idleMessageInterval(Duration value) {
      positive(value, "--idle-interval");
      idleMessageInterval = value;
      return this;
    }

    public Builder stepFactor(double value) {
      if (!(value > 1.0 && value <= 10)) {
        throw new IllegalArgumentException("--step-factor must be more than 1 (and at most 10)");
      }
      stepFactor = value;
      return this;
    }

    public Builder maxRatePerSecond(long value) {
      range(value, 1, 1_000_000_000L, "--max-rate");
      maxRatePerSecond = value;
      return this;
    }

    public Builder sloP99(Duration value) {
      positive(value, "--slo-p99");
      sloP99 = value;
      return this;
    }

    public Builder soakWindow(Duration value) {
      positive(value, "--soak-window");
      soakWindow = value;
      return this;
    }

    public Builder baseline(boolean value) {
      baseline = value;
      return this;
    }

    public Builder baselineRecords(long value) {
      range(value, 1_000, 1_000_000_000L, "--baseline-records");
      baselineRecords = value;
      return this;
    }

    public Builder corpusVehicles(int value) {
      range(value, 1, 100_000, "--corpus-vehicles");
      corpusVehicles = value;
      return this;
    }

    public Builder seed(long value) {
      seed = value;
      return this;
    }

    public Builder drainTimeout(Duration value) {
      positive(value, "--drain-timeout");
      drainTimeout = value;
      return this;
    }

    public Builder commandLine(String value) {
      commandLine = value == null ? "" : value;
      return this;
    }

    public LoadTestOptions build() {
      if (scenario == Scenario.STEP && ratePerSecond == 0) {
        throw new IllegalArgumentException("--scenario step needs a first --rate above 0");
      }
      if (scenario == Scenario.STEP && maxRatePerSecond < ratePerSecond) {
        throw new IllegalArgumentException("--max-rate must be at least --rate");
      }
      return new LoadTestOptions(
          scenario,
          ratePerSecond,
          duration,
          ramp,
          warmup,
          connections,
          batchMessages,
          windowFrames,
          kafkaBootstrapServers,
          gatewayAddress,
          gatewayMetricsUrl,
          topicPrefix,
          reportDirectory,
          partitions,
          gatewayIoThreads,
          gatewayHeap,
          outage,
          crashDowntime,
          garbageShare,
          idleConnections,
          idleMessageInterval,
          stepFactor,
          maxRatePerSecond,
          sloP99,
          soakWindow,
          baseline,
          baselineRecords,
          corpusVehicles,
          seed,
          drainTimeout,
          commandLine);
    }
  }
}
