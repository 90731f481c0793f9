package org.openv2x.sim.traffic;

/**
 * The kinds of vehicle that drive the network: their size, BasicVehicleClass code and Intelligent
 * Driver Model parameters (maximum acceleration, comfortable deceleration, time headway, jam gap).
 */
public enum VehicleClass {
  CAR(4.6, 1.8, 1.5, 10, 1.6, 2.0, 1.2, 2.0),
  BUS(12.0, 2.55, 3.2, 50, 1.0, 1.6, 1.6, 2.5),
  TRUCK(9.5, 2.5, 3.6, 25, 0.9, 1.5, 1.7, 2.5),
  EMERGENCY(5.6, 2.0, 2.4, 60, 2.0, 2.5, 1.0, 2.0);

  private final double lengthM;
  private final double widthM;
  private final double heightM;
  private final int basicVehicleClass;
  private final double maxAccelerationMps2;
  private final double comfortableDecelerationMps2;
  private final double timeHeadwayS;
  private final double jamGapM;

  VehicleClass(
      double lengthM,
      double widthM,
      double heightM,
      int basicVehicleClass,
      double maxAccelerationMps2,
      double comfortableDecelerationMps2,
      double timeHeadwayS,
      double jamGapM) {
    this.lengthM = lengthM;
    this.widthM = widthM;
    this.heightM = heightM;
    this.basicVehicleClass = basicVehicleClass;
    this.maxAccelerationMps2 = maxAccelerationMps2;
    this.comfortableDecelerationMps2 = comfortableDecelerationMps2;
    this.timeHeadwayS = timeHeadwayS;
    this.jamGapM = jamGapM;
  }

  public double lengthM() {
    return lengthM;
  }

  public double widthM() {
    return widthM;
  }

  public double heightM() {
    return heightM;
  }

  /** BasicVehicleClass: 10 passenger car, 50 transit, 25 large truck, 60 emergency. */
  public int basicVehicleClass() {
    return basicVehicleClass;
  }

  public double maxAccelerationMps2() {
    return maxAccelerationMps2;
  }

  public double comfortableDecelerationMps2() {
    return comfortableDecelerationMps2;
  }

  public double timeHeadwayS() {
    return timeHeadwayS;
  }

  public double jamGapM() {
    return jamGapM;
  }
}
