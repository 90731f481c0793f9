package org.openv2x.loadtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.openv2x.codec.MessageType;
import org.openv2x.loadtest.report.HtmlReport;
import org.openv2x.sim.SimulatedCorpus;
import org.openv2x.sim.blast.Blast;
import org.openv2x.sim.blast.BlastConfig;
import org.openv2x.sim.blast.BlastCorpus;
import org.openv2x.sim.blast.BlastInterval;
import org.openv2x.sim.blast.BlastResult;
import org.openv2x.sim.blast.ConnectionIds;
import org.openv2x.sim.blast.LatencySummary;
import org.openv2x.sim.network.GridSpec;

/**
 * One load test: starts a Kafka broker (or uses an external cluster) and a gateway, each in a JVM
 * of its own; drives the gateway with the simulator's blast as the scenario says, injecting faults
 * on time; reads every record back from Kafka and matches each acknowledged BSM by its unique id;
 * measures Kafka's own producer ceiling with the same records on the same broker; writes {@code
 * summary.json} and {@code report.html}. Everything it starts is stopped before it returns.
 */
public final class LoadTest {
  /** What a run ended with. */
  public record Outcome(boolean passed, Path summaryFile, Path reportFile, ObjectNode summary) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

  /** Index of the first connection of the warm-up blast. */
  private static final int WARMUP_FIRST_INDEX = 5_000_000;

  /** Index of the first connection of the idle sessions ({@code connections}). */
  private static final int IDLE_FIRST_INDEX = 4_000_000;

  private final LoadTestOptions options;
  private final PrintStream out;
  private final Path directory;
  private final Path work;
  private final Path logs;
  private final String topicPrefix;
  private final String baselineTopic;
  private final ConcurrentSkipListMap<Long, ObjectNode> timeline = new ConcurrentSkipListMap<>();
  private final ArrayNode events = NODES.arrayNode();
  private final List<BlastResult> results = new ArrayList<>();
  private final List<BlastResult> measuredResults = new ArrayList<>();
  private final List<String[]> checks = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final ObjectNode summary = NODES.objectNode();

  private volatile ChildProcess broker;
  private int brokerPort;
  private int controllerPort;
  private String bootstrap;
  private volatile TargetGateway gateway;
  private String gatewayAddress;
  private int tcpPort;
  private long runStartNanos;
  private long runStartEpochUs;
  private RunRecords records;
  private boolean warmedUp;
  private long measuredFromT;
  private Thread sampler;
  private volatile boolean sampling;
  private volatile long brokerCpuNanos;
  private volatile long brokerRssPeak;
  private volatile long gatewayRssPeak;
  private volatile double gatewayHeapPeak;
  private long gatewayCpuAtStart;
  private long gatewayCpuAtEnd;
  private long brokerCpuAtStart;
  private long brokerCpuAtEnd;

  private LoadTest(LoadTestOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
    this.directory = options.reportDirectory().toAbsolutePath().normalize();
    this.work = directory.resolve("work");
    this.logs = directory.resolve("logs");
    String runPrefix = "loadtest-" + Long.toString(System.currentTimeMillis(), 36) + ".";
    if (options.gatewayAddress() != null) {
      this.topicPrefix = options.topicPrefix();
      this.baselineTopic = runPrefix + "baseline";
    } else {
      this.topicPrefix = options.kafkaBootstrapServers() == null ? "v2x." : runPrefix;
      this.baselineTopic = topicPrefix + "baseline";
    }
  }

  /** Runs the load test {@code options} describe, printing progress to {@code out}. */
  public static Outcome run(LoadTestOptions options, PrintStream out) throws IOException {
    return new LoadTest(options, out).run();
  }

  private Outcome run() throws IOException {
    Files.createDirectories(directory);
    deleteRecursively(work);
    Files.createDirectories(work);
    Files.createDirectories(logs);
    summary.put("scenario", options.scenario().label());
    summary.put("command", options.commandLine());
    summary.put("startedAt", Instant.now().toString());
    summary.set("machine", MachineInfo.describe());
    summary.set("config", JSON.valueToTree(options.toMap()));
    long wallStart = System.nanoTime();
    // Whatever ends this JVM (Ctrl-C, SIGTERM), the components it started go with it.
    Thread stopChildren = new Thread(this::stopComponents, "loadtest-stop");
    Runtime.getRuntime().addShutdownHook(stopChildren);
    try {
      startKafka();
      createTopics();
      startGateway();
      BlastCorpus corpus = corpus();
      summary.put("corpus", corpus.describe());
      runStartNanos = System.nanoTime();
      runStartEpochUs = epochMicros();
      records = new RunRecords(bootstrap, topicPrefix, runStartEpochUs);
      // A running gateway's topics hold earlier traffic: read only what comes from now on.
      records.assign(Duration.ofSeconds(30), options.gatewayAddress() != null);
      startSampler();
      warmUp(corpus);
      switch (options.scenario()) {
        case STEADY, SOAK -> steady(corpus, () -> {});
        case STEP -> step(corpus);
        case BROKER_OUTAGE -> brokerOutage(corpus);
        case GATEWAY_CRASH -> gatewayCrash(corpus);
        case GARBAGE -> garbage(corpus);
        case CONNECTIONS -> connections(corpus);
      }
      stopSampler();
      if (options.baseline()) {
        baseline();
      }
    } catch (RuntimeException | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      check("the run completed", false, String.valueOf(e.getMessage()));
      out.println("loadtest: " + e.getMessage());
    } finally {
      stopSampler();
      if (records != null) {
        records.close();
      }
      stopComponents();
      try {
        Runtime.getRuntime().removeShutdownHook(stopChildren);
      } catch (IllegalStateException e) {
        // The JVM is shutting down: the hook runs anyway.
      }
    }
    summary.put("durationSeconds", (System.nanoTime() - wallStart) / 1e9);
    return finish();
  }

  // ---- components ----

  private void stopComponents() {
    TargetGateway g = gateway;
    if (g != null) {
      g.close();
    }
    ChildProcess b = broker;
    if (b != null) {
      b.close();
    }
  }

  private void startKafka() throws IOException {
    if (options.kafkaBootstrapServers() != null) {
      bootstrap = options.kafkaBootstrapServers();
      out.println("loadtest: Kafka at " + bootstrap + ", topics " + topicPrefix + "*");
      return;
    }
    brokerPort = freePort();
    controllerPort = freePort();
    startBroker();
    out.println("loadtest: broker ready at " + bootstrap + " (logs in " + logs + ")");
  }

