package org.openv2x.loadtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MinMaxReductionTest {

  @Test
  void aLongSeriesKeepsItsExtremesInOrder() {
    int length = 20_000;
    double[] x = new double[length];
    double[] y = new double[length];
    for (int i = 0; i < length; i++) {
      x[i] = i;
      y[i] = 50 + Math.sin(i / 100.0);
    }
    y[7_777] = 9_999;
    y[13_001] = -42;

    Series reduced = MinMaxReduction.reduce(Series.line("s", Palette.BLUE, x, y), 1_000);

    assertTrue(reduced.y().length <= 1_000, "length " + reduced.y().length);
    assertEquals(9_999, Arrays.stream(reduced.y()).max().orElseThrow());
    assertEquals(-42, Arrays.stream(reduced.y()).min().orElseThrow());
    int spike = indexOf(reduced.y(), 9_999);
    assertEquals(7_777, reduced.x()[spike]);
    for (int i = 1; i < reduced.x().length; i++) {
      assertTrue(reduced.x()[i] > reduced.x()[i - 1], "x ascending at " + i);
    }
  }

  @Test
  void anEmptyBucketStaysOneGap() {
    double[] x = new double[40];
    double[] y = new double[40];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
      y[i] = i >= 10 && i < 30 ? Double.NaN : i;
    }

    // 4 buckets of 10: values, gap, gap, values.
    Series reduced = MinMaxReduction.reduce(Series.line("s", Palette.BLUE, x, y), 8);

    assertEquals(
        Arrays.toString(new double[] {0, 9, Double.NaN, 30, 39}), Arrays.toString(reduced.y()));
    assertEquals(10, reduced.x()[2]);
  }

  @Test
  void aShortSeriesIsLeftAsItIs() {
    Series series = Series.line("s", Palette.BLUE, new double[] {1, 2}, new double[] {3, 4});

    assertSame(series, MinMaxReduction.reduce(series, 1_000));
  }

  private static int indexOf(double[] values, double wanted) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == wanted) {
        return i;
      }
    }
    throw new AssertionError(wanted + " not found");
  }
}
