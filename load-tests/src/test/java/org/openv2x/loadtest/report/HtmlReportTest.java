package org.openv2x.loadtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The page as a whole: sections, figures, verdict, escaping, odd and empty summaries. */
class HtmlReportTest {

  private static final JsonNode FULL = Pages.resource("full-summary.json");

  @Test
  void fullSummaryRendersEverySectionInOrder() {
    String html = HtmlReport.render(FULL);
    Document page = Pages.parse(html);

    assertEquals("html", page.getDocumentElement().getLocalName());
    assertEquals("http://www.w3.org/1999/xhtml", page.getDocumentElement().getNamespaceURI());
    assertEquals("Load test: steady", Pages.elements(page, "h1").get(0).getTextContent());
    String subtitle = Pages.elements(page, "header").get(0).getTextContent();
    assertTrue(subtitle.contains("Started 2026-11-24 10:00:00 UTC"), subtitle);
    assertTrue(subtitle.contains("duration 60.0 s"), subtitle);

    List<String> order =
        List.of(
            "verdict",
            "command",
            "machine",
            "key-figures",
            "charts",
            "chart-throughput",
            "chart-latency",
            "chart-cpu",
            "chart-memory",
            "chart-steps",
            "steps",
            "soak",
            "config",
            "notes");
    int previous = -1;
    for (String id : order) {
      int at = html.indexOf("id=\"" + id + "\"");
      assertTrue(at > previous, id + " out of place");
      previous = at;
    }
  }

  @Test
  void verdictShowsTheResultAndEveryCheckWithItsDetail() {
    Document page = Pages.parse(HtmlReport.render(FULL));
    Element verdict = Pages.byId(page, "verdict");

    assertEquals("verdict failed", verdict.getAttribute("class"));
    String text = verdict.getTextContent();
    assertTrue(text.contains("FAILED \u2014 1 of 2 checks passed"), text);
    List<Element> rows = Pages.elements(verdict, "tr");
    assertEquals(2, rows.size());
    assertEquals(
        "\u2714 pass0 acknowledged messages lost0 of 11,999,000 acknowledged messages missing"
            + " from Kafka",
        rows.get(0).getTextContent());
    assertEquals(
        "\u2718 FAILack p99 at most 50 msack p99 was 73.4 ms", rows.get(1).getTextContent());

    ObjectNode passing = FULL.deepCopy();
    ((ObjectNode) passing.get("verdict")).put("passed", true);
    Element passed = Pages.byId(Pages.parse(HtmlReport.render(passing)), "verdict");
    assertEquals("verdict passed", passed.getAttribute("class"));
    assertTrue(passed.getTextContent().startsWith("\u2714 PASSED"));
  }

  @Test
  void keyFiguresCarryThousandsSeparatorsAndUnits() {
    Document page = Pages.parse(HtmlReport.render(FULL));

    assertEquals("12,000,000", Pages.row(page, "Messages", "sent").get(0));
    assertEquals("11,999,000", Pages.row(page, "Messages", "acknowledged").get(0));
    assertEquals("0", Pages.row(page, "Messages", "lost").get(0));
    assertEquals("200,000", Pages.row(page, "Rates", "offered").get(0));
    assertEquals("199,983", Pages.row(page, "Rates", "acknowledged").get(0));
    assertEquals(
        List.of("11,999,000", "0.840", "73.4", "213", "1,843"),
        Pages.row(page, "Latency", "send \u2192 ack").subList(0, 5));
    assertEquals(
        List.of("11,998,000", "4.20", "95.1", "300", "2,102"),
        Pages.row(page, "Latency", "send \u2192 Kafka").subList(0, 5));
    assertEquals(
        List.of("71.3", "1,024", "512", "168,289"),
        Pages.row(page, "CPU and memory", "gateway").subList(0, 4));
    assertEquals(
        List.of("40.2", "2,048", "not measured", "not measured"),
        Pages.row(page, "CPU and memory", "broker").subList(0, 4));
    assertEquals(
        List.of("400,000", "records/s"),
        Pages.row(page, "Against Kafka's own producer", "producer ceiling").subList(0, 2));
    assertEquals(
        List.of("50.0", "% of the ceiling"),
        Pages.row(page, "Against Kafka's own producer", "share of the ceiling").subList(0, 2));
    assertEquals("3.00", Pages.row(page, "Against Kafka's own producer", "CPU per message").get(0));

    String headers =
        Pages.elements(page, "thead").stream().map(Element::getTextContent).toList().toString();
    for (String unit :
        List.of("Messages", "Rate (messages/s)", "p99.9 (ms)", "RSS peak (MiB)", "(CPU-s)")) {
      assertTrue(headers.contains(unit), unit + " missing from " + headers);
    }
    String machine = Pages.byId(page, "machine").getTextContent();
    assertTrue(machine.contains("24.0 GiB"), machine);
    assertTrue(machine.contains("AMD EPYC 7B13"), machine);
  }

