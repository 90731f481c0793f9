package org.openv2x.hdmap;

/** What a lane is for: the standard's LaneTypeAttributes choice. */
public enum LaneType {
  VEHICLE,
  CROSSWALK,
  BIKE_LANE,
  SIDEWALK,
  MEDIAN,
  STRIPING,
  TRACKED_VEHICLE,
  PARKING;

  /** Whether vehicles drive along it (the lanes map matching considers). */
  public boolean isDriven() {
    return this == VEHICLE || this == TRACKED_VEHICLE;
  }
}
