package org.openv2x.codec.rsi;

/** The names of the RSI test vectors. */
final class RsiTestSupport {
  private RsiTestSupport() {}

  static final String RTE_ACCIDENT = "rsi-01-rte-accident";
  static final String RTS_SPEED_LIMIT = "rsi-02-rts-speed-limit";
}
