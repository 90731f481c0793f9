package org.openv2x.sim.rsu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.bsm.BasicSafetyMessage;
import org.openv2x.codec.map.MapData;
import org.openv2x.codec.map.Node;
import org.openv2x.codec.spat.IntersectionState;
import org.openv2x.codec.spat.IntersectionStatusObject;
import org.openv2x.codec.spat.LightState;
import org.openv2x.codec.spat.Phase;
import org.openv2x.codec.spat.PhaseState;
import org.openv2x.codec.spat.Spat;
import org.openv2x.codec.spat.TimeCountingDown;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.event.EventSource;
import org.openv2x.sim.network.GridNetwork;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Link;
import org.openv2x.sim.network.RoadNetwork;
import org.openv2x.sim.sensor.SensorSource;
import org.openv2x.sim.signal.SignalController;
import org.openv2x.sim.traffic.TrafficConfig;
import org.openv2x.sim.traffic.Vehicle;

/** Every frame of a few simulated minutes decodes and matches the true state of its step. */
class RsuFleetTest {
  @Test
  void everyFrameOfThreeMinutesDecodesAndMatchesTheTrueState() {
    RoadNetwork network = GridNetwork.build(GridSpec.of(2, 2), SimFixtures.ORIGIN);
    Simulation simulation =
        new Simulation(network, TrafficConfig.of(200), 11, SimFixtures.START_EPOCH_MS);
    CheckingSink sink = new CheckingSink(simulation);
    // A short range leaves the middle of the links between intersections uncovered, except the
    // southern one, where an RSU along the link overlaps both intersections' ranges.
    RsuFleetConfig config =
        RsuFleetConfig.defaults().withRangeM(150).withLinkSites(List.of(new LinkRsuSite(0, -200)));
    RsuFleet fleet = new RsuFleet(simulation, config, EventSource.NONE, SensorSource.NONE, sink);
    assertEquals(
        List.of("rsu-1-1", "rsu-1-2", "rsu-1-3", "rsu-1-4", "rsu-1-link-1"),
        fleet.rsus().stream().map(Rsu::id).toList());
    sink.fleet = fleet;
    simulation.addObserver(fleet);
    for (int i = 0; i < 1800; i++) {
      simulation.step();
    }
    FrameStatistics statistics = fleet.statistics();
    assertEquals(0, statistics.buildErrors());
    assertEquals(1800, sink.steps);
    assertTrue(sink.bsmsChecked > 100_000, "BSMs checked: " + sink.bsmsChecked);
    assertTrue(sink.sharedBsms > 1_000, "BSMs forwarded by more than one RSU: " + sink.sharedBsms);
    assertTrue(sink.msgCntGaps > 0, "vehicles out of every RSU's range came back");
    assertEquals(4 * 180, sink.mapsChecked, "one MAP per RSU and second");
    assertEquals(4 * 1800, sink.spatsChecked, "one SPAT per RSU and step");
    assertTrue(sink.lightChangesChecked > 80, "light changes: " + sink.lightChangesChecked);
    assertEquals(statistics.produced(MessageType.BSM), sink.bsmsChecked);
    assertTrue(statistics.bsmsEncoded() < statistics.produced(MessageType.BSM));
    assertEquals(0, statistics.produced(MessageType.RSI));
    assertEquals(0, statistics.produced(MessageType.RSM));
  }

