package org.openv2x.sim.truth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A file of JSON lines (one object a line, UTF-8) written with Jackson's streaming generator, and
 * the number formats of the truth files.
 */
final class JsonLines implements Closeable {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** ISO-8601 UTC with milliseconds, e.g. {@code 2023-11-14T22:13:20.100Z}. */
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final BufferedWriter writer;
  private final JsonGenerator json;
  private long lines;

  JsonLines(Path file) throws IOException {
    this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    this.json = FACTORY.createGenerator(writer);
    json.setRootValueSeparator(null);
  }

  /** Starts a line's object; write its fields on {@link #json()}, then call {@link #end()}. */
  JsonGenerator begin() {
    try {
      json.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return json;
  }

  void end() {
    try {
      json.writeEndObject();
      json.writeRaw('\n');
      lines++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long lines() {
    return lines;
  }

  void flush() throws IOException {
    json.flush();
  }

  @Override
  public void close() throws IOException {
    json.close();
    writer.close();
  }

  static String utc(long epochMs) {
    return UTC.format(Instant.ofEpochMilli(epochMs));
  }

  /** Writes {@code <name>EpochMs} and {@code <name>Utc}. */
  static void time(JsonGenerator json, String name, long epochMs) throws IOException {
    json.writeNumberField(name + "EpochMs", epochMs);
    json.writeStringField(name + "Utc", utc(epochMs));
  }

  /** Rounds to {@code decimals} places, for compact, stable output. */
  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
