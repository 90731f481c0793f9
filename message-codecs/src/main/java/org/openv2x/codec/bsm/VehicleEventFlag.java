package org.openv2x.codec.bsm;

import java.util.EnumSet;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.NamedBit;

/**
 * The named bits of VehicleEventFlags (VehStatus), BIT STRING (SIZE(13, ...)): events the vehicle
 * reports. The value is held as a {@link BitString} ({@link VehicleSafetyExtensions#events()}); bit
 * 0 is the first bit on the wire, and a string longer than 13 bits (an extension) may carry bits
 * this version does not name.
 *
 * <p>The ordinal is the bit number.
 */
public enum VehicleEventFlag implements NamedBit {
  /** Bit 0: hazard lights on. */
  HAZARD_LIGHTS("eventHazardLights"),
  /** Bit 1: intersection (stop line) violation. */
  STOP_LINE_VIOLATION("eventStopLineViolation"),
  /** Bit 2: ABS activated. */
  ABS_ACTIVATED("eventABSactivated"),
  /** Bit 3: traction control loss. */
  TRACTION_CONTROL_LOSS("eventTractionControlLoss"),
  /** Bit 4: stability control activated. */
  STABILITY_CONTROL_ACTIVATED("eventStabilityControlactivated"),
  /** Bit 5: carrying hazardous materials. */
  HAZARDOUS_MATERIALS("eventHazardousMaterials"),
  /** Bit 6: reserved. */
  RESERVED1("eventReserved1"),
  /** Bit 7: hard braking. */
  HARD_BRAKING("eventHardBraking"),
  /** Bit 8: lights changed. */
  LIGHTS_CHANGED("eventLightsChanged"),
  /** Bit 9: wipers changed. */
  WIPERS_CHANGED("eventWipersChanged"),
  /** Bit 10: flat tire. */
  FLAT_TIRE("eventFlatTire"),
  /** Bit 11: disabled vehicle. */
  DISABLED_VEHICLE("eventDisabledVehicle"),
  /** Bit 12: air bag deployed. */
  AIR_BAG_DEPLOYMENT("eventAirBagDeployment");

  /** Number of bits of the root size. */
  public static final int SIZE_BITS = 13;

  private final String asnName;

  VehicleEventFlag(String asnName) {
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
  public static BitString of(VehicleEventFlag... bits) {
    return NamedBit.bitStringOf(SIZE_BITS, bits);
  }

  /** The named bits set in {@code value}, in bit order. */
  public static EnumSet<VehicleEventFlag> setIn(BitString value) {
    return NamedBit.setIn(value, VehicleEventFlag.class);
  }
}
