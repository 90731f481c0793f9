package org.openv2x.sim.sensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.event.EventPlan;
import org.openv2x.sim.event.TestWorld;
import org.openv2x.sim.network.Crosswalk;
import org.openv2x.sim.network.GridNetwork;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Link;
import org.openv2x.sim.network.RoadNetwork;
import org.openv2x.sim.signal.LightColor;
import org.openv2x.sim.traffic.Vehicle;

class PedestriansTest {
  @Test
  void crosswalksCrossTheLanesThatStartAtTheirLeg() {
    RoadNetwork network = GridNetwork.build(GridSpec.of(1, 1), TestWorld.ORIGIN);
    Intersection node = network.intersection(1).orElseThrow();
    assertEquals(4, node.crosswalks().size());
    for (Crosswalk crosswalk : node.crosswalks()) {
      List<CrosswalkLane> crossings = CrosswalkLane.of(crosswalk);
      assertEquals(3, crossings.size(), "the three lanes leaving by its leg");
      Link leg = crossings.get(0).lane().link();
      for (CrosswalkLane crossing : crossings) {
        assertEquals(leg, crossing.lane().link());
        // Box half 15.5 m, crosswalk 4 m wide centred 13 m from the node: 4.5 to 0.5 m before
        // the lane's start.
        assertEquals(-4.5, crossing.startM(), 1e-9);
        assertEquals(-0.5, crossing.endM(), 1e-9);
        assertEquals(1.75, crossing.halfLaneWidthAlongCrosswalkM(), 1e-9);
      }
      // The lanes leave on the right-hand half of the road: 1.75, 5.25 and 8.75 m from its
      // middle, which is half way along the crosswalk.
      double middle = crosswalk.path().lengthM() / 2;
      double[] offsets =
          crossings.stream()
              .mapToDouble(crossing -> Math.abs(crossing.alongCrosswalkM() - middle))
              .sorted()
              .toArray();
      assertArrayEquals(new double[] {1.75, 5.25, 8.75}, offsets, 1e-9);
    }
  }

  @Test
  void peopleCrossOnlyOnTheirWalkSignalAndVehiclesYieldToThem() {
    TestWorld world =
        new TestWorld(
            GridSpec.of(2, 2),
            300,
            21,
            PedestrianConfig.DEFAULT.withMeanArrivalIntervalS(8),
            EventPlan.NONE);
    Simulation simulation = world.simulation;
    Pedestrians pedestrians = world.pedestrians;
    Set<Integer> started = new HashSet<>();
    Set<Integer> waitedFirst = new HashSet<>();
    int cyclists = 0;
    int walkers = 0;
    int waitedBeforeCrosswalk = 0;
    Map<Vehicle, Double> before = new HashMap<>();
    while (simulation.timeS() < 900) {
      // Which lanes are blocked during the coming step, and where the vehicles are before it.
      Map<Lane, CrosswalkLane> blocked = new HashMap<>();
      for (Crosswalk crosswalk : world.network.crosswalks()) {
        for (CrosswalkLane crossing : pedestrians.crossingsOf(crosswalk)) {
          if (pedestrians.blocked(crossing)) {
            blocked.put(crossing.lane(), crossing);
          }
        }
      }
      before.clear();
      for (Lane lane : blocked.keySet()) {
        for (Vehicle vehicle : simulation.traffic().vehiclesOn(lane)) {
          before.put(vehicle, vehicle.positionM());
        }
      }
      simulation.step();
      assertNull(simulation.traffic().describeOverlap());
      for (Map.Entry<Lane, CrosswalkLane> entry : blocked.entrySet()) {
        double edgeM = entry.getValue().startM();
        for (Vehicle vehicle : simulation.traffic().vehiclesOn(entry.getKey())) {
          Double was = before.get(vehicle);
          if (was != null && was <= edgeM) {
            assertTrue(
                vehicle.positionM() <= edgeM + 1e-9,
                vehicle + " drove onto a crosswalk with people on it");
            if (vehicle.speedMps() < 0.1 && edgeM - vehicle.positionM() < 10) {
              waitedBeforeCrosswalk++;
            }
          }
        }
      }
      for (Crosser crosser : pedestrians.crossers()) {
        if (crosser.crossing() && started.add(crosser.id())) {
          assertEquals(simulation.timeS(), crosser.startedAtS(), 1e-9);
          Crosswalk crosswalk = crosser.crosswalk();
          assertEquals(
              LightColor.GREEN,
              simulation.controller(crosswalk.intersection()).light(crosswalk.signalGroup()),
              crosser + " stepped onto the crosswalk without the walk signal");
          if (crosser.startedAtS() > crosser.arrivedAtS()) {
            waitedFirst.add(crosser.id());
          }
          double speed = crosser.crossingSpeedMps();
          if (crosser.kind() == ParticipantKind.CYCLIST) {
            cyclists++;
            assertTrue(speed >= 3.5 && speed <= 5, "cycling speed " + speed);
          } else {
            walkers++;
            assertTrue(speed >= 1.1 && speed <= 1.6, "walking speed " + speed);
          }
        }
        if (crosser.crossing()) {
          // People are off the crosswalk before any other movement gets green.
          Intersection node = crosser.crosswalk().intersection();
          for (int group : node.signalGroups()) {
            if (group != crosser.crosswalk().signalGroup()) {
              assertTrue(
                  simulation.controller(node).light(group) != LightColor.GREEN,
                  crosser + " is still crossing when group " + group + " has green");
            }
          }
        }
      }
    }
    assertTrue(pedestrians.crossedCount() > 300, "people crossed: " + pedestrians.crossedCount());
    assertTrue(waitedFirst.size() > 100, "people waited for the walk signal");
    double cyclistShare = (double) cyclists / (cyclists + walkers);
    assertTrue(cyclistShare > 0.15 && cyclistShare < 0.35, "cyclist share " + cyclistShare);
    assertTrue(waitedBeforeCrosswalk > 0, "vehicles waited for people on the crosswalk");
  }
}
