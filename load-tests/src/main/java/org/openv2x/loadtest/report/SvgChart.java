package org.openv2x.loadtest.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Draws a {@link Chart} as inline SVG: for each panel a legend, y gridlines with tick labels, the
 * series (a missing value breaks the line) and the event lines; below the last panel the x tick
 * labels and the x axis name. Series with no value are left out with their legend entry; series
 * longer than {@link #MAX_POINTS_PER_SERIES} are reduced by {@link MinMaxReduction}.
 *
 * <p>Each panel's plot area is a {@code rect class="plot"}; a value maps linearly (or by its
 * logarithm) from the axis domain onto that rectangle, y growing upwards, coordinates rounded to
 * 0.1 px. Each series is a {@code g class="series"} carrying its label in {@code data-series}, each
 * unbroken run of values one {@code polyline}, a lone value a {@code circle}.
 */
final class SvgChart {

  static final int WIDTH = 900;
  static final int PLOT_LEFT = 78;
  static final int PLOT_RIGHT = WIDTH - 22;
  static final int PLOT_HEIGHT = 220;
  static final int MAX_POINTS_PER_SERIES = 1000;

  private static final int TOP_PADDING = 4;
  private static final int LEGEND_ROW_HEIGHT = 18;
  private static final int PANEL_GAP = 16;
  private static final int BOTTOM_SPACE = 44;
  private static final double CHARACTER_WIDTH_PX = 6.4;
  private static final int EVENT_LABEL_ROWS = 3;
  private static final int EVENT_LABEL_MAX_CHARACTERS = 40;

  /**
   * A drawn chart.
   *
   * @param svg the {@code <svg>} element
   * @param notes sentences for the caption: what was reduced or left out
   */
  record Rendered(String svg, List<String> notes) {}

  private SvgChart() {}

