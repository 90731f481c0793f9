package org.openv2x.sim.truth;

import org.openv2x.sim.network.Lane;
import org.openv2x.sim.traffic.Traffic;
import org.openv2x.sim.traffic.Vehicle;

/**
 * The queue at a lane's stop line, as the ground truth defines it: walking the vehicles on the lane
 * (not those still inside the intersection before it) from the stop line backwards, a vehicle is
 * queued when it drives slower than {@value #QUEUE_SPEED_MPS} m/s and its front is at most {@value
 * #QUEUE_GAP_M} m behind the stop line (the first) or behind the rear of the queued vehicle ahead
 * (the others); the queue ends at the first vehicle that is not queued. Its length is the distance
 * from the stop line to the rear of the last queued vehicle.
 */
final class Queues {
  static final double QUEUE_SPEED_MPS = 2.0;
  static final double QUEUE_GAP_M = 10.0;

  private Queues() {}

  /**
   * Measures the queue of {@code lane}: returns the number of queued vehicles and writes the queue
   * length in metres (0 without a queue) to {@code lengthM[0]}.
   */
  static int measure(Traffic traffic, Lane lane, double[] lengthM) {
    double boundaryM = lane.lengthM();
    int queued = 0;
    for (Vehicle vehicle : traffic.vehiclesOn(lane)) {
      if (vehicle.connection() != null
          || vehicle.speedMps() >= QUEUE_SPEED_MPS
          || boundaryM - vehicle.positionM() > QUEUE_GAP_M) {
        break;
      }
      boundaryM = vehicle.positionM() - vehicle.lengthM();
      queued++;
    }
    lengthM[0] = queued == 0 ? 0 : lane.lengthM() - boundaryM;
    return queued;
  }
}
