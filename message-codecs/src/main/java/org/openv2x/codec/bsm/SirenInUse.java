package org.openv2x.codec.bsm;

import org.openv2x.codec.common.AsnEnumerated;

/**
 * SirenInUse (VehEmgExt): whether the siren is sounding.
 *
 * <p>ASN.1: ENUMERATED with 4 root values; the ordinal is the root index.
 */
public enum SirenInUse implements AsnEnumerated {
  /** 0: not equipped or unavailable. */
  UNAVAILABLE("unavailable"),
  /** 1: not in use. */
  NOT_IN_USE("notInUse"),
  /** 2: in use. */
  IN_USE("inUse"),
  /** 3: reserved for future use. */
  RESERVED("reserved");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = false;

  private final String asnName;

  SirenInUse(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
