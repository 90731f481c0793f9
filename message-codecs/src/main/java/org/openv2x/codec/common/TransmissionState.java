package org.openv2x.codec.common;

/**
 * TransmissionState (VehStatus): the gear state; {@code UNAVAILABLE} (7) when not known.
 *
 * <p>ASN.1: ENUMERATED with 8 root values; the ordinal is the root index.
 */
public enum TransmissionState implements AsnEnumerated {
  NEUTRAL("neutral"),
  PARK("park"),
  FORWARD_GEARS("forwardGears"),
  REVERSE_GEARS("reverseGears"),
  RESERVED1("reserved1"),
  RESERVED2("reserved2"),
  RESERVED3("reserved3"),
  UNAVAILABLE("unavailable");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = false;

  private final String asnName;

  TransmissionState(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
