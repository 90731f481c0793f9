package org.openv2x.loadtest.report;

import static org.openv2x.loadtest.report.Html.Column.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page a person opens to see what a load test did: {@code report.html} next to {@code
 * summary.json}, made from the same summary tree.
 *
 * <p>Top to bottom: title (scenario, start, duration), verdict with every check, the command, the
 * machine, the key figures, the charts over time (throughput, latency, CPU, memory, with the events
 * as dashed lines), the load steps and soak tables when present, the configuration and the notes.
 *
 * <p>The page is one self-contained UTF-8 file that opens offline: inline CSS, inline SVG drawn
 * here, no script, nothing fetched. It is polyglot markup, both HTML5 and well-formed XML, so it
 * can be checked with an XML parser. Every string from the summary is escaped. Any member of the
 * summary may be missing, null or of the wrong type: the page still renders and says {@value
 * Figures#NOT_MEASURED} for each absent figure.
 */
public final class HtmlReport {

  private static final Set<String> KNOWN_MACHINE_MEMBERS =
      Set.of("cores", "memoryBytes", "cpuModel", "java", "os");

  private HtmlReport() {}

  /**
   * Writes the page for {@code summary} to {@code file} in UTF-8, replacing it, creating missing
   * parent directories.
   */
  public static void write(JsonNode summary, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, render(summary), StandardCharsets.UTF_8);
  }

  /** The page for {@code summary} (null reads as an empty summary). */
  public static String render(JsonNode summary) {
    StringBuilder out = new StringBuilder(256 * 1024);
    String scenario = Json.text(summary, "scenario").orElse("scenario not recorded");
    out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"")
        .append(" xml:lang=\"en\"><head><meta charset=\"UTF-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<title>Load test: ")
        .append(Xml.escape(scenario))
        .append("</title><style>")
        .append(ReportStyle.CSS)
        .append("</style></head><body>\n");
    header(out, summary, scenario);
    verdict(out, summary);
    command(out, summary);
    machine(out, summary);
    KeyFigures.write(out, summary);
    ChartsSection.write(out, summary);
    RunTables.steps(out, summary);
    RunTables.soak(out, summary);
    RunTables.config(out, summary);
    RunTables.notes(out, summary);
    out.append("\n</body></html>\n");
    return out.toString();
  }

  private static void header(StringBuilder out, JsonNode summary, String scenario) {
    out.append("<header><h1>Load test: ").append(Xml.escape(scenario)).append("</h1>");
    out.append("<p class=\"subtitle\">Started ")
        .append(
            Xml.escape(
                Json.text(summary, "startedAt")
                    .map(HtmlReport::instant)
                    .orElse(Figures.NOT_MEASURED)))
        .append(" \u00b7 duration ")
        .append(Xml.escape(Figures.duration(Json.number(summary, "durationSeconds"))))
        .append("</p></header>\n");
  }

  /** An ISO-8601 instant as {@code 2026-11-24 10:00:00 UTC}; other text as it is. */
  static String instant(String text) {
    try {
      return OffsetDateTime.parse(text)
              .withOffsetSameInstant(ZoneOffset.UTC)
              .format(DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss"))
          + " UTC";
    } catch (DateTimeParseException e) {
      return text;
    }
  }

  private static void verdict(StringBuilder out, JsonNode summary) {
    Boolean passed = Json.bool(summary, "verdict", "passed").orElse(null);
    List<JsonNode> checks = Json.elements(summary, "verdict", "checks");
    long checksPassed =
        checks.stream().filter(check -> Json.bool(check, "passed").orElse(false)).count();
    String state = passed == null ? "unknown" : passed ? "passed" : "failed";
    out.append("<section id=\"verdict\" class=\"verdict ").append(state).append("\">");
    out.append("<p class=\"verdict-title\">");
    if (passed == null) {
      out.append("Verdict: not judged");
    } else {
      out.append(passed ? "\u2714 PASSED" : "\u2718 FAILED");
    }
    if (!checks.isEmpty()) {
      out.append(" \u2014 ")
          .append(Figures.count(checksPassed))
          .append(" of ")
          .append(Figures.count(checks.size()))
          .append(" checks passed");
    }
    out.append("</p>");
    if (!checks.isEmpty()) {
      out.append("<table class=\"checks\"><tbody>");
      for (JsonNode check : checks) {
        out.append("<tr>");
        RunTables.passFail(out, Json.bool(check, "passed").orElse(null));
        Html.rowHeader(out, Json.text(check, "name").orElse("unnamed check"));
        Html.cell(out, Json.text(check, "detail").orElse(""));
        out.append("</tr>");
      }
      out.append("</tbody></table>");
    }
    out.append("</section>\n");
  }

  private static void command(StringBuilder out, JsonNode summary) {
    out.append("<section id=\"command\">");
    Html.heading(out, "Command");
    Json.text(summary, "command")
        .ifPresentOrElse(
            command ->
                out.append("<pre><code>").append(Xml.escape(command)).append("</code></pre>"),
            () -> Html.missing(out, "The command was not recorded."));
    out.append("</section>\n");
  }

  private static void machine(StringBuilder out, JsonNode summary) {
    JsonNode machine = Json.at(summary, "machine");
    out.append("<section id=\"machine\">");
    Html.heading(out, "Machine");
    Html.tableStart(out, "machine", "", text("Figure"), text("Value"));
    machineRow(out, "CPU cores", Figures.count(Json.number(machine, "cores")));
    machineRow(
        out, "memory", withUnit(Figures.gibibytes(Json.number(machine, "memoryBytes")), "GiB"));
    machineRow(out, "CPU model", Json.text(machine, "cpuModel").orElse(Figures.NOT_MEASURED));
    machineRow(out, "Java", Json.text(machine, "java").orElse(Figures.NOT_MEASURED));
    machineRow(out, "operating system", Json.text(machine, "os").orElse(Figures.NOT_MEASURED));
    if (machine.isObject()) {
      for (Map.Entry<String, JsonNode> entry : machine.properties()) {
        if (!KNOWN_MACHINE_MEMBERS.contains(entry.getKey())) {
          machineRow(out, entry.getKey(), Json.text(entry.getValue()).orElse(Figures.NOT_MEASURED));
        }
      }
    }
    Html.tableEnd(out);
    out.append("</section>\n");
  }

  private static void machineRow(StringBuilder out, String name, String value) {
    out.append("<tr>");
    Html.rowHeader(out, name);
    Html.cell(out, value);
    out.append("</tr>");
  }

  private static String withUnit(String figure, String unit) {
    return Figures.NOT_MEASURED.equals(figure) ? figure : figure + " " + unit;
  }
}
