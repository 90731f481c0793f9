package org.openv2x.codec.bsm;

import java.util.Optional;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.Check;

/**
 * VehicleSafetyExtensions (VehSafetyExt): events, path history, path prediction and lights. All 4
 * members OPTIONAL; extensible (unknown extension additions are skipped).
 *
 * @param events VehicleEventFlags, BIT STRING (SIZE(13, ...)): 13 bits, or any other size up to
 *     {@value #MAX_EXTENDED_BITS} as an extension; test bits with {@link
 *     VehicleEventFlag#isSet(BitString)}; OPTIONAL
 * @param pathHistory the recent path, OPTIONAL
 * @param pathPrediction the predicted path, OPTIONAL
 * @param lights ExteriorLights, BIT STRING (SIZE(9, ...)): 9 bits, or any other size up to {@value
 *     #MAX_EXTENDED_BITS} as an extension; test bits with {@link ExteriorLight#isSet(BitString)};
 *     OPTIONAL
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

  /**
   * Largest size of an extended bit string: its length is then an unconstrained length determinant,
   * which this codec writes without fragmentation (X.691 11.9.3.7: below 16K).
   */
  public static final int MAX_EXTENDED_BITS = 16383;

  public VehicleSafetyExtensions {
    checkBits(events, "events");
    Check.notNull(pathHistory, "pathHistory");
    Check.notNull(pathPrediction, "pathPrediction");
    checkBits(lights, "lights");
  }

  private static void checkBits(Optional<BitString> value, String field) {
    Check.notNull(value, field);
    if (value.isPresent()) {
      Check.size(value.get(), 0, MAX_EXTENDED_BITS, false, field);
    }
  }
}