  private void startBroker() throws IOException {
    broker =
        ChildProcess.start(
            "broker",
            ChildProcess.jvmFlags("1g", List.of()),
            BrokerMain.class.getName(),
            List.of(
                work.resolve("kafka").toString(),
                Integer.toString(brokerPort),
                Integer.toString(controllerPort)),
            logs.resolve("broker.log"),
            line -> line.startsWith(BrokerMain.READY));
    String ready = broker.awaitReady(READY_TIMEOUT);
    bootstrap = ready.substring(BrokerMain.READY.length()).trim();
  }

  private void createTopics() {
    Properties properties = new Properties();
    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
    List<NewTopic> topics = new ArrayList<>();
    Map<String, String> appendTime = Map.of("message.timestamp.type", "LogAppendTime");
    if (options.gatewayAddress() == null) {
      // A running gateway has its topics; this run's own get the broker's append time.
      for (String suffix : RunRecords.SUFFIXES) {
        topics.add(
            new NewTopic(topicPrefix + suffix, options.partitions(), (short) -1)
                .configs(appendTime));
      }
      topics.add(new NewTopic(topicPrefix + "downlink", 1, (short) -1));
    }
    topics.add(new NewTopic(baselineTopic, options.partitions(), (short) -1).configs(appendTime));
    try (Admin admin = Admin.create(properties)) {
      for (NewTopic topic : topics) {
        try {
          admin.createTopics(List.of(topic)).all().get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException(
                "cannot create topic " + topic.name() + ": " + e.getCause().getMessage(), e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics");
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Kafka at " + bootstrap + " did not create topics in 60 s");
    }
  }

  private void startGateway() throws IOException {
    if (options.gatewayAddress() != null) {
      gatewayAddress = options.gatewayAddress();
      gateway = new ExternalGateway(options.gatewayMetricsUrl());
      out.println(
          "loadtest: driving the running gateway at "
              + gatewayAddress
              + " (topics "
              + topicPrefix
              + "*; its CPU and memory are not measured)");
      return;
    }
    tcpPort = freePort();
    gatewayAddress = "tcp://127.0.0.1:" + tcpPort;
    int httpPort = freePort();
    Map<String, String> config = new LinkedHashMap<>();
    config.put("gateway.id", "loadtest-gw");
    config.put("bind.address", "127.0.0.1");
    config.put("tcp.port", Integer.toString(tcpPort));
    config.put("http.port", Integer.toString(httpPort));
    config.put("udp.enabled", "false");
    config.put("io.threads", Integer.toString(options.gatewayIoThreads()));
    config.put("kafka.bootstrap-servers", bootstrap);
    config.put("kafka.topic-prefix", topicPrefix);
    config.put("kafka.topic-partitions", Integer.toString(options.partitions()));
    config.put("kafka.create-topics", "false");
    config.put("journal.dir", work.resolve("journal").toString());
    config.put("downlink.enabled", "false");
    config.put(
        "tcp.max-connections",
        Integer.toString(
            Math.max(20_000, options.idleConnections() + options.connections() + 1_000)));
    GatewayProcess own =
        new GatewayProcess(
            config, work.resolve("gateway"), logs.resolve("gateway.log"), options.gatewayHeap());
    gateway = own;
    own.start(READY_TIMEOUT);
    out.println(
        "loadtest: gateway ready on 127.0.0.1:" + tcpPort + " (metrics on " + httpPort + ")");
  }

  /** The simulation's BSMs: every message of the run then carries an id of its own. */
  private BlastCorpus corpus() throws IOException {
    List<byte[]> frames =
        SimulatedCorpus.frames(
            GridSpec.parse("3x3"), options.corpusVehicles(), 30, options.seed(), 200_000);
    BlastCorpus all = BlastCorpus.of(frames);
    List<byte[]> bsms = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (all.type(i) == MessageType.BSM) {
        bsms.add(frames.get(i));
      }
    }
    if (bsms.isEmpty()) {
      throw new IllegalStateException("the simulation produced no BSM to send");
    }
    BlastCorpus corpus = BlastCorpus.of(bsms);
    if (options.scenario() == Scenario.GARBAGE) {
      corpus = corpus.withMalformedBsms(options.garbageShare(), options.seed());
    }
    return corpus;
  }

  // ---- sampling ----

  private long secondsSinceStart() {
    return Math.round((System.nanoTime() - runStartNanos) / 1e9);
  }

  private ObjectNode row(long t) {
    return timeline.computeIfAbsent(
        t,
        second -> {
          ObjectNode row = NODES.objectNode();
          row.put("t", second);
          return row;
        });
  }

  private void event(String what) {
    double t = (System.nanoTime() - runStartNanos) / 1e9;
    synchronized (events) {
      ObjectNode event = events.addObject();
      event.put("t", Math.round(t * 10) / 10.0);
      event.put("what", what);
    }
    out.printf(Locale.ROOT, "loadtest: t=%.1fs %s%n", t, what);
  }

  private void startSampler() {
    sampling = true;
    gatewayCpuAtStart = gateway.sample().cpuNanos();
    brokerCpuAtStart = broker == null ? -1 : broker.stats().cpuNanos();
    sampler = new Thread(this::sample, "loadtest-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    long lastGatewayCpu = gatewayCpuAtStart;
    long lastBrokerCpu = brokerCpuAtStart;
    long lastNanos = System.nanoTime();
    long next = lastNanos + TimeUnit.SECONDS.toNanos(1);
    while (sampling) {
      long wait = next - System.nanoTime();
      if (wait > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(wait);
        } catch (InterruptedException e) {
          return;
        }
      }
      next += TimeUnit.SECONDS.toNanos(1);
      long now = System.nanoTime();
      double seconds = (now - lastNanos) / 1e9;
      lastNanos = now;
      ObjectNode row = row(secondsSinceStart());
      ProcessStats gw = gateway.sample();
      if (gw.cpuNanos() >= 0) {
        row.put("gatewayCpuCores", (gw.cpuNanos() - lastGatewayCpu) / 1e9 / seconds);
        lastGatewayCpu = gw.cpuNanos();
      }
      if (gw.rssBytes() > 0) {
        row.put("gatewayRssBytes", gw.rssBytes());
        gatewayRssPeak = Math.max(gatewayRssPeak, gw.rssBytes());
      }
      ChildProcess currentBroker = broker;
      if (currentBroker != null && currentBroker.isAlive()) {
        ProcessStats b = currentBroker.stats();
        if (b.cpuNanos() >= 0) {
          long delta = b.cpuNanos() >= lastBrokerCpu ? b.cpuNanos() - lastBrokerCpu : b.cpuNanos();
          row.put("brokerCpuCores", delta / 1e9 / seconds);
          brokerCpuNanos += delta;
          lastBrokerCpu = b.cpuNanos();
        }
        if (b.rssBytes() > 0) {
          row.put("brokerRssBytes", b.rssBytes());
          brokerRssPeak = Math.max(brokerRssPeak, b.rssBytes());
        }
      } else {
        lastBrokerCpu = 0;
      }
      PrometheusMetrics metrics = gateway.metrics();
      if (!metrics.isEmpty()) {
        put(row, "journalPending", metrics.sum("gateway_journal_pending_records", ""));
        double heap = metrics.sum("jvm_memory_used_bytes", "area=\"heap\"");
        put(row, "gatewayHeapUsedBytes", heap);
        if (!Double.isNaN(heap)) {
          gatewayHeapPeak = Math.max(gatewayHeapPeak, heap);
        }
        put(row, "gatewaySessions", metrics.sum("gateway_tcp_sessions", ""));
      }
    }
  }

  private static void put(ObjectNode row, String name, double value) {
    if (!Double.isNaN(value)) {
      row.put(name, value);
    }
  }

  private void stopSampler() {
    if (sampler != null) {
      sampling = false;
      sampler.interrupt();
      try {
        sampler.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      sampler = null;
    }
  }

  // ---- blasting ----

  private BlastConfig.Builder blastConfig(long rate, Duration duration, int connections) {
    return BlastConfig.builder()
        .gateway(gatewayAddress)
        .ratePerSecond(rate)
        .connections(connections)
        .duration(duration)
        .ramp(options.ramp())
        .batchMessages(options.batchMessages())
        .windowFrames(options.windowFrames())
        .uniqueBsmIds(true)
        .recordSendTimes(true)
        .drainTimeout(options.drainTimeout());
  }

  /** A progress consumer that prints a line and fills the timeline (when {@code main}). */
  private Consumer<BlastInterval> progress(String label, boolean main) {
    return interval -> {
      long t = secondsSinceStart();
      ObjectNode row = row(t);
      if (main) {
        row.put("sentPerSecond", interval.messagesSentPerSecond());
        row.put("ackedPerSecond", interval.messagesAckedPerSecond());
        LatencySummary ack = interval.ackLatency();
        if (ack.frames() > 0) {
          row.put("ackP50Ms", ack.p50Us() / 1e3);
          row.put("ackP99Ms", ack.p99Us() / 1e3);
          row.put("ackP999Ms", ack.p999Us() / 1e3);
          row.put("ackMaxMs", ack.maxUs() / 1e3);
        }
        row.put("blastCpuCores", interval.cpuCores());
        row.put("connectionsUp", interval.counts().connectionsUp());
      } else {
        row.put(label + "ConnectionsUp", interval.counts().connectionsUp());
      }
      if (main || interval.second() % 10 == 0) {
        // The sampler may not have filled this second yet: the last second it did.
        ObjectNode sampled = row;
        for (long back = t; back >= Math.max(0, t - 2); back--) {
          ObjectNode candidate = timeline.get(back);
          if (candidate != null && candidate.has("gatewayCpuCores")) {
            sampled = candidate;
            break;
          }
        }
        out.println(label + " " + interval.toLine() + gatewayLine(sampled));
      }
    };
  }

  /** The gateway's figures of a timeline row, for a progress line. */
  private String gatewayLine(ObjectNode row) {
    StringBuilder text = new StringBuilder(" | gateway");
    if (row.has("gatewayCpuCores")) {
      text.append(String.format(Locale.ROOT, " cpu %.2f", row.get("gatewayCpuCores").asDouble()));
    }
    if (row.has("gatewayRssBytes")) {
      text.append(
          String.format(Locale.ROOT, " rss %d MB", row.get("gatewayRssBytes").asLong() >> 20));
    }
    if (row.has("journalPending")) {
      text.append(String.format(Locale.ROOT, " journal %,d", row.get("journalPending").asLong()));
    }
    if (!gateway.isAlive()) {
      text.append(" DOWN");
    }
    return text.toString();
  }

  /** The measured blasts' ramp: none after a warm-up, which had it. */
  private Duration measuredRamp() {
    return warmedUp ? Duration.ZERO : options.ramp();
  }

  private void warmUp(BlastCorpus corpus) throws InterruptedException {
    if (options.warmup().isZero()) {
      return;
    }
    long rate = options.ratePerSecond();
    blast(
        blastConfig(rate, options.warmup(), options.connections())
            .firstConnectionIndex(WARMUP_FIRST_INDEX)
            .rsuIdPrefix("warmup-")
            .build(),
        corpus,
        "warm-up",
        () -> {},
        false);
    warmedUp = true;
    event("warm-up done: measuring from here");
  }

  private BlastResult blast(BlastConfig config, BlastCorpus corpus, String label)
      throws InterruptedException {
    return blast(config, corpus, label, () -> {}, true);
  }

  private BlastResult blast(BlastConfig config, BlastCorpus corpus, String label, Runnable onStart)
      throws InterruptedException {
    return blast(config, corpus, label, onStart, true);
  }

  /**
   * Runs one blast to its end; {@code measured}: its latencies count in the run's figures (a
   * warm-up's do not; every blast counts in the loss accounting).
   */
  private BlastResult blast(
      BlastConfig config, BlastCorpus corpus, String label, Runnable onStart, boolean measured)
      throws InterruptedException {
    out.printf(
        Locale.ROOT,
        "loadtest: %s blast: %s msg/s over %,d connections for %s (ramp %s)%n",
        label,
        config.ratePerSecond() == 0
            ? "MAX"
            : String.format(Locale.ROOT, "%,d", config.ratePerSecond()),
        config.connections(),
        config.duration(),
        config.ramp());
    Blast running = Blast.start(config, corpus, progress(label, true));
    onStart.run();
    BlastResult result = running.await();
    results.add(result);
    records.addSendLog(result, measured);
    if (measured) {
      measuredResults.add(result);
    }
    return result;
  }

  // ---- scenarios ----

  private void steady(BlastCorpus corpus, Runnable onStart) throws InterruptedException {
    gatewayCpuAtStart = gateway.sample().cpuNanos();
    brokerCpuAtStart = brokerCpuNanos;
    measuredFromT = secondsSinceStart();
    BlastResult result =
        blast(
            blastConfig(options.ratePerSecond(), options.duration(), options.connections())
                .ramp(measuredRamp())
                .rsuIdPrefix("lt-")
                .build(),
            corpus,
            options.scenario().label(),
            onStart);
    gatewayCpuAtEnd = gateway.sample().cpuNanos();
    brokerCpuAtEnd = brokerCpuNanos;
    verify(result);
    if (options.scenario() == Scenario.SOAK) {
      soakWindows();
    }
  }

  /** A component's fault: something done to it that may fail with an I/O error. */
  private interface Fault {
    void inject() throws IOException;
  }

  private void brokerOutage(BlastCorpus corpus) throws InterruptedException {
    steadyWithFault(
        corpus,
        measuredRamp().plus(options.duration().dividedBy(4)),
        () -> {
          event("broker stopping (SIGTERM)");
          int code = broker.terminate(Duration.ofSeconds(60));
          event("broker stopped (exit " + code + "); down for " + options.outage());
          sleep(options.outage());
          event("broker starting");
          startBroker();
          event("broker started");
        });
  }

  private void gatewayCrash(BlastCorpus corpus) throws InterruptedException {
    steadyWithFault(
        corpus,
        measuredRamp().plus(options.duration().dividedBy(2)),
        () -> {
          ownGateway().kill();
          event("gateway killed (SIGKILL)");
          sleep(options.crashDowntime());
          event("gateway starting");
          ownGateway().start(READY_TIMEOUT);
          event("gateway started");
        });
  }

  /** The steady blast, with {@code fault} injected {@code at} after the measured blast starts. */
  private void steadyWithFault(BlastCorpus corpus, Duration at, Fault fault)
      throws InterruptedException {
    Thread[] thread = new Thread[1];
    steady(corpus, () -> thread[0] = faultThread(at, fault));
    thread[0].join();
  }

  private Thread faultThread(Duration at, Fault fault) {
    Thread thread =
        new Thread(
            () -> {
              sleep(at);
              try {
                fault.inject();
              } catch (IOException | RuntimeException e) {
                event("fault injection failed: " + e.getMessage());
                check("the fault was injected and the component came back", false, e.getMessage());
              }
            },
            "loadtest-fault");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void garbage(BlastCorpus corpus) throws InterruptedException {
    steady(corpus, () -> {});
  }

  private void step(BlastCorpus corpus) throws InterruptedException {
    ArrayNode steps = summary.putArray("steps");
    long rate = options.ratePerSecond();
    long sustained = 0;
    BlastResult best = null;
    for (int step = 0; step < 20 && rate <= options.maxRatePerSecond(); step++) {
      long cpuBefore = gateway.sample().cpuNanos();
      BlastResult result =
          blast(
              blastConfig(rate, options.duration(), options.connections())
                  .ramp(step == 0 ? measuredRamp() : Duration.ZERO)
                  .firstConnectionIndex(step * options.connections())
                  .rsuIdPrefix("step" + (step + 1) + "-")
                  .build(),
              corpus,
              "step " + (step + 1));
      long cpu = gateway.sample().cpuNanos() - cpuBefore;
      Tally tally = readBack(List.of(result));
      double acked = steadyAckedPerSecond(result);
      long p99Us = result.ackLatency().p99Us();
      List<String> why = new ArrayList<>();
      if (tally.lost() > 0) {
        why.add(tally.lost() + " acknowledged lost");
      }
      if (p99Us > options.sloP99().toNanos() / 1_000) {
        why.add(String.format(Locale.ROOT, "ack p99 %.1f ms over the SLO", p99Us / 1e3));
      }
      if (acked < rate * 0.95) {
        why.add(
            String.format(Locale.ROOT, "acknowledged %,.0f msg/s, under 95 %% of the rate", acked));
      }
      if (!result.allAcked()) {
        why.add(result.unackedFrames() + " frames never acknowledged");
      }
      boolean passed = why.isEmpty();
      ObjectNode row = steps.addObject();
      row.put("ratePerSecond", rate);
      row.put("ackedPerSecond", acked);
      row.put("ackP50Ms", result.ackLatency().p50Us() / 1e3);
      row.put("ackP99Ms", p99Us / 1e3);
      row.put("ackMaxMs", result.ackLatency().maxUs() / 1e3);
      row.put("lost", tally.lost());
      if (cpuBefore >= 0) {
        row.put("gatewayCpuSeconds", cpu / 1e9);
        row.put(
            "messagesPerGatewayCpuSecond",
            cpu > 0 ? result.totals().messagesAcked() / (cpu / 1e9) : 0);
      }
      row.put("passed", passed);
      row.put("why", passed ? "within the SLO" : String.join("; ", why));
      out.printf(
          Locale.ROOT,
          "loadtest: step %d at %,d msg/s: %s%n",
          step + 1,
          rate,
          passed ? "sustained" : "missed (" + String.join("; ", why) + ")");
      if (!passed) {
        break;
      }
      sustained = rate;
      best = result;
      gatewayCpuAtStart = cpuBefore;
      gatewayCpuAtEnd = cpuBefore + cpu;
      rate = Math.round(rate * options.stepFactor());
    }
    summary.put("sustainedRatePerSecond", sustained);
    check(
        "a rate was sustained with ack p99 under " + options.sloP99().toMillis() + " ms and 0 loss",
        sustained > 0,
        sustained > 0
            ? String.format(Locale.ROOT, "%,d msg/s", sustained)
            : "not even the first step (" + options.ratePerSecond() + " msg/s)");
    verify(best);
  }

  /** The gateway this run started (fault scenarios have one: the options insist). */
  private GatewayProcess ownGateway() {
    return (GatewayProcess) gateway;
  }

  /** The gateway's RSS and live heap (after a full GC) now. */
  private double[] gatewayMemory() throws InterruptedException {
    boolean collected = gateway.collectGarbage();
    Thread.sleep(1_000);
    double heap = gateway.metrics().sum("jvm_memory_used_bytes", "area=\"heap\"");
    return new double[] {gateway.sample().rssBytes(), collected ? heap : Double.NaN};
  }

  private void connections(BlastCorpus corpus) throws InterruptedException {
    ProcessStats before = gateway.sample();
    double[] memoryBefore = gatewayMemory();
    ProcessStats self = ProcessStats.self();
    long gatewayRoom =
        before.maxOpenFiles() < 0
            ? Long.MAX_VALUE
            : before.maxOpenFiles() - before.openFiles() - options.connections() - 256;
    long selfRoom = self.maxOpenFiles() - self.openFiles() - options.connections() - 256;
    int idle =
        (int) Math.max(1, Math.min(options.idleConnections(), Math.min(gatewayRoom, selfRoom)));
    if (idle < options.idleConnections()) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%,d idle connections instead of %,d: the open-files limit here is %,d per process"
                  + " (gateway has %,d open before the test; ulimit -n)",
              idle,
              options.idleConnections(),
              before.maxOpenFiles(),
              before.openFiles()));
    }
    long idleRate =
        Math.max(1, Math.round(idle / (options.idleMessageInterval().toMillis() / 1000.0)));
    BlastConfig idleConfig =
        blastConfig(idleRate, Duration.ofHours(24), idle)
            .ramp(Duration.ZERO)
            .batchMessages(1)
            .windowFrames(4)
            .firstConnectionIndex(IDLE_FIRST_INDEX)
            .rsuIdPrefix("idle-")
            .build();
    out.printf(
        Locale.ROOT,
        "loadtest: opening %,d idle RSU sessions (one message each every %s)%n",
        idle,
        options.idleMessageInterval());
    long connectStart = System.nanoTime();
    Blast idleBlast = Blast.start(idleConfig, corpus, progress("idle", false));
    long deadline = connectStart + TimeUnit.MINUTES.toNanos(3);
    while (idleBlast.counts().connectionsUp() < idle && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    long up = idleBlast.counts().connectionsUp();
    event(String.format(Locale.ROOT, "%,d idle sessions up", up));
    double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
    Thread.sleep(5_000);
    double[] memoryAfter = gatewayMemory();
    ProcessStats after = gateway.sample();
    ObjectNode c = summary.putObject("connections");
    c.put("idleRequested", options.idleConnections());
    c.put("idleOpened", up);
    c.put("idleConnectSeconds", connectSeconds);
    c.put("gatewayRssBeforeBytes", memoryBefore[0]);
    c.put("gatewayRssWithIdleBytes", memoryAfter[0]);
    c.put("rssPerIdleConnectionBytes", (memoryAfter[0] - memoryBefore[0]) / up);
    if (!Double.isNaN(memoryBefore[1]) && !Double.isNaN(memoryAfter[1])) {
      c.put("liveHeapBeforeBytes", memoryBefore[1]);
      c.put("liveHeapWithIdleBytes", memoryAfter[1]);
      c.put("liveHeapPerIdleConnectionBytes", (memoryAfter[1] - memoryBefore[1]) / up);
    }
    out.printf(
        Locale.ROOT,
        "loadtest: gateway memory with %,d idle sessions: RSS %+,.0f bytes per session (the heap"
            + " is committed at start), live heap %+,.0f bytes per session%n",
        up,
        (memoryAfter[0] - memoryBefore[0]) / up,
        (memoryAfter[1] - memoryBefore[1]) / up);
    c.put("gatewayOpenFiles", after.openFiles());
    c.put("gatewayMaxOpenFiles", after.maxOpenFiles());
    check(
        String.format(Locale.ROOT, "all %,d idle sessions accepted", idle),
        up == idle,
        String.format(Locale.ROOT, "%,d up after %.1f s", up, connectSeconds));
    gatewayCpuAtStart = gateway.sample().cpuNanos();
    brokerCpuAtStart = brokerCpuNanos;
    BlastResult load =
        blast(
            blastConfig(options.ratePerSecond(), options.duration(), options.connections())
                .ramp(measuredRamp())
                .rsuIdPrefix("lt-")
                .build(),
            corpus,
            "connections");
    gatewayCpuAtEnd = gateway.sample().cpuNanos();
    brokerCpuAtEnd = brokerCpuNanos;
    long idleUpAtEnd = idleBlast.counts().connectionsUp();
    c.put("idleUpAtEnd", idleUpAtEnd);
    c.put("gatewayRssPeakBytes", gatewayRssPeak);
    idleBlast.stop();
    BlastResult idleResult = idleBlast.await();
    records.addSendLog(idleResult, false);
    c.put("idleMessagesAcked", idleResult.totals().messagesAcked());
    c.put("idleConnectionsLost", idleResult.totals().connectionsLost());
    check(
        "the idle sessions stayed up under load",
        idleUpAtEnd == up,
        String.format(Locale.ROOT, "%,d of %,d up at the end", idleUpAtEnd, up));
    verify(load);
  }

  // ---- reading back and checking ----

  /** The ledger's figures for the connections of {@code blasts}. */
  private IdLedger.Tally tally(List<BlastResult> blasts) {
    List<ConnectionIds> ids = new ArrayList<>();
    for (BlastResult result : blasts) {
      ids.addAll(result.connectionIds());
    }
    int[] indexes = new int[ids.size()];
    long[] acked = new long[ids.size()];
    long[] sent = new long[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      indexes[i] = ids.get(i).connectionIndex();
      acked[i] = ids.get(i).bsmsAcked();
      sent[i] = ids.get(i).bsmsSent();
    }
    return records.ledger().tally(indexes, acked, sent);
  }

  private record Tally(long lost) {}

  /** Reads Kafka until every acknowledged id of {@code blasts} is found, or it settles. */
  private Tally readBack(List<BlastResult> blasts) {
    out.println("loadtest: reading the run's records back from Kafka");
    long[] lastCheck = {0};
    boolean[] complete = {false};
    records.readUntil(
        () -> {
          long now = System.nanoTime();
          if (now - lastCheck[0] < TimeUnit.SECONDS.toNanos(1)) {
            return false;
          }
          lastCheck[0] = now;
          complete[0] = tally(blasts).lost() == 0;
          return complete[0];
        },
        () -> {
          if (!gateway.isAlive()) {
            return false;
          }
          PrometheusMetrics metrics = gateway.metrics();
          // Without its metrics, a quiet topic is all there is to go by.
          return metrics.isEmpty() || metrics.sum("gateway_journal_pending_records", "") == 0;
        },
        Duration.ofSeconds(10),
        options.drainTimeout());
    return new Tally(tally(blasts).lost());
  }

  /**
   * Reads everything back and fills the summary's counts, latency and checks; {@code main} (may be
   * null) is the blast whose rate and CPU the figures are about.
   */
  private void verify(BlastResult main) {
    readBack(results);
    IdLedger.Tally tally = tally(results);
    long sent = 0;
    long acked = 0;
    long accepted = 0;
    long rejected = 0;
    long malformedSent = 0;
    long malformedAcked = 0;
    long unackedFrames = 0;
    long reconnects = 0;
    Histogram ack = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    for (BlastResult result : results) {
      sent += result.totals().messagesSent();
      acked += result.totals().messagesAcked();
      accepted += result.totals().messagesAccepted();
      rejected += result.totals().messagesRejected();
      malformedSent += result.totals().messagesMalformedSent();
      malformedAcked += result.totals().messagesMalformedAcked();
      unackedFrames += result.unackedFrames();
      reconnects += result.totals().reconnects();
    }
    for (BlastResult result : measuredResults) {
      ack.add(result.ackLatencyHistogram());
    }
    ObjectNode counts = summary.putObject("counts");
    counts.put("sent", sent);
    counts.put("acked", acked);
    counts.put("accepted", accepted);
    counts.put("rejected", rejected);
    counts.put("inKafka", records.records("bsm"));
    counts.put("matched", tally.ackedDelivered());
    counts.put("lost", tally.lost());
    counts.put("duplicated", tally.duplicates());
    counts.put("deadLettered", records.records("deadletter"));
    counts.put("deadLetteredMatched", tally.ackedDeadLettered());
    counts.put("malformedSent", malformedSent);
    counts.put("malformedAcked", malformedAcked);
    counts.put("unacked", sent - acked);
    counts.put("unackedFrames", unackedFrames);
    counts.put("unackedButDelivered", tally.unackedDelivered());
    counts.put("reconnects", reconnects);
    counts.put("foreignIds", records.ledger().foreignIds());
    counts.put("unreadableRecords", records.unreadable());
    ObjectNode byTopic = counts.putObject("recordsByTopic");
    records.recordsByTopic().forEach(byTopic::put);
    ObjectNode reasons = counts.putObject("deadLetterReasons");
    records.deadLetterReasons().forEach(reasons::put);
    if (!tally.lostExamples().isEmpty()) {
      ArrayNode examples = counts.putArray("lostExamples");
      tally.lostExamples().forEach(id -> examples.add(String.format("%016x", id)));
    }

    ObjectNode latency = summary.putObject("latency");
    latency.set("sendToAckMs", percentiles(ack, 1e3));
    latency.set("sendToKafkaMs", percentiles(records.sendToKafkaUs(), 1e3));
    if (records.sawCreateTime()) {
      notes.add(
          "Some records carried CreateTime rather than LogAppendTime: their Kafka latency is to the"
              + " gateway producer's send time, not the broker's append.");
    }

    if (main != null) {
      ObjectNode throughput = summary.putObject("throughput");
      throughput.put("offeredPerSecond", main.offeredMessagesPerSecond());
      throughput.put("ackedPerSecond", steadyAckedPerSecond(main));
      ObjectNode gw = summary.putObject("gateway");
      if (gatewayCpuAtStart >= 0 && gatewayCpuAtEnd > 0) {
        double cpuSeconds = (gatewayCpuAtEnd - gatewayCpuAtStart) / 1e9;
        gw.put("cpuSeconds", cpuSeconds);
        gw.put(
            "messagesPerCpuSecond",
            cpuSeconds > 0 ? main.totals().messagesAcked() / cpuSeconds : 0);
      }
      if (gatewayRssPeak > 0) {
        gw.put("rssPeakBytes", gatewayRssPeak);
      }
      if (gatewayHeapPeak > 0) {
        gw.put("heapUsedPeakBytes", gatewayHeapPeak);
      }
      gw.put("incarnations", gateway.incarnations());
      if (options.gatewayAddress() != null) {
        gw.put("address", options.gatewayAddress());
      }
      ObjectNode blastNode = summary.putObject("blast");
      blastNode.put("cpuSeconds", main.cpuNanos() / 1e9);
      blastNode.put("messagesPerCpuSecond", main.messagesPerCpuSecond());
      if (broker != null) {
        ObjectNode b = summary.putObject("broker");
        b.put("cpuSeconds", (brokerCpuAtEnd - brokerCpuAtStart) / 1e9);
        b.put("rssPeakBytes", brokerRssPeak);
      }
    }
    mergeKafkaTimeline();

    check(
        "0 acknowledged messages lost",
        tally.lost() == 0,
        String.format(
            Locale.ROOT,
            "%,d acknowledged, %,d found in Kafka, %,d lost%s",
            tally.acked(),
            tally.ackedDelivered() + tally.ackedDeadLettered(),
            tally.lost(),
            tally.lostExamples().isEmpty()
                ? ""
                : " (e.g. id " + String.format("%016x", tally.lostExamples().get(0)) + ")"));
    check(
        "every message sent was acknowledged",
        unackedFrames == 0,
        String.format(Locale.ROOT, "%,d sent, %,d acknowledged", sent, acked));
    check(
        "the gateway refused nothing but malformed messages",
        rejected == malformedAcked,
        String.format(
            Locale.ROOT, "%,d rejected, %,d malformed acknowledged", rejected, malformedAcked));
    check(
        "every record in Kafka is readable",
        records.unreadable() == 0,
        String.format(Locale.ROOT, "%,d unreadable", records.unreadable()));
    if (options.scenario() == Scenario.GARBAGE) {
      check(
          "every malformed message dead-lettered",
          tally.ackedDeadLettered() == malformedAcked && malformedAcked > 0,
          String.format(
              Locale.ROOT,
              "%,d malformed acknowledged, %,d found in the dead-letter topic by id",
              malformedAcked,
              tally.ackedDeadLettered()));
      check(
          "every dead letter has a reason and really is malformed",
          records.deadLettersWithoutReason() == 0 && records.deadLettersThatDecode() == 0,
          String.format(
              Locale.ROOT,
              "%,d without a reason, %,d that decode; reasons %s",
              records.deadLettersWithoutReason(),
              records.deadLettersThatDecode(),
              records.deadLetterReasons()));
      check(
          "every good message delivered",
          tally.ackedDelivered() == tally.acked() - malformedAcked,
          String.format(
              Locale.ROOT,
              "%,d good acknowledged, %,d in the BSM topic",
              tally.acked() - malformedAcked,
              tally.ackedDelivered()));
    }
    if (tally.duplicates() > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%,d duplicates: messages of frames the gateway had journaled but whose ACK the"
                  + " RSU did not get before its connection went, sent again after it reconnected"
                  + " (%,d reconnects). Consumers drop them by message id.",
              tally.duplicates(),
              reconnects));
    }
  }

