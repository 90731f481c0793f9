package org.openv2x.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.jer.JerObject;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Every shared vector (made by an independent ASN.1 compiler): the UPER bytes decode to exactly the
 * values of its XER, member by member, and encode back to the same bytes; every line of {@code
 * invalid.tsv} is refused with a fitting reason.
 */
class VectorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> vectors() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    List<String> lines = resourceLines("/vectors/index.tsv");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      rows.add(Arguments.of(cells[0], MessageType.valueOf(cells[1]), cells[3]));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void decodesToTheXerValuesAndEncodesBackToTheSameBytes(String name, MessageType type, String hex)
      throws Exception {
    byte[] bytes = HexFormat.of().parseHex(hex);
    UperCodec codec = new UperCodec();
    MessageFrame frame = codec.decode(bytes);
    assertEquals(type, frame.type());
    assertArrayEquals(bytes, codec.encode(frame), "re-encoding " + name);

    JsonNode jer = JSON.readTree(JerCodec.toJson(frame));
    Element xer = parseXml(resource("/vectors/" + name + ".cxer"));
    compare(xer, jer, "");

    assertEquals(frame, JerCodec.fromJson(JerCodec.toJson(frame)), "JER round trip");
    assertEquals(frame, ProtoCodec.fromProto(ProtoCodec.toProto(frame)), "protobuf round trip");
    assertEquals(frame, ProtoCodec.fromJson(ProtoCodec.toJson(frame)), "protobuf JSON round trip");
  }

  static Stream<Arguments> invalid() throws IOException {
    Map<String, Reason> expected =
        Map.ofEntries(
            Map.entry("truncated BSM (last 5 bytes cut)", Reason.TRUNCATED),
            Map.entry("BSM + 1 trailing zero byte", Reason.TRAILING_DATA),
            Map.entry("BSM with a non-zero padding bit (last bit)", Reason.NONZERO_PADDING),
            Map.entry("SPAT: TimeMark nextStartTime=52377 > 36001", Reason.VALUE_OUT_OF_RANGE),
            Map.entry("MessageFrame root index 5 (only 0..4 defined)", Reason.UNKNOWN_CHOICE_INDEX),
            Map.entry("MessageFrame index 7", Reason.UNKNOWN_CHOICE_INDEX),
            Map.entry(
                "MessageFrame extension alternative 0, open type 2 bytes",
                Reason.UNKNOWN_EXTENSION),
            Map.entry("BSM: msgCnt field only, rest missing", Reason.TRUNCATED),
            Map.entry("empty-ish: single zero byte", Reason.TRUNCATED),
            Map.entry("odd hex digits", Reason.BAD_HEX),
            Map.entry("non-hex text", Reason.BAD_HEX));
    List<Arguments> rows = new ArrayList<>();
    List<String> lines = resourceLines("/vectors/invalid.tsv");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t");
      Reason reason = expected.get(cells[0]);
      if (reason == null) {
        fail("invalid.tsv has a line this test does not know: " + cells[0]);
      }
      rows.add(Arguments.of(cells[0], cells[1], reason));
    }
    assertEquals(expected.size(), rows.size());
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void invalidInputIsRefusedWithAFittingReason(String description, String hex, Reason reason) {
    CodecException e =
        assertThrows(
            CodecException.class,
            () -> new UperCodec().decode(JerObject.parseHex(hex, "")),
            description);
    assertEquals(reason, e.reason(), e.getMessage());
    assertTrue(e.getMessage().contains(reason.name()));
  }

  // ---------------------------------------------------------------- XER against JER

  /** Compares the XER element with the JER value member by member, guided by the JER shape. */
  private static void compare(Element xml, JsonNode json, String path) {
    List<Element> children = childElements(xml);
    String text = xml.getTextContent();
    if (json.isObject()) {
      if (json.size() == 2 && json.has("value") && json.has("length") && children.isEmpty()) {
        String bits = text.replaceAll("\\s", "");
        assertEquals(bits.length(), json.get("length").asInt(), path + " bit string length");
        assertEquals(bitsToHex(bits), json.get("value").asText().toUpperCase(Locale.ROOT), path);
        return;
      }
      assertEquals(
          children.size(), json.size(), path + ": members " + names(children) + " vs " + json);
      for (Element child : children) {
        String name = child.getTagName();
        JsonNode member = json.get(name);
        if (member == null) {
          fail(path + "." + name + " is in the XER but not in our JER " + json);
        }
        compare(child, member, path + "." + name);
      }
    } else if (json.isArray()) {
      assertEquals(children.size(), json.size(), path + " element count");
      for (int i = 0; i < children.size(); i++) {
        compare(children.get(i), json.get(i), path + "[" + i + "]");
      }
    } else if (json.isIntegralNumber()) {
      assertEquals(Long.parseLong(text.trim()), json.longValue(), path);
    } else if (json.isTextual()) {
      String value = json.textValue();
      if (!children.isEmpty()) {
        assertEquals(1, children.size(), path);
        assertEquals(children.get(0).getTagName(), value, path + " enumeration");
      } else if (value.equals(text)) {
        return;
      } else if (text.trim().matches("[01\\s]+") && !text.trim().isEmpty()) {
        assertEquals(bitsToHex(text.replaceAll("\\s", "")), value.toUpperCase(Locale.ROOT), path);
      } else {
        assertEquals(
            text.replaceAll("\\s", "").toUpperCase(Locale.ROOT),
            value.toUpperCase(Locale.ROOT),
            path + " octets");
      }
    } else {
      fail(path + ": unexpected JER value " + json);
    }
  }

  private static String bitsToHex(String bits) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < bits.length(); i += 8) {
      String octet =
          (bits.substring(i, Math.min(bits.length(), i + 8)) + "0000000").substring(0, 8);
      hex.append(String.format("%02X", Integer.parseInt(octet, 2)));
    }
    return hex.toString();
  }

  private static List<Element> childElements(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child) {
        children.add(child);
      }
    }
    return children;
  }

  private static List<String> names(List<Element> elements) {
    return elements.stream().map(Element::getTagName).toList();
  }

  private static Element parseXml(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes)).getDocumentElement();
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = VectorsTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no test resource " + name);
      }
      return in.readAllBytes();
    }
  }

  static List<String> resourceLines(String name) throws IOException {
    List<String> lines = new ArrayList<>();
    Iterator<String> all = new String(resource(name), StandardCharsets.UTF_8).lines().iterator();
    while (all.hasNext()) {
      String line = all.next();
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