  @Test
  void stepsSoakConfigAndNotesAreTabled() {
    Document page = Pages.parse(HtmlReport.render(FULL));

    List<Element> stepRows = Pages.elements(Pages.byId(page, "steps"), "tr");
    assertEquals(4, stepRows.size());
    assertEquals(
        List.of("3", "200,000", "151,000", "480", "0", "\u2718 FAIL", "acked 75.5 % of the target"),
        Pages.elements(stepRows.get(3), "td").stream().map(Element::getTextContent).toList());
    String soak = Pages.byId(page, "soak").getTextContent();
    assertTrue(soak.contains("10.0MiB/h"), soak);
    assertTrue(soak.contains("256"), soak);
    String config = Pages.byId(page, "config").getTextContent();
    assertTrue(config.contains("rate200,000"), config);
    assertTrue(config.contains("gatewayPort19092"), config);
    assertTrue(config.contains("topicv2x.bsm"), config);
    List<Element> notes = Pages.elements(Pages.byId(page, "notes"), "li");
    assertEquals("journal drained in 14 s", notes.get(1).getTextContent());
  }

  @Test
  void emptySummaryRendersAndSaysNotMeasured() {
    for (JsonNode summary :
        new JsonNode[] {
          Pages.json("{}"),
          null,
          Pages.json("[]"),
          JsonNodeFactory.instance.textNode("x"),
          JsonNodeFactory.instance.nullNode()
        }) {
      Document page = Pages.parse(HtmlReport.render(summary));
      String text = page.getDocumentElement().getTextContent();
      assertTrue(text.contains("Verdict: not judged"), text);
      assertTrue(text.contains("No timeline in the summary"), text);
      assertEquals("not measured", Pages.row(page, "Messages", "sent").get(0));
      assertEquals(
          List.of("not measured", "not measured", "not measured", "not measured", "not measured"),
          Pages.row(page, "Latency", "send \u2192 ack").subList(0, 5));
      assertEquals(0, Pages.elements(page, "svg").size());
    }
  }

  @Test
  void oddMembersReadAsMissingWithoutThrowing() {
    String html = HtmlReport.render(Pages.resource("odd-summary.json"));
    Document page = Pages.parse(html);

    assertEquals("Load test: 42", Pages.elements(page, "h1").get(0).getTextContent());
    String header = Pages.elements(page, "header").get(0).getTextContent();
    assertTrue(header.contains("Started yesterday"), header);
    assertTrue(header.contains("duration not measured"), header);
    assertTrue(Pages.byId(page, "verdict").getTextContent().contains("not judged"));
    assertEquals("not measured", Pages.row(page, "Messages", "sent").get(0));
    assertEquals("not measured", Pages.row(page, "Messages", "accepted").get(0));
    assertEquals("0", Pages.row(page, "Messages", "lost").get(0));
    assertEquals("not measured", Pages.row(page, "Rates", "offered").get(0));
    assertEquals("not measured", Pages.row(page, "Latency", "send \u2192 ack").get(2));
    String config = Pages.byId(page, "config").getTextContent();
    assertTrue(config.contains("nested{\"a\":[1,2]}"), config);
    assertTrue(config.contains("123456789012345678901234567890"), config);
    assertEquals(
        "one note, not a list",
        Pages.elements(Pages.byId(page, "notes"), "li").get(0).getTextContent());
    // Only the point at t=2 carries a plottable figure: the latency chart is drawn, sent is not.
    Element throughput = Pages.byId(page, "chart-throughput");
    assertTrue(Pages.elements(throughput, "svg").isEmpty());
    assertEquals("not measured", Pages.elements(throughput, "p").get(0).getTextContent());
    assertFalse(Pages.seriesGroups(page, "chart-latency", "ack p50").isEmpty());
  }

