package org.openv2x.sim.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.codec.RecordKeys;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.geo.GeoFrame;
import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.sensor.Detection;
import org.openv2x.sim.sensor.PedestrianConfig;
import org.openv2x.sim.sensor.RoadsideSensors;
import org.openv2x.sim.sensor.SensedObject;
import org.openv2x.sim.signal.LightColor;
import org.openv2x.sim.traffic.SpeedZone;
import org.openv2x.sim.traffic.TrafficListener;
import org.openv2x.sim.traffic.Vehicle;
import org.openv2x.sim.truth.TruthWriter;

/**
 * Each event type injected at a fixed time into a small grid: it is announced while it runs, its
 * effect on the traffic is real, no two vehicles collide, and it lands in events.jsonl with its
 * vehicles and place.
 */
class EventInjectorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double EVENT_AT_S = 30;

  @TempDir Path truthDirectory;

  private TestWorld world;
  private TruthWriter truth;

  private RunningEvent startWorld(PlannedEvent planned, int vehicles, long seed)
      throws IOException {
    world =
        new TestWorld(
            GridSpec.of(2, 2),
            vehicles,
            seed,
            PedestrianConfig.noArrivals(),
            EventPlan.of(planned));
    truth = TruthWriter.attach(truthDirectory, world.simulation, world.events);
    while (world.events.running().isEmpty()) {
      assertTrue(world.simulation.timeS() < EVENT_AT_S + 60, "the event did not start in time");
      step();
    }
    assertTrue(world.simulation.timeS() >= EVENT_AT_S - 1e-9, "not before its planned time");
    RunningEvent event = world.events.running().get(0);
    assertEquals(event.type, event.active().type());
    assertActive(event.id);
    return event;
  }

  private void step() {
    world.simulation.step();
    String overlap = world.simulation.traffic().describeOverlap();
    assertNull(overlap, "vehicles collided at " + world.simulation.timeS() + " s: " + overlap);
    assertEquals(0, world.events.failures(), "events that failed");
  }

  private boolean running(RunningEvent event) {
    return world.events.running().contains(event);
  }

  private void assertActive(int id) {
    assertTrue(
        world.events.activeEvents().stream().anyMatch(active -> active.id() == id),
        "event " + id + " is announced while it runs");
  }

  /** Closes the truth and returns the event's line of events.jsonl. */
  private JsonNode truthOf(RunningEvent event) throws IOException {
    assertFalse(running(event));
    assertTrue(
        world.events.activeEvents().stream().noneMatch(active -> active.id() == event.id),
        "an ended event is no longer announced");
    truth.close();
    List<JsonNode> matches = new ArrayList<>();
    for (String line : Files.readAllLines(truthDirectory.resolve(TruthWriter.EVENTS_FILE))) {
      JsonNode node = JSON.readTree(line);
      if (node.get("id").asInt() == event.id) {
        matches.add(node);
      }
    }
    assertEquals(1, matches.size(), "lines for event " + event.id);
    JsonNode line = matches.get(0);
    assertEquals(event.type.truthName(), line.get("type").asText());
    assertFalse(line.get("ongoing").asBoolean());
    return line;
  }

  private static void assertPlace(JsonNode line, GeoFrame geo, double eastM, double northM) {
    assertEquals(geo.latitudeDeg(northM), line.get("lat").asDouble(), 2e-7, "latitude");
    assertEquals(geo.longitudeDeg(eastM), line.get("lon").asDouble(), 2e-7, "longitude");
  }

  private static List<String> ids(JsonNode line) {
    List<String> ids = new ArrayList<>();
    line.get("vehicleIds").forEach(id -> ids.add(id.asText()));
    return ids;
  }

  private long epochMs(double simulatedS) {
    return TestWorld.START_EPOCH_MS + Math.round(simulatedS * 1000);
  }

  @Test
  void hardBrakingVehicleDeceleratesAtSixOrMore() throws IOException {
    HardBrakingEvent event =
        (HardBrakingEvent) startWorld(PlannedEvent.at(EVENT_AT_S, EventType.HARD_BRAKING), 200, 5);
    Vehicle vehicle = event.vehicle();
    assertTrue(vehicle.connected() && vehicle.speedMps() > 8, "a connected vehicle above 8 m/s");
    double eastM = vehicle.eastM();
    double northM = vehicle.northM();
    double startS = world.simulation.timeS();
    double hardestMps2 = 0;
    int hardBrakingSteps = 0;
    while (running(event)) {
      step();
      if (running(event)) {
        assertActive(event.id);
        assertTrue(vehicle.hardBraking(world.simulation.timeS()));
        hardBrakingSteps++;
      }
      if (world.simulation.timeS() <= startS + 1.0) {
        hardestMps2 = Math.min(hardestMps2, vehicle.accelerationMps2());
        assertTrue(vehicle.accelerationMps2() <= -6, "brakes at 6 m/s2 or harder");
      }
    }
    assertTrue(hardestMps2 <= -6 && hardBrakingSteps >= 10, "braked hard: " + hardestMps2);
    assertFalse(vehicle.hardBraking(world.simulation.timeS()));
    JsonNode line = truthOf(event);
    assertEquals(List.of(RecordKeys.vehicleKey(vehicle.temporaryId())), ids(line));
    assertPlace(line, world.network.geoFrame(), eastM, northM);
    assertEquals(epochMs(startS), line.get("startEpochMs").asLong());
    assertEquals(1500, line.get("endEpochMs").asLong() - line.get("startEpochMs").asLong());
    assertEquals(vehicle.lane().key(), line.get("laneKey").asText());
    assertTrue(line.get("maxDecelerationMps2").asDouble() >= 6);
  }

  @Test
  void stalledVehicleStandsAndTrafficQueuesBehindIt() throws IOException {
    StalledVehicleEvent event =
        (StalledVehicleEvent)
            startWorld(PlannedEvent.at(EVENT_AT_S, EventType.STALLED_VEHICLE), 400, 6);
    Vehicle vehicle = event.vehicle();
    Lane lane = vehicle.lane();
    double restEastM = Double.NaN;
    double restNorthM = Double.NaN;
    boolean queueBehind = false;
    while (running(event)) {
      step();
      if (Double.isNaN(restEastM) && vehicle.speedMps() == 0) {
        restEastM = vehicle.eastM();
        restNorthM = vehicle.northM();
      }
      if (!Double.isNaN(restEastM)) {
        assertEquals(0, vehicle.speedMps(), "a stalled vehicle stays");
        assertEquals(restEastM, vehicle.eastM(), 1e-9);
        assertEquals(lane, vehicle.lane());
        Vehicle behind = behind(vehicle);
        queueBehind |=
            behind != null
                && behind.speedMps() < 0.1
                && vehicle.positionM() - vehicle.lengthM() - behind.positionM() < 6;
      }
    }
    assertFalse(Double.isNaN(restEastM), "it came to a stop");
    assertTrue(queueBehind, "a vehicle queued behind it");
    double endS = world.simulation.timeS();
    while (world.simulation.timeS() < endS + 20 && vehicle.speedMps() < 1) {
      step();
    }
    assertTrue(vehicle.speedMps() >= 1, "it drives on after the event");
    JsonNode line = truthOf(event);
    assertEquals(List.of(RecordKeys.vehicleKey(vehicle.temporaryId())), ids(line));
    assertPlace(line, world.network.geoFrame(), restEastM, restNorthM);
    assertEquals(120_000, line.get("endEpochMs").asLong() - line.get("startEpochMs").asLong());
    assertEquals(lane.key(), line.get("laneKey").asText());
  }

  private Vehicle behind(Vehicle vehicle) {
    boolean found = false;
    for (Vehicle each : world.simulation.traffic().vehiclesOn(vehicle.lane())) {
      if (found) {
        return each;
      }
      found = each == vehicle;
    }
    return null;
  }

  @Test
  void wrongWayDriverIsAnObstacleSensorsSeeAndItStopsForOncomingTraffic() throws IOException {
    WrongWayDriverEvent event =
        (WrongWayDriverEvent)
            startWorld(PlannedEvent.at(EVENT_AT_S, EventType.WRONG_WAY_DRIVER, 60), 500, 7);
    RoadsideSensors sensors =
        new RoadsideSensors(
            world.simulation, RoadsideSensors.DEFAULT_RANGE_M, List.of(world.events));
    Lane lane = event.wrongLane();
    double[] start = EventContext.pointOn(lane, event.positionM());
    long vehicleId = event.vehicleIds.get(0);
    double lastEastM = start[0];
    double lastNorthM = start[1];
    int seenSteps = 0;
    boolean stoppedForOncoming = false;
    boolean oncomingClose = false;
    while (running(event)) {
      step();
      if (!running(event)) {
        break;
      }
      double positionM = event.positionM();
      double[] point = EventContext.pointOn(lane, positionM);
      lastEastM = point[0];
      lastNorthM = point[1];
      for (Vehicle vehicle : world.simulation.traffic().vehiclesOn(lane)) {
        boolean overlaps =
            vehicle.positionM() > positionM
                && vehicle.positionM() - vehicle.lengthM() < positionM + 4.6;
        assertFalse(overlaps, vehicle + " ran into the wrong-way vehicle at " + positionM);
        double gapM = positionM - vehicle.positionM();
        if (gapM >= 0 && gapM <= WrongWayDriverEvent.STOP_GAP_M) {
          oncomingClose = true;
          stoppedForOncoming |= event.speedMps() == 0;
        }
      }
      for (Intersection node : world.network.signalisedIntersections()) {
        double distanceM = Math.hypot(point[0] - node.eastM(), point[1] - node.northM());
        Detection seen =
            sensors.detections(node).stream()
                .filter(detection -> detection.vehicleId() == vehicleId)
                .findFirst()
                .orElse(null);
        if (distanceM < RoadsideSensors.DEFAULT_RANGE_M - 0.5) {
          assertNotNull(seen, "sensors of " + node + " see the wrong-way vehicle");
          double against = (point[2] + 180) % 360;
          assertEquals(0, angleDeg(against, seen.headingDeg()), 1e-6, "heads against the lane");
          seenSteps++;
        } else if (distanceM > RoadsideSensors.DEFAULT_RANGE_M + 0.5) {
          assertNull(seen, "beyond the range of " + node);
        }
      }
    }
    assertTrue(seenSteps > 0, "roadside sensors saw it");
    assertTrue(oncomingClose, "an oncoming vehicle came near");
    assertTrue(stoppedForOncoming, "it stopped for the oncoming vehicle");
    List<SensedObject> left = new ArrayList<>();
    world.events.collect(left);
    assertTrue(left.isEmpty(), "gone after the event");
    JsonNode line = truthOf(event);
    assertEquals(List.of(RecordKeys.vehicleKey(vehicleId)), ids(line));
    assertPlace(line, world.network.geoFrame(), start[0], start[1]);
    GeoFrame geo = world.network.geoFrame();
    assertEquals(geo.latitudeDeg(lastNorthM), line.get("endLat").asDouble(), 2e-6);
    assertEquals(geo.longitudeDeg(lastEastM), line.get("endLon").asDouble(), 2e-6);
    assertEquals(lane.key(), line.get("laneKey").asText());
  }

  private static double angleDeg(double a, double b) {
    double difference = Math.abs(a - b) % 360;
    return Math.min(difference, 360 - difference);
  }

  @Test
  void redLightRunnerCrossesOnRed() throws IOException {
    List<LightColor> lights = new ArrayList<>();
    AtomicReference<Double> crossedAtS = new AtomicReference<>();
    world = null;
    RedLightRunnerEvent event;
    {
      world =
          new TestWorld(
              GridSpec.of(2, 2),
              250,
              8,
              PedestrianConfig.noArrivals(),
              EventPlan.of(PlannedEvent.at(EVENT_AT_S, EventType.RED_LIGHT_RUNNER)));
      truth = TruthWriter.attach(truthDirectory, world.simulation, world.events);
      AtomicReference<Vehicle> runner = new AtomicReference<>();
      world
          .simulation
          .traffic()
          .addListener(
              new TrafficListener() {
                @Override
                public void stopLineCrossed(
                    Vehicle vehicle,
                    Lane from,
                    Connection connection,
                    LightColor light,
                    double nowS) {
                  if (vehicle == runner.get() && crossedAtS.get() == null) {
                    lights.add(light);
                    crossedAtS.set(nowS);
                  }
                }
              });
      while (world.events.running().isEmpty()) {
        assertTrue(world.simulation.timeS() < EVENT_AT_S + 120, "the event did not start");
        step();
      }
      event = (RedLightRunnerEvent) world.events.running().get(0);
      runner.set(event.vehicle());
    }
    Vehicle vehicle = event.vehicle();
    Lane approach = vehicle.lane();
    while (running(event)) {
      assertActive(event.id);
      step();
    }
    assertEquals(List.of(LightColor.RED), lights, "it crossed its stop line on red");
    JsonNode line = truthOf(event);
    assertEquals(List.of(RecordKeys.vehicleKey(vehicle.temporaryId())), ids(line));
    assertEquals(epochMs(crossedAtS.get()), line.get("redLightCrossingEpochMs").asLong());
    assertEquals("RED", line.get("crossingLight").asText());
    double[] stopLine = EventContext.pointOn(approach, approach.lengthM());
    assertPlace(line, world.network.geoFrame(), stopLine[0], stopLine[1]);
    assertEquals(approach.key(), line.get("laneKey").asText());
    assertEquals(approach.link().to().id(), line.get("intersectionId").asInt());
  }

  @Test
  void pedestrianConflictMakesTheTurningVehicleYield() throws IOException {
    PedestrianConflictEvent event =
        (PedestrianConflictEvent)
            startWorld(PlannedEvent.at(EVENT_AT_S, EventType.PEDESTRIAN_CONFLICT), 300, 9);
    Vehicle vehicle = event.vehicle();
    var crossing = event.crossing();
    var pedestrian = event.pedestrian();
    assertTrue(pedestrian.crossing(), "the pedestrian is on the crosswalk at once");
    assertTrue(world.pedestrians.blocked(crossing), "the vehicle's lane is blocked");
    int group = crossing.crosswalk().signalGroup();
    assertEquals(
        LightColor.GREEN,
        world.simulation.controller(crossing.crosswalk().intersection()).light(group),
        "on the walk signal");
    double lowestSpeedMps = vehicle.speedMps();
    double hardestMps2 = 0;
    boolean closeWhileBlocked = false;
    while (running(event)) {
      boolean blocked = world.pedestrians.blocked(crossing);
      step();
      if (blocked && vehicle.lane() == crossing.lane()) {
        assertTrue(
            vehicle.positionM() <= crossing.startM() + 1e-6,
            "the vehicle stays out of the crosswalk while the pedestrian is in its lane");
        closeWhileBlocked |= crossing.startM() - vehicle.positionM() < 15;
      }
      if (blocked) {
        lowestSpeedMps = Math.min(lowestSpeedMps, vehicle.speedMps());
        hardestMps2 = Math.min(hardestMps2, vehicle.accelerationMps2());
      }
    }
    assertTrue(closeWhileBlocked, "the vehicle came close to the pedestrian");
    assertTrue(
        lowestSpeedMps < 0.5 || hardestMps2 <= -3,
        "it waited or braked hard: lowest speed " + lowestSpeedMps + ", " + hardestMps2);
    assertTrue(pedestrian.finished());
    JsonNode line = truthOf(event);
    assertEquals(List.of(RecordKeys.vehicleKey(vehicle.temporaryId())), ids(line));
    assertEquals(pedestrian.id(), line.get("pedestrianIds").get(0).asInt());
    double[] point = new double[3];
    crossing.crosswalk().path().locate(crossing.alongCrosswalkM(), point);
    assertPlace(line, world.network.geoFrame(), point[0], point[1]);
    assertEquals(crossing.crosswalk().intersection().id(), line.get("intersectionId").asInt());
    assertEquals(epochMs(pedestrian.startedAtS()), line.get("startEpochMs").asLong());
    assertEquals(epochMs(pedestrian.finishedAtS()), line.get("endEpochMs").asLong());
  }

  @Test
  void roadWorksKeepTrafficToTheLoweredLimit() throws IOException {
    RoadWorksEvent event =
        (RoadWorksEvent)
            startWorld(PlannedEvent.at(EVENT_AT_S, EventType.ROAD_WORKS, 240), 300, 10);
    List<SpeedZone> zones = List.copyOf(event.zones());
    double limitMps = 20 / 3.6;
    assertEquals(limitMps, event.active().speedLimitMps().orElseThrow(), 1e-9);
    // Vehicles inside the zone when it appeared slow down inside; the others must keep to it.
    List<Vehicle> insideAtStart = new ArrayList<>();
    for (SpeedZone zone : zones) {
      for (Vehicle vehicle : world.simulation.traffic().vehiclesOn(zone.lane())) {
        if (vehicle.positionM() >= zone.fromM() - 30) {
          insideAtStart.add(vehicle);
        }
      }
    }
    int samples = 0;
    double fastestMps = 0;
    while (running(event)) {
      step();
      for (SpeedZone zone : zones) {
        for (Vehicle vehicle : world.simulation.traffic().vehiclesOn(zone.lane())) {
          if (vehicle.connection() == null
              && vehicle.positionM() >= zone.fromM()
              && vehicle.positionM() - vehicle.lengthM() <= zone.toM()
              && !insideAtStart.contains(vehicle)) {
            samples++;
            fastestMps = Math.max(fastestMps, vehicle.speedMps());
          }
        }
      }
    }
    assertTrue(samples > 100, "vehicles drove through the zone: " + samples);
    // The limit times the fastest driver's factor (drivers want 0.9 to 1.1 times a limit).
    assertTrue(fastestMps <= limitMps * 1.1 + 0.05, "fastest in the zone " + fastestMps);
    JsonNode line = truthOf(event);
    assertTrue(ids(line).isEmpty());
    assertEquals(20.0, line.get("speedLimitKph").asDouble(), 1e-9);
    assertEquals(zones.get(0).lane().link().id(), line.get("linkId").asText());
    assertTrue(line.get("laneKey").isNull(), "a whole link");
    double eastM = 0;
    double northM = 0;
    for (SpeedZone zone : zones) {
      double[] point = EventContext.pointOn(zone.lane(), (zone.fromM() + zone.toM()) / 2);
      eastM += point[0] / zones.size();
      northM += point[1] / zones.size();
    }
    assertPlace(line, world.network.geoFrame(), eastM, northM);
    assertEquals(240_000, line.get("endEpochMs").asLong() - line.get("startEpochMs").asLong());
  }

  @Test
  void accidentZoneStopsTwoVehiclesAndClearsThem() throws IOException {
    AccidentZoneEvent event =
        (AccidentZoneEvent)
            startWorld(PlannedEvent.at(EVENT_AT_S, EventType.ACCIDENT_ZONE, 90), 300, 11);
    Vehicle leader = event.leader();
    Vehicle follower = event.follower();
    Lane lane = leader.lane();
    assertEquals(30 / 3.6, event.active().speedLimitMps().orElseThrow(), 1e-9);
    double restEastM = Double.NaN;
    double restNorthM = Double.NaN;
    while (running(event)) {
      step();
      if (Double.isNaN(restEastM) && leader.speedMps() == 0) {
        restEastM = leader.eastM();
        restNorthM = leader.northM();
      }
    }
    // Just before the end both stood in the lane; then they were towed away.
    assertTrue(leader.stalled() && follower.stalled(), "both vehicles stalled");
    assertTrue(leader.removed() && follower.removed(), "both vehicles removed");
    for (Vehicle vehicle : world.simulation.traffic().vehiclesOn(lane)) {
      assertTrue(vehicle != leader && vehicle != follower);
    }
    JsonNode line = truthOf(event);
    assertEquals(
        List.of(
            RecordKeys.vehicleKey(leader.temporaryId()),
            RecordKeys.vehicleKey(follower.temporaryId())),
        ids(line));
    assertPlace(line, world.network.geoFrame(), restEastM, restNorthM);
    assertEquals(30.0, line.get("speedLimitKph").asDouble(), 1e-9);
    assertEquals(lane.key(), line.get("laneKey").asText());
  }

  @Test
  void randomEventsOfEveryTypeRunWithoutCollisionsAndAreAllRecorded() throws IOException {
    world =
        new TestWorld(
            GridSpec.of(2, 2),
            300,
            12,
            PedestrianConfig.DEFAULT,
            EventPlan.parse("random every 40s"));
    truth = TruthWriter.attach(truthDirectory, world.simulation, world.events);
    while (world.simulation.timeS() < 1200) {
      step();
    }
    truth.close();
    long lines = Files.readAllLines(truthDirectory.resolve(TruthWriter.EVENTS_FILE)).size();
    int ended = world.events.finishedEvents().size();
    int running = world.events.running().size();
    assertTrue(ended >= 15, "events ended: " + ended);
    assertEquals(ended + running, lines, "every event, ended or ongoing, has a line");
    assertTrue(
        world.events.finishedEvents().stream().map(EventRecord::type).distinct().count() >= 6,
        "most types occurred");
  }

  @Test
  void planTextParses() {
    EventPlan plan =
        EventPlan.parse(
            "at 120s hard_braking; at 2m road_works for 10m\n"
                + "random every 90s types stalled_vehicle,accident_zone from 1h");
    assertEquals(
        List.of(
            PlannedEvent.at(120, EventType.HARD_BRAKING),
            PlannedEvent.at(120, EventType.ROAD_WORKS, 600)),
        plan.events());
    EventPlan.RandomEvents random = plan.random().orElseThrow();
    assertEquals(90, random.meanIntervalS());
    assertEquals(List.of(EventType.STALLED_VEHICLE, EventType.ACCIDENT_ZONE), random.types());
    assertEquals(3600, random.fromS());
    IllegalArgumentException error =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> EventPlan.parse("at 10s meteor_strike"));
    assertTrue(error.getMessage().contains("meteor_strike"), error.getMessage());
    assertTrue(Simulation.STEP_S > 0);
  }
}
