package org.openv2x.sim.event;

import org.openv2x.sim.Simulation;
import org.openv2x.sim.geo.GeoFrame;
import org.openv2x.sim.network.GridNetwork;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.network.RoadNetwork;
import org.openv2x.sim.sensor.PedestrianConfig;
import org.openv2x.sim.sensor.Pedestrians;
import org.openv2x.sim.traffic.TrafficConfig;

/** A small simulated world for tests: a grid, its traffic, pedestrians and an event plan. */
public final class TestWorld {
  public static final GeoFrame ORIGIN = new GeoFrame(31.2304, 121.4737, 4);

  /** A minute boundary of the UTC clock plus 20 s, so the first minute is partial. */
  public static final long START_EPOCH_MS = 1_700_000_000_000L;

  public final RoadNetwork network;
  public final Simulation simulation;
  public final Pedestrians pedestrians;
  public final EventInjector events;

  public TestWorld(
      GridSpec grid, int vehicles, long seed, PedestrianConfig pedestrianConfig, EventPlan plan) {
    this(grid, TrafficConfig.of(vehicles), seed, pedestrianConfig, plan);
  }

  public TestWorld(
      GridSpec grid,
      TrafficConfig traffic,
      long seed,
      PedestrianConfig pedestrianConfig,
      EventPlan plan) {
    network = GridNetwork.build(grid, ORIGIN);
    simulation = new Simulation(network, traffic, seed, START_EPOCH_MS);
    pedestrians = Pedestrians.attach(simulation, pedestrianConfig);
    events = EventInjector.attach(simulation, pedestrians, plan);
  }

  /** Steps until the simulated time reaches {@code untilS}. */
  public void runUntil(double untilS) {
    while (simulation.timeS() < untilS - 1e-9) {
      simulation.step();
    }
  }
}
