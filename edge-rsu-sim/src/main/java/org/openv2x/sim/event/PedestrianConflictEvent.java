package org.openv2x.sim.event;

import java.util.ArrayList;
import java.util.List;
import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.Maneuver;
import org.openv2x.sim.sensor.Crosser;
import org.openv2x.sim.sensor.CrosswalkLane;
import org.openv2x.sim.sensor.ParticipantKind;
import org.openv2x.sim.signal.LightColor;
import org.openv2x.sim.traffic.Vehicle;

/**
 * A pedestrian steps onto a crosswalk (on the walk signal) just in front of a vehicle that is about
 * to turn right across it, from the kerb nearer to the vehicle's lane: the vehicle must yield,
 * braking or stopping before the crosswalk. The event runs until the pedestrian has crossed; its
 * place is where the vehicle's lane meets the crosswalk.
 */
final class PedestrianConflictEvent extends RunningEvent {
  /** The vehicle's front is this far from the crosswalk, along its way. */
  private static final double MIN_DISTANCE_M = 6;

  private static final double MAX_DISTANCE_M = 40;

  /** Braking the vehicle needs to stop 2 m before the crosswalk must not exceed this. */
  private static final double MAX_NEEDED_DECELERATION_MPS2 = 4;

  private static final double MIN_SPEED_MPS = 1.3;
  private static final double MAX_SPEED_MPS = 1.6;
  private static final double GIVE_UP_S = 120;

  /** For the vehicle's arrival time: it drives at least this fast (also from a standstill). */
  private static final double ASSUMED_MIN_SPEED_MPS = 3;

  private final Vehicle vehicle;
  private final CrosswalkLane crossing;
  private final Crosser pedestrian;

  private PedestrianConflictEvent(
      int id, double startS, Vehicle vehicle, CrosswalkLane crossing, Crosser pedestrian) {
    super(id, EventType.PEDESTRIAN_CONFLICT, startS, startS + pedestrian.crossingTimeS());
    this.vehicle = vehicle;
    this.crossing = crossing;
    this.pedestrian = pedestrian;
  }

  static PedestrianConflictEvent start(EventContext context, int id) {
    if (context.pedestrians == null) {
      return null;
    }
    double speedMps = MIN_SPEED_MPS + (MAX_SPEED_MPS - MIN_SPEED_MPS) * context.random.nextDouble();
    List<Vehicle> candidates = new ArrayList<>();
    List<CrosswalkLane> crossings = new ArrayList<>();
    List<Boolean> sides = new ArrayList<>();
    for (Vehicle vehicle : context.traffic.vehicles()) {
      if (!context.free(vehicle)) {
        continue;
      }
      Connection turn =
          vehicle.connection() != null ? vehicle.connection() : vehicle.nextConnection();
      if (turn == null || turn.maneuver() != Maneuver.RIGHT) {
        continue;
      }
      CrosswalkLane crossing = context.pedestrians.crossingOf(turn.toLane()).orElse(null);
      if (crossing == null || context.pedestrians.blocked(crossing)) {
        continue;
      }
      double distanceM =
          vehicle.connection() != null
              ? crossing.startM() - vehicle.positionM()
              : vehicle.distanceToStopLineM() + turn.lengthM() + crossing.startM();
      double speed = vehicle.speedMps();
      if (distanceM < MIN_DISTANCE_M
          || distanceM > MAX_DISTANCE_M
          || speed * speed / (2 * (distanceM - 2)) > MAX_NEEDED_DECELERATION_MPS2
          || (vehicle.connection() == null && context.simulation.light(turn) != LightColor.GREEN)) {
        continue;
      }
      double crossingTimeS = crossing.crosswalk().path().lengthM() / speedMps;
      if (!context.pedestrians.walkAllows(crossing.crosswalk(), crossingTimeS)) {
        continue;
      }
      // The pedestrian comes from the kerb nearer the vehicle's lane when still in the lane on
      // the vehicle's arrival, otherwise from the far kerb (then the lane stays blocked longer).
      double arrivalS = distanceM / Math.max(speed, ASSUMED_MIN_SPEED_MPS);
      double lengthM = crossing.crosswalk().path().lengthM();
      boolean nearIsStart = crossing.alongCrosswalkM() <= lengthM / 2;
      double farEdgeFromStartM =
          crossing.alongCrosswalkM() + crossing.halfLaneWidthAlongCrosswalkM();
      double farEdgeFromEndM =
          lengthM - crossing.alongCrosswalkM() + crossing.halfLaneWidthAlongCrosswalkM();
      double nearClearS = (nearIsStart ? farEdgeFromStartM : farEdgeFromEndM) / speedMps;
      boolean forward = nearClearS >= arrivalS + 1 ? nearIsStart : !nearIsStart;
      double clearS = (forward ? farEdgeFromStartM : farEdgeFromEndM) / speedMps;
      if (clearS < arrivalS + 1) {
        continue;
      }
      candidates.add(vehicle);
      crossings.add(crossing);
      sides.add(forward);
    }
    if (candidates.isEmpty()) {
      return null;
    }
    int pick = context.random.nextInt(candidates.size());
    Vehicle vehicle = candidates.get(pick);
    CrosswalkLane crossing = crossings.get(pick);
    Crosser pedestrian =
        context.pedestrians.arrive(
            crossing.crosswalk(), ParticipantKind.PEDESTRIAN, sides.get(pick), speedMps);
    double nowS = context.nowS();
    PedestrianConflictEvent event =
        new PedestrianConflictEvent(id, nowS, vehicle, crossing, pedestrian);
    event.involve(context, vehicle);
    event.pedestrianIds.add(pedestrian.id());
    double[] point = new double[3];
    crossing.crosswalk().path().locate(crossing.alongCrosswalkM(), point);
    event.place(context, point[0], point[1]);
    event.intersection = crossing.crosswalk().intersection();
    event.lane = crossing.lane();
    event.radiusM = 30;
    event.description =
        "pedestrian crossing in front of a vehicle turning right into lane "
            + crossing.lane().key();
    return event;
  }

  @Override
  boolean step(EventContext context, double nowS) {
    if (!vehicle.removed() && nowS - startS < GIVE_UP_S) {
      observeDeceleration(vehicle);
    }
    if (pedestrian.finished() || nowS - startS >= GIVE_UP_S) {
      stop(context, nowS);
      return false;
    }
    return true;
  }

  @Override
  void stop(EventContext context, double nowS) {
    context.release(vehicle);
  }

  Crosser pedestrian() {
    return pedestrian;
  }

  Vehicle vehicle() {
    return vehicle;
  }

  CrosswalkLane crossing() {
    return crossing;
  }
}
