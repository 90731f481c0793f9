package org.openv2x.hdmap;

/** One stored version of an intersection's map: its content, version facts and derived geometry. */
public record IntersectionVersion(
    Intersection intersection, VersionInfo info, DerivedGeometry derived) {
  public IntersectionVersion {
    if (intersection == null || info == null || derived == null) {
      throw new IllegalArgumentException("a version needs its content, facts and geometry");
    }
  }

  public IntersectionId id() {
    return intersection.id();
  }
}
