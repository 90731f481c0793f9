package org.openv2x.sim.traffic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Maneuver;
import org.openv2x.sim.network.RoadNetwork;

/**
 * Draws routes: from a lane, a random walk over the connections (straight on more likely than a
 * turn) until a link that leaves the network; after {@code maxTurns} movements, the shortest way
 * out.
 */
public final class RouteBuilder {
  private static final int UNREACHABLE = Integer.MAX_VALUE;

  private final int[] movementsToExit;
  private final double straightWeight;
  private final double turnWeight;
  private final int maxMovements;

  public RouteBuilder(
      RoadNetwork network, double straightWeight, double turnWeight, int maxMovements) {
    this.straightWeight = straightWeight;
    this.turnWeight = turnWeight;
    this.maxMovements = maxMovements;
    List<Lane> lanes = network.lanes();
    movementsToExit = new int[lanes.size()];
    Arrays.fill(movementsToExit, UNREACHABLE);
    ArrayDeque<Lane> queue = new ArrayDeque<>();
    for (Lane lane : lanes) {
      if (lane.link().exit()) {
        movementsToExit[lane.index()] = 0;
        queue.add(lane);
      }
    }
    while (!queue.isEmpty()) {
      Lane lane = queue.poll();
      for (Connection incoming : lane.incomingConnections()) {
        Lane from = incoming.fromLane();
        if (movementsToExit[from.index()] == UNREACHABLE) {
          movementsToExit[from.index()] = movementsToExit[lane.index()] + 1;
          queue.add(from);
        }
      }
    }
  }

  /** Whether a vehicle on {@code lane} can leave the network at all. */
  public boolean canExit(Lane lane) {
    return movementsToExit[lane.index()] != UNREACHABLE;
  }

  /** A route from {@code start}: the connections to take, in order. */
  public Connection[] route(Lane start, SplittableRandom random) {
    List<Connection> route = new ArrayList<>();
    Lane lane = start;
    while (!lane.link().exit()) {
      List<Connection> options = lane.connections();
      Connection next = null;
      if (route.size() < maxMovements) {
        double total = 0;
        for (Connection option : options) {
          total += weight(option);
        }
        double pick = random.nextDouble() * total;
        for (Connection option : options) {
          if (weight(option) == 0) {
            continue;
          }
          next = option;
          pick -= weight(option);
          if (pick < 0) {
            break;
          }
        }
      }
      if (next == null) {
        for (Connection option : options) {
          int distance = movementsToExit[option.toLane().index()];
          if (next == null || distance < movementsToExit[next.toLane().index()]) {
            next = option;
          }
        }
      }
      if (next == null) {
        throw new IllegalStateException(lane + " has no way out of the network");
      }
      route.add(next);
      lane = next.toLane();
    }
    return route.toArray(new Connection[0]);
  }

  private double weight(Connection option) {
    if (movementsToExit[option.toLane().index()] == UNREACHABLE) {
      return 0;
    }
    double maneuverWeight = option.maneuver() == Maneuver.STRAIGHT ? straightWeight : turnWeight;
    // Each movement is shared among the lanes it can end in.
    int sameMovement = 0;
    for (Connection sibling : option.fromLane().connections()) {
      if (sibling.maneuver() == option.maneuver()) {
        sameMovement++;
      }
    }
    return maneuverWeight / sameMovement;
  }
}
