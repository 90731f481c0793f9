package org.openv2x.sim.event;

import java.util.List;
import java.util.Optional;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Lane;

/**
 * An injected event while it lasts: what RSUs announce in RSI and what the ground truth records.
 *
 * @param id unique within a run, from 1
 * @param type what happens
 * @param startS simulated seconds since the start when it began
 * @param endS when it ends (may lie in the future)
 * @param eastM where, metres east of the origin
 * @param northM where, metres north of the origin
 * @param radiusM the area it affects around that point
 * @param intersection the nearest signalised intersection, when there is one
 * @param lane the lane it happens on, when it is on one
 * @param vehicleIds temporary ids of the vehicles involved (may be empty)
 * @param speedLimitMps a lowered speed limit in the zone (road works, accidents), when there is one
 * @param description for people
 */
public record ActiveEvent(
    int id,
    EventType type,
    double startS,
    double endS,
    double eastM,
    double northM,
    double radiusM,
    Optional<Intersection> intersection,
    Optional<Lane> lane,
    List<Long> vehicleIds,
    Optional<Double> speedLimitMps,
    String description) {
  public ActiveEvent {
    vehicleIds = List.copyOf(vehicleIds);
  }
}
