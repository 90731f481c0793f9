package org.openv2x.codec.common;

/**
 * ElevationConfidence (DefPosition): the 95 % confidence of an elevation, 500 m down to 1 cm.
 *
 * <p>ASN.1: ENUMERATED with 16 root values; the ordinal is the root index.
 */
public enum ElevationConfidence implements AsnEnumerated {
  UNAVAILABLE("unavailable"),
  ELEV_500_00("elev-500-00"),
  ELEV_200_00("elev-200-00"),
  ELEV_100_00("elev-100-00"),
  ELEV_050_00("elev-050-00"),
  ELEV_020_00("elev-020-00"),
  ELEV_010_00("elev-010-00"),
  ELEV_005_00("elev-005-00"),
  ELEV_002_00("elev-002-00"),
  ELEV_001_00("elev-001-00"),
  ELEV_000_50("elev-000-50"),
  ELEV_000_20("elev-000-20"),
  ELEV_000_10("elev-000-10"),
  ELEV_000_05("elev-000-05"),
  ELEV_000_02("elev-000-02"),
  ELEV_000_01("elev-000-01");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = false;

  private final String asnName;

  ElevationConfidence(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
