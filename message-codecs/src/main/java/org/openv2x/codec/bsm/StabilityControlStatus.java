package org.openv2x.codec.bsm;

import org.openv2x.codec.common.AsnEnumerated;

/**
 * StabilityControlStatus (VehBrake): the stability control system.
 *
 * <p>ASN.1: ENUMERATED with 4 root values; the ordinal is the root index.
 */
public enum StabilityControlStatus implements AsnEnumerated {
  /** 0: not equipped or unavailable. */
  UNAVAILABLE("unavailable"),
  /** 1: off. */
  OFF("off"),
  /** 2: on or active but not engaged. */
  ON("on"),
  /** 3: engaged. */
  ENGAGED("engaged");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = false;

  private final String asnName;

  StabilityControlStatus(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
