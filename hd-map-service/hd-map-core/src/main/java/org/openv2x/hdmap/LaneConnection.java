package org.openv2x.hdmap;

import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Where a lane leads across the intersection (the standard's Connection): to the lane {@code
 * remoteLaneId} of the link from this intersection to {@code remoteIntersection}, allowed for these
 * manoeuvres, controlled by the signal group {@code phaseId} (absent: not signalised or unknown).
 */
public record LaneConnection(
    IntersectionId remoteIntersection,
    OptionalInt remoteLaneId,
    Set<Maneuver> maneuvers,
    OptionalInt phaseId) {
  public LaneConnection {
    if (remoteIntersection == null) {
      throw new IllegalArgumentException("a connection needs its remote intersection");
    }
    remoteLaneId = remoteLaneId == null ? OptionalInt.empty() : remoteLaneId;
    phaseId = phaseId == null ? OptionalInt.empty() : phaseId;
    maneuvers =
        maneuvers == null || maneuvers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(maneuvers));
  }
}
