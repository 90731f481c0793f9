package org.openv2x.codec.bsm;

import java.util.EnumSet;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.NamedBit;

/**
 * The named bits of ExteriorLights (VehStatus), BIT STRING (SIZE(9, ...)): the exterior lights that
 * are on; all off is no bit set. The value is held as a {@link BitString} ({@link
 * VehicleSafetyExtensions#lights()}); bit 0 is the first bit on the wire, and a string longer than
 * 9 bits (an extension) may carry bits this version does not name.
 *
 * <p>The ordinal is the bit number.
 */
public enum ExteriorLight implements NamedBit {
  /** Bit 0: low beam headlights on. */
  LOW_BEAM_HEADLIGHTS_ON("lowBeamHeadlightsOn"),
  /** Bit 1: high beam headlights on. */
  HIGH_BEAM_HEADLIGHTS_ON("highBeamHeadlightsOn"),
  /** Bit 2: left turn signal on. */
  LEFT_TURN_SIGNAL_ON("leftTurnSignalOn"),
  /** Bit 3: right turn signal on. */
  RIGHT_TURN_SIGNAL_ON("rightTurnSignalOn"),
  /** Bit 4: hazard signal on. */
  HAZARD_SIGNAL_ON("hazardSignalOn"),
  /** Bit 5: automatic light control on. */
  AUTOMATIC_LIGHT_CONTROL_ON("automaticLightControlOn"),
  /** Bit 6: daytime running lights on. */
  DAYTIME_RUNNING_LIGHTS_ON("daytimeRunningLightsOn"),
  /** Bit 7: fog light on. */
  FOG_LIGHT_ON("fogLightOn"),
  /** Bit 8: parking lights on. */
  PARKING_LIGHTS_ON("parkingLightsOn");

  /** Number of bits of the root size. */
  public static final int SIZE_BITS = 9;

  private final String asnName;

  ExteriorLight(String asnName) {
    this.asnName = asnName;
  }

  /** The ASN.1 identifier of this named bit. */
  public String asnName() {
    return asnName;
  }

  @Override
  public int bit() {
    return ordinal();
  }

  @Override
  public int sizeBits() {
    return SIZE_BITS;
  }

  /** A {@value #SIZE_BITS}-bit value with exactly {@code bits} set. */
  public static BitString of(ExteriorLight... bits) {
    return NamedBit.bitStringOf(SIZE_BITS, bits);
  }

  /** The named bits set in {@code value}, in bit order. */
  public static EnumSet<ExteriorLight> setIn(BitString value) {
    return NamedBit.setIn(value, ExteriorLight.class);
  }
}
