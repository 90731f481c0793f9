package org.openv2x.sim.event;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Link;
import org.openv2x.sim.network.RoadNetwork;
import org.openv2x.sim.sensor.Pedestrians;
import org.openv2x.sim.traffic.Traffic;
import org.openv2x.sim.traffic.Vehicle;

/** What running events share: the world, the events' random generator, who is busy already. */
final class EventContext {
  final Simulation simulation;
  final Traffic traffic;
  final RoadNetwork network;
  final SplittableRandom random;
  final Pedestrians pedestrians;
  private final List<Intersection> signalised;
  private final Set<Integer> involvedSerials = new HashSet<>();
  private final Set<Link> linksWithZones = new HashSet<>();

  EventContext(Simulation simulation, Pedestrians pedestrians) {
    this.simulation = simulation;
    this.traffic = simulation.traffic();
    this.network = simulation.network();
    this.random = simulation.random("events");
    this.pedestrians = pedestrians;
    this.signalised = network.signalisedIntersections();
  }

  double nowS() {
    return simulation.timeS();
  }

  /** Whether a vehicle may be drawn into an event: in the network and in no event yet. */
  boolean free(Vehicle vehicle) {
    return !vehicle.removed()
        && !vehicle.stalled()
        && !vehicle.ignoresSignals()
        && !vehicle.hardBraking(nowS())
        && !involvedSerials.contains(vehicle.serial());
  }

  void involve(Vehicle vehicle) {
    involvedSerials.add(vehicle.serial());
  }

  void release(Vehicle vehicle) {
    involvedSerials.remove(vehicle.serial());
  }

  boolean hasZone(Link link) {
    return linksWithZones.contains(link);
  }

  void zoneAdded(Link link) {
    linksWithZones.add(link);
  }

  void zoneRemoved(Link link) {
    linksWithZones.remove(link);
  }

  /** The signalised intersection nearest to a point, or null when there is none. */
  Intersection nearestSignalised(double eastM, double northM) {
    Intersection best = null;
    double bestM = Double.POSITIVE_INFINITY;
    for (Intersection node : signalised) {
      double distanceM = Math.hypot(node.eastM() - eastM, node.northM() - northM);
      if (distanceM < bestM) {
        bestM = distanceM;
        best = node;
      }
    }
    return best;
  }

  /** The point {@code positionM} along a lane's centre line: {east, north, heading}. */
  static double[] pointOn(Lane lane, double positionM) {
    double[] pose = new double[3];
    lane.centreLine().locate(positionM, pose);
    return pose;
  }

  <T> T pick(List<T> candidates) {
    return candidates.get(random.nextInt(candidates.size()));
  }

  /** A temporary id for a vehicle an event brings in (never 0). */
  long newVehicleId() {
    long id = 0;
    while (id == 0) {
      id = random.nextLong();
    }
    return id;
  }
}
