package org.openv2x.loadtest.report;

import static org.openv2x.loadtest.report.Html.Column.figures;
import static org.openv2x.loadtest.report.Html.Column.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The charts section: throughput, latency, CPU and memory over time with the run's events, the load
 * steps, and the list of events.
 */
final class ChartsSection {

  private static final String LATENCY_LABEL = "latency (ms)";

  private ChartsSection() {}

  static void write(StringBuilder out, JsonNode summary) {
    out.append("<section id=\"charts\">");
    Html.heading(out, "Charts");
    Timeline timeline = Timeline.of(summary);
    List<JsonNode> eventNodes = Json.elements(summary, "events");
    double spanSeconds = timeline.lastSecond();
    for (JsonNode event : eventNodes) {
      double seconds = Json.number(event, "t");
      if (Double.isFinite(seconds)) {
        spanSeconds = Math.max(spanSeconds, Math.abs(seconds));
      }
    }
    Timeline.TimeUnit unit = Timeline.TimeUnit.forSpan(spanSeconds);
    if (timeline.isEmpty()) {
      Html.missing(out, "No timeline in the summary: the charts over time are not drawn.");
    } else {
      List<Chart.Event> events = new ArrayList<>();
      for (JsonNode event : eventNodes) {
        events.add(new Chart.Event(Json.number(event, "t") / unit.seconds, eventLabel(event)));
      }
      timeCharts(out, timeline, unit, events);
    }
    steps(out, Json.elements(summary, "steps"));
    eventTable(out, eventNodes);
    out.append("</section>");
  }

  private static void timeCharts(
      StringBuilder out, Timeline timeline, Timeline.TimeUnit unit, List<Chart.Event> events) {
    double[] t = timeline.times(unit);
    String xLabel = "time since start (" + unit.symbol + ")";
    Chart throughput =
        new Chart(
            "Throughput over time",
            xLabel,
            List.of(
                new Chart.Panel(
                    "throughput (messages/s)",
                    Chart.Scale.LINEAR,
                    List.of(
                        Series.line("sent", Palette.ORANGE, t, timeline.column("sentPerSecond", 1)),
                        Series.dashed(
                            "acknowledged",
                            Palette.BLUE,
                            Palette.DASHED,
                            t,
                            timeline.column("ackedPerSecond", 1)),
                        Series.dashed(
                            "in Kafka",
                            Palette.GREEN,
                            Palette.DOTTED,
                            t,
                            timeline.column("kafkaPerSecond", 1))))),
            events);
    figure(out, "chart-throughput", throughput, false);

    Chart latency =
        new Chart(
            "Latency percentiles over time",
            xLabel,
            List.of(
                new Chart.Panel(
                    LATENCY_LABEL,
                    Chart.Scale.AUTO,
                    List.of(
                        Series.line("ack p50", Palette.BLUE, t, timeline.column("ackP50Ms", 1)),
                        Series.line(
                            "ack p99", Palette.VERMILION, t, timeline.column("ackP99Ms", 1)),
                        Series.line(
                            "ack p99.9", Palette.PURPLE, t, timeline.column("ackP999Ms", 1)),
                        Series.line("ack max", Palette.BLACK, t, timeline.column("ackMaxMs", 1)),
                        Series.dashed(
                            "Kafka p50",
                            Palette.BLUE,
                            Palette.DASHED,
                            t,
                            timeline.column("kafkaP50Ms", 1)),
                        Series.dashed(
                            "Kafka p99",
                            Palette.VERMILION,
                            Palette.DASHED,
                            t,
                            timeline.column("kafkaP99Ms", 1))))),
            events);
    figure(out, "chart-latency", latency, true);

    Chart cpu =
        new Chart(
            "CPU over time",
            xLabel,
            List.of(
                new Chart.Panel(
                    "CPU (cores)",
                    Chart.Scale.LINEAR,
                    List.of(
                        Series.line(
                            "gateway", Palette.BLUE, t, timeline.column("gatewayCpuCores", 1)),
                        Series.line(
                            "broker", Palette.VERMILION, t, timeline.column("brokerCpuCores", 1)),
                        Series.line(
                            "blast", Palette.GREEN, t, timeline.column("blastCpuCores", 1))))),
            events);
    figure(out, "chart-cpu", cpu, false);

    Chart memory =
        new Chart(
            "Memory over time",
            xLabel,
            List.of(
                new Chart.Panel(
                    "resident memory (MiB)",
                    Chart.Scale.LINEAR,
                    List.of(
                        Series.line(
                            "gateway RSS",
                            Palette.BLUE,
                            t,
                            timeline.column("gatewayRssBytes", Figures.BYTES_PER_MIB)),
                        Series.line(
                            "broker RSS",
                            Palette.VERMILION,
                            t,
                            timeline.column("brokerRssBytes", Figures.BYTES_PER_MIB))))),
            events);
    figure(out, "chart-memory", memory, false);
  }

