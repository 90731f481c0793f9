package org.openv2x.codec.bsm;

import java.util.Optional;
import org.openv2x.codec.common.Check;

/**
 * VehicleEmergencyExtensions (VehEmgExt): the state of an emergency or service vehicle. All 3
 * members OPTIONAL; extensible (unknown extension additions are skipped).
 *
 * @param responseType the kind of response, OPTIONAL
 * @param sirenUse whether the siren sounds, OPTIONAL
 * @param lightsUse which light bar is active, OPTIONAL
 */
public record VehicleEmergencyExtensions(
    Optional<ResponseType> responseType,
    Optional<SirenInUse> sirenUse,
    Optional<LightbarInUse> lightsUse) {
  public VehicleEmergencyExtensions {
    Check.notNull(responseType, "responseType");
    Check.notNull(sirenUse, "sirenUse");
    Check.notNull(lightsUse, "lightsUse");
  }
}