  @Test
  void actuatedSpatCountsDownBetweenItsMinimumAndMaximumEnds() {
    RoadNetwork network =
        GridNetwork.build(GridSpec.of(1, 1).withActuated(true), SimFixtures.ORIGIN);
    Simulation simulation =
        new Simulation(network, TrafficConfig.of(40), 5, SimFixtures.START_EPOCH_MS);
    CollectingFrameSink sink = new CollectingFrameSink();
    RsuFleet fleet =
        new RsuFleet(
            simulation, RsuFleetConfig.defaults(), EventSource.NONE, SensorSource.NONE, sink);
    simulation.addObserver(fleet);
    UperCodec codec = new UperCodec();
    Intersection intersection = network.signalisedIntersections().get(0);
    Map<Integer, LightState> lights = new HashMap<>();
    Map<Integer, long[]> window = new HashMap<>(); // earliest and latest step of the next change
    int changes = 0;
    for (int step = 1; step <= 3000; step++) {
      simulation.step();
      Spat spat = (Spat) codec.decode(sink.frames(MessageType.SPAT).get(0).uper());
      sink.clear();
      IntersectionState state = spat.intersections().get(0);
      assertTrue(state.hasStatus(IntersectionStatusObject.TRAFFIC_DEPENDENT_OPERATION));
      for (Phase phase : state.phases()) {
        PhaseState now = phase.phaseStates().get(0);
        TimeCountingDown countdown = (TimeCountingDown) now.timing().orElseThrow();
        int min = countdown.minEndTime0p1S().orElseThrow();
        int max = countdown.maxEndTime0p1S().orElseThrow();
        assertTrue(
            min <= countdown.likelyEndTime0p1S() && countdown.likelyEndTime0p1S() <= max,
            "min " + min + " likely " + countdown.likelyEndTime0p1S() + " max " + max);
        assertEquals(
            SpatFactory.lightState(simulation.controller(intersection).light(phase.id())),
            now.light());
        LightState before = lights.put(phase.id(), now.light());
        if (before != null && before != now.light()) {
          long[] expected = window.get(phase.id());
          assertTrue(
              step >= expected[0] - 1 && step <= expected[1] + 1,
              "group "
                  + phase.id()
                  + " changed at step "
                  + step
                  + ", expected "
                  + Arrays.toString(expected));
          changes++;
          window.remove(phase.id());
        }
        if (!window.containsKey(phase.id())) {
          window.put(phase.id(), new long[] {step + min, step + max});
        }
      }
    }
    assertTrue(changes > 20, "light changes checked: " + changes);
    assertEquals(0, fleet.statistics().buildErrors());
  }

  @Test
  void theSameSeedAndStartGiveTheSameBytesAndAnotherSeedDoesNot() {
    List<CollectingFrameSink.CollectedFrame> first = run(21);
    List<CollectingFrameSink.CollectedFrame> second = run(21);
    List<CollectingFrameSink.CollectedFrame> other = run(22);
    assertEquals(first.size(), second.size());
    for (int i = 0; i < first.size(); i++) {
      CollectingFrameSink.CollectedFrame a = first.get(i);
      CollectingFrameSink.CollectedFrame b = second.get(i);
      assertEquals(a.rsu().id(), b.rsu().id(), "frame " + i);
      assertEquals(a.type(), b.type(), "frame " + i);
      assertEquals(a.epochMs(), b.epochMs(), "frame " + i);
      assertArrayEquals(a.uper(), b.uper(), "frame " + i);
    }
    boolean differs = first.size() != other.size();
    for (int i = 0; i < Math.min(first.size(), other.size()) && !differs; i++) {
      differs = !Arrays.equals(first.get(i).uper(), other.get(i).uper());
    }
    assertTrue(differs, "another seed gives other frames");
  }

  private static List<CollectingFrameSink.CollectedFrame> run(long seed) {
    RoadNetwork network = GridNetwork.build(GridSpec.of(2, 2), SimFixtures.ORIGIN);
    Simulation simulation =
        new Simulation(network, TrafficConfig.of(150), seed, SimFixtures.START_EPOCH_MS);
    CollectingFrameSink sink = new CollectingFrameSink();
    RsuFleet fleet =
        new RsuFleet(
            simulation,
            RsuFleetConfig.defaults().withLinkSites(List.of(new LinkRsuSite(200, -200))),
            EventSource.NONE,
            SensorSource.NONE,
            sink);
    simulation.addObserver(fleet);
    for (int i = 0; i < 600; i++) {
      simulation.step();
    }
    assertTrue(sink.frames().size() > 10_000);
    return sink.frames();
  }

  /** Decodes every frame and checks it against the simulation's state at the end of each step. */
  private static final class CheckingSink implements FrameSink {
    private static final double LANE_POINT_TOLERANCE_M = 0.05;

