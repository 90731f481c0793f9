package org.openv2x.sim.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openv2x.sim.traffic.Vehicle;

/**
 * A connected vehicle driving faster than {@value #MIN_SPEED_MPS} m/s in mid-lane brakes at 6–7
 * m/s² for the duration (default {@value #DEFAULT_DURATION_S} s), or until it stands.
 */
final class HardBrakingEvent extends RunningEvent {
  static final double DEFAULT_DURATION_S = 1.5;
  static final double MIN_SPEED_MPS = 8;
  private static final double MIN_DECELERATION_MPS2 = 6;
  private static final double MAX_DECELERATION_MPS2 = 7;

  /** Far enough from the stop line that the braking is not for the signal. */
  private static final double MIN_DISTANCE_TO_STOP_LINE_M = 40;

  private final Vehicle vehicle;

  private HardBrakingEvent(int id, double startS, double endS, Vehicle vehicle) {
    super(id, EventType.HARD_BRAKING, startS, endS);
    this.vehicle = vehicle;
  }

  static HardBrakingEvent start(EventContext context, int id, double durationS) {
    List<Vehicle> candidates = new ArrayList<>();
    for (Vehicle vehicle : context.traffic.vehicles()) {
      if (vehicle.connected()
          && context.free(vehicle)
          && vehicle.connection() == null
          && vehicle.speedMps() > MIN_SPEED_MPS
          && vehicle.positionM() > vehicle.lengthM()
          && vehicle.distanceToStopLineM() > MIN_DISTANCE_TO_STOP_LINE_M) {
        candidates.add(vehicle);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    Vehicle vehicle = context.pick(candidates);
    double nowS = context.nowS();
    double decelerationMps2 =
        MIN_DECELERATION_MPS2
            + (MAX_DECELERATION_MPS2 - MIN_DECELERATION_MPS2) * context.random.nextDouble();
    context.traffic.force(vehicle, -decelerationMps2, nowS + durationS);
    HardBrakingEvent event = new HardBrakingEvent(id, nowS, nowS + durationS, vehicle);
    event.involve(context, vehicle);
    event.place(context, vehicle.eastM(), vehicle.northM());
    event.lane = vehicle.lane();
    event.radiusM = 50;
    event.description =
        String.format(
            Locale.ROOT,
            "hard braking at %.1f m/s2 from %.1f m/s",
            decelerationMps2,
            vehicle.speedMps());
    return event;
  }

  @Override
  boolean step(EventContext context, double nowS) {
    if (vehicle.removed()) {
      stop(context, nowS);
      return false;
    }
    observeDeceleration(vehicle);
    currentEastM = vehicle.eastM();
    currentNorthM = vehicle.northM();
    return continuesUntilPlannedEnd(context, nowS);
  }

  @Override
  void stop(EventContext context, double nowS) {
    context.traffic.force(vehicle, 0, nowS);
    context.release(vehicle);
  }

  Vehicle vehicle() {
    return vehicle;
  }
}
