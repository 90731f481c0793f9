package org.openv2x.codec.common;

/**
 * TimeConfidence (DefTime): the 95 % confidence of a time value, from 100 s down to 0.01 ns.
 *
 * <p>ASN.1: ENUMERATED with 40 root values; the ordinal is the root index.
 */
public enum TimeConfidence implements AsnEnumerated {
  UNAVAILABLE("unavailable"),
  TIME_100_000("time-100-000"),
  TIME_050_000("time-050-000"),
  TIME_020_000("time-020-000"),
  TIME_010_000("time-010-000"),
  TIME_002_000("time-002-000"),
  TIME_001_000("time-001-000"),
  TIME_000_500("time-000-500"),
  TIME_000_200("time-000-200"),
  TIME_000_100("time-000-100"),
  TIME_000_050("time-000-050"),
  TIME_000_020("time-000-020"),
  TIME_000_010("time-000-010"),
  TIME_000_005("time-000-005"),
  TIME_000_002("time-000-002"),
  TIME_000_001("time-000-001"),
  TIME_000_000_5("time-000-000-5"),
  TIME_000_000_2("time-000-000-2"),
  TIME_000_000_1("time-000-000-1"),
  TIME_000_000_05("time-000-000-05"),
  TIME_000_000_02("time-000-000-02"),
  TIME_000_000_01("time-000-000-01"),
  TIME_000_000_005("time-000-000-005"),
  TIME_000_000_002("time-000-000-002"),
  TIME_000_000_001("time-000-000-001"),
  TIME_000_000_000_5("time-000-000-000-5"),
  TIME_000_000_000_2("time-000-000-000-2"),
  TIME_000_000_000_1("time-000-000-000-1"),
  TIME_000_000_000_05("time-000-000-000-05"),
  TIME_000_000_000_02("time-000-000-000-02"),
  TIME_000_000_000_01("time-000-000-000-01"),
  TIME_000_000_000_005("time-000-000-000-005"),
  TIME_000_000_000_002("time-000-000-000-002"),
  TIME_000_000_000_001("time-000-000-000-001"),
  TIME_000_000_000_000_5("time-000-000-000-000-5"),
  TIME_000_000_000_000_2("time-000-000-000-000-2"),
  TIME_000_000_000_000_1("time-000-000-000-000-1"),
  TIME_000_000_000_000_05("time-000-000-000-000-05"),
  TIME_000_000_000_000_02("time-000-000-000-000-02"),
  TIME_000_000_000_000_01("time-000-000-000-000-01");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = false;

  private final String asnName;

  TimeConfidence(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
