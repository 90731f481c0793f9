package org.openv2x.codec.rsi;

import org.openv2x.codec.common.AsnEnumerated;

/**
 * EventSource (RSI): who reported a road traffic event.
 *
 * <p>ASN.1: ENUMERATED with 6 root values and an extension marker; the ordinal is the root index.
 * An extension value on the wire has no value here and is refused as unknown.
 */
public enum EventSource implements AsnEnumerated {
  /** Unknown source. */
  UNKNOWN("unknown"),
  /** Traffic police. */
  POLICE("police"),
  /** Government. */
  GOVERNMENT("government"),
  /** Meteorological department. */
  METEOROLOGICAL("meteorological"),
  /** Internet services. */
  INTERNET("internet"),
  /** Local detection. */
  DETECTION("detection");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = true;

  private final String asnName;

  EventSource(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
