package org.openv2x.loadtest.report;

import static org.openv2x.loadtest.report.Html.Column.figures;
import static org.openv2x.loadtest.report.Html.Column.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The tables after the charts: load steps, soak windows and drift, the configuration, notes. */
final class RunTables {

  private RunTables() {}

  static void steps(StringBuilder out, JsonNode summary) {
    List<JsonNode> steps = Json.elements(summary, "steps");
    if (steps.isEmpty()) {
      return;
    }
    out.append("<section id=\"steps\">");
    Html.heading(out, "Load steps");
    Html.tableStart(
        out,
        "figures",
        "",
        figures("Step"),
        figures("Target rate (messages/s)"),
        figures("Acknowledged (messages/s)"),
        figures("Ack p99 (ms)"),
        figures("Lost (messages)"),
        text("Result"),
        text("Why"));
    int number = 1;
    for (JsonNode step : steps) {
      out.append("<tr>");
      Html.figureCell(out, Figures.count(number++));
      Html.figureCell(out, Figures.decimal(Json.number(step, "ratePerSecond")));
      Html.figureCell(out, Figures.decimal(Json.number(step, "ackedPerSecond")));
      Html.figureCell(out, Figures.decimal(Json.number(step, "ackP99Ms")));
      Html.figureCell(out, Figures.count(Json.number(step, "lost")));
      passFail(out, Json.bool(step, "passed").orElse(null));
      Html.cell(out, Json.text(step, "why").orElse(""));
      out.append("</tr>");
    }
    Html.tableEnd(out);
    out.append("</section>");
  }

  static void soak(StringBuilder out, JsonNode summary) {
    JsonNode soak = Json.at(summary, "soak");
    if (!soak.isObject() || soak.isEmpty()) {
      return;
    }
    out.append("<section id=\"soak\">");
    Html.heading(out, "Soak");
    Html.tableStart(
        out,
        "figures",
        "Drift",
        text("Figure"),
        figures("Value"),
        text("Unit"),
        text("What it is"));
    out.append("<tr>");
    Html.rowHeader(out, "RSS drift");
    Html.figureCell(out, Figures.mebibytes(Json.number(soak, "rssDriftBytesPerHour")));
    Html.cell(out, "MiB/h");
    Html.cell(out, "how fast the gateway's resident memory grew over the soak");
    out.append("</tr><tr>");
    Html.rowHeader(out, "p99 drift");
    Html.figureCell(out, Figures.decimal(Json.number(soak, "p99DriftMs")));
    Html.cell(out, "ms");
    Html.cell(out, "how far the send-to-Kafka p99 moved, from the second window to the last");
    out.append("</tr>");
    Html.tableEnd(out);
    List<JsonNode> windows = Json.elements(soak, "windows");
    if (!windows.isEmpty()) {
      Html.tableStart(
          out,
          "figures",
          "Windows",
          figures("From (s)"),
          figures("To (s)"),
          figures("Ack p99, worst second (ms)"),
          figures("Kafka p99 (ms)"),
          figures("Gateway RSS (MiB)"),
          figures("Heap used (MiB)"));
      for (JsonNode window : windows) {
        out.append("<tr>");
        Html.figureCell(out, Figures.exact(Json.number(window, "fromT")));
        Html.figureCell(out, Figures.exact(Json.number(window, "toT")));
        Html.figureCell(out, Figures.decimal(Json.number(window, "ackWorstSecondP99Ms")));
        Html.figureCell(out, Figures.decimal(Json.number(window, "kafkaP99Ms")));
        Html.figureCell(out, Figures.mebibytes(Json.number(window, "gatewayRssBytes")));
        Html.figureCell(out, Figures.mebibytes(Json.number(window, "heapUsedBytes")));
        out.append("</tr>");
      }
      Html.tableEnd(out);
    }
    out.append("</section>");
  }

  /**
   * The configuration as given. Numbers get thousands separators, except under keys naming a port
   * or a seed, which read as identifiers.
   */
  static void config(StringBuilder out, JsonNode summary) {
    out.append("<section id=\"config\">");
    Html.heading(out, "Configuration");
    JsonNode config = Json.at(summary, "config");
    if (!config.isObject() || config.isEmpty()) {
      Html.missing(out, "No configuration in the summary.");
    } else {
      Html.tableStart(out, "config", "", text("Key"), text("Value"));
      for (Map.Entry<String, JsonNode> entry : config.properties()) {
        String key = entry.getKey();
        JsonNode value = entry.getValue();
        String lowerKey = key.toLowerCase(Locale.ROOT);
        boolean identifier = lowerKey.contains("port") || lowerKey.contains("seed");
        String shown;
        if (value.isNumber() && !identifier) {
          shown = Figures.count(value.doubleValue());
          if (value.isIntegralNumber() && !value.canConvertToLong()) {
            shown = value.asText();
          }
        } else {
          shown = Json.text(value).orElse("null");
        }
        out.append("<tr>");
        Html.rowHeader(out, key);
        out.append("<td><code>").append(Xml.escape(shown)).append("</code></td></tr>");
      }
      Html.tableEnd(out);
    }
    out.append("</section>");
  }

  static void notes(StringBuilder out, JsonNode summary) {
    JsonNode notes = Json.at(summary, "notes");
    List<JsonNode> lines = Json.elements(summary, "notes");
    if (lines.isEmpty() && !notes.isTextual()) {
      return;
    }
    out.append("<section id=\"notes\">");
    Html.heading(out, "Notes");
    out.append("<ul class=\"notes\">");
    if (notes.isTextual()) {
      lines = List.of(notes);
    }
    for (JsonNode line : lines) {
      out.append("<li>").append(Xml.escape(Json.text(line).orElse(""))).append("</li>");
    }
    out.append("</ul></section>");
  }

  /** A result cell: a mark and a word, so colour is never the only signal. */
  static void passFail(StringBuilder out, Boolean passed) {
    if (passed == null) {
      out.append("<td class=\"missing\">not judged</td>");
    } else if (passed) {
      out.append("<td class=\"pass\">\u2714 pass</td>");
    } else {
      out.append("<td class=\"fail\">\u2718 FAIL</td>");
    }
  }
}
