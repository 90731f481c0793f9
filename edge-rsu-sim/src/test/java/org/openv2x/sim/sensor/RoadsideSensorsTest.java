package org.openv2x.sim.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.event.EventPlan;
import org.openv2x.sim.event.TestWorld;
import org.openv2x.sim.network.GridNetwork;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.traffic.TrafficConfig;
import org.openv2x.sim.traffic.Vehicle;

class RoadsideSensorsTest {
  private static final double RANGE_M = 100;

  @Test
  void sensorsSeePeopleAndVehiclesWithoutOnBoardUnitWithinRangeWithStableIds() {
    TestWorld world =
        new TestWorld(
            GridSpec.of(2, 2),
            TrafficConfig.of(300).withConnectedShare(0.5),
            31,
            PedestrianConfig.DEFAULT.withMeanArrivalIntervalS(10),
            EventPlan.NONE);
    Simulation simulation = world.simulation;
    RoadsideSensors sensors =
        new RoadsideSensors(simulation, RANGE_M, List.of(world.pedestrians, world.events));
    Map<Intersection, Map<String, Integer>> previousIds = new HashMap<>();
    int vehiclesSeen = 0;
    int peopleSeen = 0;
    int keptIds = 0;
    while (simulation.timeS() < 300) {
      simulation.step();
      for (Intersection node : world.network.signalisedIntersections()) {
        List<Detection> detections = sensors.detections(node);
        Set<Long> expectedVehicles = new HashSet<>();
        for (Vehicle vehicle : simulation.traffic().vehicles()) {
          double distanceM = distance(node, vehicle.centreEastM(), vehicle.centreNorthM());
          if (!vehicle.connected() && distanceM <= RANGE_M) {
            expectedVehicles.add(vehicle.temporaryId());
          }
        }
        Map<String, List<Crosser>> expectedPeople = new HashMap<>();
        int peopleInRange = 0;
        for (Crosser crosser : world.pedestrians.crossers()) {
          double[] pose = new double[3];
          crosser.crosswalk().path().locate(crosser.alongM(), pose);
          if (distance(node, pose[0], pose[1]) <= RANGE_M) {
            expectedPeople
                .computeIfAbsent(key(pose[0], pose[1], crosser.kind()), k -> new ArrayList<>())
                .add(crosser);
            peopleInRange++;
          }
        }
        Set<Integer> crowds = new HashSet<>();
        Set<Long> seenVehicles = new HashSet<>();
        Map<String, Integer> ids = new HashMap<>();
        int lastId = 0;
        for (Detection detection : detections) {
          assertTrue(detection.participantId() > lastId, "ordered by unique participant id");
          lastId = detection.participantId();
          assertTrue(lastId >= 1 && lastId <= 65535);
          assertTrue(distance(node, detection.eastM(), detection.northM()) <= RANGE_M);
          String key;
          if (detection.kind() == ParticipantKind.MOTOR_VEHICLE) {
            seenVehicles.add(detection.vehicleId());
            key = "vehicle " + detection.vehicleId();
            vehiclesSeen++;
          } else {
            List<Crosser> here =
                expectedPeople.get(key(detection.eastM(), detection.northM(), detection.kind()));
            assertTrue(here != null && !here.isEmpty(), "a detected person is a crosser in range");
            // People waiting side by side are told apart by their ids only.
            boolean crowd = here.size() > 1;
            Crosser crosser = here.remove(0);
            crowd |= crowds.contains(crosser.id());
            if (crowd) {
              crowds.addAll(here.stream().map(Crosser::id).toList());
            }
            assertEquals(crosser.speedMps(), detection.speedMps(), 1e-9);
            assertEquals(0, detection.vehicleId());
            key = crowd ? "crowd" : "person " + crosser.id();
            peopleSeen++;
          }
          ids.put(key, detection.participantId());
        }
        assertEquals(expectedVehicles, seenVehicles, "the vehicles without OBU in range");
        assertEquals(
            peopleInRange,
            detections.stream().filter(d -> d.kind() != ParticipantKind.MOTOR_VEHICLE).count(),
            "the people in range");
        ids.remove("crowd");
        Map<String, Integer> previous = previousIds.getOrDefault(node, Map.of());
        for (Map.Entry<String, Integer> entry : ids.entrySet()) {
          Integer before = previous.get(entry.getKey());
          if (before != null) {
            assertEquals(before, entry.getValue(), entry.getKey() + " keeps its id while tracked");
            keptIds++;
          }
        }
        previousIds.put(node, ids);
      }
    }
    assertTrue(vehiclesSeen > 1000 && peopleSeen > 1000, vehiclesSeen + " / " + peopleSeen);
    assertTrue(keptIds > 1000);
  }

  private static String key(double eastM, double northM, ParticipantKind kind) {
    return kind + "@" + eastM + "," + northM;
  }

  private static double distance(Intersection node, double eastM, double northM) {
    return Math.hypot(eastM - node.eastM(), northM - node.northM());
  }

  @Test
  void participantIdsWrapAfter65535AndSkipIdsInUse() {
    Simulation simulation =
        new Simulation(
            GridNetwork.build(GridSpec.of(1, 1), TestWorld.ORIGIN),
            TrafficConfig.of(0),
            1,
            TestWorld.START_EPOCH_MS);
    Intersection node = simulation.network().intersection(1).orElseThrow();
    long[] nextKey = {100};
    SensedObjectSource source =
        out -> {
          // One object stays all the time; four new ones come every step and stay one step.
          out.add(object(1, node));
          for (int i = 0; i < 4; i++) {
            out.add(object(nextKey[0]++, node));
          }
        };
    RoadsideSensors sensors = new RoadsideSensors(simulation, RANGE_M, List.of(source));
    int stayingId = -1;
    int previousMaxId = 0;
    boolean wrapped = false;
    for (int step = 0; step < 17_000; step++) {
      simulation.step();
      List<Detection> detections = sensors.detections(node);
      assertEquals(5, detections.size());
      Set<Integer> ids = new HashSet<>();
      for (Detection detection : detections) {
        assertTrue(detection.participantId() >= 1 && detection.participantId() <= 65535);
        assertTrue(ids.add(detection.participantId()), "unique ids");
      }
      int staying = stayingIdOf(detections);
      if (stayingId < 0) {
        stayingId = staying;
      }
      assertEquals(stayingId, staying, "the staying object keeps its id");
      int maxNew =
          detections.stream()
              .mapToInt(Detection::participantId)
              .filter(id -> id != staying)
              .max()
              .orElseThrow();
      wrapped |= maxNew < previousMaxId;
      previousMaxId = maxNew;
    }
    assertTrue(wrapped, "ids wrapped after 65535");
  }

  private static int stayingIdOf(List<Detection> detections) {
    List<Integer> ids = new ArrayList<>();
    for (Detection detection : detections) {
      if (detection.speedMps() == 1.0) {
        ids.add(detection.participantId());
      }
    }
    assertEquals(1, ids.size());
    return ids.get(0);
  }

  private static SensedObject object(long key, Intersection node) {
    return new SensedObject(
        key,
        ParticipantKind.PEDESTRIAN,
        0,
        node.eastM() + 5,
        node.northM() + 5,
        key == 1 ? 1.0 : 0.5,
        0,
        0,
        0.5,
        0.6,
        1.7,
        0);
  }
}
