package org.openv2x.codec.bsm;

import org.openv2x.codec.common.AsnEnumerated;

/**
 * BrakePedalStatus (VehBrake): the brake pedal: whether it is pressed.
 *
 * <p>ASN.1: ENUMERATED with 3 root values; the ordinal is the root index.
 */
public enum BrakePedalStatus implements AsnEnumerated {
  /** 0: the brake pedal detector is unavailable. */
  UNAVAILABLE("unavailable"),
  /** 1: not pressed. */
  OFF("off"),
  /** 2: pressed. */
  ON("on");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = false;

  private final String asnName;

  BrakePedalStatus(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
