package org.openv2x.sim.network;

/**
 * A permitted movement through an intersection from the end of one lane to the start of another,
 * controlled by a signal group (phase id; 0 when the intersection has no signals), with the path a
 * vehicle follows through the box.
 */
public final class Connection {
  private final int index;
  private final Intersection intersection;
  private final Lane fromLane;
  private final Lane toLane;
  private final Maneuver maneuver;
  private final int signalGroup;
  private final Polyline path;
  private final double speedLimitMps;

  Connection(
      int index,
      Intersection intersection,
      Lane fromLane,
      Lane toLane,
      Maneuver maneuver,
      int signalGroup,
      Polyline path,
      double speedLimitMps) {
    this.index = index;
    this.intersection = intersection;
    this.fromLane = fromLane;
    this.toLane = toLane;
    this.maneuver = maneuver;
    this.signalGroup = signalGroup;
    this.path = path;
    this.speedLimitMps = speedLimitMps;
  }

  public int index() {
    return index;
  }

  public Intersection intersection() {
    return intersection;
  }

  public Lane fromLane() {
    return fromLane;
  }

  public Lane toLane() {
    return toLane;
  }

  public Maneuver maneuver() {
    return maneuver;
  }

  /** The phase id (signal group) that controls this movement; 0 when unsignalised. */
  public int signalGroup() {
    return signalGroup;
  }

  /**
   * The path through the box, from the stop line of {@code fromLane} to the start of {@code
   * toLane}.
   */
  public Polyline path() {
    return path;
  }

  public double lengthM() {
    return path.lengthM();
  }

  /** The speed a vehicle takes this movement at. */
  public double speedLimitMps() {
    return speedLimitMps;
  }

  @Override
  public String toString() {
    return "connection " + fromLane.key() + " -> " + toLane.key() + " " + maneuver.scenarioName();
  }
}
