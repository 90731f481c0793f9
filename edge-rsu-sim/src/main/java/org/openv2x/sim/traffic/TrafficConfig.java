package org.openv2x.sim.traffic;

/**
 * How much traffic and of what kind.
 *
 * @param vehicles how many vehicles the network holds: placed at the start, kept by entries at the
 *     edges as others leave
 * @param connectedShare the share of vehicles with an on-board unit (they send BSMs), 0..1
 * @param busShare share of buses
 * @param truckShare share of trucks
 * @param emergencyShare share of emergency vehicles
 * @param straightWeight weight of going straight on at an intersection against {@code turnWeight}
 *     for each turn
 * @param turnWeight weight of each turn
 */
public record TrafficConfig(
    int vehicles,
    double connectedShare,
    double busShare,
    double truckShare,
    double emergencyShare,
    double straightWeight,
    double turnWeight) {
  public TrafficConfig {
    if (vehicles < 0 || vehicles > 1_000_000) {
      throw new IllegalArgumentException("vehicles must be 0..1000000, is " + vehicles);
    }
    share(connectedShare, "connected share");
    share(busShare, "bus share");
    share(truckShare, "truck share");
    share(emergencyShare, "emergency share");
    if (busShare + truckShare + emergencyShare > 1) {
      throw new IllegalArgumentException("bus, truck and emergency shares add up to more than 1");
    }
    if (!(straightWeight >= 0 && turnWeight >= 0 && straightWeight + turnWeight > 0)) {
      throw new IllegalArgumentException("turn weights must be 0 or more and not both 0");
    }
  }

  /** {@code vehicles} with the defaults: 70 % connected, 4 % buses, 7 % trucks, 1 % emergency. */
  public static TrafficConfig of(int vehicles) {
    return new TrafficConfig(vehicles, 0.7, 0.04, 0.07, 0.01, 4, 1);
  }

  public TrafficConfig withConnectedShare(double share) {
    return new TrafficConfig(
        vehicles, share, busShare, truckShare, emergencyShare, straightWeight, turnWeight);
  }

  private static void share(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be 0..1, is " + value);
    }
  }
}
