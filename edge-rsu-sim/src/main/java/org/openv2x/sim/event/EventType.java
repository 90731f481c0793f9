package org.openv2x.sim.event;

/** The events the simulator injects, each recorded in the ground truth. */
public enum EventType {
  /** A vehicle brakes at 6 m/s² or harder (its BSMs carry the hard-braking event flag). */
  HARD_BRAKING("hard_braking"),
  /** A vehicle stops in its lane and stays there; traffic queues behind it. */
  STALLED_VEHICLE("stalled_vehicle"),
  /** A vehicle drives against the direction of a lane. */
  WRONG_WAY_DRIVER("wrong_way_driver"),
  /** A vehicle crosses a stop line on red. */
  RED_LIGHT_RUNNER("red_light_runner"),
  /** A person crosses in front of a vehicle that is turning across the crosswalk. */
  PEDESTRIAN_CONFLICT("pedestrian_conflict"),
  /** A work zone closes part of a link and lowers its speed limit. */
  ROAD_WORKS("road_works"),
  /** An accident blocks a lane: stopped vehicles and a lower speed limit around them. */
  ACCIDENT_ZONE("accident_zone");

  private final String truthName;

  EventType(String truthName) {
    this.truthName = truthName;
  }

  /** The name used in the ground-truth files and on the command line. */
  public String truthName() {
    return truthName;
  }

  public static EventType fromTruthName(String name) {
    for (EventType type : values()) {
      if (type.truthName.equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "unknown event type '"
            + name
            + "', expected one of "
            + java.util.Arrays.stream(values()).map(EventType::truthName).toList());
  }
}
