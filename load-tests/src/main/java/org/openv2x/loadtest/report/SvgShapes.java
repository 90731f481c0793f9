package org.openv2x.loadtest.report;

/** The SVG elements charts are made of, written straight into a buffer. */
final class SvgShapes {

  private SvgShapes() {}

  /** A light grey gridline. */
  static void gridLine(StringBuilder out, double x1, double y1, double x2, double y2) {
    out.append("<line class=\"grid\" x1=\"")
        .append(coordinate(x1))
        .append("\" y1=\"")
        .append(coordinate(y1))
        .append("\" x2=\"")
        .append(coordinate(x2))
        .append("\" y2=\"")
        .append(coordinate(y2))
        .append("\" stroke=\"#e2e2e2\"/>");
  }

  /** The stroke attributes of a series: its colour, width and dash pattern. */
  static void stroke(StringBuilder out, Series line) {
    out.append(" stroke=\"").append(line.colour()).append("\" stroke-width=\"1.6\"");
    if (!line.dashArray().isEmpty()) {
      out.append(" stroke-dasharray=\"").append(line.dashArray()).append('"');
    }
  }

  /** A filled circle. */
  static void dot(StringBuilder out, String colour, double x, double y, double radius) {
    out.append("<circle cx=\"")
        .append(coordinate(x))
        .append("\" cy=\"")
        .append(coordinate(y))
        .append("\" r=\"")
        .append(coordinate(radius))
        .append("\" fill=\"")
        .append(colour)
        .append("\" stroke=\"none\"/>");
  }

  /** An open circle of 6 px radius, drawn around a value to mark it. */
  static void ring(StringBuilder out, String colour, double x, double y) {
    out.append("<circle cx=\"")
        .append(coordinate(x))
        .append("\" cy=\"")
        .append(coordinate(y))
        .append("\" r=\"6\" fill=\"none\" stroke=\"")
        .append(colour)
        .append("\" stroke-width=\"2\" stroke-dasharray=\"none\"/>");
  }

  /** A pixel coordinate to 0.1 px, without exponent or locale: {@code 123.4}, {@code -0.5}. */
  static String coordinate(double pixels) {
    long tenths = Math.round(pixels * 10);
    String sign = tenths < 0 ? "-" : "";
    long magnitude = Math.abs(tenths);
    return sign + (magnitude / 10) + "." + (magnitude % 10);
  }
}