  private static ObjectNode percentiles(Histogram histogram, double divisor) {
    ObjectNode node = NODES.objectNode();
    node.put("count", histogram.getTotalCount());
    if (histogram.getTotalCount() > 0) {
      node.put("p50", histogram.getValueAtPercentile(50) / divisor);
      node.put("p99", histogram.getValueAtPercentile(99) / divisor);
      node.put("p999", histogram.getValueAtPercentile(99.9) / divisor);
      node.put("max", histogram.getMaxValue() / divisor);
    }
    return node;
  }

  /** The acknowledged rate over the seconds after the ramp while sending. */
  private static double steadyAckedPerSecond(BlastResult result) {
    long rampSeconds = (result.config().ramp().toMillis() + 999) / 1000;
    long acked = 0;
    long nanos = 0;
    for (BlastInterval interval : result.intervals()) {
      if (interval.second() > rampSeconds + 1 && interval.sending()) {
        acked += interval.counts().messagesAcked();
        nanos += interval.intervalNanos();
      }
    }
    if (nanos == 0) {
      return result.ackedMessagesPerSecond();
    }
    return acked / (nanos / 1e9);
  }

  private void mergeKafkaTimeline() {
    records
        .appendedBySecond()
        .forEach(
            (second, count) -> {
              if (second >= 0) {
                row(second).put("kafkaPerSecond", count);
              }
            });
    records
        .sendToKafkaBySecond()
        .forEach(
            (second, histogram) -> {
              if (second >= 0) {
                ObjectNode row = row(second);
                row.put("kafkaP50Ms", histogram.getValueAtPercentile(50) / 1e3);
                row.put("kafkaP99Ms", histogram.getValueAtPercentile(99) / 1e3);
              }
            });
  }

