package org.openv2x.codec.common;

import java.util.Optional;

/**
 * PositionConfidenceSet (DefPosition). Not extensible.
 *
 * @param pos horizontal position confidence
 * @param elevation elevation confidence, OPTIONAL
 */
public record PositionConfidenceSet(
    PositionConfidence pos, Optional<ElevationConfidence> elevation) {
  public PositionConfidenceSet {
    Check.notNull(pos, "pos");
    Check.notNull(elevation, "elevation");
  }
}
