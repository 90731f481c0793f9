package org.openv2x.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * message-codecs is the bottom of the dependency graph (DESIGN.md): it imports no transport,
 * broker, stream-processing or storage library, so every module can use it.
 */
class DependencyRulesTest {
  private static final List<String> FORBIDDEN =
      List.of(
          "io.netty",
          "org.apache.kafka",
          "org.apache.flink",
          "org.rocksdb",
          "org.openv2x.gateway",
          "org.openv2x.platform",
          "org.openv2x.hdmap",
          "org.openv2x.stream",
          "org.openv2x.sim");

  @Test
  void mainSourcesImportNoTransportBrokerStreamOrStorageLibrary() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          String trimmed = line.trim();
          if (trimmed.startsWith("import ")) {
            for (String prefix : FORBIDDEN) {
              if (trimmed.contains(" " + prefix + ".")
                  || trimmed.contains("static " + prefix + ".")) {
                violations.add(file + ": " + trimmed);
              }
            }
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
