package org.openv2x.loadtest.report;

import static org.openv2x.loadtest.report.Html.Column.figures;
import static org.openv2x.loadtest.report.Html.Column.text;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The key-figures section: message counts, rates, the two latency paths, CPU and memory of each
 * process, and the comparison with Kafka's own producer, each figure with its unit and a short
 * phrase saying what it is.
 */
final class KeyFigures {

  private KeyFigures() {}

  static void write(StringBuilder out, JsonNode summary) {
    out.append("<section id=\"key-figures\">");
    Html.heading(out, "Key figures");
    messages(out, Json.at(summary, "counts"));
    rates(out, Json.at(summary, "throughput"));
    latency(out, Json.at(summary, "latency"));
    resources(out, summary);
    kafkaBaseline(out, Json.at(summary, "baseline"), Json.at(summary, "ratios"));
    out.append("</section>");
  }

  private static void messages(StringBuilder out, JsonNode counts) {
    Html.tableStart(
        out, "figures", "Messages", text("Figure"), figures("Messages"), text("What it counts"));
    count(out, counts, "sent", "sent", "messages the blast sent to the gateway");
    count(out, counts, "acked", "acknowledged", "messages the gateway acknowledged");
    count(out, counts, "accepted", "accepted", "messages the gateway took as valid");
    count(out, counts, "rejected", "rejected", "messages the gateway refused as invalid");
    count(out, counts, "inKafka", "in Kafka", "records read back from Kafka");
    count(out, counts, "matched", "matched", "acknowledged messages found in Kafka by their id");
    count(out, counts, "lost", "lost", "acknowledged but never found in Kafka");
    count(out, counts, "duplicated", "duplicated", "found in Kafka more than once");
    count(out, counts, "deadLettered", "dead-lettered", "written to the dead-letter topic");
    count(out, counts, "malformedSent", "malformed sent", "broken messages sent on purpose");
    count(out, counts, "unacked", "unacknowledged", "sent but never acknowledged");
    Html.tableEnd(out);
  }

  private static void count(
      StringBuilder out, JsonNode counts, String member, String name, String meaning) {
    out.append("<tr>");
    Html.rowHeader(out, name);
    Html.figureCell(out, Figures.count(Json.number(counts, member)));
    Html.cell(out, meaning);
    out.append("</tr>");
  }

  private static void rates(StringBuilder out, JsonNode throughput) {
    Html.tableStart(
        out, "figures", "Rates", text("Figure"), figures("Rate (messages/s)"), text("What it is"));
    row(
        out,
        "offered",
        Figures.decimal(Json.number(throughput, "offeredPerSecond")),
        "the rate the blast sent at");
    row(
        out,
        "acknowledged",
        Figures.decimal(Json.number(throughput, "ackedPerSecond")),
        "the rate the gateway acknowledged at");
    Html.tableEnd(out);
  }

  private static void latency(StringBuilder out, JsonNode latency) {
    Html.tableStart(
        out,
        "figures",
        "Latency",
        text("Path"),
        figures("Samples (messages)"),
        figures("p50 (ms)"),
        figures("p99 (ms)"),
        figures("p99.9 (ms)"),
        figures("max (ms)"),
        text("What it spans"));
    latencyRow(
        out,
        Json.at(latency, "sendToAckMs"),
        "send \u2192 ack",
        "from the blast sending a message to it receiving the gateway's acknowledgement");
    latencyRow(
        out,
        Json.at(latency, "sendToKafkaMs"),
        "send \u2192 Kafka",
        "from the blast sending a message to its record being in Kafka");
    Html.tableEnd(out);
  }

  private static void latencyRow(StringBuilder out, JsonNode path, String name, String meaning) {
    out.append("<tr>");
    Html.rowHeader(out, name);
    Html.figureCell(out, Figures.count(Json.number(path, "count")));
    for (String percentile : new String[] {"p50", "p99", "p999", "max"}) {
      Html.figureCell(out, Figures.decimal(Json.number(path, percentile)));
    }
    Html.cell(out, meaning);
    out.append("</tr>");
  }

