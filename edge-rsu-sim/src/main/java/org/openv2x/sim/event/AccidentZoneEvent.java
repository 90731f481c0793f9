package org.openv2x.sim.event;

import java.util.ArrayList;
import java.util.List;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.traffic.SpeedZone;
import org.openv2x.sim.traffic.Vehicle;

/**
 * Two vehicles following each other in mid-lane stop (stalled) one behind the other: the leader
 * stops first, the follower stops behind it (as it would behind any vehicle) and, once it stands,
 * stalls too. A speed zone of {@value #SPEED_LIMIT_KPH} km/h covers every lane of the link around
 * them. After the duration (default {@value #DEFAULT_DURATION_S} s) both are towed away ({@code
 * Traffic.remove}) and the zone is lifted. Its place is where the leader comes to rest.
 */
final class AccidentZoneEvent extends RunningEvent {
  static final double DEFAULT_DURATION_S = 300;
  static final double SPEED_LIMIT_KPH = 30;
  private static final double MIN_FROM_LANE_START_M = 80;
  private static final double MIN_TO_STOP_LINE_M = 60;
  private static final double MAX_GAP_M = 40;
  private static final double ZONE_BEHIND_M = 100;
  private static final double ZONE_AHEAD_M = 30;

  private final Vehicle leader;
  private final Vehicle follower;
  private final List<SpeedZone> zones = new ArrayList<>();
  private boolean followerStalled;
  private boolean leaderAtRest;

  private AccidentZoneEvent(int id, double startS, double endS, Vehicle leader, Vehicle follower) {
    super(id, EventType.ACCIDENT_ZONE, startS, endS);
    this.leader = leader;
    this.follower = follower;
  }

  static AccidentZoneEvent start(EventContext context, int id, double durationS) {
    List<Vehicle[]> candidates = new ArrayList<>();
    for (Lane lane : context.network.lanes()) {
      Vehicle ahead = null;
      for (Vehicle vehicle : context.traffic.vehiclesOn(lane)) {
        if (ahead != null
            && ahead.connection() == null
            && vehicle.connection() == null
            && context.free(ahead)
            && context.free(vehicle)
            && ahead.positionM() >= MIN_FROM_LANE_START_M
            && ahead.distanceToStopLineM() >= MIN_TO_STOP_LINE_M
            && ahead.positionM() - ahead.lengthM() - vehicle.positionM() <= MAX_GAP_M) {
          candidates.add(new Vehicle[] {ahead, vehicle});
        }
        ahead = vehicle;
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    Vehicle[] pair = context.pick(candidates);
    double nowS = context.nowS();
    AccidentZoneEvent event = new AccidentZoneEvent(id, nowS, nowS + durationS, pair[0], pair[1]);
    context.traffic.stall(pair[0]);
    event.involve(context, pair[0]);
    event.involve(context, pair[1]);
    Lane lane = pair[0].lane();
    event.lane = lane;
    event.place(context, pair[0].eastM(), pair[0].northM());
    double limitMps = SPEED_LIMIT_KPH / 3.6;
    double atM = pair[0].positionM();
    if (!context.hasZone(lane.link())) {
      for (Lane each : lane.link().lanes()) {
        double fromM = Math.max(0, atM - ZONE_BEHIND_M);
        double toM = Math.min(each.lengthM(), atM + ZONE_AHEAD_M);
        SpeedZone zone = new SpeedZone(each, fromM, toM, limitMps);
        event.zones.add(zone);
        context.traffic.addSpeedZone(zone);
      }
      context.zoneAdded(lane.link());
      event.speedLimitMps = limitMps;
    }
    event.radiusM = 120;
    event.description = "accident: two vehicles stopped in lane " + lane.key();
    return event;
  }

  @Override
  boolean step(EventContext context, double nowS) {
    if (!leaderAtRest && !leader.removed()) {
      place(context, leader.eastM(), leader.northM());
      leaderAtRest = leader.speedMps() < 0.05;
    }
    if (!followerStalled && !follower.removed() && follower.speedMps() < 0.05) {
      context.traffic.stall(follower);
      followerStalled = true;
    }
    return continuesUntilPlannedEnd(context, nowS);
  }

  @Override
  void stop(EventContext context, double nowS) {
    context.traffic.remove(leader, nowS);
    context.traffic.remove(follower, nowS);
    for (SpeedZone zone : zones) {
      context.traffic.removeSpeedZone(zone);
    }
    if (!zones.isEmpty()) {
      context.zoneRemoved(lane.link());
    }
    zones.clear();
    context.release(leader);
    context.release(follower);
  }

  Vehicle leader() {
    return leader;
  }

  Vehicle follower() {
    return follower;
  }
}
