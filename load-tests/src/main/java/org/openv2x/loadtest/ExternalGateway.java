package org.openv2x.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A gateway the load test did not start ({@code --gateway}): it is driven and read back like its
 * own, but its CPU and memory are not measured (another process, maybe another machine); its
 * metrics are read when {@code --gateway-metrics} names them.
 */
final class ExternalGateway implements TargetGateway {
  private final String metricsUrl;

  /**
   * @param metricsUrl its Prometheus endpoint, or null
   */
  ExternalGateway(String metricsUrl) {
    this.metricsUrl = metricsUrl;
  }

  @Override
  public ProcessStats sample() {
    return new ProcessStats(-1, -1, -1, -1);
  }

  @Override
  public PrometheusMetrics metrics() {
    if (metricsUrl == null) {
      return PrometheusMetrics.parse("");
    }
    return fetch(metricsUrl);
  }

  /** The metrics at {@code url}; empty when it does not answer. */
  static PrometheusMetrics fetch(String url) {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      connection.setConnectTimeout(2_000);
      connection.setReadTimeout(5_000);
      try (InputStream in = connection.getInputStream()) {
        return PrometheusMetrics.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } finally {
        connection.disconnect();
      }
    } catch (IOException | IllegalArgumentException e) {
      return PrometheusMetrics.parse("");
    }
  }

  @Override
  public boolean isAlive() {
    return true;
  }

  @Override
  public int incarnations() {
    return 0;
  }

  @Override
  public boolean collectGarbage() {
    return false;
  }

  @Override
  public void close() {}
}
