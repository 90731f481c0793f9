package org.openv2x.sim.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Link;
import org.openv2x.sim.signal.LightColor;
import org.openv2x.sim.traffic.Vehicle;

/**
 * An injected event while it runs: what it does to the world each step, and what it reports ({@link
 * ActiveEvent} for RSUs, {@link EventRecord} for the ground truth).
 */
abstract class RunningEvent {
  final int id;
  final EventType type;
  final double startS;

  /** When it is planned to end (the end an RSU announces). */
  double plannedEndS;

  double eastM;
  double northM;
  double currentEastM;
  double currentNorthM;
  double radiusM;
  Intersection intersection;
  Lane lane;
  Link link;
  final List<Long> vehicleIds = new ArrayList<>();
  final List<Integer> pedestrianIds = new ArrayList<>();
  Double speedLimitMps;
  Double redLightCrossingS;
  LightColor crossingLight;
  double maxDecelerationMps2 = Double.NaN;
  String description;

  RunningEvent(int id, EventType type, double startS, double plannedEndS) {
    this.id = id;
    this.type = type;
    this.startS = startS;
    this.plannedEndS = plannedEndS;
  }

  /** Sets where it happens; the current position follows. */
  void place(EventContext context, double east, double north) {
    this.eastM = east;
    this.northM = north;
    this.currentEastM = east;
    this.currentNorthM = north;
    this.intersection = context.nearestSignalised(east, north);
  }

  void involve(EventContext context, Vehicle vehicle) {
    context.involve(vehicle);
    vehicleIds.add(vehicle.temporaryId());
  }

  void observeDeceleration(Vehicle vehicle) {
    double deceleration = -vehicle.accelerationMps2();
    if (Double.isNaN(maxDecelerationMps2) || deceleration > maxDecelerationMps2) {
      maxDecelerationMps2 = deceleration;
    }
  }

  /**
   * Advances the event after a simulation step; returns false once it is over (its effects undone
   * by then).
   */
  abstract boolean step(EventContext context, double nowS);

  /** Ends the event once its planned end has come; whether it goes on. */
  final boolean continuesUntilPlannedEnd(EventContext context, double nowS) {
    if (nowS >= plannedEndS - 1e-9) {
      stop(context, nowS);
      return false;
    }
    return true;
  }

  /** Ends it now, undoing its effects (the run closes, or a step failed). */
  abstract void stop(EventContext context, double nowS);

  ActiveEvent active() {
    return new ActiveEvent(
        id,
        type,
        startS,
        plannedEndS,
        currentEastM,
        currentNorthM,
        radiusM,
        Optional.ofNullable(intersection),
        Optional.ofNullable(lane),
        vehicleIds,
        Optional.ofNullable(speedLimitMps),
        description);
  }

  EventRecord record(double endS, boolean ongoing) {
    return new EventRecord(
        id,
        type,
        startS,
        endS,
        ongoing,
        eastM,
        northM,
        currentEastM,
        currentNorthM,
        Optional.ofNullable(intersection),
        Optional.ofNullable(lane),
        Optional.ofNullable(link != null ? link : lane != null ? lane.link() : null),
        vehicleIds,
        pedestrianIds,
        Optional.ofNullable(redLightCrossingS),
        Optional.ofNullable(crossingLight),
        Optional.ofNullable(speedLimitMps),
        Double.isNaN(maxDecelerationMps2) ? Optional.empty() : Optional.of(maxDecelerationMps2),
        description);
  }
}
