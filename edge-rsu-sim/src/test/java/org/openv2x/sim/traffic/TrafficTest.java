package org.openv2x.sim.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.geo.GeoFrame;
import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.GridNetwork;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.RoadNetwork;
import org.openv2x.sim.signal.LightColor;

class TrafficTest {
  private static final GeoFrame ORIGIN = new GeoFrame(31.2304, 121.4737, 4);
  private static final long START_EPOCH_MS = 1_700_000_000_000L;

  @Test
  void tenMinutesOnAGridWithoutCollisionsOrNegativeSpeeds() {
    RoadNetwork network = GridNetwork.build(GridSpec.of(3, 3), ORIGIN);
    Simulation simulation = new Simulation(network, TrafficConfig.of(600), 7, START_EPOCH_MS);
    double smallestGap = Double.POSITIVE_INFINITY;
    double lowestSpeed = Double.POSITIVE_INFINITY;
    String overlap = null;
    for (int i = 0; i < 6000 && overlap == null; i++) {
      simulation.step();
      smallestGap = Math.min(smallestGap, simulation.traffic().smallestGapM());
      overlap = simulation.traffic().describeOverlap();
      for (Vehicle vehicle : simulation.traffic().vehicles()) {
        lowestSpeed = Math.min(lowestSpeed, vehicle.speedMps());
      }
    }
    assertTrue(overlap == null, "at " + simulation.timeS() + " s: " + overlap);
    assertTrue(smallestGap > 0, "vehicles overlapped: smallest gap " + smallestGap);
    assertTrue(lowestSpeed >= 0, "negative speed " + lowestSpeed);
    assertTrue(simulation.traffic().vehiclesLeft() > 500, "traffic flows through the network");
    assertEquals(600, simulation.traffic().vehicleCount(), 60);
  }

  @Test
  void vehiclesStopAtRedAndNobodyCrossesOnRed() {
    RoadNetwork network = GridNetwork.build(GridSpec.of(2, 2), ORIGIN);
    Simulation simulation = new Simulation(network, TrafficConfig.of(300), 3, START_EPOCH_MS);
    AtomicInteger crossedOnRed = new AtomicInteger();
    AtomicInteger crossedOnGreen = new AtomicInteger();
    simulation
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
                if (light == LightColor.RED) {
                  crossedOnRed.incrementAndGet();
                } else if (light == LightColor.GREEN) {
                  crossedOnGreen.incrementAndGet();
                }
              }
            });
    int waitingAtRed = 0;
    for (int i = 0; i < 3000; i++) {
      simulation.step();
      for (Vehicle vehicle : simulation.traffic().vehicles()) {
        Connection next = vehicle.nextConnection();
        if (vehicle.connection() == null
            && next != null
            && simulation.light(next) == LightColor.RED
            && vehicle.speedMps() < 0.1
            && vehicle.distanceToStopLineM() < 3) {
          assertTrue(
              vehicle.distanceToStopLineM() > 0,
              vehicle + " stopped past the stop line: " + vehicle.distanceToStopLineM());
          waitingAtRed++;
        }
      }
    }
    assertTrue(waitingAtRed > 1000, "vehicle-steps waiting at a red stop line: " + waitingAtRed);
    assertTrue(crossedOnGreen.get() > 300, "crossed on green: " + crossedOnGreen.get());
    assertEquals(0, crossedOnRed.get(), "stop lines crossed on red");
  }

  @Test
  void theSameSeedGivesTheSameTraffic() {
    RoadNetwork network = GridNetwork.build(GridSpec.of(2, 2), ORIGIN);
    Simulation first = new Simulation(network, TrafficConfig.of(200), 11, START_EPOCH_MS);
    Simulation second = new Simulation(network, TrafficConfig.of(200), 11, START_EPOCH_MS);
    Simulation other = new Simulation(network, TrafficConfig.of(200), 12, START_EPOCH_MS);
    for (int i = 0; i < 1200; i++) {
      first.step();
      second.step();
      other.step();
    }
    assertEquals(fingerprint(first), fingerprint(second));
    assertTrue(!fingerprint(first).equals(fingerprint(other)), "another seed, other traffic");
  }

  private static String fingerprint(Simulation simulation) {
    StringBuilder text = new StringBuilder();
    for (Vehicle vehicle : simulation.traffic().vehicles()) {
      text.append(Long.toHexString(vehicle.temporaryId()))
          .append(vehicle.lane().key())
          .append(String.format("%.6f/%.6f;", vehicle.positionM(), vehicle.speedMps()));
    }
    return text.toString();
  }
}