  private static void resources(StringBuilder out, JsonNode summary) {
    Html.tableStart(
        out,
        "figures",
        "CPU and memory",
        text("Process"),
        figures("CPU time (CPU-s)"),
        figures("RSS peak (MiB)"),
        figures("Heap used peak (MiB)"),
        figures("Messages per CPU-second"),
        text("What it is"));
    process(out, Json.at(summary, "gateway"), "gateway", "the ingest gateway under test");
    process(out, Json.at(summary, "broker"), "broker", "the Kafka broker");
    process(out, Json.at(summary, "blast"), "blast", "the load generator");
    Html.tableEnd(out);
  }

  private static void process(StringBuilder out, JsonNode process, String name, String meaning) {
    out.append("<tr>");
    Html.rowHeader(out, name);
    Html.figureCell(out, Figures.decimal(Json.number(process, "cpuSeconds")));
    Html.figureCell(out, Figures.mebibytes(Json.number(process, "rssPeakBytes")));
    Html.figureCell(out, Figures.mebibytes(Json.number(process, "heapUsedPeakBytes")));
    Html.figureCell(out, Figures.decimal(Json.number(process, "messagesPerCpuSecond")));
    Html.cell(out, meaning);
    out.append("</tr>");
  }

  private static void kafkaBaseline(StringBuilder out, JsonNode baseline, JsonNode ratios) {
    Html.tableStart(
        out,
        "figures",
        "Against Kafka's own producer",
        text("Figure"),
        figures("Value"),
        text("Unit"),
        text("What it is"));
    out.append("<tr>");
    Html.rowHeader(out, "baseline tool");
    Html.cell(out, Json.text(baseline, "tool").orElse(Figures.NOT_MEASURED));
    Html.cell(out, "");
    Html.cell(out, "the Kafka producer benchmark run alone against the same broker");
    out.append("</tr>");
    row(
        out,
        "record size",
        Figures.count(Json.number(baseline, "recordBytes")),
        "bytes",
        "size of each record the baseline sent");
    row(
        out,
        "records",
        Figures.count(Json.number(baseline, "records")),
        "records",
        "records the baseline sent");
    row(
        out,
        "producer ceiling",
        Figures.decimal(Json.number(baseline, "recordsPerSecond")),
        "records/s",
        "the most Kafka's own producer wrote per second on this machine");
    row(
        out,
        "baseline CPU time",
        Figures.decimal(Json.number(baseline, "cpuSeconds")),
        "CPU-s",
        "CPU the producer and broker used for the baseline");
    row(
        out,
        "baseline efficiency",
        Figures.decimal(Json.number(baseline, "messagesPerCpuSecond")),
        "records per CPU-s",
        "records written per second of CPU in the baseline");
    row(
        out,
        "baseline p99",
        Figures.decimal(Json.number(baseline, "p99Ms")),
        "ms",
        "the producer's send-to-acknowledgement p99");
    row(
        out,
        "share of the ceiling",
        Figures.decimal(100 * Json.number(ratios, "throughputToKafkaCeiling")),
        "% of the ceiling",
        "acknowledged rate through the gateway \u00f7 the producer ceiling");
    row(
        out,
        "CPU per message",
        Figures.decimal(Json.number(ratios, "cpuPerMessageToKafka")),
        "\u00d7 the baseline",
        "CPU per message through the gateway \u00f7 CPU per baseline record");
    Html.tableEnd(out);
  }

  private static void row(StringBuilder out, String name, String value, String meaning) {
    out.append("<tr>");
    Html.rowHeader(out, name);
    Html.figureCell(out, value);
    Html.cell(out, meaning);
    out.append("</tr>");
  }

  private static void row(
      StringBuilder out, String name, String value, String unit, String meaning) {
    out.append("<tr>");
    Html.rowHeader(out, name);
    Html.figureCell(out, value);
    Html.cell(out, unit);
    Html.cell(out, meaning);
    out.append("</tr>");
  }
}
