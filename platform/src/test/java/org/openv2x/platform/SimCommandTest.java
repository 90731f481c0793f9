package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimCommandTest {
  private static void assertUsage(String expected, String... args) {
    Cli.Result result = Cli.run("", args);
    result.assertUsageError();
    assertTrue(result.err().contains(expected), "expected '" + expected + "' in: " + result.err());
  }

  @Test
  void badOptionsAreUsageErrorsThatNameTheOption() {
    assertUsage("grid must be COLUMNSxROWS", "sim", "--grid", "3y3");
    assertUsage("--gateway", "sim", "--gateway", "http://127.0.0.1:7400");
    assertUsage("--speed", "sim", "--speed", "fast");
    assertUsage("--duration", "sim", "--duration", "10 parsecs");
    assertUsage("--events", "sim", "--events", "at 5s meteor_strike");
    assertUsage("--origin", "sim", "--origin", "91,0");
    assertUsage("lanes per approach must be 1..4", "sim", "--lanes", "7");
    assertUsage("missing.yaml", "sim", "--scenario", "missing.yaml");
    assertUsage("--gateway", "sim", "blast");
    assertUsage("rate", "sim", "blast", "--gateway", "tcp://127.0.0.1:7400", "--rate", "lots");
    assertUsage("--sim-grid", "up", "--sim-grid", "0x3");
  }

  @Test
  void aShortRunWritesTheGroundTruthWithTheEventsItInjected(@TempDir Path dir) throws IOException {
    Path truth = dir.resolve("truth");
    Cli.Result result =
        Cli.run(
            "",
            "sim",
            "--grid",
            "2x2",
            "--vehicles",
            "120",
            "--duration",
            "90s",
            "--speed",
            "max",
            "--seed",
            "3",
            "--start",
            "2026-01-05T08:00:00Z",
            "--events",
            "at 10s hard_braking; at 20s stalled_vehicle for 30s",
            "--truth",
            truth.toString());
    assertEquals(0, result.exit(), result.err());
    assertTrue(
        result.out().startsWith("sim: running 4 signalised intersections (4 RSUs)"), result.out());
    assertTrue(result.out().contains("simulated clock from 2026-01-05T08:00:00Z"), result.out());
    assertTrue(result.out().contains("sim: 900 steps, 90.0 s simulated"), result.out());
    assertTrue(result.out().contains("2 events injected"), result.out());
    List<String> events = Files.readAllLines(truth.resolve("events.jsonl"));
    assertEquals(2, events.size(), String.join("\n", events));
    assertTrue(events.get(0).contains("hard_braking"), events.get(0));
    assertTrue(events.get(1).contains("stalled_vehicle"), events.get(1));
    assertTrue(Files.size(truth.resolve("lanes.jsonl")) > 0, "lanes.jsonl");
    assertTrue(Files.size(truth.resolve("signals.jsonl")) > 0, "signals.jsonl");
  }

  @Test
  void aWrittenScenarioRunsAsTheGridItCameFrom(@TempDir Path dir) {
    Path file = dir.resolve("city.yaml");
    Cli.Result written = Cli.run("", "sim", "--grid", "2x1", "--write-scenario", file.toString());
    assertEquals(0, written.exit(), written.err());
    assertTrue(written.out().startsWith("sim: wrote " + file), written.out());
    Cli.Result run =
        Cli.run(
            "",
            "sim",
            "--scenario",
            file.toString(),
            "--vehicles",
            "30",
            "--duration",
            "10s",
            "--speed",
            "max",
            "--events",
            "none");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("sim: running 2 signalised intersections"), run.out());
  }
}
