package org.openv2x.codec.common;

/**
 * SteeringWheelAngleConfidence (DefMotion): the 95 % confidence of a steering wheel angle.
 *
 * <p>ASN.1: ENUMERATED with 4 root values; the ordinal is the root index.
 */
public enum SteeringWheelAngleConfidence implements AsnEnumerated {
  UNAVAILABLE("unavailable"),
  PREC2DEG("prec2deg"),
  PREC1DEG("prec1deg"),
  PREC0_02DEG("prec0-02deg");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = false;

  private final String asnName;

  SteeringWheelAngleConfidence(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