    final Simulation simulation;
    final RoadNetwork network;
    final UperCodec codec = new UperCodec();
    final FrameCounters counters = new FrameCounters();
    RsuFleet fleet;
    final List<Object[]> stepBsms = new ArrayList<>(); // {rsu, bsm, bytes}
    final Map<Long, int[]> lastMsgCnt = new HashMap<>(); // id -> {step, msgCnt}
    final Map<String, int[]> lastSpatMsgCnt = new HashMap<>();
    final Map<String, LightState> lights = new HashMap<>();
    final Map<String, Long> predictedChange = new HashMap<>();
    final Map<String, MapData> firstMaps = new HashMap<>();
    long steps;
    long bsmsChecked;
    long sharedBsms;
    long msgCntGaps;
    long mapsChecked;
    long spatsChecked;
    long lightChangesChecked;

    CheckingSink(Simulation simulation) {
      this.simulation = simulation;
      this.network = simulation.network();
    }

    @Override
    public void frame(Rsu rsu, MessageType type, byte[] uper, long epochMs) {
      assertEquals(simulation.epochMs(), epochMs);
      var message = codec.decode(uper);
      assertEquals(type, message.type());
      switch (type) {
        case BSM -> stepBsms.add(new Object[] {rsu, message, uper});
        case MAP -> checkMap(rsu, (MapData) message);
        case SPAT -> checkSpat(rsu, (Spat) message);
        default -> throw new AssertionError("unexpected " + type + " from " + rsu);
      }
    }

    @Override
    public void endOfStep(long epochMs) {
      steps++;
      checkBsms(epochMs);
      stepBsms.clear();
    }

    @Override
    public FrameStatistics statistics() {
      return counters.snapshot();
    }

    private void checkBsms(long epochMs) {
      Map<Long, Vehicle> vehicles = new HashMap<>();
      for (Vehicle vehicle : simulation.traffic().vehicles()) {
        vehicles.put(vehicle.temporaryId(), vehicle);
      }
      Map<Long, byte[]> bytesById = new HashMap<>();
      Map<Long, Set<String>> heardBy = new HashMap<>();
      for (Object[] entry : stepBsms) {
        Rsu rsu = (Rsu) entry[0];
        BasicSafetyMessage bsm = (BasicSafetyMessage) entry[1];
        byte[] bytes = (byte[]) entry[2];
        Vehicle vehicle = vehicles.get(bsm.id());
        assertNotNull(vehicle, "a BSM of a vehicle in the network: " + Long.toHexString(bsm.id()));
        assertTrue(vehicle.connected());
        assertTrue(rsu.inRange(vehicle.eastM(), vehicle.northM()), vehicle + " within " + rsu);
        assertEquals(TimeFields.dSecondMs(epochMs), bsm.secMarkMs());
        assertEquals(
            network.geoFrame().latitudeDeg(vehicle.centreNorthM()),
            bsm.pos().latE7Deg() * 1e-7,
            0.6e-7);
        assertEquals(
            network.geoFrame().longitudeDeg(vehicle.centreEastM()),
            bsm.pos().lonE7Deg() * 1e-7,
            0.6e-7);
        assertEquals(vehicle.speedMps(), bsm.speed0p02Mps() * 0.02, 0.0101);
        double headingError = Math.abs(vehicle.headingDeg() - bsm.heading0p0125Deg() * 0.0125);
        assertTrue(
            Math.min(headingError, 360 - headingError) <= 0.00626,
            vehicle + " heading " + vehicle.headingDeg() + " sent " + bsm.heading0p0125Deg());
        assertEquals(vehicle.type().basicVehicleClass(), bsm.vehicleClass().classification());
        byte[] earlier = bytesById.putIfAbsent(bsm.id(), bytes);
        if (earlier != null) {
          assertArrayEquals(earlier, bytes, "the same BSM from every RSU that hears it");
          sharedBsms++;
        } else {
          int[] last = lastMsgCnt.get(bsm.id());
          if (last != null) {
            long stepsSince = simulation.steps() - last[0];
            assertEquals(
                Math.floorMod(last[1] + stepsSince, 128),
                bsm.msgCnt(),
                vehicle + ": MsgCount advances by one per step, heard or not");
            if (stepsSince > 1) {
              msgCntGaps++;
            }
          }
          lastMsgCnt.put(bsm.id(), new int[] {(int) simulation.steps(), bsm.msgCnt()});
        }
        heardBy.computeIfAbsent(bsm.id(), id -> new TreeSet<>()).add(rsu.id());
        bsmsChecked++;
      }
      // Every connected vehicle is forwarded by exactly the RSUs in whose range it is.
      for (Vehicle vehicle : simulation.traffic().vehicles()) {
        Set<String> expected = new TreeSet<>();
        for (Rsu rsu : fleet.rsus()) {
          if (vehicle.connected() && rsu.inRange(vehicle.eastM(), vehicle.northM())) {
            expected.add(rsu.id());
          }
        }
        assertEquals(
            expected, heardBy.getOrDefault(vehicle.temporaryId(), Set.of()), vehicle.toString());
      }
    }

