package org.openv2x.sim.traffic;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.RoadNetwork;
import org.openv2x.sim.signal.LightColor;

/**
 * The vehicles of the network and how they move: each follows the vehicle ahead with the {@link Idm
 * Intelligent Driver Model}, stops for red and for yellow when it can stop comfortably, enters an
 * intersection only when the lane it heads for has room, slows for turns, and leaves at the edge of
 * the network. New vehicles enter at the edges to keep the configured number.
 *
 * <p>Each lane holds its vehicles front first, including those already crossing the intersection
 * towards it. Not thread-safe: one simulation thread steps it.
 */
public final class Traffic {
  /** What the signals show, for a movement. */
  @FunctionalInterface
  public interface Signals {
    LightColor light(Connection connection);
  }

  /** The hardest braking a driver accepts to stop for a yellow light. */
  static final double YELLOW_STOP_DECELERATION_MPS2 = 3.5;

  /** Where drivers stop, in front of the stop line. */
  static final double STOP_BEFORE_LINE_M = 1.0;

  /** How far ahead of the stop line drivers start slowing for a turn. */
  private static final double TURN_SLOWDOWN_DISTANCE_M = 80;

  /** Detector zone of actuated signals, before the stop line. */
  private static final double DETECTOR_ZONE_M = 40;

  private static final double PATH_HISTORY_INTERVAL_S = 1.0;

  private final RoadNetwork network;
  private final TrafficConfig config;
  private final SplittableRandom random;
  private final RouteBuilder routes;
  private final ArrayDeque<Vehicle>[] laneVehicles;
  private final Vehicle[] lastDeparted;
  private final List<LaneObstacle>[] laneObstacles;
  private final List<SpeedZone>[] speedZones;
  private final List<Lane> entryLanes;
  private final List<Vehicle> vehicles = new ArrayList<>();
  private final List<TrafficListener> listeners = new ArrayList<>();
  private final double[] pose = new double[3];
  private final boolean[][] demand;
  private int nextSerial = 1;
  private long vehiclesEntered;
  private long vehiclesLeft;
  private double lastHistoryS = Double.NEGATIVE_INFINITY;

  @SuppressWarnings("unchecked")
  public Traffic(RoadNetwork network, TrafficConfig config, SplittableRandom random) {
    this.network = network;
    this.config = config;
    this.random = random;
    this.routes = new RouteBuilder(network, config.straightWeight(), config.turnWeight(), 24);
    int lanes = network.lanes().size();
    this.laneVehicles = new ArrayDeque[lanes];
    this.laneObstacles = new List[lanes];
    this.speedZones = new List[lanes];
    for (int i = 0; i < lanes; i++) {
      laneVehicles[i] = new ArrayDeque<>();
      laneObstacles[i] = new ArrayList<>(0);
      speedZones[i] = new ArrayList<>(0);
    }
    this.lastDeparted = new Vehicle[lanes];
    this.entryLanes = network.entryLanes().stream().filter(routes::canExit).toList();
    this.demand = new boolean[network.intersections().size()][256];
  }

  public RoadNetwork network() {
    return network;
  }

  public void addListener(TrafficListener listener) {
    listeners.add(listener);
  }

  /** The vehicles in the network, in the order they entered. */
  public List<Vehicle> vehicles() {
    return Collections.unmodifiableList(vehicles);
  }

  /** The vehicles on or heading for {@code lane}, front first. */
  public Iterable<Vehicle> vehiclesOn(Lane lane) {
    return Collections.unmodifiableCollection(laneVehicles[lane.index()]);
  }

  public int vehicleCount() {
    return vehicles.size();
  }

  public long vehiclesEntered() {
    return vehiclesEntered;
  }

  public long vehiclesLeft() {
    return vehiclesLeft;
  }

  /** Whether a vehicle waits within the detector zone for {@code signalGroup} of a node. */
  public boolean waiting(int intersectionIndex, int signalGroup) {
    return signalGroup > 0 && signalGroup < 256 && demand[intersectionIndex][signalGroup];
  }

  public void addObstacle(LaneObstacle obstacle) {
    laneObstacles[obstacle.lane().index()].add(obstacle);
  }

  public void removeObstacle(LaneObstacle obstacle) {
    laneObstacles[obstacle.lane().index()].remove(obstacle);
  }

  /** Vehicles slow down to the zone's limit before they reach it and keep to it inside. */
  public void addSpeedZone(SpeedZone zone) {
    speedZones[zone.lane().index()].add(zone);
  }

