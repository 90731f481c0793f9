package org.openv2x.codec.bsm;

import org.openv2x.codec.common.AsnEnumerated;

/**
 * BrakeBoostApplied (VehBrake): the brake boost.
 *
 * <p>ASN.1: ENUMERATED with 3 root values; the ordinal is the root index.
 */
public enum BrakeBoostApplied implements AsnEnumerated {
  /** 0: not equipped or unavailable. */
  UNAVAILABLE("unavailable"),
  /** 1: off. */
  OFF("off"),
  /** 2: on (applied). */
  ON("on");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = false;

  private final String asnName;

  BrakeBoostApplied(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
