package org.openv2x.codec.rsm;

import org.openv2x.codec.common.AsnEnumerated;

/**
 * SourceType (RSM): where the RSU's information about a participant comes from.
 *
 * <p>ASN.1: ENUMERATED with 8 root values and an extension marker; the ordinal is the root index
 * (extension bit + 3 bits on the wire).
 */
public enum SourceType implements AsnEnumerated {
  UNKNOWN("unknown"),
  /** The RSU's own information. */
  SELFINFO("selfinfo"),
  /** Received over V2X (for example a BSM). */
  V2X("v2x"),
  VIDEO("video"),
  MICROWAVE_RADAR("microwaveRadar"),
  /** An induction loop. */
  LOOP("loop"),
  LIDAR("lidar"),
  /** Fused from several sources. */
  INTEGRATED("integrated");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = true;

  private final String asnName;

  SourceType(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