  public void removeSpeedZone(SpeedZone zone) {
    speedZones[zone.lane().index()].remove(zone);
  }

  /**
   * Places up to {@code count} vehicles on random lanes, spaced so that each can stop for the one
   * ahead and for a red light; returns how many fitted.
   */
  public int populate(int count, double nowS) {
    List<Lane> lanes = network.lanes().stream().filter(routes::canExit).toList();
    double[] cumulative = new double[lanes.size()];
    double total = 0;
    for (int i = 0; i < lanes.size(); i++) {
      total += lanes.get(i).lengthM();
      cumulative[i] = total;
    }
    int placed = 0;
    for (int attempt = 0; attempt < count * 10 && placed < count; attempt++) {
      double pick = random.nextDouble() * total;
      int index = java.util.Arrays.binarySearch(cumulative, pick);
      Lane lane = lanes.get(index < 0 ? -index - 1 : index);
      VehicleClass type = drawType();
      double position =
          type.lengthM() + random.nextDouble() * (lane.lengthM() - type.lengthM() - 5);
      double desiredFactor = 0.9 + 0.2 * random.nextDouble();
      double speed = 0.6 * desiredFactor * lane.speedLimitMps();
      double distanceToLine = lane.lengthM() - position - STOP_BEFORE_LINE_M;
      speed = Math.min(speed, Math.sqrt(2 * 1.5 * Math.max(0, distanceToLine)));
      double clearance = type.jamGapM() + speed * type.timeHeadwayS() + 2;
      if (!fits(lane, position, type.lengthM(), clearance)) {
        continue;
      }
      Vehicle vehicle = create(lane, type, desiredFactor, nowS);
      vehicle.positionM = position;
      vehicle.speedMps = speed;
      insertSorted(lane, vehicle);
      placed++;
    }
    for (Vehicle vehicle : vehicles) {
      updatePose(vehicle, 0);
      for (TrafficListener listener : listeners) {
        listener.vehicleEntered(vehicle, vehicle.lane, nowS);
      }
    }
    return placed;
  }

  private boolean fits(Lane lane, double position, double length, double clearance) {
    for (Vehicle other : laneVehicles[lane.index()]) {
      double otherClearance = other.type.jamGapM() + other.speedMps * other.type.timeHeadwayS() + 2;
      if (other.positionM >= position) {
        if (other.positionM - other.lengthM() - position < clearance) {
          return false;
        }
      } else if (position - length - other.positionM < otherClearance) {
        return false;
      }
    }
    return true;
  }

  private void insertSorted(Lane lane, Vehicle vehicle) {
    ArrayDeque<Vehicle> queue = laneVehicles[lane.index()];
    List<Vehicle> list = new ArrayList<>(queue);
    int at = 0;
    while (at < list.size() && list.get(at).positionM > vehicle.positionM) {
      at++;
    }
    list.add(at, vehicle);
    queue.clear();
    queue.addAll(list);
  }

  private VehicleClass drawType() {
    double pick = random.nextDouble();
    if (pick < config.emergencyShare()) {
      return VehicleClass.EMERGENCY;
    }
    pick -= config.emergencyShare();
    if (pick < config.busShare()) {
      return VehicleClass.BUS;
    }
    pick -= config.busShare();
    if (pick < config.truckShare()) {
      return VehicleClass.TRUCK;
    }
    return VehicleClass.CAR;
  }

  private Vehicle create(Lane lane, VehicleClass type, double desiredFactor, double nowS) {
    boolean connected = random.nextDouble() < config.connectedShare();
    long temporaryId = 0;
    while (temporaryId == 0) {
      temporaryId = random.nextLong();
    }
    int fuel =
        switch (type) {
          case CAR -> random.nextDouble() < 0.3 ? 4 : 1;
          case BUS -> random.nextDouble() < 0.5 ? 4 : 3;
          case TRUCK -> 3;
          case EMERGENCY -> 1;
        };
    Vehicle vehicle =
        new Vehicle(
            nextSerial++,
            temporaryId,
            type,
            connected,
            desiredFactor,
            fuel,
            routes.route(lane, random),
            nowS);
    vehicle.lane = lane;
    vehicle.messageCount = random.nextInt(128);
    vehicles.add(vehicle);
    vehiclesEntered++;
    return vehicle;
  }

