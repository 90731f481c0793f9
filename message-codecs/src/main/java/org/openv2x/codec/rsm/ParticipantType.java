package org.openv2x.codec.rsm;

import org.openv2x.codec.common.AsnEnumerated;

/**
 * ParticipantType (RSM): the kind of a traffic participant detected by the RSU.
 *
 * <p>ASN.1: ENUMERATED with 5 root values and an extension marker; the ordinal is the root index
 * (extension bit + 3 bits on the wire).
 */
public enum ParticipantType implements AsnEnumerated {
  UNKNOWN("unknown"),
  /** A motor vehicle. */
  MOTOR("motor"),
  /** A non-motor vehicle (bicycle, ...). */
  NON_MOTOR("non-motor"),
  PEDESTRIAN("pedestrian"),
  /** The RSU itself. */
  RSU("rsu");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = true;

  private final String asnName;

  ParticipantType(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
