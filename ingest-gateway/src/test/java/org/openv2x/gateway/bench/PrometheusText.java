package org.openv2x.gateway.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Reads figures out of a Prometheus text exposition (the gateway's {@code /metrics}). */
public final class PrometheusText {
  private final String text;

  private PrometheusText(String text) {
    this.text = text;
  }

  /** Parses an exposition already fetched. */
  public static PrometheusText of(String text) {
    return new PrometheusText(text);
  }

  /** Fetches {@code url} (GET, 10 s timeouts). */
  public static PrometheusText fetch(String url) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
    connection.setConnectTimeout(10_000);
    connection.setReadTimeout(10_000);
    try (InputStream in = connection.getInputStream()) {
      return new PrometheusText(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      connection.disconnect();
    }
  }

  /**
   * The sum of every sample of metric {@code name} (all label sets) whose labels contain {@code
   * labelFilter} (e.g. {@code topic="bsm"}; empty: all); 0 when there is none.
   */
  public double sum(String name, String labelFilter) {
    double sum = 0;
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.charAt(0) == '#' || !line.startsWith(name)) {
        continue;
      }
      int end = name.length();
      if (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
        continue; // a longer metric name with this prefix
      }
      if (!labelFilter.isEmpty()) {
        int close = line.indexOf('}');
        if (close < 0 || !line.substring(end, close).contains(labelFilter)) {
          continue;
        }
      }
      String value = line.substring(line.lastIndexOf(' ') + 1);
      sum += Double.parseDouble(value);
    }
    return sum;
  }

  /** {@link #sum(String, String)} over every label set. */
  public double sum(String name) {
    return sum(name, "");
  }
}
