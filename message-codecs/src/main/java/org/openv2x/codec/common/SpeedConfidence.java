package org.openv2x.codec.common;

/**
 * SpeedConfidence (DefMotion): the 95 % confidence of a speed, 100 m/s down to 0.01 m/s.
 *
 * <p>ASN.1: ENUMERATED with 8 root values; the ordinal is the root index.
 */
public enum SpeedConfidence implements AsnEnumerated {
  UNAVAILABLE("unavailable"),
  PREC100MS("prec100ms"),
  PREC10MS("prec10ms"),
  PREC5MS("prec5ms"),
  PREC1MS("prec1ms"),
  PREC0_1MS("prec0-1ms"),
  PREC0_05MS("prec0-05ms"),
  PREC0_01MS("prec0-01ms");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = false;

  private final String asnName;

  SpeedConfidence(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
