package org.openv2x.sim.event;

import java.util.ArrayList;
import java.util.List;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Link;
import org.openv2x.sim.sensor.ParticipantKind;
import org.openv2x.sim.sensor.SensedObject;
import org.openv2x.sim.traffic.LaneObstacle;
import org.openv2x.sim.traffic.Vehicle;
import org.openv2x.sim.traffic.VehicleClass;

/**
 * A car without an on-board unit drives against the direction of a kerb lane at about {@value
 * #CRUISE_SPEED_MPS} m/s for the duration (default {@value #DEFAULT_DURATION_S} s), then leaves the
 * road. It is not one of the simulated vehicles: it is a {@link LaneObstacle} moving backwards
 * along the lane (the lane's vehicles brake for it) that roadside sensors see. It appears in a gap
 * of a kerb lane near its downstream end (preferably at a signalised intersection, as if it had
 * turned in there the wrong way), brakes to a stop when the nearest oncoming vehicle is within
 * about {@value #STOP_GAP_M} m, and stops near the lane's start.
 */
final class WrongWayDriverEvent extends RunningEvent {
  static final double DEFAULT_DURATION_S = 30;
  static final double CRUISE_SPEED_MPS = 8;
  static final double STOP_GAP_M = 15;
  private static final double BRAKING_MPS2 = 5;
  private static final double ACCELERATION_MPS2 = 2;
  private static final double MIN_LANE_LENGTH_M = 150;

  /** Free road needed in front of it (towards the oncoming traffic) when it appears. */
  private static final double FREE_AHEAD_M = 80;

  private static final double FREE_BEHIND_M = 10;
  private static final double STOP_BEFORE_LANE_START_M = 5;
  private static final VehicleClass TYPE = VehicleClass.CAR;

  private final Lane wrongLane;
  private final LaneObstacle obstacle;
  private final long vehicleId;
  private double positionM;
  private double speedMps = CRUISE_SPEED_MPS;
  private double accelerationMps2;

  private WrongWayDriverEvent(
      int id, double startS, double endS, Lane lane, double positionM, long vehicleId) {
    super(id, EventType.WRONG_WAY_DRIVER, startS, endS);
    this.wrongLane = lane;
    this.positionM = positionM;
    this.vehicleId = vehicleId;
    this.obstacle = new LaneObstacle(lane, "wrong-way vehicle", positionM, -speedMps);
  }

  static WrongWayDriverEvent start(EventContext context, int id, double durationS) {
    // It turned into the lane the wrong way at the lane's downstream intersection: a signalised
    // one where there is any (its sensors see it come), another node otherwise.
    List<Lane> kerbLanes = new ArrayList<>();
    List<Lane> otherKerbLanes = new ArrayList<>();
    for (Link link : context.network.links()) {
      Lane kerb = link.lanes().get(link.lanes().size() - 1);
      if (kerb.lengthM() >= MIN_LANE_LENGTH_M) {
        (link.to().signalised() ? kerbLanes : otherKerbLanes).add(kerb);
      }
    }
    if (kerbLanes.isEmpty()) {
      kerbLanes = otherKerbLanes;
    }
    if (kerbLanes.isEmpty()) {
      return null;
    }
    int first = context.random.nextInt(kerbLanes.size());
    for (int i = 0; i < kerbLanes.size(); i++) {
      Lane lane = kerbLanes.get((first + i) % kerbLanes.size());
      for (double p = lane.lengthM() - 30; p >= lane.lengthM() / 2; p -= 10) {
        if (free(context, lane, p - FREE_AHEAD_M, p + TYPE.lengthM() + FREE_BEHIND_M)) {
          double nowS = context.nowS();
          WrongWayDriverEvent event =
              new WrongWayDriverEvent(id, nowS, nowS + durationS, lane, p, context.newVehicleId());
          context.traffic.addObstacle(event.obstacle);
          double[] point = EventContext.pointOn(lane, p);
          event.place(context, point[0], point[1]);
          event.lane = lane;
          event.vehicleIds.add(event.vehicleId);
          event.radiusM = 150;
          event.description = "vehicle driving against the traffic on lane " + lane.key();
          return event;
        }
      }
    }
    return null;
  }

  /** Whether no vehicle occupies any part of [fromM, toM] of the lane. */
  private static boolean free(EventContext context, Lane lane, double fromM, double toM) {
    for (Vehicle vehicle : context.traffic.vehiclesOn(lane)) {
      double front = vehicle.positionM();
      double rear = front - vehicle.lengthM();
      if (front >= fromM && rear <= toM) {
        return false;
      }
    }
    return true;
  }

  /** Gap from its front to the front of the nearest vehicle coming towards it. */
  private double oncomingGapM(EventContext context) {
    for (Vehicle vehicle : context.traffic.vehiclesOn(wrongLane)) {
      if (vehicle.positionM() <= positionM + 0.5) {
        return positionM - vehicle.positionM();
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  @Override
  boolean step(EventContext context, double nowS) {
    if (nowS >= plannedEndS - 1e-9) {
      stop(context, nowS);
      return false;
    }
    double dt = org.openv2x.sim.Simulation.STEP_S;
    double gapM = oncomingGapM(context);
    double previous = speedMps;
    double stoppingM = speedMps * speedMps / (2 * BRAKING_MPS2);
    if (gapM <= STOP_GAP_M + stoppingM + 1 || positionM - stoppingM <= STOP_BEFORE_LANE_START_M) {
      speedMps = Math.max(0, speedMps - BRAKING_MPS2 * dt);
    } else {
      speedMps = Math.min(CRUISE_SPEED_MPS, speedMps + ACCELERATION_MPS2 * dt);
    }
    accelerationMps2 = (speedMps - previous) / dt;
    positionM -= (previous + speedMps) / 2 * dt;
    obstacle.moveTo(positionM, -speedMps);
    double[] point = EventContext.pointOn(wrongLane, positionM);
    currentEastM = point[0];
    currentNorthM = point[1];
    return true;
  }

  @Override
  void stop(EventContext context, double nowS) {
    context.traffic.removeObstacle(obstacle);
  }

  /** The lane coordinate of its front (the end facing the oncoming traffic). */
  double positionM() {
    return positionM;
  }

  Lane wrongLane() {
    return wrongLane;
  }

  double speedMps() {
    return speedMps;
  }

  /** What roadside sensors see of it: heading against the lane. */
  SensedObject sensed() {
    double[] point = EventContext.pointOn(wrongLane, positionM);
    return new SensedObject(
        SensedObject.eventTrackKey(id),
        ParticipantKind.MOTOR_VEHICLE,
        vehicleId,
        point[0],
        point[1],
        speedMps,
        (point[2] + 180) % 360,
        accelerationMps2,
        TYPE.lengthM(),
        TYPE.widthM(),
        TYPE.heightM(),
        TYPE.basicVehicleClass());
  }
}
