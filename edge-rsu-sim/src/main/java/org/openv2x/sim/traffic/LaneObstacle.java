package org.openv2x.sim.traffic;

import org.openv2x.sim.network.Lane;

/**
 * Something on a lane that vehicles behind it must not run into: a person on a crosswalk, a car
 * driving the wrong way, a closed stretch. Its position is in the lane's coordinates (negative
 * inside the intersection before the lane); its speed along the lane (negative when it comes
 * towards the traffic). Whoever placed it moves it and removes it.
 */
public final class LaneObstacle {
  private final Lane lane;
  private final String description;
  double positionM;
  double speedMps;

  public LaneObstacle(Lane lane, String description, double positionM, double speedMps) {
    this.lane = lane;
    this.description = description;
    this.positionM = positionM;
    this.speedMps = speedMps;
  }

  public Lane lane() {
    return lane;
  }

  public String description() {
    return description;
  }

  public double positionM() {
    return positionM;
  }

  public double speedMps() {
    return speedMps;
  }

  public void moveTo(double newPositionM, double newSpeedMps) {
    this.positionM = newPositionM;
    this.speedMps = newSpeedMps;
  }

  @Override
  public String toString() {
    return description + " on " + lane + " at " + positionM + " m";
  }
}
