package org.openv2x.sim.rsu;

import java.util.ArrayList;
import java.util.List;

/**
 * A uniform grid over the RSUs' coverage that lists, per cell, the RSUs whose range reaches into
 * it: finding the RSUs that may hear a vehicle takes one lookup instead of a test against every
 * RSU. Cells are as wide as the largest range, so a cell has only the few RSUs around it.
 */
final class RangeGrid {
  private static final int[] NONE = new int[0];

  private final double minEastM;
  private final double minNorthM;
  private final double cellM;
  private final int columns;
  private final int rows;
  private final int[][] cells;

  RangeGrid(List<Rsu> rsus) {
    double minEast = Double.POSITIVE_INFINITY;
    double minNorth = Double.POSITIVE_INFINITY;
    double maxEast = Double.NEGATIVE_INFINITY;
    double maxNorth = Double.NEGATIVE_INFINITY;
    double maxRange = 1;
    for (Rsu rsu : rsus) {
      minEast = Math.min(minEast, rsu.eastM() - rsu.rangeM());
      minNorth = Math.min(minNorth, rsu.northM() - rsu.rangeM());
      maxEast = Math.max(maxEast, rsu.eastM() + rsu.rangeM());
      maxNorth = Math.max(maxNorth, rsu.northM() + rsu.rangeM());
      maxRange = Math.max(maxRange, rsu.rangeM());
    }
    if (rsus.isEmpty()) {
      minEast = minNorth = maxEast = maxNorth = 0;
    }
    this.minEastM = minEast;
    this.minNorthM = minNorth;
    this.cellM = maxRange;
    this.columns = Math.max(1, (int) Math.ceil((maxEast - minEast) / cellM));
    this.rows = Math.max(1, (int) Math.ceil((maxNorth - minNorth) / cellM));
    this.cells = new int[columns * rows][];
    List<Integer> near = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < columns; column++) {
        double cellEast0 = minEast + column * cellM;
        double cellNorth0 = minNorth + row * cellM;
        near.clear();
        for (Rsu rsu : rsus) {
          double dx =
              Math.max(0, Math.max(cellEast0 - rsu.eastM(), rsu.eastM() - cellEast0 - cellM));
          double dy =
              Math.max(0, Math.max(cellNorth0 - rsu.northM(), rsu.northM() - cellNorth0 - cellM));
          if (dx * dx + dy * dy <= rsu.rangeM() * rsu.rangeM()) {
            near.add(rsu.index());
          }
        }
        cells[row * columns + column] =
            near.isEmpty() ? NONE : near.stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  /** Indices of the RSUs whose range may include the point, in fleet order (possibly none). */
  int[] candidates(double eastM, double northM) {
    int column = (int) Math.floor((eastM - minEastM) / cellM);
    int row = (int) Math.floor((northM - minNorthM) / cellM);
    if (column < 0 || column >= columns || row < 0 || row >= rows) {
      return NONE;
    }
    return cells[row * columns + column];
  }
}
