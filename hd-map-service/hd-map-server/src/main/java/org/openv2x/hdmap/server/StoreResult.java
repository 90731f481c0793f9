package org.openv2x.hdmap.server;

import java.util.List;
import org.openv2x.hdmap.IntersectionId;

/**
 * What a {@link MapService#store} did with each intersection.
 *
 * @param stored the intersections that got a new version (with that version)
 * @param unchanged the intersections whose content equalled their current version
 */
public record StoreResult(List<Stored> stored, List<IntersectionId> unchanged) {
  public StoreResult {
    stored = List.copyOf(stored);
    unchanged = List.copyOf(unchanged);
  }

  /** An intersection and the version it got. */
  public record Stored(IntersectionId id, int version) {}
}
