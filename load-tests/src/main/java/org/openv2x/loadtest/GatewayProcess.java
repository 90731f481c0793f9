package org.openv2x.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
final class GatewayProcess implements AutoCloseable {
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
    this.jvmFlags = ChildProcess.jvmFlags(heap, List.of("-XX:+AlwaysPreTouch"));
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
  synchronized ProcessStats sample() {
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

  synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  int incarnations() {
    return incarnations;
  }

  /** The gateway's Prometheus metrics now; empty when it does not answer. */
  PrometheusMetrics metrics() {
    try {
      HttpURLConnection connection =
          (HttpURLConnection)
              URI.create("http://127.0.0.1:" + httpPort + "/metrics").toURL().openConnection();
      connection.setConnectTimeout(2_000);
      connection.setReadTimeout(5_000);
      try (InputStream in = connection.getInputStream()) {
        return PrometheusMetrics.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } finally {
        connection.disconnect();
      }
    } catch (IOException e) {
      return PrometheusMetrics.parse("");
    }
  }

  @Override
  public synchronized void close() {
    if (process != null && process.isAlive()) {
      sample();
      process.terminate(Duration.ofSeconds(30));
    }
  }
}