  /** Advances every vehicle by {@code dtS} seconds; {@code nowS} is the time at the step's end. */
  public void step(double nowS, double dtS, Signals signals) {
    int laneCount = laneVehicles.length;
    for (int l = 0; l < laneCount; l++) {
      ArrayDeque<Vehicle> queue = laneVehicles[l];
      if (queue.isEmpty()) {
        continue;
      }
      Lane lane = network.lanes().get(l);
      Vehicle leader = null;
      for (Vehicle vehicle : queue) {
        vehicle.nextAccelerationMps2 = acceleration(vehicle, leader, lane, nowS, signals);
        leader = vehicle;
      }
    }
    for (int l = 0; l < laneCount; l++) {
      for (Vehicle vehicle : laneVehicles[l]) {
        integrate(vehicle, dtS, nowS);
      }
    }
    for (int l = 0; l < laneCount; l++) {
      ArrayDeque<Vehicle> queue = laneVehicles[l];
      if (queue.isEmpty()) {
        continue;
      }
      Lane lane = network.lanes().get(l);
      while (!queue.isEmpty()) {
        Vehicle front = queue.peekFirst();
        if (front.connection != null || front.positionM < lane.lengthM()) {
          break;
        }
        queue.pollFirst();
        depart(front, lane, nowS, signals);
      }
      for (Vehicle vehicle : queue) {
        if (vehicle.connection != null && vehicle.positionM >= 0) {
          vehicle.connection = null;
          for (TrafficListener listener : listeners) {
            listener.laneEntered(vehicle, lane, nowS);
          }
        }
      }
    }
    spawn(nowS);
    boolean history = nowS - lastHistoryS >= PATH_HISTORY_INTERVAL_S - 1e-9;
    if (history) {
      lastHistoryS = nowS;
    }
    int kept = 0;
    for (int i = 0; i < vehicles.size(); i++) {
      Vehicle vehicle = vehicles.get(i);
      if (vehicle.removed) {
        continue;
      }
      updatePose(vehicle, dtS);
      if (history) {
        recordHistory(vehicle, nowS);
      }
      vehicles.set(kept++, vehicle);
    }
    vehicles.subList(kept, vehicles.size()).clear();
    updateDemand();
  }

  private void depart(Vehicle vehicle, Lane lane, double nowS, Signals signals) {
    Connection next = vehicle.nextConnection();
    if (next == null) {
      vehicle.removed = true;
      vehiclesLeft++;
      for (TrafficListener listener : listeners) {
        listener.vehicleLeft(vehicle, lane, nowS);
      }
      return;
    }
    double overshootM = vehicle.positionM - lane.lengthM();
    if (!fitsBehindLast(next, overshootM, vehicle)) {
      // Another vehicle entered the planned lane in the same moment: take a free lane of the same
      // link if there is one, and plan the rest of the route from there.
      for (Connection alternative : lane.connections()) {
        if (alternative != next
            && alternative.toLane().link() == next.toLane().link()
            && fitsBehindLast(alternative, overshootM, vehicle)) {
          Connection[] rest = routes.route(alternative.toLane(), random);
          Connection[] route = new Connection[rest.length + 1];
          route[0] = alternative;
          System.arraycopy(rest, 0, route, 1, rest.length);
          vehicle.route = route;
          vehicle.routeIndex = 0;
          next = alternative;
          break;
        }
      }
    }
    LightColor light = signals.light(next);
    vehicle.routeIndex++;
    vehicle.connection = next;
    vehicle.goesThroughYellow = false;
    vehicle.ignoresSignals = false;
    vehicle.positionM = overshootM - next.lengthM();
    Lane target = next.toLane();
    vehicle.lane = target;
    ArrayDeque<Vehicle> targetQueue = laneVehicles[target.index()];
    Vehicle last = targetQueue.peekLast();
    if (last == null || last.positionM >= vehicle.positionM) {
      targetQueue.addLast(vehicle);
    } else {
      insertSorted(target, vehicle);
    }
    lastDeparted[lane.index()] = vehicle;
    for (TrafficListener listener : listeners) {
      listener.stopLineCrossed(vehicle, lane, next, light, nowS);
    }
  }

  private boolean fitsBehindLast(Connection connection, double overshootM, Vehicle vehicle) {
    Vehicle last = laneVehicles[connection.toLane().index()].peekLast();
    if (last == null) {
      return true;
    }
    double frontAfterEntering = overshootM - connection.lengthM();
    return last.positionM - last.lengthM() - frontAfterEntering >= 0.5;
  }

