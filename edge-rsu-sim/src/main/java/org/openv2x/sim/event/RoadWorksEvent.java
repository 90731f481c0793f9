package org.openv2x.sim.event;

import java.util.ArrayList;
import java.util.List;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Link;
import org.openv2x.sim.traffic.SpeedZone;

/**
 * A work zone on a stretch of {@value #ZONE_LENGTH_M} m of a link, all lanes, lowers the speed
 * limit to {@value #SPEED_LIMIT_KPH} km/h for the duration (default {@value #DEFAULT_DURATION_S}
 * s). Its place is the middle of the zone, between the link's lanes.
 */
final class RoadWorksEvent extends RunningEvent {
  static final double DEFAULT_DURATION_S = 600;
  static final double ZONE_LENGTH_M = 80;
  static final double SPEED_LIMIT_KPH = 20;

  /** Distance kept from the lane's start and from its stop line. */
  private static final double MARGIN_M = 50;

  private final List<SpeedZone> zones = new ArrayList<>();

  private RoadWorksEvent(int id, double startS, double endS) {
    super(id, EventType.ROAD_WORKS, startS, endS);
  }

  static RoadWorksEvent start(EventContext context, int id, double durationS) {
    List<Link> candidates = new ArrayList<>();
    for (Link link : context.network.links()) {
      if (!context.hasZone(link) && link.lanes().get(0).lengthM() >= ZONE_LENGTH_M + 2 * MARGIN_M) {
        candidates.add(link);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    Link link = context.pick(candidates);
    double lengthM = link.lanes().get(0).lengthM();
    double fromM =
        MARGIN_M + (lengthM - ZONE_LENGTH_M - 2 * MARGIN_M) * context.random.nextDouble();
    double nowS = context.nowS();
    RoadWorksEvent event = new RoadWorksEvent(id, nowS, nowS + durationS);
    double limitMps = SPEED_LIMIT_KPH / 3.6;
    double east = 0;
    double north = 0;
    for (Lane lane : link.lanes()) {
      SpeedZone zone =
          new SpeedZone(lane, fromM, Math.min(lane.lengthM(), fromM + ZONE_LENGTH_M), limitMps);
      event.zones.add(zone);
      context.traffic.addSpeedZone(zone);
      double[] point = EventContext.pointOn(lane, fromM + ZONE_LENGTH_M / 2);
      east += point[0] / link.lanes().size();
      north += point[1] / link.lanes().size();
    }
    context.zoneAdded(link);
    event.place(context, east, north);
    event.link = link;
    event.radiusM = ZONE_LENGTH_M / 2 + 20;
    event.speedLimitMps = limitMps;
    event.description = "road works on link " + link.id() + ", " + (int) SPEED_LIMIT_KPH + " km/h";
    return event;
  }

  @Override
  boolean step(EventContext context, double nowS) {
    return continuesUntilPlannedEnd(context, nowS);
  }

  @Override
  void stop(EventContext context, double nowS) {
    for (SpeedZone zone : zones) {
      context.traffic.removeSpeedZone(zone);
    }
    zones.clear();
    context.zoneRemoved(link);
  }

  List<SpeedZone> zones() {
    return zones;
  }
}
