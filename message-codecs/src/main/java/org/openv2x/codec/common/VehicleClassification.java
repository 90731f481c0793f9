package org.openv2x.codec.common;

import java.util.OptionalInt;

/**
 * VehicleClassification (VehClass). Extensible; unknown extension additions are skipped.
 *
 * @param classification BasicVehicleClass, 0..255 (10 passenger car, 20 light truck, 25..35 trucks,
 *     40..48 motorcycles, 50..58 transit, 60..69 emergency, 80..86 other travellers, 90..93
 *     infrastructure)
 * @param fuelType FuelType, 0..15 (0 unknown, 1 gasoline, 2 ethanol, 3 diesel, 4 electric, 5
 *     hybrid, 6 hydrogen, 7 liquid natural gas, 8 compressed natural gas, 9 propane), OPTIONAL
 */
public record VehicleClassification(int classification, OptionalInt fuelType) {
  public VehicleClassification {
    Check.range(classification, 0, 255, "classification");
    Check.range(fuelType, 0, 15, "fuelType");
  }
}
