package org.openv2x.sim.traffic;

import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.Lane;

/**
 * A vehicle in the network: its kind, route and true state. The simulation thread owns it; other
 * parts read it between steps.
 *
 * <p>Its position is that of its front bumper along its lane, in metres from the lane's start.
 * While it crosses an intersection it already belongs to the lane it is heading for and the
 * position is negative (the distance still to go along the {@link #connection()}).
 */
public final class Vehicle {
  /** Path-history points kept (one a second). */
  public static final int PATH_HISTORY_POINTS = 10;

  final int serial;
  final long temporaryId;
  final VehicleClass type;
  final boolean connected;
  final double desiredSpeedFactor;
  final int fuelType;
  Connection[] route;
  final double enteredAtS;
  int routeIndex;
  Lane lane;
  Connection connection;
  double positionM;
  double speedMps;
  double accelerationMps2;
  double nextAccelerationMps2;
  double eastM;
  double northM;
  double headingDeg;
  double yawRateDegPerS;
  double odometerM;
  boolean goesThroughYellow;
  boolean ignoresSignals;
  boolean stalled;
  double forcedAccelerationMps2;
  double forcedUntilS = Double.NEGATIVE_INFINITY;
  double stoppedSinceS = Double.NaN;
  int messageCount;
  boolean removed;
  final double[] historyEastM = new double[PATH_HISTORY_POINTS];
  final double[] historyNorthM = new double[PATH_HISTORY_POINTS];
  final double[] historyTimeS = new double[PATH_HISTORY_POINTS];
  final double[] historySpeedMps = new double[PATH_HISTORY_POINTS];
  int historyCount;
  int historyNext;

  Vehicle(
      int serial,
      long temporaryId,
      VehicleClass type,
      boolean connected,
      double desiredSpeedFactor,
      int fuelType,
      Connection[] route,
      double enteredAtS) {
    this.serial = serial;
    this.temporaryId = temporaryId;
    this.type = type;
    this.connected = connected;
    this.desiredSpeedFactor = desiredSpeedFactor;
    this.fuelType = fuelType;
    this.route = route;
    this.enteredAtS = enteredAtS;
  }

  /** The order in which vehicles entered the simulation, from 1. */
  public int serial() {
    return serial;
  }

  /** The temporary id its BSMs carry (8 octets, big-endian). */
  public long temporaryId() {
    return temporaryId;
  }

  public VehicleClass type() {
    return type;
  }

  /** Whether it has an on-board unit that sends BSMs; roadside sensors see the others. */
  public boolean connected() {
    return connected;
  }

  /** FuelType code, 0..15. */
  public int fuelType() {
    return fuelType;
  }

  /** The lane it is on or, inside an intersection, heading for. */
  public Lane lane() {
    return lane;
  }

  /** The movement it is taking through an intersection, or null on a lane. */
  public Connection connection() {
    return connection;
  }

  /** The next movement of its route, or null when it leaves the network at the end of its lane. */
  public Connection nextConnection() {
    return routeIndex < route.length ? route[routeIndex] : null;
  }

  /** Front bumper along {@link #lane()}, metres; negative inside an intersection. */
  public double positionM() {
    return positionM;
  }

  /** Metres left to the stop line at the end of its lane. */
  public double distanceToStopLineM() {
    return lane.lengthM() - positionM;
  }

  public double speedMps() {
    return speedMps;
  }

  public double accelerationMps2() {
    return accelerationMps2;
  }

  public double eastM() {
    return eastM;
  }

  public double northM() {
    return northM;
  }

  /** The middle of the vehicle (half its length behind the front), metres east. */
  public double centreEastM() {
    return eastM - Math.sin(Math.toRadians(headingDeg)) * type.lengthM() / 2;
  }

  /** The middle of the vehicle (half its length behind the front), metres north. */
  public double centreNorthM() {
    return northM - Math.cos(Math.toRadians(headingDeg)) * type.lengthM() / 2;
  }

  /** Degrees clockwise from north, 0 ≤ heading < 360. */
  public double headingDeg() {
    return headingDeg;
  }

  public double yawRateDegPerS() {
    return yawRateDegPerS;
  }

  public double odometerM() {
    return odometerM;
  }

  public double lengthM() {
    return type.lengthM();
  }

  public double enteredAtS() {
    return enteredAtS;
  }

  /** Whether it is braking: decelerating by more than 0.3 m/s², or stopped. */
  public boolean braking() {
    return accelerationMps2 < -0.3 || speedMps < 0.05;
  }

  /** Whether an injected event makes it brake hard now. */
  public boolean hardBraking(double nowS) {
    return nowS < forcedUntilS && forcedAccelerationMps2 <= -4;
  }

  public boolean stalled() {
    return stalled;
  }

  public boolean ignoresSignals() {
    return ignoresSignals;
  }

  /** BSM MsgCount of its next message; increments (mod 128) with each BSM it sends. */
  public int nextMessageCount() {
    int count = messageCount;
    messageCount = (messageCount + 1) & 127;
    return count;
  }

  /** Path history: number of points, newest first through {@link #historyEastM(int)} etc. */
  public int historyCount() {
    return historyCount;
  }

  private int historySlot(int age) {
    return Math.floorMod(historyNext - 1 - age, PATH_HISTORY_POINTS);
  }

  public double historyEastM(int age) {
    return historyEastM[historySlot(age)];
  }

  public double historyNorthM(int age) {
    return historyNorthM[historySlot(age)];
  }

  public double historyTimeS(int age) {
    return historyTimeS[historySlot(age)];
  }

  public double historySpeedMps(int age) {
    return historySpeedMps[historySlot(age)];
  }

  /** The movements it will take, in order. */
  public java.util.List<Connection> route() {
    return java.util.List.of(route);
  }

  /** Whether it has left the network (or been removed by an event). */
  public boolean removed() {
    return removed;
  }

  /** Seconds since it stopped, or NaN while it moves. */
  public double stoppedSinceS() {
    return stoppedSinceS;
  }

  @Override
  public String toString() {
    return "vehicle " + serial + " (" + Long.toHexString(temporaryId) + ")";
  }
}
