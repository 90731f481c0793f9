package org.openv2x.loadtest.report;

/**
 * The chart colours: the Okabe–Ito palette, told apart by readers with the common colour-vision
 * deficiencies, each dark enough to read as a line on white. Dash patterns back the colours up in
 * greyscale print.
 */
final class Palette {

  static final String BLUE = "#0072B2";
  static final String VERMILION = "#D55E00";
  static final String GREEN = "#009E73";
  static final String PURPLE = "#CC79A7";
  static final String ORANGE = "#E69F00";
  static final String BLACK = "#000000";
  static final String GREY = "#6E6E6E";

  /** A dash pattern for a second line of the same colour. */
  static final String DASHED = "7 4";

  /** A dash pattern for a third line of overlapping values. */
  static final String DOTTED = "2 3";

  private Palette() {}
}
