package org.openv2x.codec.common;

/**
 * HeadingConfidence (DefMotion): the 95 % confidence of a heading, 10 degrees down to 0.0125
 * degrees.
 *
 * <p>ASN.1: ENUMERATED with 8 root values; the ordinal is the root index.
 */
public enum HeadingConfidence implements AsnEnumerated {
  UNAVAILABLE("unavailable"),
  PREC10DEG("prec10deg"),
  PREC05DEG("prec05deg"),
  PREC01DEG("prec01deg"),
  PREC0_1DEG("prec0-1deg"),
  PREC0_05DEG("prec0-05deg"),
  PREC0_01DEG("prec0-01deg"),
  PREC0_0125DEG("prec0-0125deg");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = false;

  private final String asnName;

  HeadingConfidence(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