  /** The chart, or empty when none of its series has a value. */
  static Optional<Rendered> render(Chart chart) {
    List<List<Series>> visible = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    double xLow = 0;
    double xHigh = Double.NEGATIVE_INFINITY;
    int longestInput = 0;
    for (Chart.Panel panel : chart.panels()) {
      List<Series> drawn = new ArrayList<>();
      for (Series series : panel.series()) {
        if (!series.hasValues()) {
          continue;
        }
        longestInput = Math.max(longestInput, series.y().length);
        for (int i = 0; i < series.x().length; i++) {
          if (Double.isFinite(series.y()[i]) && Double.isFinite(series.x()[i])) {
            xLow = Math.min(xLow, series.x()[i]);
            xHigh = Math.max(xHigh, series.x()[i]);
          }
        }
        drawn.add(MinMaxReduction.reduce(series, MAX_POINTS_PER_SERIES));
      }
      visible.add(drawn);
    }
    if (visible.stream().allMatch(List::isEmpty)) {
      return Optional.empty();
    }
    for (Chart.Event event : chart.events()) {
      if (Double.isFinite(event.x())) {
        xLow = Math.min(xLow, event.x());
        xHigh = Math.max(xHigh, event.x());
      }
    }
    if (longestInput > MAX_POINTS_PER_SERIES) {
      notes.add(
          "Lines of more than "
              + Figures.count(MAX_POINTS_PER_SERIES)
              + " points ("
              + Figures.count(longestInput)
              + " here) keep the lowest and the highest value of each of "
              + Figures.count(MAX_POINTS_PER_SERIES / 2)
              + " equal slices, so spikes stay visible.");
    }
    Axis xAxis = Axis.linearExact(xLow, xHigh);

    StringBuilder body = new StringBuilder(64 * 1024);
    int top = TOP_PADDING;
    for (int p = 0; p < chart.panels().size(); p++) {
      Chart.Panel panel = chart.panels().get(p);
      List<Series> series = visible.get(p);
      top = drawLegend(body, series, top);
      drawPanel(body, panel, series, xAxis, chart.events(), top, notes);
      top += PLOT_HEIGHT;
      if (p + 1 < chart.panels().size()) {
        top += PANEL_GAP;
      }
    }
    drawXAxis(body, xAxis, chart.xAxisLabel(), top);
    int height = top + BOTTOM_SPACE;

    StringBuilder svg = new StringBuilder(body.length() + 512);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" aria-label=\"")
        .append(Xml.escape(chart.title()))
        .append("\"><title>")
        .append(Xml.escape(chart.title()))
        .append("</title>")
        .append(body)
        .append("</svg>");
    return Optional.of(new Rendered(svg.toString(), notes));
  }

  private static int drawLegend(StringBuilder out, List<Series> series, int top) {
    if (series.isEmpty()) {
      return top;
    }
    out.append("<g class=\"legend\">");
    double x = PLOT_LEFT;
    int rowTop = top;
    for (Series line : series) {
      double width = 30 + line.label().length() * CHARACTER_WIDTH_PX + 20;
      if (x > PLOT_LEFT && x + width > PLOT_RIGHT) {
        x = PLOT_LEFT;
        rowTop += LEGEND_ROW_HEIGHT;
      }
      double middle = rowTop + LEGEND_ROW_HEIGHT / 2.0;
      if (line.style() == Series.Style.RINGS) {
        SvgShapes.ring(out, line.colour(), x + 12, middle);
      } else {
        out.append("<line x1=\"")
            .append(SvgShapes.coordinate(x))
            .append("\" y1=\"")
            .append(SvgShapes.coordinate(middle))
            .append("\" x2=\"")
            .append(SvgShapes.coordinate(x + 24))
            .append("\" y2=\"")
            .append(SvgShapes.coordinate(middle))
            .append('"');
        SvgShapes.stroke(out, line);
        out.append("/>");
        if (line.style() == Series.Style.LINE_AND_DOTS) {
          SvgShapes.dot(out, line.colour(), x + 12, middle, 3.5);
        }
      }
      out.append("<text x=\"")
          .append(SvgShapes.coordinate(x + 30))
          .append("\" y=\"")
          .append(SvgShapes.coordinate(middle + 4))
          .append("\">")
          .append(Xml.escape(line.label()))
          .append("</text>");
      x += width;
    }
    out.append("</g>");
    return rowTop + LEGEND_ROW_HEIGHT + 4;
  }

  private static void drawPanel(
      StringBuilder out,
      Chart.Panel panel,
      List<Series> series,
      Axis xAxis,
      List<Chart.Event> events,
      int top,
      List<String> notes) {
    int bottom = top + PLOT_HEIGHT;
    out.append("<g class=\"panel\">");
    Axis yAxis = yAxis(panel, series);
    for (double tick : yAxis.ticks()) {
      double y = bottom - yAxis.fraction(tick) * PLOT_HEIGHT;
      SvgShapes.gridLine(out, PLOT_LEFT, y, PLOT_RIGHT, y);
      out.append("<text class=\"tick\" x=\"")
          .append(PLOT_LEFT - 6)
          .append("\" y=\"")
          .append(SvgShapes.coordinate(y + 4))
          .append("\" text-anchor=\"end\">")
          .append(Figures.exact(tick))
          .append("</text>");
    }
    for (double tick : xAxis.ticks()) {
      double x = xPixel(xAxis, tick);
      SvgShapes.gridLine(out, x, top, x, bottom);
    }
    out.append("<text class=\"axis-label\" text-anchor=\"middle\" transform=\"translate(16,")
        .append(SvgShapes.coordinate(top + PLOT_HEIGHT / 2.0))
        .append(") rotate(-90)\">")
        .append(Xml.escape(panel.yAxisLabel()))
        .append(yAxis.isLog() ? ", log scale" : "")
        .append("</text>");
    if (series.isEmpty()) {
      out.append("<text class=\"missing\" x=\"")
          .append((PLOT_LEFT + PLOT_RIGHT) / 2)
          .append("\" y=\"")
          .append(top + PLOT_HEIGHT / 2)
          .append("\" text-anchor=\"middle\">")
          .append(Figures.NOT_MEASURED)
          .append("</text>");
    }
    for (Series line : series) {
      drawSeries(out, line, xAxis, yAxis, bottom);
    }
    long notDrawn =
        !yAxis.isLog()
            ? 0
            : panel.series().stream()
                .flatMapToDouble(line -> Arrays.stream(line.y()))
                .filter(value -> value <= 0)
                .count();
    if (notDrawn > 0) {
      notes.add(
          Figures.count(notDrawn)
              + " values at or below zero are not drawn on the log axis of "
              + panel.yAxisLabel()
              + ".");
    }
    drawEvents(out, events, xAxis, top, bottom);
    out.append("<rect class=\"plot\" x=\"")
        .append(PLOT_LEFT)
        .append("\" y=\"")
        .append(top)
        .append("\" width=\"")
        .append(PLOT_RIGHT - PLOT_LEFT)
        .append("\" height=\"")
        .append(PLOT_HEIGHT)
        .append("\" fill=\"none\" stroke=\"#8c8c8c\"/>");
    out.append("</g>");
  }

  private static Axis yAxis(Chart.Panel panel, List<Series> series) {
    boolean log = panel.resolvedScale() == Chart.Scale.LOG && panel.hasPositiveValues();
    double low = log ? Double.POSITIVE_INFINITY : 0;
    double high = Double.NEGATIVE_INFINITY;
    for (Series line : series) {
      for (double value : line.y()) {
        if (!Double.isFinite(value) || (log && value <= 0)) {
          continue;
        }
        low = Math.min(low, value);
        high = Math.max(high, value);
      }
    }
    if (high == Double.NEGATIVE_INFINITY) {
      return Axis.linearCovering(0, 1);
    }
    return log ? Axis.log(low, high) : Axis.linearCovering(low, high);
  }

  private static void drawSeries(
      StringBuilder out, Series line, Axis xAxis, Axis yAxis, int bottom) {
    out.append("<g class=\"series\" data-series=\"")
        .append(Xml.escape(line.label()))
        .append("\" fill=\"none\"");
    SvgShapes.stroke(out, line);
    out.append('>');
    List<double[]> run = new ArrayList<>();
    double[] x = line.x();
    double[] y = line.y();
    for (int i = 0; i <= y.length; i++) {
      double fraction = i < y.length ? yAxis.fraction(y[i]) : Double.NaN;
      if (i < y.length && Double.isFinite(fraction) && Double.isFinite(x[i])) {
        run.add(new double[] {xPixel(xAxis, x[i]), bottom - fraction * PLOT_HEIGHT});
        continue;
      }
      drawRun(out, line, run);
      run.clear();
    }
    out.append("</g>");
  }

  private static void drawRun(StringBuilder out, Series line, List<double[]> run) {
    if (run.isEmpty()) {
      return;
    }
    if (line.style() == Series.Style.RINGS) {
      run.forEach(point -> SvgShapes.ring(out, line.colour(), point[0], point[1]));
      return;
    }
    if (run.size() == 1) {
      SvgShapes.dot(out, line.colour(), run.get(0)[0], run.get(0)[1], 2.5);
    } else {
      out.append("<polyline points=\"");
      for (int i = 0; i < run.size(); i++) {
        if (i > 0) {
          out.append(' ');
        }
        out.append(SvgShapes.coordinate(run.get(i)[0]))
            .append(',')
            .append(SvgShapes.coordinate(run.get(i)[1]));
      }
      out.append("\"/>");
    }
    if (line.style() == Series.Style.LINE_AND_DOTS) {
      run.forEach(point -> SvgShapes.dot(out, line.colour(), point[0], point[1], 3.5));
    }
  }

  private static void drawEvents(
      StringBuilder out, List<Chart.Event> events, Axis xAxis, int top, int bottom) {
    int drawn = 0;
    for (Chart.Event event : events) {
      if (!Double.isFinite(event.x())) {
        continue;
      }
      double x = xPixel(xAxis, event.x());
      String label = event.label();
      String shown =
          label.length() > EVENT_LABEL_MAX_CHARACTERS
              ? label.substring(0, EVENT_LABEL_MAX_CHARACTERS - 1) + "\u2026"
              : label;
      boolean leftOfLine = x + 8 + shown.length() * CHARACTER_WIDTH_PX > PLOT_RIGHT;
      double labelY = top + 14 + 14 * (drawn % EVENT_LABEL_ROWS);
      out.append("<g class=\"event\"><title>")
          .append(Xml.escape(label))
          .append("</title><line x1=\"")
          .append(SvgShapes.coordinate(x))
          .append("\" y1=\"")
          .append(top)
          .append("\" x2=\"")
          .append(SvgShapes.coordinate(x))
          .append("\" y2=\"")
          .append(bottom)
          .append("\" stroke=\"#3a3a3a\" stroke-width=\"1.2\" stroke-dasharray=\"5 4\"/>")
          .append("<text class=\"event-label\" x=\"")
          .append(SvgShapes.coordinate(leftOfLine ? x - 4 : x + 4))
          .append("\" y=\"")
          .append(SvgShapes.coordinate(labelY))
          .append("\" text-anchor=\"")
          .append(leftOfLine ? "end" : "start")
          .append("\">")
          .append(Xml.escape(shown))
          .append("</text></g>");
      drawn++;
    }
  }

  private static void drawXAxis(StringBuilder out, Axis xAxis, String label, int bottom) {
    out.append("<g class=\"x-axis\">");
    for (double tick : xAxis.ticks()) {
      out.append("<text class=\"tick\" x=\"")
          .append(SvgShapes.coordinate(xPixel(xAxis, tick)))
          .append("\" y=\"")
          .append(bottom + 15)
          .append("\" text-anchor=\"middle\">")
          .append(Figures.exact(tick))
          .append("</text>");
    }
    out.append("<text class=\"axis-label\" x=\"")
        .append((PLOT_LEFT + PLOT_RIGHT) / 2)
        .append("\" y=\"")
        .append(bottom + 35)
        .append("\" text-anchor=\"middle\">")
        .append(Xml.escape(label))
        .append("</text></g>");
  }

  private static double xPixel(Axis xAxis, double value) {
    return PLOT_LEFT + xAxis.fraction(value) * (PLOT_RIGHT - PLOT_LEFT);
  }
}
