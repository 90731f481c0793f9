package org.openv2x.loadtest.report;

import java.util.List;

/**
 * What one SVG chart shows: one or more panels stacked over a shared x axis, and the events drawn
 * across every panel.
 *
 * @param title the chart's name, read by screen readers and shown when the SVG stands alone
 * @param xAxisLabel the x axis name with its unit, e.g. {@code time since start (s)}
 * @param panels the panels, top to bottom
 * @param events the vertical event lines, at x values of the same unit
 */
record Chart(String title, String xAxisLabel, List<Chart.Panel> panels, List<Chart.Event> events) {

  Chart {
    panels = List.copyOf(panels);
    events = List.copyOf(events);
  }

  /** How a panel's y axis maps values. */
  enum Scale {
    LINEAR,
    LOG,
    /** Log when the highest plotted value is more than 100 times the lowest positive one. */
    AUTO
  }

  /**
   * One plot area.
   *
   * @param yAxisLabel the y axis name with its unit, e.g. {@code latency (ms)}
   */
  record Panel(String yAxisLabel, Scale scale, List<Series> series) {

    /** Highest-to-lowest ratio above which {@link Scale#AUTO} chooses a log axis. */
    static final double LOG_RATIO = 100;

    Panel {
      series = List.copyOf(series);
    }

    /** The scale this panel is drawn with: {@link #scale()} with {@link Scale#AUTO} decided. */
    Scale resolvedScale() {
      if (scale != Scale.AUTO) {
        return scale;
      }
      double lowestPositive = Double.POSITIVE_INFINITY;
      double highest = Double.NEGATIVE_INFINITY;
      for (Series line : series) {
        for (int i = 0; i < line.y().length; i++) {
          double value = line.y()[i];
          if (Double.isFinite(value) && Double.isFinite(line.x()[i])) {
            highest = Math.max(highest, value);
            if (value > 0) {
              lowestPositive = Math.min(lowestPositive, value);
            }
          }
        }
      }
      return lowestPositive < Double.POSITIVE_INFINITY && highest / lowestPositive > LOG_RATIO
          ? Scale.LOG
          : Scale.LINEAR;
    }

    /** Whether any value could be drawn on a log axis. */
    boolean hasPositiveValues() {
      for (Series line : series) {
        for (int i = 0; i < line.y().length; i++) {
          if (line.y()[i] > 0 && Double.isFinite(line.y()[i]) && Double.isFinite(line.x()[i])) {
            return true;
          }
        }
      }
      return false;
    }

    Panel withScale(Scale newScale) {
      return new Panel(yAxisLabel, newScale, series);
    }
  }

  /**
   * Something that happened during the run, drawn as a labelled vertical dashed line.
   *
   * @param x where, in the x axis unit
   * @param label what happened
   */
  record Event(double x, String label) {}
}
