package org.openv2x.loadtest.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The charts of the page, checked on their SVG coordinates. */
class ChartsTest {

  private static final double HALF_PIXEL_STEP = 0.051;

  @Test
  void aTinySeriesIsDrawnAtItsCoordinatesInTimeOrder() {
    // Given out of order: the chart sorts the points by time.
    Document page =
        render(
            "{\"timeline\": [{\"t\": 2, \"sentPerSecond\": 100}, {\"t\": 0, \"sentPerSecond\": 0},"
                + " {\"t\": 1, \"sentPerSecond\": 50}]}");

    Element svg = Pages.mainSvg(Pages.byId(page, "chart-throughput"));
    double[] plot = Pages.plotAreas(svg).get(0);
    assertArrayEquals(
        new double[] {SvgChart.PLOT_LEFT, SvgChart.PLOT_RIGHT - SvgChart.PLOT_LEFT},
        new double[] {plot[0], plot[2]});
    List<Element> lines =
        Pages.elements(Pages.seriesGroups(page, "chart-throughput", "sent").get(0), "polyline");
    assertEquals(1, lines.size());
    // x: 0..2 s across the plot; y: nice axis 0..100 messages/s, upwards.
    double left = plot[0];
    double top = plot[1];
    double width = plot[2];
    double bottom = plot[1] + plot[3];
    assertPoints(
        List.of(
            new double[] {left, bottom},
            new double[] {left + width / 2, (top + bottom) / 2},
            new double[] {left + width, top}),
        Pages.points(lines.get(0)));
    List<String> yTicks = tickLabels(svg);
    assertEquals(List.of("0", "20", "40", "60", "80", "100", "0", "0.5", "1", "1.5", "2"), yTicks);
  }

  @Test
  void aMissingValueBreaksTheLineAndALoneValueIsADot() {
    Document page =
        render(
            "{\"timeline\": ["
                + "{\"t\": 0, \"sentPerSecond\": 10, \"ackedPerSecond\": 10},"
                + "{\"t\": 1, \"sentPerSecond\": 20, \"ackedPerSecond\": null},"
                + "{\"t\": 2, \"sentPerSecond\": null, \"ackedPerSecond\": 30},"
                + "{\"t\": 3, \"sentPerSecond\": 30, \"ackedPerSecond\": 40},"
                + "{\"t\": 4, \"sentPerSecond\": 40}]}");

    Element sent = Pages.seriesGroups(page, "chart-throughput", "sent").get(0);
    List<Element> sentLines = Pages.elements(sent, "polyline");
    assertEquals(2, sentLines.size());
    double[] plot = Pages.plotAreas(Pages.mainSvg(Pages.byId(page, "chart-throughput"))).get(0);
    double step = plot[2] / 4;
    assertEquals(List.of(plot[0], plot[0] + step), xs(sentLines.get(0)));
    assertEquals(List.of(plot[0] + 3 * step, plot[0] + 4 * step), xs(sentLines.get(1)));
    assertTrue(Pages.elements(sent, "circle").isEmpty());

    Element acked = Pages.seriesGroups(page, "chart-throughput", "acknowledged").get(0);
    List<Element> ackedLines = Pages.elements(acked, "polyline");
    assertEquals(1, ackedLines.size());
    assertEquals(List.of(plot[0] + 2 * step, plot[0] + 3 * step), xs(ackedLines.get(0)));
    List<Element> dots = Pages.elements(acked, "circle");
    assertEquals(1, dots.size());
    assertEquals(plot[0], Double.parseDouble(dots.get(0).getAttribute("cx")), HALF_PIXEL_STEP);
  }

  @Test
  void aSeriesWithNoValueIsLeftOutWithItsLegendEntry() {
    Document page = render("{\"timeline\": [{\"t\": 0, \"sentPerSecond\": 1}, {\"t\": 1}]}");

    Element svg = Pages.mainSvg(Pages.byId(page, "chart-throughput"));
    assertEquals(1, Pages.seriesGroups(page, "chart-throughput", "sent").size());
    assertTrue(Pages.seriesGroups(page, "chart-throughput", "in Kafka").isEmpty());
    String legend = legendText(svg);
    assertEquals("sent", legend);
    assertEquals(
        "not measured", Pages.elements(Pages.byId(page, "chart-cpu"), "p").get(0).getTextContent());
  }