    private void checkMap(Rsu rsu, MapData map) {
      mapsChecked++;
      assertEquals(
          TimeFields.minuteOfTheYear(simulation.epochMs()), map.timeStampMinutes().orElseThrow());
      MapData first = firstMaps.putIfAbsent(rsu.id(), map);
      if (first != null) {
        assertEquals(first.nodes(), map.nodes(), "the node does not change");
        if (first.timeStampMinutes().equals(map.timeStampMinutes())) {
          assertEquals(first.msgCnt(), map.msgCnt(), "same content, same MsgCount");
        } else {
          assertNotEquals(first.msgCnt(), map.msgCnt(), "new content, new MsgCount");
          firstMaps.put(rsu.id(), map);
        }
        return;
      }
      Intersection intersection = rsu.intersection().orElseThrow();
      assertEquals(1, map.nodes().size());
      Node node = map.nodes().get(0);
      assertEquals(intersection.id(), node.id().id());
      assertEquals(intersection.region(), node.id().region().orElseThrow());
      assertEquals(rsu.refPos(), node.refPos());
      List<org.openv2x.codec.map.Link> links = node.inLinks().orElseThrow();
      assertEquals(intersection.incoming().size(), links.size(), "every link into the node");
      for (Link link : intersection.incoming()) {
        org.openv2x.codec.map.Link sent =
            links.stream()
                .filter(l -> l.upstreamNodeId().id() == link.from().id())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link from " + link.from()));
        assertEquals(link.lanes().size(), sent.lanes().size(), link.toString());
        Set<List<Integer>> movements = new HashSet<>();
        for (Lane lane : link.lanes()) {
          org.openv2x.codec.map.Lane sentLane =
              sent.lanes().stream()
                  .filter(l -> l.laneId() == lane.laneId())
                  .findFirst()
                  .orElseThrow(() -> new AssertionError("no lane " + lane));
          assertEquals(Math.round(lane.widthM() * 100), sentLane.laneWidthCm().orElseThrow());
          assertEquals(
              MapFactory.maneuverBits(lane.maneuvers()), sentLane.maneuvers().orElseThrow());
          Set<List<Integer>> expected = new HashSet<>();
          for (org.openv2x.sim.network.Connection connection : lane.connections()) {
            expected.add(
                List.of(
                    connection.toLane().link().to().id(),
                    connection.toLane().laneId(),
                    MapFactory.maneuverBits(List.of(connection.maneuver())),
                    connection.signalGroup()));
            movements.add(List.of(connection.toLane().link().to().id(), connection.signalGroup()));
          }
          Set<List<Integer>> connects = new HashSet<>();
          for (org.openv2x.codec.map.Connection connection : sentLane.connectsTo().orElseThrow()) {
            connects.add(
                List.of(
                    connection.remoteIntersection().id(),
                    connection.connectingLane().orElseThrow().lane(),
                    connection.connectingLane().orElseThrow().maneuver().orElseThrow(),
                    connection.phaseId().orElseThrow()));
          }
          assertEquals(expected, connects, lane + ": every connection with its phase id");
          checkLanePoints(lane, node, sentLane);
        }
        Set<List<Integer>> sentMovements = new HashSet<>();
        for (org.openv2x.codec.map.Movement movement : sent.movements().orElseThrow()) {
          sentMovements.add(
              List.of(movement.remoteIntersection().id(), movement.phaseId().orElseThrow()));
        }
        assertEquals(movements, sentMovements, link + " movements");
      }
    }

