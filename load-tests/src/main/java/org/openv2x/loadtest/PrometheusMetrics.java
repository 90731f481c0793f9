package org.openv2x.loadtest;

import java.util.ArrayList;
import java.util.List;

/** Samples of a Prometheus text exposition, summed by metric name and label filter. */
final class PrometheusMetrics {
  private record Sample(String name, String labels, double value) {}

  private final List<Sample> samples;

  private PrometheusMetrics(List<Sample> samples) {
    this.samples = samples;
  }

  /** Parses {@code text}; lines that are not samples are skipped. */
  static PrometheusMetrics parse(String text) {
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      if (space <= 0) {
        continue;
      }
      String key = line.substring(0, space).trim();
      double value;
      try {
        value = Double.parseDouble(line.substring(space + 1).trim());
      } catch (NumberFormatException e) {
        continue;
      }
      int brace = key.indexOf('{');
      String name = brace < 0 ? key : key.substring(0, brace);
      String labels = brace < 0 ? "" : key.substring(brace);
      samples.add(new Sample(name, labels, value));
    }
    return new PrometheusMetrics(samples);
  }

  /** Whether there is no sample (the endpoint did not answer). */
  boolean isEmpty() {
    return samples.isEmpty();
  }

  /**
   * The sum of the samples of {@code name} whose labels contain {@code labelFilter} (empty: all);
   * NaN when there is none.
   */
  double sum(String name, String labelFilter) {
    double sum = 0;
    boolean found = false;
    for (Sample sample : samples) {
      if (sample.name.equals(name) && sample.labels.contains(labelFilter)) {
        sum += sample.value;
        found = true;
      }
    }
    return found ? sum : Double.NaN;
  }
}