  private static void steps(StringBuilder out, List<JsonNode> stepNodes) {
    List<JsonNode> placed = new ArrayList<>();
    for (JsonNode step : stepNodes) {
      if (Double.isFinite(Json.number(step, "ratePerSecond"))) {
        placed.add(step);
      }
    }
    if (placed.isEmpty()) {
      return;
    }
    placed.sort(Comparator.comparingDouble(step -> Json.number(step, "ratePerSecond")));
    int count = placed.size();
    double[] rate = new double[count];
    double[] acked = new double[count];
    double[] failedAcked = new double[count];
    double[] p99 = new double[count];
    for (int i = 0; i < count; i++) {
      JsonNode step = placed.get(i);
      rate[i] = Json.number(step, "ratePerSecond");
      acked[i] = Json.number(step, "ackedPerSecond");
      p99[i] = Json.number(step, "ackP99Ms");
      failedAcked[i] = Json.bool(step, "passed").orElse(Boolean.TRUE) ? Double.NaN : acked[i];
    }
    Chart chart =
        new Chart(
            "Acknowledged rate and ack p99 per load step",
            "target rate of the step (messages/s)",
            List.of(
                new Chart.Panel(
                    "acknowledged (messages/s)",
                    Chart.Scale.LINEAR,
                    List.of(
                        new Series(
                            "acknowledged",
                            Palette.BLUE,
                            "",
                            Series.Style.LINE_AND_DOTS,
                            rate,
                            acked),
                        new Series(
                            "target", Palette.GREY, Palette.DASHED, Series.Style.LINE, rate, rate),
                        new Series(
                            "failed step",
                            Palette.VERMILION,
                            "",
                            Series.Style.RINGS,
                            rate,
                            failedAcked))),
                new Chart.Panel(
                    "ack p99 (ms)",
                    Chart.Scale.AUTO,
                    List.of(
                        new Series(
                            "ack p99",
                            Palette.PURPLE,
                            "",
                            Series.Style.LINE_AND_DOTS,
                            rate,
                            p99)))),
            List.of());
    figure(out, "chart-steps", chart, false);
  }

  private static void figure(StringBuilder out, String id, Chart chart, boolean offerOtherScale) {
    List<Chart.Panel> resolved = new ArrayList<>();
    List<Chart.Panel> other = new ArrayList<>();
    boolean hasOther = false;
    for (Chart.Panel panel : chart.panels()) {
      Chart.Scale scale = panel.resolvedScale();
      resolved.add(panel.withScale(scale));
      Chart.Scale otherScale = scale == Chart.Scale.LOG ? Chart.Scale.LINEAR : Chart.Scale.LOG;
      hasOther |= otherScale == Chart.Scale.LINEAR || panel.hasPositiveValues();
      other.add(panel.withScale(otherScale));
    }
    out.append("<figure id=\"")
        .append(id)
        .append("\"><figcaption>")
        .append(Xml.escape(chart.title()))
        .append("</figcaption>");
    Optional<SvgChart.Rendered> main =
        SvgChart.render(new Chart(chart.title(), chart.xAxisLabel(), resolved, chart.events()));
    if (main.isEmpty()) {
      Html.missing(out, Figures.NOT_MEASURED);
      out.append("</figure>");
      return;
    }
    out.append(main.get().svg());
    for (String note : main.get().notes()) {
      out.append("<p class=\"note\">").append(Xml.escape(note)).append("</p>");
    }
    if (offerOtherScale && hasOther) {
      boolean otherIsLog = other.get(0).scale() == Chart.Scale.LOG;
      SvgChart.render(new Chart(chart.title(), chart.xAxisLabel(), other, chart.events()))
          .ifPresent(
              rendered ->
                  out.append("<details class=\"other-scale\"><summary>The same on a ")
                      .append(otherIsLog ? "log" : "linear")
                      .append(" axis</summary>")
                      .append(rendered.svg())
                      .append("</details>"));
    }
    out.append("</figure>");
  }

  private static void eventTable(StringBuilder out, List<JsonNode> events) {
    if (events.isEmpty()) {
      return;
    }
    Html.tableStart(
        out, "events", "Events", figures("Time since start (s)"), text("What happened"));
    for (JsonNode event : events) {
      out.append("<tr>");
      Html.figureCell(out, Figures.exact(Json.number(event, "t")));
      Html.cell(out, eventLabel(event));
      out.append("</tr>");
    }
    Html.tableEnd(out);
  }

  private static String eventLabel(JsonNode event) {
    return Json.text(event, "what").orElse("event");
  }
}
