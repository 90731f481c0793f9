package org.openv2x.gateway.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark's summary: {@code <report dir>}. Reads the figures of each step ({@code
 * run.properties}, {@code gateway-window.properties}, {@code kafka-after.properties}, {@code
 * producer-window.properties}), works out the ratios to Kafka's producer ceiling and the goals
 * (throughput ≥ {@value #THROUGHPUT_GOAL} × the ceiling, CPU per message ≤ {@value #CPU_GOAL} × the
 * producer tool's CPU per record), prints a table and writes {@code summary.json}.
 */
public final class BenchReport {
  static final double THROUGHPUT_GOAL = 0.8;
  static final double CPU_GOAL = 1.5;

  private static final String[][] STEPS = {
    {"run", "run.properties"},
    {"gateway", "gateway-window.properties"},
    {"kafka", "kafka-after.properties"},
    {"producerCeiling", "producer-window.properties"}
  };

  private BenchReport() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Map<String, Figures> steps = new LinkedHashMap<>();
    for (String[] step : STEPS) {
      Path file = dir.resolve(step[1]);
      steps.put(step[0], Files.exists(file) ? Figures.read(file) : new Figures());
    }
    Figures gateway = steps.get("gateway");
    Figures kafka = steps.get("kafka");
    Figures producer = steps.get("producerCeiling");
    Figures run = steps.get("run");

    double gatewayRate = number(gateway, "kafka.acked.per.s");
    double rsuRate = number(gateway, "rsu.acked.per.s");
    double ceilingRate = number(producer, "producer.records.per.s");
    double gatewayCpuUs = number(gateway, "gateway.cpu.us.per.msg");
    double producerCpuUs = number(producer, "producer.cpu.us.per.record");
    double throughputRatio = gatewayRate / ceilingRate;
    double cpuRatio = gatewayCpuUs / producerCpuUs;
    long acknowledged = (long) number(gateway, "run.acked.msgs");
    long inKafka = (long) number(kafka, "kafka.records.total");

    Figures ratios = new Figures();
    ratios.put("throughput.gateway.kafka.acked.per.ceiling", throughputRatio);
    ratios.put("throughput.gateway.rsu.acked.per.ceiling", rsuRate / ceilingRate);
    ratios.put("cpu.gateway.per.msg.per.producer.per.record", cpuRatio);
    ratios.put(
        "cpu.gateway.plus.broker.per.msg.per.producer.plus.broker.per.record",
        (gatewayCpuUs + number(gateway, "broker.cpu.us.per.msg"))
            / (producerCpuUs + number(producer, "broker.cpu.us.per.record")));
    double gatewayAppCpuUs =
        (number(gateway, "gateway.cpu.cores") - number(gateway, "gateway.cpu.jit.cores"))
            * 1e6
            / gatewayRate;
    double producerAppCpuUs =
        (number(producer, "producer.cpu.cores") - number(producer, "producer.cpu.jit.cores"))
            * 1e6
            / ceilingRate;
    ratios.put("cpu.without.jit.gateway.us.per.msg", gatewayAppCpuUs);
    ratios.put("cpu.without.jit.producer.us.per.record", producerAppCpuUs);
    ratios.put("cpu.without.jit.gateway.per.producer", gatewayAppCpuUs / producerAppCpuUs);
    Figures goals = new Figures();
    // A rate-limited run measures latency at that rate; its throughput is the offered load.
    boolean ceilingRun = "MAX".equals(gateway.get("load.rate"));
    String throughputVerdict =
        !ceilingRun ? "n/a" : Boolean.toString(throughputRatio >= THROUGHPUT_GOAL);
    goals.put("throughput.min.ratio", THROUGHPUT_GOAL);
    goals.put("throughput.met", throughputVerdict);
    goals.put("cpu.max.ratio", CPU_GOAL);
    goals.put("cpu.met", Boolean.toString(cpuRatio <= CPU_GOAL));
    Figures count = new Figures();
    count.put("acknowledged.to.rsus", acknowledged);
    count.put("records.in.kafka", inKafka);
    count.put("gateway.messages.out.total", (long) number(run, "gateway.messages.out.total"));
    count.put("journal.drained", run.asMap().getOrDefault("journal.drained", "unknown"));
    count.put("equal", Boolean.toString(acknowledged == inKafka));
    steps.put("ratios", ratios);
    steps.put("goals", goals);
    steps.put("countCheck", count);

    Files.writeString(dir.resolve("summary.json"), json(steps), StandardCharsets.UTF_8);

    StringBuilder table = new StringBuilder();
    line(table, "machine", run.get("machine"), "");
    line(
        table,
        "load",
        gateway.get("load.connections")
            + " connections, DATA frames of "
            + gateway.get("load.batch")
            + ", rate "
            + gateway.get("load.rate")
            + ", window "
            + gateway.get("load.window.frames")
            + " frames",
        "measured " + fmt(number(gateway, "window.s"), 1) + " s after warm-up");
    table.append('\n');
    table.append(
        String.format(
            Locale.ROOT,
            "%-34s %18s %18s %8s  %s%n",
            "",
            "gateway",
            "producer tool",
            "ratio",
            "goal"));
    table.append(
        String.format(
            Locale.ROOT,
            "%-34s %18s %18s %8s  %s%n",
            "throughput, acked by Kafka",
            fmt(gatewayRate, 0) + " msg/s",
            fmt(ceilingRate, 0) + " rec/s",
            fmt(throughputRatio, 2),
            ">= "
                + THROUGHPUT_GOAL
                + (!ceilingRun
                    ? " n/a: rate-limited run"
                    : throughputRatio >= THROUGHPUT_GOAL ? " met" : " NOT met")));
    table.append(
        String.format(
            Locale.ROOT,
            "%-34s %18s %18s %8s  %s%n",
            "CPU per message (own JVM)",
            fmt(gatewayCpuUs, 2) + " us",
            fmt(producerCpuUs, 2) + " us",
            fmt(cpuRatio, 2),
            "<= " + CPU_GOAL + (cpuRatio <= CPU_GOAL ? " met" : " NOT met")));
    table.append(
        String.format(
            Locale.ROOT,
            "%-34s %18s %18s %8s%n",
            "  the same without JIT threads",
            fmt(gatewayAppCpuUs, 2) + " us",
            fmt(producerAppCpuUs, 2) + " us",
            fmt(gatewayAppCpuUs / producerAppCpuUs, 2)));
    table.append(
        String.format(
            Locale.ROOT,
            "%-34s %18s %18s%n",
            "CPU cores used (own JVM)",
            fmt(number(gateway, "gateway.cpu.cores"), 2),
            fmt(number(producer, "producer.cpu.cores"), 2)));
    table.append(
        String.format(
            Locale.ROOT,
            "%-34s %18s %18s%n",
            "broker CPU per message",
            fmt(number(gateway, "broker.cpu.us.per.msg"), 2) + " us",
            fmt(number(producer, "broker.cpu.us.per.record"), 2) + " us"));
    table.append(
        String.format(
            Locale.ROOT,
            "%-34s %18s %18s%n",
            "machine busy cores (other work)",
            fmt(number(gateway, "machine.busy.cores"), 2)
                + " ("
                + fmt(number(gateway, "machine.other.cores"), 2)
                + ")",
            fmt(number(producer, "machine.busy.cores"), 2)
                + " ("
                + fmt(number(producer, "machine.other.cores"), 2)
                + ")"));
    table.append(
        String.format(
            Locale.ROOT,
            "%-34s %18s %18s%n",
            "record value bytes",
            fmt(number(kafka, "record.value.bytes.mean"), 1),
            fmt(number(producer, "producer.record.bytes"), 0)));
    for (String metric :
        List.of("records-per-request-avg", "batch-size-avg", "compression-rate-avg")) {
      table.append(
          String.format(
              Locale.ROOT,
              "%-34s %18s %18s%n",
              "producer " + metric,
              fmt(number(gateway, "gateway.producer." + metric), 2),
              fmt(number(producer, "producer.producer." + metric), 2)));
    }
    table.append('\n');
    line(table, "acked to RSUs", fmt(rsuRate, 0) + " msg/s", "");
    line(
        table,
        "load client CPU",
        fmt(number(gateway, "client.cpu.us.per.msg"), 2)
            + " us/msg, "
            + fmt(number(gateway, "client.cpu.cores"), 2)
            + " cores",
        "");
    line(
        table,
        "journal pending records",
        gateway.get("journal.pending.records.start")
            + " at window start, "
            + gateway.get("journal.pending.records.end")
            + " at its end",
        "");
    line(
        table,
        "ACK latency (frame sent -> ACK)",
        "p50 "
            + fmt(number(gateway, "ack.latency.p50.ms"), 2)
            + " ms, p99 "
            + fmt(number(gateway, "ack.latency.p99.ms"), 2)
            + " ms, p99.9 "
            + fmt(number(gateway, "ack.latency.p999.ms"), 2)
            + " ms",
        gateway.get("ack.latency.frames") + " frames");
    line(
        table,
        "gateway receive -> Kafka append",
        "p50 "
            + fmt(number(kafka, "append.latency.p50.ms"), 1)
            + " ms, p99 "
            + fmt(number(kafka, "append.latency.p99.ms"), 1)
            + " ms (ms resolution)",
        kafka.get("append.latency.samples") + " sampled records");
    line(
        table,
        "producer tool latency",
        "avg " + fmt(number(producer, "producer.latency.avg.ms"), 1) + " ms",
        "max " + fmt(number(producer, "producer.latency.max.ms"), 1) + " ms");
    line(
        table,
        "count check",
        acknowledged
            + " acknowledged to RSUs, "
            + inKafka
            + " records in Kafka: "
            + (acknowledged == inKafka ? "equal" : "DIFFERENT"),
        "journal drained: " + count.get("journal.drained"));
    line(table, "gateway cores by thread", threads(gateway, "gateway"), "");
    line(table, "producer tool cores by thread", threads(producer, "producer"), "");
    line(
        table,
        "kernel share of CPU",
        "gateway "
            + fmt(100 * number(gateway, "gateway.cpu.sys.share"), 0)
            + " %, producer tool "
            + fmt(100 * number(producer, "producer.cpu.sys.share"), 0)
            + " %, broker "
            + fmt(100 * number(gateway, "broker.cpu.sys.share"), 0)
            + " % / "
            + fmt(100 * number(producer, "broker.cpu.sys.share"), 0)
            + " %",
        "");
    System.out.print(table);
    Files.writeString(dir.resolve("summary.txt"), table, StandardCharsets.UTF_8);
  }

  /** "name cores (sys cores), ..." of a role's threads, busiest first. */
  private static String threads(Figures figures, String role) {
    String start = role + ".thread.";
    StringBuilder threads = new StringBuilder();
    figures
        .asMap()
        .forEach(
            (key, value) -> {
              if (key.startsWith(start) && !key.endsWith(".sys.cores")) {
                String prefix = key.substring(0, key.length() - ".cores".length());
                threads
                    .append(threads.length() == 0 ? "" : ", ")
                    .append(prefix.substring(start.length()))
                    .append(' ')
                    .append(value)
                    .append(" (sys ")
                    .append(figures.get(prefix + ".sys.cores"))
                    .append(')');
              }
            });
    return threads.toString();
  }

  private static void line(StringBuilder table, String name, String value, String note) {
    table.append(
        String.format(
            Locale.ROOT,
            "%-34s %s%s%n",
            name,
            value == null ? "-" : value,
            note.isEmpty() ? "" : "   (" + note + ")"));
  }

  static double number(Figures figures, String key) {
    String value = figures.get(key);
    if (value == null) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String fmt(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "-";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /** Sections of figures as a JSON object of objects; numbers stay numbers, the rest strings. */
  static String json(Map<String, Figures> sections) {
    StringBuilder json = new StringBuilder("{\n");
    int s = 0;
    for (Map.Entry<String, Figures> section : sections.entrySet()) {
      json.append("  ").append(quote(section.getKey())).append(": {");
      int k = 0;
      for (Map.Entry<String, String> entry : section.getValue().asMap().entrySet()) {
        json.append(k++ == 0 ? "\n" : ",\n")
            .append("    ")
            .append(quote(entry.getKey()))
            .append(": ")
            .append(value(entry.getValue()));
      }
      json.append(k == 0 ? "}" : "\n  }").append(++s < sections.size() ? ",\n" : "\n");
    }
    return json.append("}\n").toString();
  }

  private static String value(String text) {
    if (text.equals("true") || text.equals("false")) {
      return text;
    }
    if (text.equals("NaN")) {
      return "null";
    }
    try {
      Double.parseDouble(text);
      return text.matches("-?\\d+(\\.\\d+)?") ? text : quote(text);
    } catch (NumberFormatException e) {
      return quote(text);
    }
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
