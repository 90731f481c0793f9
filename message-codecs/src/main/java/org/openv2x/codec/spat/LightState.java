package org.openv2x.codec.spat;

import org.openv2x.codec.common.AsnEnumerated;

/**
 * LightState (SPATIntersectionState): the signal light state of a phase.
 *
 * <p>ASN.1: ENUMERATED with 9 root values and an extension marker; the ordinal is the root index
 * (extension bit + 4 bits on the wire). {@code UNAVAILABLE} is used for an unknown state or an
 * error.
 */
public enum LightState implements AsnEnumerated {
  /** Unknown or error. */
  UNAVAILABLE("unavailable"),
  /** The signal is dark (unlit). */
  DARK("dark"),
  /** Flashing red, for special scenarios. */
  FLASHING_RED("flashing-red"),
  /** Stop at the stop line; do not proceed. */
  RED("red"),
  /** Flashing green, for special scenarios. */
  FLASHING_GREEN("flashing-green"),
  /** Proceed with caution, yielding to conflicting traffic. */
  PERMISSIVE_GREEN("permissive-green"),
  /** Proceed in the allowed direction; no conflicting traffic. */
  PROTECTED_GREEN("protected-green"),
  /** Prepare to stop. */
  YELLOW("yellow"),
  /** Proceed with caution; conflicting traffic may be present. */
  FLASHING_YELLOW("flashing-yellow");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = true;

  private final String asnName;

  LightState(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
