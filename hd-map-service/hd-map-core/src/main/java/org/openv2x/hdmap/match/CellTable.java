package org.openv2x.hdmap.match;

import java.util.Arrays;

/**
 * A uniform grid in degrees over the segments of {@link LaneSegments}: for each cell, the segments
 * a position in the cell could match (which ones, {@link CellGrid} decides). Only cells with
 * segments are stored, in an open-addressing table of primitive keys, so a query is one hash probe
 * and a range of segment numbers.
 */
final class CellTable {
  private static final long NO_KEY = -1;

  private final double minLatDeg;
  private final double minLonDeg;
  private final double latCellsPerDeg;
  private final double lonCellsPerDeg;
  private final int rows;
  private final int columns;
  private final long[] keys;
  private final int[] cellOfSlot;
  private final int mask;
  private final int[] cellStart;
  private final int[] segments;

  private CellTable(
      double minLatDeg,
      double minLonDeg,
      double latCellsPerDeg,
      double lonCellsPerDeg,
      int rows,
      int columns,
      long[] keys,
      int[] cellOfSlot,
      int[] cellStart,
      int[] segments) {
    this.minLatDeg = minLatDeg;
    this.minLonDeg = minLonDeg;
    this.latCellsPerDeg = latCellsPerDeg;
    this.lonCellsPerDeg = lonCellsPerDeg;
    this.rows = rows;
    this.columns = columns;
    this.keys = keys;
    this.cellOfSlot = cellOfSlot;
    this.mask = keys.length - 1;
    this.cellStart = cellStart;
    this.segments = segments;
  }

  /** The cell holding a position, or -1 when no segment is near it. */
  int cell(double latDeg, double lonDeg) {
    double row = (latDeg - minLatDeg) * latCellsPerDeg;
    double column = (lonDeg - minLonDeg) * lonCellsPerDeg;
    if (!(row >= 0 && row < rows && column >= 0 && column < columns)) {
      return -1;
    }
    long key = (long) row * columns + (long) column;
    for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
      long found = keys[slot];
      if (found == key) {
        return cellOfSlot[slot];
      }
      if (found == NO_KEY) {
        return -1;
      }
    }
  }

  /** Where the cell's segment numbers start in {@link #segments()}. */
  int start(int cell) {
    return cellStart[cell];
  }

  /** Where the cell's segment numbers end (exclusive) in {@link #segments()}. */
  int end(int cell) {
    return cellStart[cell + 1];
  }

  /** The segment numbers of all cells, cell after cell, ascending within a cell. */
  int[] segments() {
    return segments;
  }

  int cellCount() {
    return cellStart.length - 1;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /**
   * Collects the table in two passes over the same (cell, segment) pairs: {@link #count} each pair,
   * then {@link #place} each pair again in the same order, then {@link #build}.
   */
  static final class Builder {
    private final double minLatDeg;
    private final double minLonDeg;
    private final double cellLatDeg;
    private final double cellLonDeg;
    private final int rows;
    private final int columns;
    private long[] keys = emptyKeys(16);
    private int[] cellOfSlot = new int[16];
    private int[] counts = new int[8];
    private int cells;
    private int[] cellStart;
    private int[] next;
    private int[] segments;

    Builder(
        double minLatDeg,
        double minLonDeg,
        double cellLatDeg,
        double cellLonDeg,
        int rows,
        int columns) {
      this.minLatDeg = minLatDeg;
      this.minLonDeg = minLonDeg;
      this.cellLatDeg = cellLatDeg;
      this.cellLonDeg = cellLonDeg;
      this.rows = rows;
      this.columns = columns;
    }

    /** The key of a cell: {@code row * columns + column}. */
    long key(int row, int column) {
      return (long) row * columns + column;
    }

    /** First pass: one more segment in the cell {@code key}. */
    void count(long key) {
      int mask = keys.length - 1;
      for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
        if (keys[slot] == key) {
          counts[cellOfSlot[slot]]++;
          return;
        }
        if (keys[slot] == NO_KEY) {
          keys[slot] = key;
          cellOfSlot[slot] = cells;
          if (cells == counts.length) {
            counts = Arrays.copyOf(counts, cells * 2);
          }
          counts[cells++] = 1;
          if (cells * 2 > keys.length) {
            grow();
          }
          return;
        }
      }
    }

    /** Second pass: the segment {@code segment} is in the cell {@code key}. */
    void place(long key, int segment) {
      if (cellStart == null) {
        layOut();
      }
      int mask = keys.length - 1;
      int slot = slot(key, mask);
      while (keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      segments[next[cellOfSlot[slot]]++] = segment;
    }

    CellTable build() {
      if (cellStart == null) {
        layOut();
      }
      return new CellTable(
          minLatDeg,
          minLonDeg,
          1 / cellLatDeg,
          1 / cellLonDeg,
          rows,
          columns,
          keys,
          cellOfSlot,
          cellStart,
          segments);
    }

    /** After counting: where each cell's segments go. */
    private void layOut() {
      cellStart = new int[cells + 1];
      for (int cell = 0; cell < cells; cell++) {
        cellStart[cell + 1] = cellStart[cell] + counts[cell];
      }
      next = Arrays.copyOf(cellStart, cells);
      segments = new int[cellStart[cells]];
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldCells = cellOfSlot;
      keys = emptyKeys(oldKeys.length * 2);
      cellOfSlot = new int[keys.length];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != NO_KEY) {
          int slot = slot(oldKeys[i], mask);
          while (keys[slot] != NO_KEY) {
            slot = (slot + 1) & mask;
          }
          keys[slot] = oldKeys[i];
          cellOfSlot[slot] = oldCells[i];
        }
      }
    }

    private static long[] emptyKeys(int length) {
      long[] keys = new long[length];
      Arrays.fill(keys, NO_KEY);
      return keys;
    }
  }
}
