package org.openv2x.loadtest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {

  @Test
  void countsAreWholeNumbersWithCommaSeparators() {
    assertEquals("12,000,000", Figures.count(12_000_000));
    assertEquals("0", Figures.count(0));
    assertEquals("0", Figures.count(-0.0));
    assertEquals("-1,000", Figures.count(-1_000));
    assertEquals("2.50", Figures.count(2.5));
    assertEquals("not measured", Figures.count(Double.NaN));
  }

  @Test
  void decimalsKeepThreeSignificantDigits() {
    assertEquals("0.100", Figures.decimal(0.1));
    assertEquals("0.0123", Figures.decimal(0.01234));
    assertEquals("1.25", Figures.decimal(1.25));
    assertEquals("73.4", Figures.decimal(73.44));
    assertEquals("213", Figures.decimal(212.6));
    assertEquals("199,983", Figures.decimal(199_983.3));
    assertEquals("-4.20", Figures.decimal(-4.2));
    assertEquals("0", Figures.decimal(0));
    assertEquals("not measured", Figures.decimal(Double.POSITIVE_INFINITY));
  }

  @Test
  void bytesAndDurationsCarryTheirUnits() {
    assertEquals("1,024", Figures.mebibytes(1L << 30));
    assertEquals("24.0", Figures.gibibytes(25_769_803_776L));
    assertEquals("60.0 s", Figures.duration(60));
    assertEquals("3,725 s (1 h 2 min)", Figures.duration(3_725));
    assertEquals("150 s (3 min)", Figures.duration(150));
  }

  @Test
  void exactValuesAreAsShortAsTheyAre() {
    assertEquals("0.2", Figures.exact(0.2));
    assertEquals("50,000", Figures.exact(50_000));
    assertEquals("0.001", Figures.exact(0.001));
    assertEquals("1,000,000,000", Figures.exact(1e9));
    assertEquals("12.5", Figures.exact(12.5));
  }

  @Test
  void theMachineLocaleDoesNotChangeTheFigures() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("1,234,567", Figures.count(1_234_567));
      assertEquals("0.840", Figures.decimal(0.84));
      assertEquals("123.4", SvgShapes.coordinate(123.44));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void coordinatesHaveOneDecimal() {
    assertEquals("78.0", SvgShapes.coordinate(78));
    assertEquals("-0.5", SvgShapes.coordinate(-0.5));
    assertEquals("0.0", SvgShapes.coordinate(-0.04));
    assertEquals("878.0", SvgShapes.coordinate(877.96));
  }
}