  /** Removes a vehicle from the network (a towed vehicle, a cleared accident). */
  public void remove(Vehicle vehicle, double nowS) {
    if (vehicle.removed) {
      return;
    }
    laneVehicles[vehicle.lane.index()].remove(vehicle);
    vehicle.removed = true;
    vehiclesLeft++;
    for (TrafficListener listener : listeners) {
      listener.vehicleLeft(vehicle, vehicle.lane, nowS);
    }
  }

  private void spawn(double nowS) {
    int deficit = config.vehicles() - (vehicles.size() - removedCount());
    if (deficit <= 0 || entryLanes.isEmpty()) {
      return;
    }
    // At most one new vehicle per entry lane and step.
    int attempts = Math.min(deficit, Math.max(1, entryLanes.size() / 4));
    for (int i = 0; i < attempts; i++) {
      Lane lane = entryLanes.get(random.nextInt(entryLanes.size()));
      VehicleClass type = drawType();
      double desiredFactor = 0.9 + 0.2 * random.nextDouble();
      double speed = 0.8 * desiredFactor * lane.speedLimitMps();
      Vehicle last = laneVehicles[lane.index()].peekLast();
      if (last != null) {
        double gap = last.positionM - last.lengthM() - type.lengthM();
        double needed = type.jamGapM() + Math.min(speed, last.speedMps) * type.timeHeadwayS() * 1.5;
        if (gap < needed) {
          continue;
        }
        speed = Math.min(speed, last.speedMps + 1);
      }
      Vehicle vehicle = create(lane, type, desiredFactor, nowS);
      vehicle.positionM = type.lengthM();
      vehicle.speedMps = speed;
      laneVehicles[lane.index()].addLast(vehicle);
      updatePose(vehicle, 0);
      for (TrafficListener listener : listeners) {
        listener.vehicleEntered(vehicle, lane, nowS);
      }
    }
  }

  private int removedCount() {
    int removed = 0;
    for (Vehicle vehicle : vehicles) {
      if (vehicle.removed) {
        removed++;
      }
    }
    return removed;
  }

  private double acceleration(
      Vehicle vehicle, Vehicle leader, Lane lane, double nowS, Signals signals) {
    VehicleClass type = vehicle.type;
    double speed = vehicle.speedMps;
    if (vehicle.stalled) {
      return speed > 0 ? -Math.min(3.0, speed / 0.1) : 0;
    }
    double limit =
        vehicle.connection != null ? vehicle.connection.speedLimitMps() : lane.speedLimitMps();
    double desired = vehicle.desiredSpeedFactor * limit;
    double acceleration = Idm.free(type, speed, desired);
    if (leader != null) {
      double gap = leader.positionM - leader.lengthM() - vehicle.positionM;
      acceleration =
          Math.min(acceleration, Idm.following(type, speed, desired, gap, speed - leader.speedMps));
    } else {
      acceleration = Math.min(acceleration, frontAcceleration(vehicle, lane, desired, signals));
    }
    List<LaneObstacle> obstacles = laneObstacles[lane.index()];
    for (int i = 0; i < obstacles.size(); i++) {
      LaneObstacle obstacle = obstacles.get(i);
      double gap = obstacle.positionM - vehicle.positionM;
      if (gap > -0.5 && gap < 150) {
        acceleration =
            Math.min(
                acceleration, Idm.following(type, speed, desired, gap, speed - obstacle.speedMps));
      }
    }
    List<SpeedZone> zones = speedZones[lane.index()];
    for (int i = 0; i < zones.size(); i++) {
      SpeedZone zone = zones.get(i);
      double zoneSpeed = vehicle.desiredSpeedFactor * zone.speedLimitMps();
      if (vehicle.positionM >= zone.fromM()
          && vehicle.positionM - vehicle.lengthM() <= zone.toM()) {
        acceleration = Math.min(acceleration, Idm.free(type, speed, zoneSpeed));
      } else if (vehicle.positionM < zone.fromM() && speed > zoneSpeed) {
        double distance = zone.fromM() - vehicle.positionM;
        if (distance < TURN_SLOWDOWN_DISTANCE_M) {
          acceleration =
              Math.min(
                  acceleration,
                  (zoneSpeed * zoneSpeed - speed * speed) / (2 * Math.max(distance, 1)));
        }
      }
    }
    if (nowS < vehicle.forcedUntilS) {
      acceleration = Math.min(acceleration, vehicle.forcedAccelerationMps2);
    }
    return acceleration;
  }

