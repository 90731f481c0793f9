package org.openv2x.hdmap.derive;

/** A point or vector of a {@link LocalFrame} in metres (east, north). */
record Xy(double eastM, double northM) {
  Xy plus(Xy other) {
    return new Xy(eastM + other.eastM, northM + other.northM);
  }

  Xy minus(Xy other) {
    return new Xy(eastM - other.eastM, northM - other.northM);
  }

  Xy times(double factor) {
    return new Xy(eastM * factor, northM * factor);
  }

  double dot(Xy other) {
    return eastM * other.eastM + northM * other.northM;
  }

  /** The z component of this × other: positive when {@code other} turns left from this. */
  double cross(Xy other) {
    return eastM * other.northM - northM * other.eastM;
  }

  double length() {
    return Math.hypot(eastM, northM);
  }

  double distanceTo(Xy other) {
    return Math.hypot(eastM - other.eastM, northM - other.northM);
  }

  /** This vector scaled to length 1 (the vector must not be zero). */
  Xy unit() {
    return times(1 / length());
  }

  /** This vector turned 90° to the left (counter-clockwise). */
  Xy left() {
    return new Xy(-northM, eastM);
  }
}
