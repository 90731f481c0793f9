package org.openv2x.codec.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openv2x.codec.TestVectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The MAP test vectors on the classpath ({@code /vectors/NAME.hex}, {@code NAME.xer}) and a reader
 * that turns the XER of a MAP into the JER that the codec must write for it, so a test can compare
 * every value of a vector, not only the ones it names.
 */
final class MapVectors {
  static final String MAP_01 = "map-01-4leg-intersection";
  static final String MAP_02 = "map-02-4leg-geometry";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  /** Fixed-size BIT STRINGs of the MAP family, by XER element name. */
  private static final Set<String> FIXED_BITS =
      Set.of(
          "maneuvers",
          "maneuver",
          "shareWith",
          "crosswalk",
          "bikeLane",
          "sidewalk",
          "median",
          "striping",
          "trackedVehicle",
          "parking");

  /** BIT STRINGs with an extensible SIZE, written as {"value","length"}. */
  private static final Set<String> VARIABLE_BITS = Set.of("vehicle");

  /** Members that are strings even if they look like numbers. */
  private static final Set<String> STRINGS = Set.of("name");

  private MapVectors() {}

  static String text(String resource) {
    return TestVectors.resource(resource);
  }

  static byte[] bytes(String name) {
    return TestVectors.vector(name);
  }

  /** The JER tree of the vector's XER. */
  static JsonNode expectedJer(String name) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document =
          factory
              .newDocumentBuilder()
              .parse(
                  new java.io.ByteArrayInputStream(
                      text("/vectors/" + name + ".xer").getBytes(StandardCharsets.UTF_8)));
      Element root = document.getDocumentElement();
      JsonNode tree = convert(root);
      return MAPPER.readTree(MAPPER.writeValueAsString(tree));
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the XER of " + name, e);
    }
  }

  /** Parses JER text into a tree comparable with {@link #expectedJer}. */
  static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode convert(Element element) {
    List<Element> children = children(element);
    String name = element.getTagName();
    if (children.isEmpty()) {
      String text = element.getTextContent().trim();
      if (FIXED_BITS.contains(name)) {
        return NODES.textNode(bitsHex(text));
      }
      if (VARIABLE_BITS.contains(name)) {
        ObjectNode bits = NODES.objectNode();
        bits.put("value", bitsHex(text));
        bits.put("length", text.length());
        return bits;
      }
      if (!STRINGS.contains(name) && text.matches("-?[0-9]+")) {
        return NODES.numberNode(Long.parseLong(text));
      }
      return NODES.textNode(text);
    }
    if (children.size() == 1
        && children(children.get(0)).isEmpty()
        && children.get(0).getTextContent().isEmpty()
        && !FIXED_BITS.contains(children.get(0).getTagName())
        && !VARIABLE_BITS.contains(children.get(0).getTagName())) {
      return NODES.textNode(children.get(0).getTagName()); // an ENUMERATED identifier
    }
    if (Character.isUpperCase(children.get(0).getTagName().charAt(0))) {
      ArrayNode array = NODES.arrayNode();
      for (Element child : children) {
        array.add(convert(child));
      }
      return array;
    }
    ObjectNode object = NODES.objectNode();
    for (Element child : children) {
      object.set(child.getTagName(), convert(child));
    }
    return object;
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        children.add(e);
      }
    }
    return children;
  }

  /** "0101..." as hex digits of the bits padded with zeros to an octet. */
  private static String bitsHex(String bits) {
    byte[] bytes = new byte[(bits.length() + 7) / 8];
    for (int i = 0; i < bits.length(); i++) {
      if (bits.charAt(i) == '1') {
        bytes[i / 8] |= (byte) (0x80 >>> (i % 8));
      }
    }
    return HEX.formatHex(bytes);
  }
}
