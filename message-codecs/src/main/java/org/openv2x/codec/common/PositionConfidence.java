package org.openv2x.codec.common;

/**
 * PositionConfidence (DefPosition): the 95 % confidence of a horizontal position, 500 m down to 1
 * cm.
 *
 * <p>ASN.1: ENUMERATED with 16 root values; the ordinal is the root index.
 */
public enum PositionConfidence implements AsnEnumerated {
  UNAVAILABLE("unavailable"),
  A500M("a500m"),
  A200M("a200m"),
  A100M("a100m"),
  A50M("a50m"),
  A20M("a20m"),
  A10M("a10m"),
  A5M("a5m"),
  A2M("a2m"),
  A1M("a1m"),
  A50CM("a50cm"),
  A20CM("a20cm"),
  A10CM("a10cm"),
  A5CM("a5cm"),
  A2CM("a2cm"),
  A1CM("a1cm");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = false;

  private final String asnName;

  PositionConfidence(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
