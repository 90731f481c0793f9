package org.openv2x.codec.common;

/**
 * A Java enum that models an ASN.1 ENUMERATED of the standard. Every ENUMERATED of T/CSAE 53-2020
 * numbers its root values 0, 1, 2, ... in order, so {@link Enum#ordinal()} is the root index on the
 * wire and {@link #asnName()} is the identifier used by JER (for example {@code "prec0-1ms"}).
 */
public interface AsnEnumerated {
  /** The ASN.1 identifier of this value. */
  String asnName();
}
