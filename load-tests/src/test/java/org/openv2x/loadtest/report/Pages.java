package org.openv2x.loadtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Test helpers: sample summaries, and reading a rendered page back with the JDK's XML parser. */
final class Pages {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Pages() {}

  static JsonNode resource(String name) {
    try (InputStream in = Pages.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code page} as namespace-aware XML, failing on anything not well-formed. */
  static Document parse(String page) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("page is not well-formed XML: " + e.getMessage(), e);
    }
  }

  static List<Element> elements(Node root, String localName) {
    NodeList nodes =
        root instanceof Document document
            ? document.getElementsByTagNameNS("*", localName)
            : ((Element) root).getElementsByTagNameNS("*", localName);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      elements.add((Element) nodes.item(i));
    }
    return elements;
  }

  static Element byId(Document page, String id) {
    return elements(page, "*").stream()
        .filter(element -> id.equals(element.getAttribute("id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no element with id " + id));
  }

  /** The text of the data cells in the row headed {@code rowName} of the table so captioned. */
  static List<String> row(Document page, String caption, String rowName) {
    for (Element table : elements(page, "table")) {
      List<Element> captions = elements(table, "caption");
      if (captions.isEmpty() || !caption.equals(captions.get(0).getTextContent())) {
        continue;
      }
      for (Element row : elements(table, "tr")) {
        List<Element> headers = elements(row, "th");
        if (!headers.isEmpty() && rowName.equals(headers.get(0).getTextContent())) {
          return elements(row, "td").stream().map(Node::getTextContent).toList();
        }
      }
    }
    throw new AssertionError("no row " + rowName + " in table " + caption);
  }

  /** The series group labelled {@code label} in the main chart of the figure {@code figureId}. */
  static List<Element> seriesGroups(Document page, String figureId, String label) {
    Element figure = byId(page, figureId);
    Element svg = mainSvg(figure);
    return elements(svg, "g").stream()
        .filter(group -> "series".equals(group.getAttribute("class")))
        .filter(group -> label.equals(group.getAttribute("data-series")))
        .toList();
  }

  /** The figure's first SVG (a second one may offer the other y scale). */
  static Element mainSvg(Element figure) {
    List<Element> svgs = elements(figure, "svg");
    assertEquals(false, svgs.isEmpty(), "figure has no chart");
    return svgs.get(0);
  }

  /** The points of one polyline, as {x, y} pairs in drawing order. */
  static List<double[]> points(Element polyline) {
    List<double[]> points = new ArrayList<>();
    for (String pair : polyline.getAttribute("points").trim().split("\\s+")) {
      String[] xy = pair.split(",");
      points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
    }
    return points;
  }

  /** The plot rectangles of a chart, top to bottom, as {x, y, width, height}. */
  static List<double[]> plotAreas(Element svg) {
    return elements(svg, "rect").stream()
        .filter(rect -> "plot".equals(rect.getAttribute("class")))
        .map(
            rect ->
                new double[] {
                  Double.parseDouble(rect.getAttribute("x")),
                  Double.parseDouble(rect.getAttribute("y")),
                  Double.parseDouble(rect.getAttribute("width")),
                  Double.parseDouble(rect.getAttribute("height"))
                })
        .toList();
  }
}
