package org.openv2x.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Loads a shared test vector by name from the test classpath ({@code /vectors/index.tsv}). */
final class VectorState {
  private VectorState() {}

  static byte[] vector(String name) {
    try (InputStream in = VectorState.class.getResourceAsStream("/vectors/index.tsv")) {
      if (in == null) {
        throw new IllegalStateException("/vectors/index.tsv is not on the classpath");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] cells = line.split("\t");
        if (cells[0].equals(name)) {
          return HexFormat.of().parseHex(cells[3].trim());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("no vector " + name);
  }
}
