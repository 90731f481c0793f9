package org.openv2x.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Short versions of the fault scenarios, end to end: a broker and a gateway in JVMs of their own,
 * the blast, every acknowledged message looked for in Kafka by its id. They assert what each
 * scenario promises (0 acknowledged lost, faults really injected while traffic flowed); no speed.
 */
class FaultScenariosIT {
  @TempDir Path directory;

  private LoadTestOptions.Builder shortRun(Scenario scenario) {
    return LoadTestOptions.builder()
        .scenario(scenario)
        .ratePerSecond(20_000)
        .connections(8)
        .duration(Duration.ofSeconds(12))
        .ramp(Duration.ofSeconds(1))
        .warmup(Duration.ofSeconds(3))
        .partitions(2)
        .gatewayHeap("512m")
        .corpusVehicles(200)
        .baseline(false)
        .drainTimeout(Duration.ofSeconds(90))
        .reportDirectory(directory.resolve(scenario.label()));
  }

  private static LoadTest.Outcome run(LoadTestOptions options) throws IOException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    LoadTest.Outcome outcome;
    try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      outcome = LoadTest.run(options, out);
    }
    String text = output.toString(StandardCharsets.UTF_8);
    System.out.println(text);
    assertTrue(outcome.passed(), "the run passed its checks:\n" + text);
    assertTrue(Files.size(outcome.summaryFile()) > 0);
    assertTrue(Files.readString(outcome.reportFile()).contains(options.scenario().label()));
    JsonNode counts = outcome.summary().path("counts");
    assertTrue(counts.path("acked").asLong() > 0, "messages were acknowledged");
    assertEquals(0, counts.path("lost").asLong(), "acknowledged but not in Kafka");
    assertEquals(
        counts.path("acked").asLong(),
        counts.path("matched").asLong() + counts.path("deadLetteredMatched").asLong(),
        "every acknowledged message found by its id");
    return outcome;
  }

  private static List<String> events(LoadTest.Outcome outcome) {
    List<String> events = new ArrayList<>();
    outcome.summary().path("events").forEach(e -> events.add(e.path("what").asText()));
    return events;
  }

  @Test
  void brokerOutage() throws IOException {
    LoadTest.Outcome outcome =
        run(shortRun(Scenario.BROKER_OUTAGE).outage(Duration.ofSeconds(4)).build());
    List<String> events = events(outcome);
    assertTrue(events.stream().anyMatch(e -> e.startsWith("broker stopped")), events.toString());
    assertTrue(events.contains("broker started"), events.toString());
    long journalPeak = 0;
    for (JsonNode row : outcome.summary().path("timeline")) {
      journalPeak = Math.max(journalPeak, row.path("journalPending").asLong());
    }
    assertTrue(
        journalPeak > 0, "the gateway held messages in its journal while the broker was down");
  }

  @Test
  void gatewayCrash() throws IOException {
    LoadTest.Outcome outcome =
        run(shortRun(Scenario.GATEWAY_CRASH).crashDowntime(Duration.ofSeconds(1)).build());
    assertTrue(events(outcome).contains("gateway killed (SIGKILL)"), events(outcome).toString());
    assertEquals(2, outcome.summary().path("gateway").path("incarnations").asInt());
    assertTrue(
        outcome.summary().path("counts").path("reconnects").asLong() > 0,
        "the RSU sessions came back to the restarted gateway");
  }

  @Test
  void garbage() throws IOException {
    LoadTest.Outcome outcome =
        run(shortRun(Scenario.GARBAGE).baseline(true).baselineRecords(50_000).build());
    JsonNode counts = outcome.summary().path("counts");
    long malformed = counts.path("malformedAcked").asLong();
    assertTrue(malformed > 0);
    assertEquals(malformed, counts.path("deadLetteredMatched").asLong());
    assertEquals(malformed, counts.path("rejected").asLong());
    assertTrue(counts.path("deadLetterReasons").size() > 0);
    JsonNode baseline = outcome.summary().path("baseline");
    assertEquals(50_000, baseline.path("records").asLong(), "the baseline producer ran");
    assertTrue(outcome.summary().path("ratios").has("throughputToKafkaCeiling"));
  }
}