  /** What the first vehicle of a lane does: the stop line, the lane it heads for, the turn. */
  private double frontAcceleration(Vehicle vehicle, Lane lane, double desired, Signals signals) {
    Connection next = vehicle.nextConnection();
    if (next == null) {
      return Double.POSITIVE_INFINITY;
    }
    VehicleClass type = vehicle.type;
    double speed = vehicle.speedMps;
    double toLine = lane.lengthM() - vehicle.positionM;
    double acceleration = Double.POSITIVE_INFINITY;
    Vehicle departed = lastDeparted[lane.index()];
    if (departed != null
        && !departed.removed
        && departed.connection != null
        && departed.connection.fromLane() == lane) {
      double along = departed.positionM + departed.connection.lengthM();
      double gap = lane.lengthM() + along - departed.lengthM() - vehicle.positionM;
      acceleration =
          Math.min(
              acceleration, Idm.following(type, speed, desired, gap, speed - departed.speedMps));
    }
    Lane target = next.toLane();
    Vehicle last = laneVehicles[target.index()].peekLast();
    boolean room = true;
    if (last != null) {
      double lastRear = last.positionM - last.lengthM();
      room = lastRear >= -next.lengthM() + type.jamGapM();
      double gap = lane.lengthM() + next.lengthM() + lastRear - vehicle.positionM;
      if (room) {
        acceleration =
            Math.min(acceleration, Idm.following(type, speed, desired, gap, speed - last.speedMps));
      }
    }
    List<LaneObstacle> obstacles = laneObstacles[target.index()];
    for (int i = 0; i < obstacles.size(); i++) {
      LaneObstacle obstacle = obstacles.get(i);
      double gap = lane.lengthM() + next.lengthM() + obstacle.positionM - vehicle.positionM;
      if (gap < 150) {
        acceleration =
            Math.min(
                acceleration, Idm.following(type, speed, desired, gap, speed - obstacle.speedMps));
      }
    }
    if (!room || mustStop(vehicle, next, toLine, signals)) {
      double gap = toLine - STOP_BEFORE_LINE_M + type.jamGapM();
      acceleration = Math.min(acceleration, Idm.following(type, speed, desired, gap, speed));
    }
    double turnSpeed = vehicle.desiredSpeedFactor * next.speedLimitMps();
    if (speed > turnSpeed && toLine < TURN_SLOWDOWN_DISTANCE_M) {
      acceleration =
          Math.min(
              acceleration, (turnSpeed * turnSpeed - speed * speed) / (2 * Math.max(toLine, 1)));
    }
    return acceleration;
  }

  private boolean mustStop(Vehicle vehicle, Connection next, double toLine, Signals signals) {
    if (next.signalGroup() == 0 || vehicle.ignoresSignals) {
      return false;
    }
    LightColor light = signals.light(next);
    if (light == LightColor.GREEN) {
      vehicle.goesThroughYellow = false;
      return false;
    }
    if (vehicle.goesThroughYellow) {
      return false;
    }
    double stoppingDistance = toLine - STOP_BEFORE_LINE_M;
    double speed = vehicle.speedMps;
    double needed =
        stoppingDistance <= 0.05
            ? Double.POSITIVE_INFINITY
            : speed * speed / (2 * stoppingDistance);
    if (light == LightColor.YELLOW) {
      if (needed > YELLOW_STOP_DECELERATION_MPS2 && speed > 0.5) {
        vehicle.goesThroughYellow = true;
        return false;
      }
      return true;
    }
    // Red: a driver who cannot stop any more (the light changed with nobody deciding) goes on.
    if (needed > Idm.MAX_DECELERATION_MPS2 && speed > 0.5 && toLine < 2) {
      vehicle.goesThroughYellow = true;
      return false;
    }
    return true;
  }

  private void integrate(Vehicle vehicle, double dtS, double nowS) {
    double acceleration = vehicle.nextAccelerationMps2;
    double speed = vehicle.speedMps;
    double newSpeed = speed + acceleration * dtS;
    double distance;
    if (newSpeed < 0) {
      distance = acceleration < 0 ? -speed * speed / (2 * acceleration) : 0;
      newSpeed = 0;
    } else {
      distance = speed * dtS + 0.5 * acceleration * dtS * dtS;
    }
    vehicle.positionM += distance;
    vehicle.odometerM += distance;
    vehicle.speedMps = newSpeed;
    vehicle.accelerationMps2 = acceleration;
    if (newSpeed < 0.05) {
      if (Double.isNaN(vehicle.stoppedSinceS)) {
        vehicle.stoppedSinceS = nowS;
      }
    } else {
      vehicle.stoppedSinceS = Double.NaN;
    }
  }

