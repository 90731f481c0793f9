package org.openv2x.sim.traffic;

import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.signal.LightColor;

/** Told of what vehicles do, on the simulation thread, during a step. */
public interface TrafficListener {
  /** A vehicle appeared on {@code lane} (at the edge of the network, or placed at the start). */
  default void vehicleEntered(Vehicle vehicle, Lane lane, double nowS) {}

  /** A vehicle crossed the stop line at the end of {@code from} into {@code connection}. */
  default void stopLineCrossed(
      Vehicle vehicle, Lane from, Connection connection, LightColor light, double nowS) {}

  /** A vehicle came out of an intersection onto {@code lane}. */
  default void laneEntered(Vehicle vehicle, Lane lane, double nowS) {}

  /** A vehicle left the network at the end of {@code lane}, or an event removed it. */
  default void vehicleLeft(Vehicle vehicle, Lane lane, double nowS) {}
}
