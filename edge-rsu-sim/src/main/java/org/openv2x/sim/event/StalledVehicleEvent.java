package org.openv2x.sim.event;

import java.util.ArrayList;
import java.util.List;
import org.openv2x.sim.traffic.Vehicle;

/**
 * A vehicle in mid-link stops and stays for the duration (default {@value #DEFAULT_DURATION_S} s),
 * then drives on; the traffic behind it queues. Its place is where it comes to rest.
 */
final class StalledVehicleEvent extends RunningEvent {
  static final double DEFAULT_DURATION_S = 120;
  private static final double MIN_FROM_LANE_START_M = 30;
  private static final double MIN_TO_STOP_LINE_M = 60;

  private final Vehicle vehicle;
  private boolean atRest;

  private StalledVehicleEvent(int id, double startS, double endS, Vehicle vehicle) {
    super(id, EventType.STALLED_VEHICLE, startS, endS);
    this.vehicle = vehicle;
  }

  static StalledVehicleEvent start(EventContext context, int id, double durationS) {
    List<Vehicle> candidates = new ArrayList<>();
    for (Vehicle vehicle : context.traffic.vehicles()) {
      if (context.free(vehicle) && midLink(vehicle)) {
        candidates.add(vehicle);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    Vehicle vehicle = context.pick(candidates);
    double nowS = context.nowS();
    context.traffic.stall(vehicle);
    StalledVehicleEvent event = new StalledVehicleEvent(id, nowS, nowS + durationS, vehicle);
    event.involve(context, vehicle);
    event.place(context, vehicle.eastM(), vehicle.northM());
    event.lane = vehicle.lane();
    event.radiusM = 100;
    event.description = "stalled " + vehicle.type().name().toLowerCase(java.util.Locale.ROOT);
    return event;
  }

  static boolean midLink(Vehicle vehicle) {
    return vehicle.connection() == null
        && vehicle.positionM() >= MIN_FROM_LANE_START_M
        && vehicle.distanceToStopLineM() >= MIN_TO_STOP_LINE_M;
  }

  @Override
  boolean step(EventContext context, double nowS) {
    if (vehicle.removed()) {
      stop(context, nowS);
      return false;
    }
    if (!atRest) {
      place(context, vehicle.eastM(), vehicle.northM());
      atRest = vehicle.speedMps() < 0.05;
    }
    return continuesUntilPlannedEnd(context, nowS);
  }

  @Override
  void stop(EventContext context, double nowS) {
    context.traffic.restart(vehicle);
    context.release(vehicle);
  }

  Vehicle vehicle() {
    return vehicle;
  }
}
