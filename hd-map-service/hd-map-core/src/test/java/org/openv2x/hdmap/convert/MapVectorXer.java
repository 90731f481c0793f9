package org.openv2x.hdmap.convert;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openv2x.codec.TestVectors;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The values of a MAP test vector as its XER file states them, read independently of the codec:
 * nodes, links and lanes with their raw numbers (1e-7 degree, cm, 0.02 m/s).
 */
final class MapVectorXer {
  record XerNode(
      OptionalInt region,
      int id,
      Optional<String> name,
      int latE7,
      int lonE7,
      OptionalInt elevationDm,
      List<XerLink> links) {}

  record XerLink(
      OptionalInt upstreamRegion,
      int upstreamId,
      Optional<String> name,
      OptionalInt widthCm,
      List<int[]> speedLimits,
      List<XerPoint> points,
      List<XerLane> lanes) {}

  record XerLane(int laneId, OptionalInt widthCm, List<XerPoint> points) {}

  /** A RoadPoint: its alternative (e.g. position-LL3) and its lon, lat numbers. */
  record XerPoint(String kind, int lon, int lat) {}

  private MapVectorXer() {}

  static List<XerNode> read(String vector) {
    Element root;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      String xer = TestVectors.resource("/vectors/" + vector + ".xer");
      root =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(xer.getBytes(StandardCharsets.UTF_8)))
              .getDocumentElement();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read the XER of " + vector, e);
    }
    Element nodes = child(child(root, "mapFrame").orElseThrow(), "nodes").orElseThrow();
    List<XerNode> result = new ArrayList<>();
    for (Element node : children(nodes, "Node")) {
      Element id = child(node, "id").orElseThrow();
      Element refPos = child(node, "refPos").orElseThrow();
      List<XerLink> links = new ArrayList<>();
      child(node, "inLinks")
          .ifPresent(inLinks -> children(inLinks, "Link").forEach(link -> links.add(link(link))));
      result.add(
          new XerNode(
              optionalNumber(id, "region"),
              number(id, "id"),
              text(node, "name"),
              number(refPos, "lat"),
              number(refPos, "long"),
              optionalNumber(refPos, "elevation"),
              links));
    }
    return result;
  }

  private static XerLink link(Element link) {
    Element upstream = child(link, "upstreamNodeId").orElseThrow();
    List<int[]> limits = new ArrayList<>();
    child(link, "speedLimits")
        .ifPresent(
            list ->
                children(list, "RegulatorySpeedLimit")
                    .forEach(limit -> limits.add(new int[] {number(limit, "speed")})));
    List<XerLane> lanes = new ArrayList<>();
    for (Element lane : children(child(link, "lanes").orElseThrow(), "Lane")) {
      lanes.add(
          new XerLane(number(lane, "laneID"), optionalNumber(lane, "laneWidth"), points(lane)));
    }
    return new XerLink(
        optionalNumber(upstream, "region"),
        number(upstream, "id"),
        text(link, "name"),
        optionalNumber(link, "linkWidth"),
        limits,
        points(link),
        lanes);
  }

  private static List<XerPoint> points(Element parent) {
    List<XerPoint> points = new ArrayList<>();
    child(parent, "points")
        .ifPresent(
            list -> {
              for (Element point : children(list, "RoadPoint")) {
                Element offsetLl =
                    child(child(point, "posOffset").orElseThrow(), "offsetLL").orElseThrow();
                Element position = children(offsetLl, null).get(0);
                points.add(
                    new XerPoint(
                        position.getTagName(), number(position, "lon"), number(position, "lat")));
              }
            });
    return points;
  }

  private static int number(Element parent, String name) {
    return optionalNumber(parent, name).orElseThrow();
  }

  private static OptionalInt optionalNumber(Element parent, String name) {
    return child(parent, name)
        .map(e -> OptionalInt.of(Integer.parseInt(e.getTextContent().trim())))
        .orElse(OptionalInt.empty());
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().trim());
  }

  private static Optional<Element> child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && (name == null || e.getTagName().equals(name))) {
        children.add(e);
      }
    }
    return children;
  }
}
