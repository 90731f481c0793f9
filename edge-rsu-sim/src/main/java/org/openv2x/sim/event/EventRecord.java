package org.openv2x.sim.event;

import java.util.List;
import java.util.Optional;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Link;
import org.openv2x.sim.signal.LightColor;

/**
 * The ground truth of one injected event, written when it ends (or, still running, when the run
 * ends).
 *
 * @param id as in {@link ActiveEvent#id()}
 * @param startS simulated seconds since the start when it began
 * @param endS when it ended, or the time of the record for an ongoing event
 * @param ongoing whether it was still running when the record was made
 * @param eastM where it happened (see the event types in TRUTH.md), metres east of the origin
 * @param northM where it happened, metres north of the origin
 * @param endEastM where it was when it ended (differs from {@code eastM} for a wrong-way driver)
 * @param endNorthM see {@code endEastM}
 * @param intersection the signalised intersection nearest to the place (the one whose stop line was
 *     crossed, for a red-light runner)
 * @param lane the lane it happened on; empty for events on a whole link (road works)
 * @param link the link it happened on
 * @param vehicleIds temporary ids of the vehicles involved
 * @param pedestrianIds ids of the people involved ({@code Crosser.id()})
 * @param redLightCrossingS when a red-light runner crossed its stop line
 * @param crossingLight what its signal showed then
 * @param speedLimitMps the lowered limit of a road-works or accident zone
 * @param maxDecelerationMps2 the hardest braking of the (first) vehicle involved while the event
 *     ran, for hard braking and pedestrian conflicts
 */
public record EventRecord(
    int id,
    EventType type,
    double startS,
    double endS,
    boolean ongoing,
    double eastM,
    double northM,
    double endEastM,
    double endNorthM,
    Optional<Intersection> intersection,
    Optional<Lane> lane,
    Optional<Link> link,
    List<Long> vehicleIds,
    List<Integer> pedestrianIds,
    Optional<Double> redLightCrossingS,
    Optional<LightColor> crossingLight,
    Optional<Double> speedLimitMps,
    Optional<Double> maxDecelerationMps2,
    String description) {
  public EventRecord {
    vehicleIds = List.copyOf(vehicleIds);
    pedestrianIds = List.copyOf(pedestrianIds);
  }
}