  private void soakWindows() {
    long windowSeconds = Math.max(1, options.soakWindow().toSeconds());
    ObjectNode soak = summary.putObject("soak");
    ArrayNode windows = soak.putArray("windows");
    // Whole windows of the measured blast: not the warm-up, not the drain and read-back after it.
    long first = measuredFromT + (measuredRamp().toMillis() + 999) / 1000;
    long end = measuredFromT + options.duration().plus(measuredRamp()).toSeconds();
    List<double[]> rss = new ArrayList<>();
    List<Double> p99s = new ArrayList<>();
    for (long from = first; from + windowSeconds <= end; from += windowSeconds) {
      long to = from + windowSeconds;
      Histogram kafka = new Histogram(RunRecords.MAX_LATENCY_US, 2);
      for (Histogram h : records.sendToKafkaBySecond().subMap(from, to).values()) {
        kafka.add(h);
      }
      double worstAckP99 = 0;
      double rssEnd = Double.NaN;
      double heapMax = Double.NaN;
      for (ObjectNode row : timeline.subMap(from, to).values()) {
        if (row.has("ackP99Ms")) {
          worstAckP99 = Math.max(worstAckP99, row.get("ackP99Ms").asDouble());
        }
        if (row.has("gatewayRssBytes")) {
          rssEnd = row.get("gatewayRssBytes").asDouble();
        }
        if (row.has("gatewayHeapUsedBytes")) {
          double heap = row.get("gatewayHeapUsedBytes").asDouble();
          heapMax = Double.isNaN(heapMax) ? heap : Math.max(heapMax, heap);
        }
      }
      ObjectNode window = windows.addObject();
      window.put("fromT", from);
      window.put("toT", to);
      window.put("ackWorstSecondP99Ms", worstAckP99);
      if (kafka.getTotalCount() > 0) {
        window.put("kafkaP99Ms", kafka.getValueAtPercentile(99) / 1e3);
        p99s.add(kafka.getValueAtPercentile(99) / 1e3);
      }
      if (!Double.isNaN(rssEnd)) {
        window.put("gatewayRssBytes", rssEnd);
        rss.add(new double[] {to, rssEnd});
      }
      if (!Double.isNaN(heapMax)) {
        window.put("heapUsedBytes", heapMax);
      }
    }
    // Drift from the second window on: the first holds the JIT's warm-up.
    if (rss.size() >= 3) {
      soak.put("rssDriftBytesPerHour", slope(rss.subList(1, rss.size())) * 3600);
    }
    if (p99s.size() >= 3) {
      soak.put("p99DriftMs", p99s.get(p99s.size() - 1) - p99s.get(1));
    }
  }

