package org.openv2x.hdmap;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The source content of one intersection's map (what a MAP message's Node or an import says): id,
 * name, reference position (the standard's refPos) and its approaches. Two equal values are the
 * same map: an unchanged MAP is recognised by equality (and by {@link MapContent#hash}).
 */
public record Intersection(
    IntersectionId id,
    Optional<String> name,
    GeoPoint refPoint,
    OptionalDouble elevationM,
    List<Approach> approaches) {
  public Intersection {
    if (id == null || refPoint == null) {
      throw new IllegalArgumentException("an intersection needs its id and reference position");
    }
    name = name == null ? Optional.empty() : name;
    elevationM = elevationM == null ? OptionalDouble.empty() : elevationM;
    approaches = approaches == null ? List.of() : List.copyOf(approaches);
  }

  /** This intersection with other approaches. */
  public Intersection withApproaches(List<Approach> newApproaches) {
    return new Intersection(id, name, refPoint, elevationM, newApproaches);
  }
}
