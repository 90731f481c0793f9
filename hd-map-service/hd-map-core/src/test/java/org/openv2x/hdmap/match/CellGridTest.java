package org.openv2x.hdmap.match;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which segments cross a cell's rectangle (here 0..10 × 0..10). */
class CellGridTest {
  @Test
  void segmentsInsideThroughOrTouchingCross() {
    assertTrue(CellGrid.crosses(2, 2, 3, 3, 0, 0, 10, 10), "inside");
    assertTrue(CellGrid.crosses(-5, 5, 15, 5, 0, 0, 10, 10), "through, horizontal");
    assertTrue(CellGrid.crosses(5, -5, 5, 15, 0, 0, 10, 10), "through, vertical");
    assertTrue(CellGrid.crosses(-1, 9, 1, 11, 0, 0, 10, 10), "across a corner");
    assertTrue(CellGrid.crosses(10, 12, 10, 11, 0, 0, 10, 14), "along an edge");
    assertTrue(CellGrid.crosses(-3, -3, 0, 0, 0, 0, 10, 10), "ending on a corner");
  }

  @Test
  void segmentsBesideOrPointingAtItDoNotCross() {
    assertFalse(CellGrid.crosses(-5, 11, 15, 11, 0, 0, 10, 10), "above, horizontal");
    assertFalse(CellGrid.crosses(11, -5, 11, 15, 0, 0, 10, 10), "beside, vertical");
    assertFalse(CellGrid.crosses(-2, 9, 1, 12, 0, 0, 10, 10), "past a corner");
    assertFalse(CellGrid.crosses(-10, 5, -1, 5, 0, 0, 10, 10), "short of it, pointing at it");
  }
}
