package org.openv2x.codec.map;

/**
 * The named bits of LaneSharing (MapLane), a BIT STRING (SIZE(10)) that the model holds in the low
 * 10 bits of an {@code int}, first wire bit (bit 0) most significant. All zeros means not shared
 * and not overlapping.
 */
public enum LaneSharingBit {
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

  /** The named bit's number: 0 is the first bit on the wire. */
  public int bit() {
    return ordinal();
  }

  /** The bit's mask in the {@code int} that holds a LaneSharing value. */
  public int mask() {
    return 1 << (SIZE_BITS - 1 - ordinal());
  }

  /** Whether this bit is set in {@code shareWith}. */
  public boolean isSetIn(int shareWith) {
    return (shareWith & mask()) != 0;
  }

  /** The LaneSharing value with exactly {@code bits} set. */
  public static int of(LaneSharingBit... bits) {
    int value = 0;
    for (LaneSharingBit bit : bits) {
      value |= bit.mask();
    }
    return value;
  }
}
