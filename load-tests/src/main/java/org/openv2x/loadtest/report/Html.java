package org.openv2x.loadtest.report;

/**
 * Small pieces of the page's markup. Text arguments are escaped here; arguments named {@code
 * markup} are trusted markup built by this package.
 */
final class Html {

  private Html() {}

  /**
   * A table column heading.
   *
   * @param title the heading, with the unit of a figure column
   * @param figures whether the column holds right-aligned figures
   */
  record Column(String title, boolean figures) {

    static Column text(String title) {
      return new Column(title, false);
    }

    static Column figures(String title) {
      return new Column(title, true);
    }
  }

  /** Opens a table with a caption (none when empty) and one header row. */
  static void tableStart(StringBuilder out, String cssClass, String caption, Column... columns) {
    out.append("<table class=\"").append(cssClass).append("\">");
    if (!caption.isEmpty()) {
      out.append("<caption>").append(Xml.escape(caption)).append("</caption>");
    }
    out.append("<thead><tr>");
    for (Column column : columns) {
      out.append(column.figures() ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
          .append(Xml.escape(column.title()))
          .append("</th>");
    }
    out.append("</tr></thead><tbody>");
  }

  static void tableEnd(StringBuilder out) {
    out.append("</tbody></table>");
  }

  /** A header cell naming the row. */
  static void rowHeader(StringBuilder out, String text) {
    out.append("<th scope=\"row\">").append(Xml.escape(text)).append("</th>");
  }

  /** A text cell, greyed when it reads {@value Figures#NOT_MEASURED}. */
  static void cell(StringBuilder out, String text) {
    out.append(Figures.NOT_MEASURED.equals(text) ? "<td class=\"missing\">" : "<td>")
        .append(Xml.escape(text))
        .append("</td>");
  }

  /** A right-aligned figure, greyed when it reads {@value Figures#NOT_MEASURED}. */
  static void figureCell(StringBuilder out, String formatted) {
    boolean missing = Figures.NOT_MEASURED.equals(formatted);
    out.append(missing ? "<td class=\"num missing\">" : "<td class=\"num\">")
        .append(Xml.escape(formatted))
        .append("</td>");
  }

  /** A paragraph in grey saying what is missing. */
  static void missing(StringBuilder out, String text) {
    out.append("<p class=\"missing\">").append(Xml.escape(text)).append("</p>");
  }

  /** A section heading. */
  static void heading(StringBuilder out, String text) {
    out.append("<h2>").append(Xml.escape(text)).append("</h2>");
  }
}
