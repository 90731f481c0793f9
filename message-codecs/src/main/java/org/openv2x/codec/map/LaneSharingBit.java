package org.openv2x.codec.map;

import java.util.EnumSet;
import org.openv2x.codec.common.NamedBit;

/**
 * The named bits of LaneSharing (MapLane), a BIT STRING (SIZE(10)) that the model holds in the low
 * 10 bits of an {@code int}, first wire bit (bit 0) most significant. All zeros means not shared
 * and not overlapping.
 */
public enum LaneSharingBit implements NamedBit {
  /** Another lane object describes the path of the overlapping shared lane. */
  OVERLAPPING_LANE_DESCRIPTION_PROVIDED("overlappingLaneDescriptionProvided"),
  /** The lane object represents several lanes that are not described further. */
  MULTIPLE_LANES_TREATED_AS_ONE_LANE("multipleLanesTreatedAsOneLane"),
  /** Horse-drawn and other non-motorized traffic. */
  OTHER_NON_MOTORIZED_TRAFFIC_TYPES("otherNonMotorizedTrafficTypes"),
  INDIVIDUAL_MOTORIZED_VEHICLE_TRAFFIC("individualMotorizedVehicleTraffic"),
  BUS_VEHICLE_TRAFFIC("busVehicleTraffic"),
  TAXI_VEHICLE_TRAFFIC("taxiVehicleTraffic"),
  PEDESTRIANS_TRAFFIC("pedestriansTraffic"),
  CYCLIST_VEHICLE_TRAFFIC("cyclistVehicleTraffic"),
  TRACKED_VEHICLE_TRAFFIC("trackedVehicleTraffic"),
  PEDESTRIAN_TRAFFIC("pedestrianTraffic");

  /** The fixed size of LaneSharing in bits. */
  public static final int SIZE_BITS = 10;

  private final String asnName;

  LaneSharingBit(String asnName) {
    this.asnName = asnName;
  }

  /** The ASN.1 identifier of the named bit. */
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

  /** A value with exactly {@code bits} set. */
  public static int of(LaneSharingBit... bits) {
    return NamedBit.bitsOf(bits);
  }

  /** The named bits set in {@code value}, in bit order. */
  public static EnumSet<LaneSharingBit> setIn(int value) {
    return NamedBit.setIn(value, LaneSharingBit.class);
  }
}
