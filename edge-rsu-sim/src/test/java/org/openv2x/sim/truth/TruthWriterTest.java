package org.openv2x.sim.truth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.event.EventPlan;
import org.openv2x.sim.event.TestWorld;
import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Link;
import org.openv2x.sim.sensor.PedestrianConfig;
import org.openv2x.sim.signal.LightColor;
import org.openv2x.sim.signal.SignalController;
import org.openv2x.sim.traffic.Traffic;
import org.openv2x.sim.traffic.TrafficListener;
import org.openv2x.sim.traffic.Vehicle;

/** The truth files against figures the test works out on its own from the same run. */
class TruthWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path directory;

  /** The test's own per lane-minute sums. */
  private static final class LaneMinute {
    int volume;
    int samples;
    double speedSum;
    long vehicleSamples;
    double queueSum;
    double queueMax;
  }

  private static long minuteOf(long epochMs) {
    return Math.floorDiv(epochMs, 60_000) * 60_000;
  }

  /** The queue at the stop line: {queued vehicles, metres to the rear of the last}. */
  private static double[] queue(Traffic traffic, Lane lane) {
    double rear = lane.lengthM();
    int count = 0;
    for (Vehicle vehicle : traffic.vehiclesOn(lane)) {
      boolean queued =
          vehicle.connection() == null
              && vehicle.speedMps() < 2
              && rear - vehicle.positionM() <= 10;
      if (!queued) {
        break;
      }
      rear = vehicle.positionM() - vehicle.lengthM();
      count++;
    }
    return new double[] {count, count == 0 ? 0 : lane.lengthM() - rear};
  }

  private static List<JsonNode> read(Path file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void laneFiguresMatchTheTestsOwnCounts() throws IOException {
    TestWorld world =
        new TestWorld(
            GridSpec.of(2, 2),
            300,
            41,
            PedestrianConfig.DEFAULT,
            EventPlan.parse(
                "at 30s stalled_vehicle for 60s; at 60s accident_zone for 90s; random every 60s"));
    Simulation simulation = world.simulation;
    TruthWriter truth = TruthWriter.attach(directory, simulation, world.events);
    Map<String, LaneMinute> expected = new HashMap<>();
    simulation
        .traffic()
        .addListener(
            new TrafficListener() {
              @Override
              public void stopLineCrossed(
                  Vehicle vehicle, Lane from, Connection connection, LightColor light, double s) {
                minute(expected, simulation.epochMs(), from).volume++;
              }

              @Override
              public void vehicleLeft(Vehicle vehicle, Lane lane, double s) {
                if (lane.link().exit() && !vehicle.stalled()) {
                  minute(expected, simulation.epochMs(), lane).volume++;
                }
              }
            });
    simulation.addObserver(
        sim -> {
          for (Lane lane : sim.network().lanes()) {
            LaneMinute minute = minute(expected, sim.epochMs(), lane);
            minute.samples++;
            for (Vehicle vehicle : sim.traffic().vehiclesOn(lane)) {
              if (vehicle.connection() == null) {
                minute.speedSum += vehicle.speedMps();
                minute.vehicleSamples++;
              }
            }
            double lengthM = queue(sim.traffic(), lane)[1];
            minute.queueSum += lengthM;
            minute.queueMax = Math.max(minute.queueMax, lengthM);
          }
        });
    world.runUntil(340);
    truth.close();
    List<JsonNode> lines = read(directory.resolve(TruthWriter.LANES_FILE));
    int lanes = world.network.lanes().size();
    // 22:13:20 to 22:19:00: a partial minute, five full ones and one sample of 22:19.
    assertEquals(7 * lanes, lines.size());
    int volume = 0;
    int queued = 0;
    for (JsonNode line : lines) {
      long minuteStart = line.get("minuteStartEpochMs").asLong();
      assertEquals(JsonLines.utc(minuteStart), line.get("minuteStartUtc").asText());
      LaneMinute want = expected.get(minuteStart + " " + line.get("laneKey").asText());
      assertTrue(want != null, "a minute the test saw: " + line);
      assertEquals(want.samples, line.get("samples").asInt());
      assertEquals(want.samples < 600, line.get("partial").asBoolean());
      assertEquals(want.volume, line.get("volume").asInt(), "volume of " + line);
      volume += want.volume;
      if (want.vehicleSamples == 0) {
        assertTrue(line.get("meanSpeedMps").isNull());
      } else {
        assertEquals(
            want.speedSum / want.vehicleSamples, line.get("meanSpeedMps").asDouble(), 0.0006);
      }
      double lengthKm = line.get("lengthM").asDouble() / 1000;
      assertEquals(
          (double) want.vehicleSamples / want.samples / lengthKm,
          line.get("densityVehPerKm").asDouble(),
          0.001);
      assertEquals(want.queueSum / want.samples, line.get("meanQueueLengthM").asDouble(), 0.006);
      assertEquals(want.queueMax, line.get("maxQueueLengthM").asDouble(), 0.006);
      if (want.queueMax > 0) {
        queued++;
      }
    }
    assertTrue(volume > 500, "vehicles counted: " + volume);
    assertTrue(queued > 50, "lane-minutes with a queue: " + queued);
    assertTrue(world.events.finishedEvents().size() >= 2, "events removed and stopped vehicles");
  }

  private static LaneMinute minute(Map<String, LaneMinute> minutes, long epochMs, Lane lane) {
    return minutes.computeIfAbsent(minuteOf(epochMs) + " " + lane.key(), k -> new LaneMinute());
  }

  @Test
  void queueOfARedApproachGrowsDuringRed() throws IOException {
    TestWorld world =
        new TestWorld(GridSpec.of(1, 1), 150, 42, PedestrianConfig.noArrivals(), EventPlan.NONE);
    Simulation simulation = world.simulation;
    TruthWriter truth = TruthWriter.attach(directory, simulation, null);
    Intersection node = world.network.intersection(1).orElseThrow();
    SignalController controller = simulation.controller(node);
    Map<Lane, Double> queueAtRedStart = new HashMap<>();
    Map<Lane, Double> last = new HashMap<>();
    int grownReds = 0;
    double longestM = 0;
    while (simulation.timeS() < 600) {
      simulation.step();
      for (Connection connection : node.connections()) {
        Lane lane = connection.fromLane();
        if (connection.maneuver() != org.openv2x.sim.network.Maneuver.STRAIGHT) {
          continue;
        }
        double lengthM = queue(simulation.traffic(), lane)[1];
        if (controller.light(connection.signalGroup()) == LightColor.RED) {
          queueAtRedStart.putIfAbsent(lane, lengthM);
          Double before = last.get(lane);
          if (before != null) {
            assertTrue(lengthM >= before - 0.5, "a red queue does not shrink: " + lane);
          }
          last.put(lane, lengthM);
        } else if (queueAtRedStart.containsKey(lane)) {
          if (last.get(lane) > queueAtRedStart.get(lane) + 5) {
            grownReds++;
          }
          longestM = Math.max(longestM, last.get(lane));
          queueAtRedStart.remove(lane);
          last.remove(lane);
        }
      }
    }
    truth.close();
    assertTrue(grownReds > 10, "reds during which the queue grew: " + grownReds);
    double fileLongestM = 0;
    for (JsonNode line : read(directory.resolve(TruthWriter.LANES_FILE))) {
      fileLongestM = Math.max(fileLongestM, line.get("maxQueueLengthM").asDouble());
    }
    assertTrue(fileLongestM >= longestM - 0.01, fileLongestM + " vs " + longestM);
  }

  @Test
  void signalCyclesCountLightsArrivalsAndServedVehicles() throws IOException {
    TestWorld world =
        new TestWorld(GridSpec.of(1, 1), 160, 43, PedestrianConfig.DEFAULT, EventPlan.NONE);
    Simulation simulation = world.simulation;
    TruthWriter truth = TruthWriter.attach(directory, simulation, null);
    Intersection node = world.network.intersection(1).orElseThrow();
    SignalController controller = simulation.controller(node);
    // Per "group cycle": served, arrivals on green, yellow, red.
    Map<String, int[]> expected = new HashMap<>();
    simulation
        .traffic()
        .addListener(
            new TrafficListener() {
              @Override
              public void stopLineCrossed(
                  Vehicle vehicle, Lane from, Connection connection, LightColor light, double s) {
                int group = connection.signalGroup();
                expected.computeIfAbsent(group + " " + controller.cycle(), k -> new int[4])[0]++;
              }
            });
    Set<String> arrived = new HashSet<>();
    simulation.addObserver(
        sim -> {
          for (Link link : node.incoming()) {
            for (Lane lane : link.lanes()) {
              int queued = (int) queue(sim.traffic(), lane)[0];
              int index = 0;
              for (Vehicle vehicle : sim.traffic().vehiclesOn(lane)) {
                if (vehicle.connection() != null) {
                  break;
                }
                boolean arrives = index++ < queued || vehicle.distanceToStopLineM() <= 60;
                if (arrives && arrived.add(vehicle.serial() + " " + lane.key())) {
                  int group = vehicle.nextConnection().signalGroup();
                  int slot =
                      switch (controller.light(group)) {
                        case GREEN -> 1;
                        case YELLOW -> 2;
                        case RED -> 3;
                      };
                  expected
                      .computeIfAbsent(group + " " + controller.cycle(), k -> new int[4])[slot]++;
                }
              }
            }
          }
        });
    world.runUntil(1000);
    truth.close();
    List<JsonNode> lines = read(directory.resolve(TruthWriter.SIGNALS_FILE));
    double cycleS = controller.plan().cycleS();
    int complete = 0;
    int arrivalsOnGreen = 0;
    int arrivalsOnRed = 0;
    for (JsonNode line : lines) {
      assertEquals(node.id(), line.get("intersectionId").asInt());
      int group = line.get("signalGroup").asInt();
      long cycle = line.get("cycle").asLong();
      double green = line.get("greenS").asDouble();
      double yellow = line.get("yellowS").asDouble();
      double red = line.get("redS").asDouble();
      long lengthMs = line.get("endEpochMs").asLong() - line.get("startEpochMs").asLong();
      assertEquals(lengthMs / 1000.0, green + yellow + red, 1e-6, "lights fill the cycle");
      if (line.get("complete").asBoolean()) {
        complete++;
        assertEquals(cycleS, lengthMs / 1000.0, 1e-6);
        boolean through = group == 1 || group == 3;
        assertEquals(through ? 25 : 12, green, 1e-6, "green of group " + group);
        assertEquals(3, yellow, 1e-6);
        assertEquals(cycleS - green - yellow, red, 1e-6);
      }
      int[] want = expected.getOrDefault(group + " " + cycle, new int[4]);
      assertEquals(want[0], line.get("vehiclesServed").asInt(), "served, " + line);
      assertEquals(want[1], line.get("arrivalsOnGreen").asInt(), "on green, " + line);
      assertEquals(want[2], line.get("arrivalsOnYellow").asInt(), "on yellow, " + line);
      assertEquals(want[3], line.get("arrivalsOnRed").asInt(), "on red, " + line);
      arrivalsOnGreen += want[1];
      arrivalsOnRed += want[3];
    }
    assertTrue(complete >= 4 * 8, "complete cycles of 4 groups: " + complete);
    assertTrue(arrivalsOnGreen > 20 && arrivalsOnRed > 50, arrivalsOnGreen + " / " + arrivalsOnRed);
    assertFalse(lines.get(0).get("complete").asBoolean(), "the first cycle began before the run");
    assertFalse(lines.get(lines.size() - 1).get("complete").asBoolean(), "the last is cut off");
  }

  @Test
  void theSameSeedWritesTheSameTruth() throws IOException {
    byte[][] first = run(51, directory.resolve("first"));
    byte[][] second = run(51, directory.resolve("second"));
    byte[][] other = run(52, directory.resolve("other"));
    for (int i = 0; i < first.length; i++) {
      assertArrayEquals(first[i], second[i], "file " + i);
    }
    assertTrue(first[0].length > 0, "events were written");
    assertFalse(java.util.Arrays.equals(first[1], other[1]), "another seed, other lane figures");
  }

  private static byte[][] run(long seed, Path into) throws IOException {
    TestWorld world =
        new TestWorld(
            GridSpec.of(2, 2),
            250,
            seed,
            PedestrianConfig.DEFAULT,
            EventPlan.parse("random every 30s"));
    TruthWriter truth = TruthWriter.attach(into, world.simulation, world.events);
    world.runUntil(400);
    truth.close();
    return new byte[][] {
      Files.readAllBytes(into.resolve(TruthWriter.EVENTS_FILE)),
      Files.readAllBytes(into.resolve(TruthWriter.LANES_FILE)),
      Files.readAllBytes(into.resolve(TruthWriter.SIGNALS_FILE))
    };
  }
}