  private void updatePose(Vehicle vehicle, double dtS) {
    if (vehicle.connection != null) {
      vehicle.connection.path().locate(vehicle.positionM + vehicle.connection.lengthM(), pose);
    } else {
      vehicle.lane.centreLine().locate(vehicle.positionM, pose);
    }
    double previousHeading = vehicle.headingDeg;
    vehicle.eastM = pose[0];
    vehicle.northM = pose[1];
    vehicle.headingDeg = pose[2];
    if (dtS > 0) {
      double change = pose[2] - previousHeading;
      if (change > 180) {
        change -= 360;
      } else if (change < -180) {
        change += 360;
      }
      vehicle.yawRateDegPerS = change / dtS;
    }
  }

  private void recordHistory(Vehicle vehicle, double nowS) {
    int slot = vehicle.historyNext;
    vehicle.historyEastM[slot] = vehicle.eastM;
    vehicle.historyNorthM[slot] = vehicle.northM;
    vehicle.historyTimeS[slot] = nowS;
    vehicle.historySpeedMps[slot] = vehicle.speedMps;
    vehicle.historyNext = (slot + 1) % Vehicle.PATH_HISTORY_POINTS;
    vehicle.historyCount = Math.min(vehicle.historyCount + 1, Vehicle.PATH_HISTORY_POINTS);
  }

  private void updateDemand() {
    for (boolean[] row : demand) {
      java.util.Arrays.fill(row, false);
    }
    for (int l = 0; l < laneVehicles.length; l++) {
      ArrayDeque<Vehicle> queue = laneVehicles[l];
      Vehicle front = queue.peekFirst();
      if (front == null) {
        continue;
      }
      Lane lane = network.lanes().get(l);
      if (!lane.link().to().signalised()) {
        continue;
      }
      Iterator<Vehicle> iterator = queue.iterator();
      while (iterator.hasNext()) {
        Vehicle vehicle = iterator.next();
        if (lane.lengthM() - vehicle.positionM > DETECTOR_ZONE_M) {
          break;
        }
        Connection next = vehicle.nextConnection();
        if (next != null && next.signalGroup() > 0 && next.signalGroup() < 256) {
          demand[lane.link().to().index()][next.signalGroup()] = true;
        }
      }
    }
  }

  /**
   * The smallest bumper-to-bumper gap between a vehicle and the one ahead of it on the same lane,
   * over the whole network (negative: they overlap).
   */
  /** The first pair of vehicles that overlap, described, for diagnostics; null when none do. */
  public String describeOverlap() {
    for (ArrayDeque<Vehicle> queue : laneVehicles) {
      Vehicle ahead = null;
      for (Vehicle vehicle : queue) {
        if (ahead != null && ahead.positionM - ahead.lengthM() - vehicle.positionM < 0) {
          return ahead
              + " "
              + ahead.connection
              + " p="
              + ahead.positionM
              + " v="
              + ahead.speedMps
              + " / "
              + vehicle
              + " "
              + vehicle.connection
              + " p="
              + vehicle.positionM
              + " v="
              + vehicle.speedMps
              + " on "
              + vehicle.lane;
        }
        ahead = vehicle;
      }
    }
    return null;
  }

  public double smallestGapM() {
    double smallest = Double.POSITIVE_INFINITY;
    for (ArrayDeque<Vehicle> queue : laneVehicles) {
      Vehicle ahead = null;
      for (Vehicle vehicle : queue) {
        if (ahead != null) {
          smallest = Math.min(smallest, ahead.positionM - ahead.lengthM() - vehicle.positionM);
        }
        ahead = vehicle;
      }
    }
    return smallest;
  }

  // ---- what injected events do to a vehicle ----

  /** Makes {@code vehicle} brake (or accelerate) at most at {@code accelerationMps2} until then. */
  public void force(Vehicle vehicle, double accelerationMps2, double untilS) {
    vehicle.forcedAccelerationMps2 = accelerationMps2;
    vehicle.forcedUntilS = untilS;
  }

  /** The vehicle stops and stays where it is until {@link #restart}. */
  public void stall(Vehicle vehicle) {
    vehicle.stalled = true;
  }

  public void restart(Vehicle vehicle) {
    vehicle.stalled = false;
  }

  /** The vehicle ignores the signal at its next stop line. */
  public void runNextRed(Vehicle vehicle) {
    vehicle.ignoresSignals = true;
  }
}
