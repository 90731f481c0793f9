package org.openv2x.codec.common;

import java.util.OptionalInt;

/**
 * VehicleSize (VehSize). Not extensible.
 *
 * @param widthCm VehicleWidth, cm, 0..1023
 * @param lengthCm VehicleLength, cm, 0..4095
 * @param height5Cm VehicleHeight, 5 cm, 0..127, OPTIONAL
 */
public record VehicleSize(int widthCm, int lengthCm, OptionalInt height5Cm) {
  public VehicleSize {
    Check.range(widthCm, 0, 1023, "width");
    Check.range(lengthCm, 0, 4095, "length");
    Check.range(height5Cm, 0, 127, "height");
  }
}
