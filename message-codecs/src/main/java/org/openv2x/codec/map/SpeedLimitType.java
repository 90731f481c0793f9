package org.openv2x.codec.map;

import org.openv2x.codec.common.AsnEnumerated;

/**
 * SpeedLimitType (MapSpeedLimit): which regulatory speed a {@link RegulatorySpeedLimit} states.
 *
 * <p>ASN.1: ENUMERATED with 13 root values and an extension marker; the ordinal is the root index.
 */
public enum SpeedLimitType implements AsnEnumerated {
  /** Speed limit type not available. */
  UNKNOWN("unknown"),
  /** Only sent when the limit is active. */
  MAX_SPEED_IN_SCHOOL_ZONE("maxSpeedInSchoolZone"),
  /** Sent at any time. */
  MAX_SPEED_IN_SCHOOL_ZONE_WHEN_CHILDREN_ARE_PRESENT("maxSpeedInSchoolZoneWhenChildrenArePresent"),
  /** Work zones, incident zones and other places with a reduced speed. */
  MAX_SPEED_IN_CONSTRUCTION_ZONE("maxSpeedInConstructionZone"),
  VEHICLE_MIN_SPEED("vehicleMinSpeed"),
  /** The regulatory speed limit for general traffic. */
  VEHICLE_MAX_SPEED("vehicleMaxSpeed"),
  VEHICLE_NIGHT_MAX_SPEED("vehicleNightMaxSpeed"),
  TRUCK_MIN_SPEED("truckMinSpeed"),
  TRUCK_MAX_SPEED("truckMaxSpeed"),
  TRUCK_NIGHT_MAX_SPEED("truckNightMaxSpeed"),
  VEHICLES_WITH_TRAILERS_MIN_SPEED("vehiclesWithTrailersMinSpeed"),
  VEHICLES_WITH_TRAILERS_MAX_SPEED("vehiclesWithTrailersMaxSpeed"),
  VEHICLES_WITH_TRAILERS_NIGHT_MAX_SPEED("vehiclesWithTrailersNightMaxSpeed");

  /** Whether the ASN.1 type has an extension marker. */
  public static final boolean EXTENSIBLE = true;

  private final String asnName;

  SpeedLimitType(String asnName) {
    this.asnName = asnName;
  }

  @Override
  public String asnName() {
    return asnName;
  }
}
