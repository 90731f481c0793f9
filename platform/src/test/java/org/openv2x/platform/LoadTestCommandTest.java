package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadTestCommandTest {
  private static void assertUsage(String expected, String... args) {
    Cli.Result result = Cli.run("", args);
    result.assertUsageError();
    assertTrue(result.err().contains(expected), "expected '" + expected + "' in: " + result.err());
  }

  @Test
  void badOptionsAreRefusedBeforeAnythingStarts() {
    assertUsage("steady, step, broker-outage", "loadtest", "--scenario", "chaos");
    assertUsage("--rate", "loadtest", "--rate", "lots");
    assertUsage("--duration", "loadtest", "--duration", "forever");
    assertUsage("--garbage-share must be between 0 and 1", "loadtest", "--garbage-share", "1.5");
    assertUsage("--connections", "loadtest", "--connections", "0");
    assertUsage("--kafka must be host:port", "loadtest", "--kafka", "kafka");
    assertUsage("--gateway-heap", "loadtest", "--gateway-heap", "big");
    assertUsage(
        "runs only with its own broker",
        "loadtest",
        "--scenario",
        "gateway-crash",
        "--kafka",
        "127.0.0.1:9092");
    assertUsage(
        "--scenario step needs a first --rate", "loadtest", "--scenario", "step", "--rate", "MAX");
  }

  @Test
  void aReportDirectoryThatCannotBeMadeIsAnIoErrorBeforeAnythingStarts(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Cli.Result result =
        Cli.run("", "loadtest", "--report", file.resolve("report").toString(), "--no-baseline");
    assertEquals(V2xCommand.EXIT_IO, result.exit(), result.err());
    assertTrue(result.err().contains("cannot write to"), result.err());
  }

  @Test
  void helpListsTheScenarios() {
    Cli.Result result = Cli.run("", "loadtest", "--help");
    assertTrue(result.out().contains("broker-outage"), result.out());
    assertTrue(result.out().contains("--idle-connections"), result.out());
  }
}