  /** The least-squares slope of points (x, y). */
  static double slope(List<double[]> points) {
    double n = points.size();
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (double[] p : points) {
      sx += p[0];
      sy += p[1];
      sxx += p[0] * p[0];
      sxy += p[0] * p[1];
    }
    double denominator = n * sxx - sx * sx;
    return denominator == 0 ? 0 : (n * sxy - sx * sy) / denominator;
  }

  // ---- baseline ----

  private void baseline() throws IOException {
    List<byte[][]> sample = records.sample();
    if (sample.isEmpty()) {
      notes.add("No baseline: no record of the run to send.");
      return;
    }
    Path file = work.resolve("baseline-records.bin");
    BaselineMain.writeRecords(sample, file);
    long warmup = Math.max(100_000, options.baselineRecords() / 5);
    out.printf(
        Locale.ROOT,
        "loadtest: baseline: a plain Kafka producer with the gateway's settings sends %,d of the"
            + " run's records (%,.0f bytes on average) to %s%n",
        options.baselineRecords(),
        records.meanEnvelopeBytes(),
        baselineTopic);
    try (ChildProcess producer =
        ChildProcess.start(
            "baseline",
            ChildProcess.jvmFlags("1g", List.of()),
            BaselineMain.class.getName(),
            List.of(
                bootstrap,
                baselineTopic,
                file.toString(),
                Long.toString(warmup),
                Long.toString(options.baselineRecords())),
            logs.resolve("baseline.log"),
            line -> line.startsWith(BaselineMain.RESULT))) {
      String line = producer.awaitReady(Duration.ofMinutes(15));
      Map<String, Double> values = new LinkedHashMap<>();
      for (String part : line.substring(BaselineMain.RESULT.length()).trim().split("\\s+")) {
        int eq = part.indexOf('=');
        values.put(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1)));
      }
      ObjectNode b = summary.putObject("baseline");
      b.put("tool", "KafkaProducer with the gateway's settings (BaselineMain)");
      b.put("recordBytes", records.meanEnvelopeBytes());
      double count = values.get("records");
      double seconds = values.get("seconds");
      double cpu = values.get("cpu-seconds");
      b.put("records", (long) count);
      b.put("recordsPerSecond", count / seconds);
      b.put("cpuSeconds", cpu);
      b.put("messagesPerCpuSecond", count / cpu);
      b.put("p50Ms", values.get("p50-ms"));
      b.put("p99Ms", values.get("p99-ms"));
      b.put("maxMs", values.get("max-ms"));
      ObjectNode ratios = summary.putObject("ratios");
      double gatewayRate =
          summary.has("sustainedRatePerSecond")
              ? summary.get("sustainedRatePerSecond").asDouble()
              : summary.path("throughput").path("ackedPerSecond").asDouble();
      ratios.put("throughputToKafkaCeiling", gatewayRate / (count / seconds));
      double gatewayPerCpu = summary.path("gateway").path("messagesPerCpuSecond").asDouble();
      if (gatewayPerCpu > 0) {
        ratios.put("cpuPerMessageToKafka", (count / cpu) / gatewayPerCpu);
      }
      out.printf(
          Locale.ROOT,
          "loadtest: baseline %,.0f records/s, %,.0f records per CPU-second%n",
          count / seconds,
          count / cpu);
    } catch (RuntimeException e) {
      notes.add("The baseline failed: " + e.getMessage());
    }
  }

  // ---- the end ----

  private void check(String name, boolean passed, String detail) {
    synchronized (checks) {
      checks.add(new String[] {name, Boolean.toString(passed), detail});
    }
  }

  private Outcome finish() throws IOException {
    boolean passed = !checks.isEmpty();
    ObjectNode verdict = summary.putObject("verdict");
    ArrayNode list = verdict.putArray("checks");
    synchronized (checks) {
      for (String[] check : checks) {
        ObjectNode node = list.addObject();
        node.put("name", check[0]);
        node.put("passed", Boolean.parseBoolean(check[1]));
        node.put("detail", check[2]);
        passed &= Boolean.parseBoolean(check[1]);
      }
    }
    verdict.put("passed", passed);
    synchronized (events) {
      summary.set("events", events.deepCopy());
    }
    ArrayNode rows = summary.putArray("timeline");
    timeline.values().stream()
        .sorted(Comparator.comparingLong(row -> row.get("t").asLong()))
        .filter(row -> row.get("t").asLong() >= 0)
        .forEach(rows::add);
    ArrayNode noteList = summary.putArray("notes");
    notes.forEach(noteList::add);
    Path summaryFile = directory.resolve("summary.json");
    Path reportFile = directory.resolve("report.html");
    JSON.writeValue(summaryFile.toFile(), summary);
    HtmlReport.write(summary, reportFile);
    printSummary(passed);
    out.println("loadtest: " + summaryFile);
    out.println("loadtest: " + reportFile);
    deleteRecursively(work);
    return new Outcome(passed, summaryFile, reportFile, summary);
  }

  private void printSummary(boolean passed) {
    ObjectNode counts = (ObjectNode) summary.path("counts");
    if (!counts.isMissingNode()) {
      out.printf(
          Locale.ROOT,
          "loadtest: sent %,d acked %,d in Kafka %,d matched %,d lost %,d duplicated %,d"
              + " dead-lettered %,d%n",
          counts.path("sent").asLong(),
          counts.path("acked").asLong(),
          counts.path("inKafka").asLong(),
          counts.path("matched").asLong(),
          counts.path("lost").asLong(),
          counts.path("duplicated").asLong(),
          counts.path("deadLettered").asLong());
    }
    if (summary.has("latency")) {
      out.printf(
          Locale.ROOT,
          "loadtest: send->ack ms p50 %.2f p99 %.2f p99.9 %.2f max %.2f; send->Kafka ms p50 %.2f"
              + " p99 %.2f p99.9 %.2f max %.2f%n",
          summary.path("latency").path("sendToAckMs").path("p50").asDouble(),
          summary.path("latency").path("sendToAckMs").path("p99").asDouble(),
          summary.path("latency").path("sendToAckMs").path("p999").asDouble(),
          summary.path("latency").path("sendToAckMs").path("max").asDouble(),
          summary.path("latency").path("sendToKafkaMs").path("p50").asDouble(),
          summary.path("latency").path("sendToKafkaMs").path("p99").asDouble(),
          summary.path("latency").path("sendToKafkaMs").path("p999").asDouble(),
          summary.path("latency").path("sendToKafkaMs").path("max").asDouble());
    }
    if (summary.path("gateway").has("cpuSeconds")) {
      out.printf(
          Locale.ROOT,
          "loadtest: gateway %.1f CPU-s, %,.0f msg per CPU-second, RSS peak %d MB%n",
          summary.path("gateway").path("cpuSeconds").asDouble(),
          summary.path("gateway").path("messagesPerCpuSecond").asDouble(),
          summary.path("gateway").path("rssPeakBytes").asLong() >> 20);
    } else if (summary.has("gateway")) {
      out.println(
          "loadtest: gateway CPU and memory not measured (a gateway this run did not start)");
    }
    JsonNode ratios = summary.path("ratios");
    if (ratios.has("throughputToKafkaCeiling")) {
      out.printf(
          Locale.ROOT,
          "loadtest: gateway throughput / Kafka ceiling %.3f%s%n",
          ratios.path("throughputToKafkaCeiling").asDouble(),
          ratios.has("cpuPerMessageToKafka")
              ? String.format(
                  Locale.ROOT,
                  "; gateway CPU per message / Kafka producer's %.2f",
                  ratios.path("cpuPerMessageToKafka").asDouble())
              : "");
    }
    for (var check : summary.path("verdict").path("checks")) {
      out.printf(
          "loadtest: [%s] %s: %s%n",
          check.path("passed").asBoolean() ? "pass" : "FAIL",
          check.path("name").asText(),
          check.path("detail").asText());
    }
    out.println("loadtest: " + (passed ? "PASSED" : "FAILED"));
  }

  // ---- helpers ----

  private static long epochMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
