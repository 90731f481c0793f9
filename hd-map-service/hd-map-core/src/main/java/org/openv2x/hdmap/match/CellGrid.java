package org.openv2x.hdmap.match;

import static org.openv2x.hdmap.match.LaneSegments.AX;
import static org.openv2x.hdmap.match.LaneSegments.AY;
import static org.openv2x.hdmap.match.LaneSegments.LENGTH;
import static org.openv2x.hdmap.match.LaneSegments.MAX_LATERAL_SQ;
import static org.openv2x.hdmap.match.LaneSegments.NORTH_M_PER_DEG;
import static org.openv2x.hdmap.match.LaneSegments.STRIDE;
import static org.openv2x.hdmap.match.LaneSegments.UX;
import static org.openv2x.hdmap.match.LaneSegments.UY;

/**
 * Lays a grid of square cells (edge {@code cellSizeM}, in degrees at the map's middle latitude)
 * over {@link LaneSegments} and lists each segment in every cell that a position matching it could
 * be in: the cells whose rectangle, widened by the segment's largest plausible lateral distance,
 * the segment crosses.
 */
final class CellGrid {
  /** Widens each cell a little so rounding between degrees and metres loses no segment. */
  private static final double SLACK_M = 0.01;

  private final LaneSegments lanes;
  private final double minLatDeg;
  private final double minLonDeg;
  private final double cellLatDeg;
  private final double cellLonDeg;
  private final int rows;
  private final int columns;
  private final double[] box = new double[4];

  CellGrid(LaneSegments lanes, double cellSizeM) {
    if (!(cellSizeM > 0)) {
      throw new IllegalArgumentException("cellSizeM must be positive, is " + cellSizeM);
    }
    this.lanes = lanes;
    double minLat = Double.POSITIVE_INFINITY;
    double minLon = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < lanes.segmentCount(); s++) {
      boxDeg(s);
      minLat = Math.min(minLat, box[0]);
      minLon = Math.min(minLon, box[1]);
      maxLat = Math.max(maxLat, box[2]);
      maxLon = Math.max(maxLon, box[3]);
    }
    if (lanes.segmentCount() == 0) {
      minLat = minLon = maxLat = maxLon = 0;
    }
    this.minLatDeg = minLat;
    this.minLonDeg = minLon;
    this.cellLatDeg = cellSizeM / NORTH_M_PER_DEG;
    this.cellLonDeg =
        cellSizeM / (NORTH_M_PER_DEG * Math.cos(Math.toRadians((minLat + maxLat) / 2)));
    this.rows = lanes.segmentCount() == 0 ? 0 : (int) ((maxLat - minLat) / cellLatDeg) + 1;
    this.columns = lanes.segmentCount() == 0 ? 0 : (int) ((maxLon - minLon) / cellLonDeg) + 1;
  }

  CellTable table() {
    CellTable.Builder builder =
        new CellTable.Builder(minLatDeg, minLonDeg, cellLatDeg, cellLonDeg, rows, columns);
    for (int s = 0; s < lanes.segmentCount(); s++) {
      visitCells(builder, s, false);
    }
    for (int s = 0; s < lanes.segmentCount(); s++) {
      visitCells(builder, s, true);
    }
    return builder.build();
  }

  private void visitCells(CellTable.Builder builder, int s, boolean place) {
    float[] g = lanes.geometry;
    int o = s * STRIDE;
    int frame = lanes.frame[s];
    double lat0 = lanes.originLatDeg[frame];
    double lon0 = lanes.originLonDeg[frame];
    double eastMPerDeg = lanes.eastMPerDeg[frame];
    double marginM = Math.sqrt(g[o + MAX_LATERAL_SQ]) + SLACK_M;
    double ax = g[o + AX];
    double ay = g[o + AY];
    double bx = ax + g[o + UX] * g[o + LENGTH];
    double by = ay + g[o + UY] * g[o + LENGTH];
    boxDeg(s);
    int row0 = Math.max(0, (int) Math.floor((box[0] - minLatDeg) / cellLatDeg) - 1);
    int row1 = Math.min(rows - 1, (int) Math.floor((box[2] - minLatDeg) / cellLatDeg) + 1);
    int column0 = Math.max(0, (int) Math.floor((box[1] - minLonDeg) / cellLonDeg) - 1);
    int column1 = Math.min(columns - 1, (int) Math.floor((box[3] - minLonDeg) / cellLonDeg) + 1);
    for (int row = row0; row <= row1; row++) {
      double southM = (minLatDeg + row * cellLatDeg - lat0) * NORTH_M_PER_DEG - marginM;
      double northM = (minLatDeg + (row + 1) * cellLatDeg - lat0) * NORTH_M_PER_DEG + marginM;
      for (int column = column0; column <= column1; column++) {
        double westM = (minLonDeg + column * cellLonDeg - lon0) * eastMPerDeg - marginM;
        double eastM = (minLonDeg + (column + 1) * cellLonDeg - lon0) * eastMPerDeg + marginM;
        if (crosses(ax, ay, bx, by, westM, southM, eastM, northM)) {
          long key = builder.key(row, column);
          if (place) {
            builder.place(key, s);
          } else {
            builder.count(key);
          }
        }
      }
    }
  }

  /**
   * Sets {@link #box} to the segment's box widened by its largest lateral distance: min lat, min
   * lon, max lat, max lon.
   */
  private void boxDeg(int s) {
    float[] g = lanes.geometry;
    int o = s * STRIDE;
    int frame = lanes.frame[s];
    double marginM = Math.sqrt(g[o + MAX_LATERAL_SQ]) + SLACK_M;
    double ax = g[o + AX];
    double ay = g[o + AY];
    double bx = ax + g[o + UX] * g[o + LENGTH];
    double by = ay + g[o + UY] * g[o + LENGTH];
    double lat0 = lanes.originLatDeg[frame];
    double lon0 = lanes.originLonDeg[frame];
    double eastMPerDeg = lanes.eastMPerDeg[frame];
    box[0] = lat0 + (Math.min(ay, by) - marginM) / NORTH_M_PER_DEG;
    box[1] = lon0 + (Math.min(ax, bx) - marginM) / eastMPerDeg;
    box[2] = lat0 + (Math.max(ay, by) + marginM) / NORTH_M_PER_DEG;
    box[3] = lon0 + (Math.max(ax, bx) + marginM) / eastMPerDeg;
  }

  /** Whether the segment a-b crosses the rectangle (clipped slab by slab). */
  static boolean crosses(
      double ax,
      double ay,
      double bx,
      double by,
      double minX,
      double minY,
      double maxX,
      double maxY) {
    double dx = bx - ax;
    double dy = by - ay;
    double t0 = 0;
    double t1 = 1;
    if (dx == 0) {
      if (ax < minX || ax > maxX) {
        return false;
      }
    } else {
      double ta = (minX - ax) / dx;
      double tb = (maxX - ax) / dx;
      t0 = Math.max(t0, Math.min(ta, tb));
      t1 = Math.min(t1, Math.max(ta, tb));
    }
    if (dy == 0) {
      if (ay < minY || ay > maxY) {
        return false;
      }
    } else {
      double ta = (minY - ay) / dy;
      double tb = (maxY - ay) / dy;
      t0 = Math.max(t0, Math.min(ta, tb));
      t1 = Math.min(t1, Math.max(ta, tb));
    }
    return t0 <= t1;
  }
}
