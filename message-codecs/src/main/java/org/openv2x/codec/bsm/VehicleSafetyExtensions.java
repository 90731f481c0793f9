package org.openv2x.codec.bsm;

import java.util.Optional;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.Check;

/**
 * VehicleSafetyExtensions (VehSafetyExt): events, path history, path prediction and lights. All 4
 * members OPTIONAL; extensible (unknown extension additions are skipped).
 *
 * @param events VehicleEventFlags, BIT STRING (SIZE(13, ...)): 13 bits, or any other size up to
 *     {@value Check#MAX_EXTENDED_BITS} as an extension; test bits with {@link
 *     VehicleEventFlag#isSetIn(BitString)}; OPTIONAL
 * @param pathHistory the recent path, OPTIONAL
 * @param pathPrediction the predicted path, OPTIONAL
 * @param lights ExteriorLights, BIT STRING (SIZE(9, ...)): 9 bits, or any other size up to {@value
 *     Check#MAX_EXTENDED_BITS} as an extension; test bits with {@link
 *     ExteriorLight#isSetIn(BitString)}; OPTIONAL
 */
public record VehicleSafetyExtensions(
    Optional<BitString> events,
    Optional<PathHistory> pathHistory,
    Optional<PathPrediction> pathPrediction,
    Optional<BitString> lights) {
  /** Root size of VehicleEventFlags. */
  public static final int EVENTS_BITS = 13;

  /** Root size of ExteriorLights. */
  public static final int LIGHTS_BITS = 9;

  public VehicleSafetyExtensions {
    checkBits(events, EVENTS_BITS, "events");
    Check.notNull(pathHistory, "pathHistory");
    Check.notNull(pathPrediction, "pathPrediction");
    checkBits(lights, LIGHTS_BITS, "lights");
  }

  private static void checkBits(Optional<BitString> value, int rootBits, String field) {
    Check.notNull(value, field);
    if (value.isPresent()) {
      Check.size(value.get(), rootBits, rootBits, true, field);
    }
  }
}