  @Test
  void anyMemberReplacedByAnOddValueStillRendersWellFormed() {
    long seed = 20261124L;
    Random random = new Random(seed);
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    List<JsonNode> oddValues =
        List.of(
            nodes.nullNode(),
            nodes.textNode("12<&>\"'"),
            nodes.numberNode(-Double.MAX_VALUE),
            nodes.numberNode(Double.MAX_VALUE),
            nodes.numberNode(Double.NaN),
            nodes.numberNode(Double.MIN_VALUE),
            nodes.numberNode(-0.0),
            nodes.numberNode(new BigInteger("9".repeat(400))),
            nodes.booleanNode(true),
            nodes.arrayNode(),
            nodes.objectNode());
    for (int round = 0; round < 200; round++) {
      JsonNode summary = FULL.deepCopy();
      replaceSome(summary, random, oddValues);
      String html = HtmlReport.render(summary);
      try {
        Pages.parse(html);
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + ", round " + round + ": " + summary, e);
      }
    }
  }

  /** Replaces about one member or element in five, at any depth, by one of {@code oddValues}. */
  private static void replaceSome(JsonNode node, Random random, List<JsonNode> oddValues) {
    if (node instanceof ObjectNode object) {
      for (String name : List.copyOf(object.properties().stream().map(e -> e.getKey()).toList())) {
        if (random.nextInt(5) == 0) {
          object.set(name, oddValues.get(random.nextInt(oddValues.size())));
        } else {
          replaceSome(object.get(name), random, oddValues);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (random.nextInt(5) == 0) {
          array.set(i, oddValues.get(random.nextInt(oddValues.size())));
        } else {
          replaceSome(array.get(i), random, oddValues);
        }
      }
    }
  }

  @Test
  void everyStringFromTheSummaryIsEscaped() {
    String nasty = "<b>&amp;\"quoted\" 'single' \u0001</b>";
    ObjectNode summary = FULL.deepCopy();
    summary.put("scenario", nasty);
    summary.put("command", nasty);
    ((ObjectNode) summary.get("machine")).put("os", nasty);
    ((ObjectNode) summary.get("config")).put(nasty, nasty);
    ((ObjectNode) summary.get("verdict").get("checks").get(0)).put("name", nasty);
    ((ObjectNode) summary.get("events").get(0)).put("what", nasty);
    ((ObjectNode) summary.get("steps").get(0)).put("why", nasty);
    summary.putArray("notes").add(nasty);

    String html = HtmlReport.render(summary);
    Document page = Pages.parse(html);

    assertFalse(html.contains("<b>"));
    assertFalse(html.contains("\"quoted\""));
    assertFalse(html.contains("'single'"));
    String shown = nasty.replace('\u0001', '\uFFFD');
    assertEquals("Load test: " + shown, Pages.elements(page, "h1").get(0).getTextContent());
    assertEquals("Load test: " + shown, Pages.elements(page, "title").get(0).getTextContent());
    assertEquals(shown, Pages.elements(Pages.byId(page, "command"), "pre").get(0).getTextContent());
    assertEquals(shown, Pages.elements(Pages.byId(page, "notes"), "li").get(0).getTextContent());
    String eventTitle =
        Pages.elements(Pages.byId(page, "chart-cpu"), "g").stream()
            .filter(group -> "event".equals(group.getAttribute("class")))
            .findFirst()
            .orElseThrow()
            .getElementsByTagNameNS("*", "title")
            .item(0)
            .getTextContent();
    assertEquals(shown, eventTitle);
  }

  @Test
  void thePageIsSelfContained() {
    String html = HtmlReport.render(FULL);

    assertFalse(html.contains("<script"));
    assertFalse(html.contains("<link"));
    assertFalse(html.contains("src="));
    assertFalse(html.contains("url("));
    Matcher uris = Pattern.compile("https?://[^\"]*").matcher(html);
    while (uris.find()) {
      assertTrue(
          List.of("http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg")
              .contains(uris.group()),
          uris.group());
    }
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<meta charset=\"UTF-8\"/>"));
  }

  @Test
  void writeStoresTheRenderedPageInUtf8(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("run-1").resolve("report.html");

    HtmlReport.write(FULL, file);

    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(HtmlReport.render(FULL), written);
    assertTrue(written.contains("\u2718 FAILED"));
  }
}
