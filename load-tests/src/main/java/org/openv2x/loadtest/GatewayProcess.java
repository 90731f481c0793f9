package org.openv2x.loadtest;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openv2x.gateway.GatewayMain;

/**
 * The gateway of a load test: {@link GatewayMain} in a JVM of its own with a properties file, so
 * that its CPU and memory are measured alone and it can be killed and started again on the same
 * ports and journal. CPU time adds up over every incarnation.
 */
final class GatewayProcess implements TargetGateway {
  /** An environment variable with more JVM flags for the gateway (a collector, GC logging). */
  static final String EXTRA_JVM_FLAGS_VARIABLE = "V2X_LOADTEST_GATEWAY_OPTS";

  private final Path configFile;
  private final Path log;
  private final List<String> jvmFlags;
  private final int httpPort;
  private ChildProcess process;
  private long earlierCpuNanos;
  private long lastCpuNanos;
  private int incarnations;

  GatewayProcess(Map<String, String> config, Path workDirectory, Path log, String heap)
      throws IOException {
    Files.createDirectories(workDirectory);
    this.configFile = workDirectory.resolve("gateway.properties");
    Properties properties = new Properties();
    properties.putAll(config);
    try (OutputStream out = Files.newOutputStream(configFile)) {
      properties.store(out, "the load test's gateway");
    }
    this.log = log;
    // The whole heap committed and touched at start: the RSS then moves with native memory only.
    List<String> extra = new java.util.ArrayList<>(List.of("-Xms" + heap, "-XX:+AlwaysPreTouch"));
    String opts = System.getenv(EXTRA_JVM_FLAGS_VARIABLE);
    if (opts != null && !opts.isBlank()) {
      extra.addAll(List.of(opts.trim().split("\\s+")));
    }
    List<String> flags = new java.util.ArrayList<>(ChildProcess.jvmFlags(heap, extra));
    if (extra.stream().anyMatch(f -> f.matches("-XX:\\+Use\\w+GC"))) {
      flags.remove("-XX:+UseG1GC"); // the collector given wins
    }
    this.jvmFlags = List.copyOf(flags);
    this.httpPort = Integer.parseInt(config.get("http.port"));
  }

  /** Starts it (again) and waits for its ready line. */
  synchronized void start(Duration timeout) throws IOException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("the gateway is running already");
    }
    process =
        ChildProcess.start(
            "gateway",
            jvmFlags,
            GatewayMain.class.getName(),
            List.of("--config", configFile.toString()),
            log,
            line -> line.startsWith("gateway: ready"));
    process.awaitReady(timeout);
    lastCpuNanos = 0;
    incarnations++;
  }

  /** SIGKILL: no shutdown of any kind. */
  synchronized void kill() {
    sample();
    earlierCpuNanos += lastCpuNanos;
    lastCpuNanos = 0;
    process.kill();
  }

  /**
   * Figures of the running process now (CPU adds up over incarnations); unknown when it is down.
   */
  @Override
  public synchronized ProcessStats sample() {
    if (process == null || !process.isAlive()) {
      return new ProcessStats(earlierCpuNanos + lastCpuNanos, -1, -1, -1);
    }
    ProcessStats now = process.stats();
    if (now.cpuNanos() >= 0) {
      lastCpuNanos = now.cpuNanos();
    }
    return new ProcessStats(
        earlierCpuNanos + lastCpuNanos, now.rssBytes(), now.openFiles(), now.maxOpenFiles());
  }

  /**
   * Runs a full GC in the gateway ({@code jcmd <pid> GC.run}), so that the heap in use is what is
   * live; false when jcmd is not there or failed.
   */
  @Override
  public boolean collectGarbage() {
    ChildProcess current;
    synchronized (this) {
      current = process;
    }
    if (current == null || !current.isAlive()) {
      return false;
    }
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return false;
    }
    try {
      Process gc =
          new ProcessBuilder(jcmd.toString(), Long.toString(current.pid()), "GC.run")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return gc.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && gc.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  @Override
  public int incarnations() {
    return incarnations;
  }

  @Override
  public PrometheusMetrics metrics() {
    return ExternalGateway.fetch("http://127.0.0.1:" + httpPort + "/metrics");
  }

  @Override
  public synchronized void close() {
    if (process != null && process.isAlive()) {
      sample();
      process.terminate(Duration.ofSeconds(30));
    }
  }
}