  @Test
  void eventsAreLabelledDashedLinesOnEveryTimeChart() {
    Document page =
        render(
            "{\"events\": [{\"t\": 5, \"what\": \"broker stopped\"}],"
                + " \"timeline\": [{\"t\": 0, \"sentPerSecond\": 1, \"ackP99Ms\": 1,"
                + " \"gatewayCpuCores\": 1, \"gatewayRssBytes\": 1048576},"
                + " {\"t\": 10, \"sentPerSecond\": 2, \"ackP99Ms\": 2,"
                + " \"gatewayCpuCores\": 2, \"gatewayRssBytes\": 2097152}]}");

    for (String chart : List.of("chart-throughput", "chart-latency", "chart-cpu", "chart-memory")) {
      Element svg = Pages.mainSvg(Pages.byId(page, chart));
      List<Element> events =
          Pages.elements(svg, "g").stream()
              .filter(group -> "event".equals(group.getAttribute("class")))
              .toList();
      assertEquals(1, events.size(), chart);
      Element line = Pages.elements(events.get(0), "line").get(0);
      double[] plot = Pages.plotAreas(svg).get(0);
      double x = plot[0] + plot[2] / 2;
      assertEquals(x, Double.parseDouble(line.getAttribute("x1")), HALF_PIXEL_STEP, chart);
      assertEquals(x, Double.parseDouble(line.getAttribute("x2")), HALF_PIXEL_STEP, chart);
      assertEquals(plot[1], Double.parseDouble(line.getAttribute("y1")), HALF_PIXEL_STEP);
      assertEquals(plot[1] + plot[3], Double.parseDouble(line.getAttribute("y2")), 0.051);
      assertFalse(line.getAttribute("stroke-dasharray").isEmpty(), chart);
      assertEquals("broker stopped", Pages.elements(events.get(0), "text").get(0).getTextContent());
    }
    List<Element> eventRows =
        Pages.elements(
            Pages.elements(page, "table").stream()
                .filter(table -> "events".equals(table.getAttribute("class")))
                .findFirst()
                .orElseThrow(),
            "td");
    assertEquals(
        List.of("5", "broker stopped"), eventRows.stream().map(Node::getTextContent).toList());
  }

  @Test
  void latencySpanningThreeDecadesGetsALogAxisAndOffersTheLinearOne() {
    Document page =
        render(
            "{\"timeline\": [{\"t\": 0, \"ackP50Ms\": 0.1, \"ackMaxMs\": 5000},"
                + " {\"t\": 1, \"ackP50Ms\": 0.2, \"ackMaxMs\": 100}]}");

    Element figure = Pages.byId(page, "chart-latency");
    Element svg = Pages.mainSvg(figure);
    assertTrue(svg.getTextContent().contains("latency (ms), log scale"));
    assertEquals(
        List.of("0.1", "1", "10", "100", "1,000", "10,000"), tickLabels(svg).subList(0, 6));
    // 0.1 ms sits on the bottom of the plot, 5,000 ms at log10(5000) of five decades up.
    double[] plot = Pages.plotAreas(svg).get(0);
    List<double[]> p50 =
        Pages.points(
            Pages.elements(Pages.seriesGroups(page, "chart-latency", "ack p50").get(0), "polyline")
                .get(0));
    assertEquals(plot[1] + plot[3], p50.get(0)[1], HALF_PIXEL_STEP);
    List<double[]> max =
        Pages.points(
            Pages.elements(Pages.seriesGroups(page, "chart-latency", "ack max").get(0), "polyline")
                .get(0));
    double expected = plot[1] + plot[3] - (Math.log10(5000) + 1) / 5 * plot[3];
    assertEquals(expected, max.get(0)[1], HALF_PIXEL_STEP);

    List<Element> other = Pages.elements(figure, "details");
    assertEquals(1, other.size());
    assertTrue(other.get(0).getTextContent().startsWith("The same on a linear axis"));
    assertFalse(Pages.mainSvg(other.get(0)).getTextContent().contains("log scale"));
  }

  @Test
  void latencyWithinTwoDecadesStaysLinear() {
    Document page =
        render(
            "{\"timeline\": [{\"t\": 0, \"ackP50Ms\": 1, \"ackMaxMs\": 100},"
                + " {\"t\": 1, \"ackP50Ms\": 2, \"ackMaxMs\": 50}]}");

    Element figure = Pages.byId(page, "chart-latency");
    assertFalse(Pages.mainSvg(figure).getTextContent().contains("log scale"));
    assertTrue(
        Pages.elements(figure, "details")
            .get(0)
            .getTextContent()
            .startsWith("The same on a log axis"));
  }