    private void checkLanePoints(Lane lane, Node node, org.openv2x.codec.map.Lane sentLane) {
      var points = sentLane.points().orElseThrow();
      var line = lane.centreLine();
      assertEquals(line.pointCount(), points.size(), lane.toString());
      double refLat = node.refPos().latE7Deg() * 1e-7;
      double refLon = node.refPos().lonE7Deg() * 1e-7;
      for (int i = 0; i < points.size(); i++) {
        var offset = points.get(i).posOffset().offsetLl();
        double east = network.geoFrame().eastM(refLon + offset.lonE7Deg() * 1e-7);
        double north = network.geoFrame().northM(refLat + offset.latE7Deg() * 1e-7);
        assertEquals(line.eastM(i), east, LANE_POINT_TOLERANCE_M, lane + " point " + i);
        assertEquals(line.northM(i), north, LANE_POINT_TOLERANCE_M, lane + " point " + i);
      }
    }

    private void checkSpat(Rsu rsu, Spat spat) {
      spatsChecked++;
      Intersection intersection = rsu.intersection().orElseThrow();
      SignalController controller = simulation.controller(intersection);
      long step = simulation.steps();
      int[] last = lastSpatMsgCnt.put(rsu.id(), new int[] {(int) step, spat.msgCnt()});
      if (last != null) {
        assertEquals(Math.floorMod(last[1] + 1, 128), spat.msgCnt(), "SPAT MsgCount per step");
      }
      assertEquals(TimeFields.dSecondMs(simulation.epochMs()), spat.timeStampMs().orElseThrow());
      IntersectionState state = spat.intersections().get(0);
      assertEquals(intersection.id(), state.intersectionId().id());
      assertTrue(state.hasStatus(IntersectionStatusObject.FIXED_TIME_OPERATION));
      assertEquals(
          Arrays.stream(intersection.signalGroups()).boxed().toList(),
          state.phases().stream().map(Phase::id).toList());
      for (Phase phase : state.phases()) {
        List<PhaseState> states = phase.phaseStates();
        assertEquals(SpatFactory.PHASE_STATES, states.size());
        LightState light = states.get(0).light();
        assertEquals(SpatFactory.lightState(controller.light(phase.id())), light);
        TimeCountingDown now = (TimeCountingDown) states.get(0).timing().orElseThrow();
        assertEquals(0, now.startTime0p1S());
        assertEquals(now.likelyEndTime0p1S(), now.minEndTime0p1S().orElseThrow());
        assertEquals(now.likelyEndTime0p1S(), now.maxEndTime0p1S().orElseThrow());
        TimeCountingDown next = (TimeCountingDown) states.get(1).timing().orElseThrow();
        assertEquals(now.likelyEndTime0p1S(), next.startTime0p1S(), "the next light follows");
        assertEquals(following(light), states.get(1).light());
        assertEquals(following(following(light)), states.get(2).light());
        String key = rsu.id() + "/" + phase.id();
        LightState before = lights.put(key, light);
        Long predicted = predictedChange.get(key);
        if (before != null && before != light) {
          if (predicted != null) {
            assertTrue(
                Math.abs(step - predicted) <= 1,
                key + " changed at step " + step + ", the countdown said " + predicted);
            lightChangesChecked++;
          }
          predicted = null;
        }
        long change = step + now.likelyEndTime0p1S();
        if (predicted != null) {
          assertTrue(
              Math.abs(change - predicted) <= 1,
              key + " countdown jumped from step " + predicted + " to " + change);
        } else {
          predictedChange.put(key, change);
        }
      }
    }

    private static LightState following(LightState light) {
      return switch (light) {
        case PROTECTED_GREEN -> LightState.YELLOW;
        case YELLOW -> LightState.RED;
        case RED -> LightState.PROTECTED_GREEN;
        default -> throw new AssertionError(light);
      };
    }
  }
}
