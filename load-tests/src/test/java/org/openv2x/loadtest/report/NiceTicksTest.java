package org.openv2x.loadtest.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NiceTicksTest {

  @Test
  void coveringTicksStepBy1Or2Or5TimesAPowerOfTen() {
    assertArrayEquals(new double[] {0, 20, 40, 60, 80, 100}, NiceTicks.covering(0, 100, 5));
    assertArrayEquals(new double[] {0, 20, 40, 60, 80, 100}, NiceTicks.covering(0, 87, 5));
    assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5, 6, 7}, NiceTicks.covering(0, 7, 5));
    assertArrayEquals(new double[] {0, 2, 4, 6, 8}, NiceTicks.covering(0, 7.5, 5));
    assertArrayEquals(
        new double[] {0, 50_000, 100_000, 150_000, 200_000}, NiceTicks.covering(0, 200_000, 5));
    assertArrayEquals(new double[] {-5, 0, 5, 10, 15, 20}, NiceTicks.covering(-3, 17, 5));
    assertArrayEquals(
        new double[] {0.9, 0.95, 1, 1.05, 1.1, 1.15, 1.2, 1.25, 1.3},
        NiceTicks.covering(0.93, 1.27, 5));
  }

  @Test
  void decimalTicksAreTheExactDecimals() {
    assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, NiceTicks.covering(0, 1, 5));
    assertArrayEquals(
        new double[] {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9},
        NiceTicks.covering(0.13, 0.87, 5));
    assertArrayEquals(
        new double[] {0, 5e-5, 1e-4, 1.5e-4, 2e-4, 2.5e-4, 3e-4}, NiceTicks.covering(0, 0.0003, 5));
    assertArrayEquals(
        new double[] {0, 0.0002, 0.0004, 0.0006, 0.0008}, NiceTicks.covering(0, 0.0008, 5));
  }

  @Test
  void degenerateAndNonFiniteRangesStillGiveAnAxis() {
    assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, NiceTicks.covering(0, 0, 5));
    assertArrayEquals(new double[] {2, 3, 4, 5, 6, 7, 8}, NiceTicks.covering(5, 5, 5));
    assertArrayEquals(new double[] {0, 20, 40, 60, 80, 100}, NiceTicks.covering(100, 0, 5));
    assertArrayEquals(new double[] {0, 1}, NiceTicks.covering(Double.NaN, 1, 5));
    assertArrayEquals(new double[] {0, 1}, NiceTicks.covering(0, Double.POSITIVE_INFINITY, 5));
    assertArrayEquals(
        new double[] {0, 1}, NiceTicks.covering(-Double.MAX_VALUE, Double.MAX_VALUE, 5));
  }

  @Test
  void withinTicksStayInsideTheRange() {
    assertArrayEquals(new double[] {0, 10, 20, 30, 40, 50, 60}, NiceTicks.within(0, 61, 5));
    assertArrayEquals(new double[] {0, 1, 2, 3, 4, 5}, NiceTicks.within(0, 5.555, 5));
    assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2}, NiceTicks.within(0, 2, 5));
    assertArrayEquals(new double[] {2, 3, 4, 5}, NiceTicks.within(1.5, 5.5, 5));
  }

  @Test
  void stepIsTheNearestNiceStep() {
    assertEquals(new BigDecimal("1"), NiceTicks.step(1));
    assertEquals(new BigDecimal("1"), NiceTicks.step(1.4));
    assertEquals(new BigDecimal("2"), NiceTicks.step(1.5));
    assertEquals(new BigDecimal("5"), NiceTicks.step(3));
    assertEquals(new BigDecimal("1E+1"), NiceTicks.step(7));
    assertEquals(new BigDecimal("0.001"), NiceTicks.step(0.0012));
    assertEquals(new BigDecimal("5E+4"), NiceTicks.step(40_000));
  }

  @Test
  void logTicksArePowersOfTenOrTheir125MultiplesOverShortSpans() {
    assertArrayEquals(new double[] {0.1, 1, 10, 100, 1_000, 10_000}, NiceTicks.log(0.1, 3_000));
    assertArrayEquals(new double[] {0.5, 1, 2, 5, 10, 20, 50}, NiceTicks.log(0.5, 30));
    assertArrayEquals(new double[] {1, 2, 5, 10, 20, 50, 100}, NiceTicks.log(1, 100));
    assertArrayEquals(new double[] {10, 20}, NiceTicks.log(10, 10));
    assertArrayEquals(new double[] {1e-3, 1e-1, 1e1, 1e3, 1e5, 1e7, 1e9}, NiceTicks.log(1e-3, 1e9));
    assertArrayEquals(new double[] {1, 10}, NiceTicks.log(0, 10));
  }

  @Test
  void axisPlacesValuesOnTheDomain() {
    Axis linear = Axis.linearCovering(0, 87);
    assertEquals(0, linear.low());
    assertEquals(100, linear.high());
    assertEquals(0.5, linear.fraction(50), 1e-12);
    Axis exact = Axis.linearExact(0, 61);
    assertEquals(61, exact.high());
    assertEquals(1, exact.fraction(61), 1e-12);
    Axis log = Axis.log(0.1, 3_000);
    assertEquals(0.2, log.fraction(1), 1e-12);
    assertEquals(Double.NaN, log.fraction(0));
    assertEquals(Double.NaN, log.fraction(Double.NaN));
  }
}
