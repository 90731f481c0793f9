package org.openv2x.codec.bsm;

import org.openv2x.codec.common.AsnEnumerated;

/**
 * LightbarInUse (VehEmgExt): which light bar of the vehicle is active.
 *
 * <p>ASN.1: ENUMERATED with 8 root values; the ordinal is the root index.
 */
public enum LightbarInUse implements AsnEnumerated {
  /** 0: not equipped or unavailable. */
  UNAVAILABLE("unavailable"),
  /** 1: none active. */
  NOT_IN_USE("notInUse"),
  /** 2: in use. */
  IN_USE("inUse"),
  /** 3: yellow caution lights. */
  YELLOW_CAUTION_LIGHTS("yellowCautionLights"),
  /** 4: school bus lights (the identifier is spelled {@code schooldBusLights}). */
  SCHOOL_BUS_LIGHTS("schooldBusLights"),
  /** 5: arrow signs active. */
  ARROW_SIGNS_ACTIVE("arrowSignsActive"),
  /** 6: slow moving vehicle. */
  SLOW_MOVING_VEHICLE("slowMovingVehicle"),
  /** 7: frequent stops. */
  FREQ_STOPS("freqStops");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = false;

  private final String asnName;

  LightbarInUse(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