  @Test
  void twentyThousandPointsAreReducedKeepingTheSpikeAndTheGap() {
    ObjectNode summary = Pages.MAPPER.createObjectNode();
    ArrayNode timeline = summary.putArray("timeline");
    for (int i = 0; i < 20_000; i++) {
      ObjectNode point = timeline.addObject().put("t", i);
      if (i < 5_000 || i >= 5_200) {
        point.put("sentPerSecond", i == 12_345 ? 1_000_000 : 100 + i % 7);
      }
      point.put("ackP99Ms", 1 + i % 3).put("gatewayRssBytes", 1 << 30);
    }

    String html = HtmlReport.render(summary);
    Document page = Pages.parse(html);

    Element svg = Pages.mainSvg(Pages.byId(page, "chart-throughput"));
    double[] plot = Pages.plotAreas(svg).get(0);
    List<Element> lines =
        Pages.elements(Pages.seriesGroups(page, "chart-throughput", "sent").get(0), "polyline");
    assertEquals(2, lines.size(), "the 200-point gap still breaks the line");
    List<double[]> points = lines.stream().flatMap(line -> Pages.points(line).stream()).toList();
    assertTrue(points.size() <= SvgChart.MAX_POINTS_PER_SERIES, "points: " + points.size());
    assertTrue(points.size() >= SvgChart.MAX_POINTS_PER_SERIES - 20, "points: " + points.size());
    // The axis runs 0..1,000,000: only the spike reaches the top of the plot, at t = 12,345 s.
    List<double[]> atTop =
        points.stream().filter(p -> Math.abs(p[1] - plot[1]) < HALF_PIXEL_STEP).toList();
    assertEquals(1, atTop.size());
    double spikeX = plot[0] + 12_345.0 / 19_999 * plot[2];
    assertEquals(spikeX, atTop.get(0)[0], HALF_PIXEL_STEP);
    for (int i = 1; i < points.size(); i++) {
      assertTrue(points.get(i)[0] >= points.get(i - 1)[0], "x goes forward");
    }
    assertTrue(svg.getTextContent().contains("time since start (h)"));
    assertTrue(Pages.byId(page, "chart-throughput").getTextContent().contains("(20,000 here)"));
    assertTrue(html.length() < 1_000_000, "page size " + html.length());
  }

  @Test
  void stepsAreDrawnAgainstTheirTargetRateWithFailedStepsRinged() {
    Document page = Pages.parse(HtmlReport.render(Pages.resource("full-summary.json")));

    Element svg = Pages.mainSvg(Pages.byId(page, "chart-steps"));
    List<double[]> plots = Pages.plotAreas(svg);
    assertEquals(2, plots.size());
    Element acked = Pages.seriesGroups(page, "chart-steps", "acknowledged").get(0);
    List<double[]> points = Pages.points(Pages.elements(acked, "polyline").get(0));
    assertEquals(3, points.size());
    double[] plot = plots.get(0);
    // x: 0..200,000 messages/s; y: nice axis 0..200,000 messages/s.
    assertEquals(plot[0] + plot[2] / 4, points.get(0)[0], HALF_PIXEL_STEP);
    assertEquals(plot[1] + plot[3] * (1 - 50_000.0 / 200_000), points.get(0)[1], 0.051);
    assertEquals(3, Pages.elements(acked, "circle").size());
    List<Element> rings =
        Pages.elements(Pages.seriesGroups(page, "chart-steps", "failed step").get(0), "circle");
    assertEquals(1, rings.size());
    assertEquals(plot[0] + plot[2], Double.parseDouble(rings.get(0).getAttribute("cx")), 0.051);
    assertTrue(svg.getTextContent().contains("target rate of the step (messages/s)"));
  }

  private static Document render(String summary) {
    return Pages.parse(HtmlReport.render(Pages.json(summary)));
  }

  private static void assertPoints(List<double[]> expected, List<double[]> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i)[0], actual.get(i)[0], HALF_PIXEL_STEP, "x of point " + i);
      assertEquals(expected.get(i)[1], actual.get(i)[1], HALF_PIXEL_STEP, "y of point " + i);
    }
  }

  private static List<Double> xs(Element polyline) {
    return Pages.points(polyline).stream().map(point -> Math.round(point[0] * 10) / 10.0).toList();
  }

  private static List<String> tickLabels(Element svg) {
    return Pages.elements(svg, "text").stream()
        .filter(text -> "tick".equals(text.getAttribute("class")))
        .map(Element::getTextContent)
        .toList();
  }

  private static String legendText(Element svg) {
    return Pages.elements(svg, "g").stream()
        .filter(group -> "legend".equals(group.getAttribute("class")))
        .map(Element::getTextContent)
        .findFirst()
        .orElse("");
  }
}
