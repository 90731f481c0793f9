package org.openv2x.gateway.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Named figures of one step of the benchmark, kept in insertion order and written as {@code
 * key=value} lines (one file per step in the report directory), which {@link BenchReport} reads.
 */
public final class Figures {
  private final Map<String, String> values = new LinkedHashMap<>();

  /** Sets a number; doubles are kept with 3 decimals. */
  public Figures put(String key, double value) {
    values.put(key, format(value));
    return this;
  }

  /** Sets a whole number. */
  public Figures put(String key, long value) {
    values.put(key, Long.toString(value));
    return this;
  }

  /** Sets a text or flag. */
  public Figures put(String key, String value) {
    values.put(key, value);
    return this;
  }

  public String get(String key) {
    return values.get(key);
  }

  public Map<String, String> asMap() {
    return values;
  }

  /** Writes the figures to {@code file}, one {@code key=value} line each. */
  public void write(Path file) throws IOException {
    StringBuilder text = new StringBuilder();
    values.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Reads a file written by {@link #write}. */
  public static Figures read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    Figures figures = new Figures();
    // Keep the file's order: Properties does not.
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (eq > 0 && !line.startsWith("#")) {
        String key = line.substring(0, eq);
        figures.values.put(key, properties.getProperty(key));
      }
    }
    return figures;
  }

  static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "NaN";
    }
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
