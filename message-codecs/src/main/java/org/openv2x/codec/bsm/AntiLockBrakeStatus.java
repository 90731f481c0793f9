package org.openv2x.codec.bsm;

import org.openv2x.codec.common.AsnEnumerated;

/**
 * AntiLockBrakeStatus (VehBrake): the anti-lock brakes (ABS).
 *
 * <p>ASN.1: ENUMERATED with 4 root values; the ordinal is the root index.
 */
public enum AntiLockBrakeStatus implements AsnEnumerated {
  /** 0: not equipped or unavailable. */
  UNAVAILABLE("unavailable"),
  /** 1: off. */
  OFF("off"),
  /** 2: on but not engaged. */
  ON("on"),
  /** 3: engaged on any wheel. */
  ENGAGED("engaged");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = false;

  private final String asnName;

  AntiLockBrakeStatus(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
