package org.openv2x.codec.bsm;

import java.util.EnumSet;
import org.openv2x.codec.common.BitString;

/**
 * The named bits of ExteriorLights (VehStatus), BIT STRING (SIZE(9, ...)): the exterior lights that
 * are on; all off is no bit set. The value is held as a {@link BitString} ({@link
 * VehicleSafetyExtensions#lights()}); bit 0 is the first bit on the wire, and a string longer than
 * 9 bits (an extension) may carry bits this version does not name.
 *
 * <p>The ordinal is the bit number.
 */
public enum ExteriorLight {
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

  private static final ExteriorLight[] VALUES = values();

  private final String asnName;

  ExteriorLight(String asnName) {
    this.asnName = asnName;
  }

  /** The ASN.1 identifier of this named bit. */
  public String asnName() {
    return asnName;
  }

  /** The bit number: 0 is the first bit on the wire. */
  public int bit() {
    return ordinal();
  }

  /** Whether this bit is set in {@code value}; a bit beyond the string's size is not set. */
  public boolean isSet(BitString value) {
    return ordinal() < value.sizeBits() && value.get(ordinal());
  }

  /** A 9-bit value with exactly {@code bits} set. */
  public static BitString of(ExteriorLight... bits) {
    long value = 0;
    for (ExteriorLight bit : bits) {
      value |= 1L << (SIZE_BITS - 1 - bit.ordinal());
    }
    return BitString.ofBits(value, SIZE_BITS);
  }

  /** The named bits set in {@code value}, in bit order. */
  public static EnumSet<ExteriorLight> setIn(BitString value) {
    EnumSet<ExteriorLight> set = EnumSet.noneOf(ExteriorLight.class);
    for (ExteriorLight bit : VALUES) {
      if (bit.isSet(value)) {
        set.add(bit);
      }
    }
    return set;
  }
}
