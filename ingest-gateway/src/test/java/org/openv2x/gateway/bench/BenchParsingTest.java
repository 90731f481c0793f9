package org.openv2x.gateway.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parsing the benchmark relies on: /proc lines, Prometheus text, figures files, JSON. */
class BenchParsingTest {
  @TempDir Path dir;

  @Test
  void statLineTicksAreUtimePlusStimeEvenWithSpacesAndParenthesesInTheName() {
    String line =
        "4242 (kafka-producer- ) x) S 1 4242 4242 0 -1 4194368 1200 0 0 0 731 269 0 0 20 0 95 0"
            + " 12345 8989048 153843 18446744073709551615 1 1 0 0 0 0 0 4096 17663 0 0 0 17 1 0 0"
            + " 0 0 0";
    assertEquals(731 + 269, ProcCpu.ticksOfStatLine(line));
    assertEquals("kafka-producer- ) x", ProcCpu.commOfStatLine(line));
  }

  @Test
  void machineTicksLeaveOutIdleIowaitAndGuestTime() {
    long[] ticks = ProcCpu.machineTicksOfLine("cpu  100 5 50 1000 20 3 2 1 40 0");
    assertArrayEquals(
        new long[] {100 + 5 + 50 + 3 + 2 + 1, 100 + 5 + 50 + 1000 + 20 + 3 + 2 + 1}, ticks);
  }

  @Test
  void processTicksOfThisJvmAreRead() {
    long pid = ProcessHandle.current().pid();
    assertTrue(ProcCpu.processTicks(pid) >= 0);
    assertTrue(!ProcCpu.threadTicksByName(pid).isEmpty());
  }

  @Test
  void prometheusSumsAddEveryLabelSetOfOneMetricOnly() {
    PrometheusText text =
        PrometheusText.of(
            "# HELP gateway_messages_out_total Records acknowledged by Kafka, by topic\n"
                + "# TYPE gateway_messages_out_total counter\n"
                + "gateway_messages_out_total{topic=\"bsm\"} 9400.0\n"
                + "gateway_messages_out_total{topic=\"spat\"} 300.0\n"
                + "gateway_messages_out_total_extra{topic=\"bsm\"} 1.0\n"
                + "gateway_journal_pending_records 12.0\n");
    assertEquals(9700.0, text.sum("gateway_messages_out_total"));
    assertEquals(300.0, text.sum("gateway_messages_out_total", "topic=\"spat\""));
    assertEquals(12.0, text.sum("gateway_journal_pending_records"));
    assertEquals(0.0, text.sum("gateway_missing_total"));
  }

  @Test
  void figuresSurviveAFileAndBecomeJsonNumbersFlagsAndStrings() throws Exception {
    Figures figures =
        new Figures()
            .put("a.rate", 1234.5678)
            .put("b.count", 7L)
            .put("c.met", "true")
            .put("d", "x y");
    Path file = dir.resolve("step.properties");
    figures.write(file);
    Figures read = Figures.read(file);
    assertEquals(figures.asMap(), read.asMap());
    String json = BenchReport.json(Map.of("step", read));
    assertTrue(json.contains("\"a.rate\": 1234.568"), json);
    assertTrue(json.contains("\"b.count\": 7"), json);
    assertTrue(json.contains("\"c.met\": true"), json);
    assertTrue(json.contains("\"d\": \"x y\""), json);
  }
}
