package org.openv2x.sim.event;

import java.util.ArrayList;
import java.util.List;
import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.signal.LightColor;
import org.openv2x.sim.signal.SignalController;
import org.openv2x.sim.signal.SignalController.GreenAssumption;
import org.openv2x.sim.traffic.Vehicle;

/**
 * The first vehicle of a signalised approach, whose signal will still be red when it arrives,
 * ignores it ({@code Traffic.runNextRed}) and crosses on red. It is chosen only when every other
 * movement into the lane it heads for stays red until well after its crossing, so it does not meet
 * a vehicle of a green movement in that lane (the simulator does not model crossing paths inside
 * the box, so crossing traffic is no collision either). The event runs from the choice until
 * {@value #AFTER_CROSSING_S} s after the crossing; its place is the stop line crossed.
 */
final class RedLightRunnerEvent extends RunningEvent {
  static final double AFTER_CROSSING_S = 5;
  private static final double MIN_SPEED_MPS = 5;
  private static final double MIN_DISTANCE_M = 20;
  private static final double MAX_DISTANCE_M = 150;

  /** Its own red must last this much longer than its arrival. */
  private static final double OWN_RED_MARGIN_S = 3;

  /** Other movements into its target lane must stay red this much longer than its arrival. */
  private static final double OTHER_RED_MARGIN_S = 8;

  /**
   * The event ends without a crossing when the vehicle has not crossed this long after its expected
   * arrival (it waits for room in the lane it heads for, and will still cross on red).
   */
  private static final double GIVE_UP_AFTER_ARRIVAL_S = 300;

  private final Vehicle vehicle;
  private final Lane approach;
  private final double expectedArrivalS;

  private RedLightRunnerEvent(
      int id, double startS, double plannedEndS, Vehicle vehicle, double expectedArrivalS) {
    super(id, EventType.RED_LIGHT_RUNNER, startS, plannedEndS);
    this.vehicle = vehicle;
    this.approach = vehicle.lane();
    this.expectedArrivalS = expectedArrivalS;
  }

  static RedLightRunnerEvent start(EventContext context, int id) {
    List<Vehicle> candidates = new ArrayList<>();
    List<Double> arrivals = new ArrayList<>();
    for (Lane lane : context.network.lanes()) {
      Intersection node = lane.link().to();
      SignalController controller = context.simulation.controller(node);
      if (controller == null) {
        continue;
      }
      Vehicle front = null;
      for (Vehicle vehicle : context.traffic.vehiclesOn(lane)) {
        front = vehicle;
        break;
      }
      if (front == null
          || front.connection() != null
          || !context.free(front)
          || front.speedMps() < MIN_SPEED_MPS) {
        continue;
      }
      double distanceM = front.distanceToStopLineM();
      Connection next = front.nextConnection();
      if (distanceM < MIN_DISTANCE_M
          || distanceM > MAX_DISTANCE_M
          || next == null
          || next.signalGroup() == 0) {
        continue;
      }
      double arrivalS = distanceM / front.speedMps();
      if (redFor(controller, next.signalGroup(), arrivalS + OWN_RED_MARGIN_S)
          && othersRed(context, controller, next, arrivalS + OTHER_RED_MARGIN_S)
          && roomIn(context, next.toLane())) {
        candidates.add(front);
        arrivals.add(arrivalS);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    int pick = context.random.nextInt(candidates.size());
    Vehicle vehicle = candidates.get(pick);
    double nowS = context.nowS();
    double arrivalS = nowS + arrivals.get(pick);
    context.traffic.runNextRed(vehicle);
    RedLightRunnerEvent event =
        new RedLightRunnerEvent(id, nowS, arrivalS + AFTER_CROSSING_S, vehicle, arrivalS);
    event.involve(context, vehicle);
    Lane lane = vehicle.lane();
    double[] stopLine = EventContext.pointOn(lane, lane.lengthM());
    event.place(context, stopLine[0], stopLine[1]);
    event.intersection = lane.link().to();
    event.lane = lane;
    event.radiusM = 50;
    event.description = "vehicle running the red light at the stop line of lane " + lane.key();
    return event;
  }

  private static GreenAssumption assumption(SignalController controller) {
    return controller.plan().actuated() ? GreenAssumption.MINIMUM : GreenAssumption.PLANNED;
  }

  /** Whether the group is red now and its next green starts no sooner than {@code forS}. */
  private static boolean redFor(SignalController controller, int group, double forS) {
    SignalController.Timing timing = controller.timing(group, assumption(controller));
    return timing.light() == LightColor.RED && timing.nextGreenStartS() >= forS;
  }

  private static boolean othersRed(
      EventContext context, SignalController controller, Connection next, double forS) {
    for (Connection other : next.toLane().incomingConnections()) {
      if (other.fromLane() != next.fromLane()
          && other.signalGroup() != next.signalGroup()
          && !redFor(controller, other.signalGroup(), forS)) {
        return false;
      }
    }
    return true;
  }

  /** No vehicle inside the box heading for the lane, and room at its start. */
  private static boolean roomIn(EventContext context, Lane target) {
    for (Vehicle vehicle : context.traffic.vehiclesOn(target)) {
      if (vehicle.connection() != null || vehicle.positionM() - vehicle.lengthM() < 15) {
        return false;
      }
    }
    return true;
  }

  /** Told by the injector when any vehicle crosses a stop line. */
  void stopLineCrossed(Vehicle crossing, Lane from, LightColor light, double nowS) {
    if (crossing == vehicle && from == approach && redLightCrossingS == null) {
      redLightCrossingS = nowS;
      crossingLight = light;
      plannedEndS = nowS + AFTER_CROSSING_S;
    }
  }

  @Override
  boolean step(EventContext context, double nowS) {
    boolean over =
        redLightCrossingS != null
            ? nowS >= plannedEndS - 1e-9
            : vehicle.removed()
                || vehicle.lane() != approach
                || nowS > expectedArrivalS + GIVE_UP_AFTER_ARRIVAL_S;
    if (over) {
      stop(context, nowS);
      return false;
    }
    return true;
  }

  @Override
  void stop(EventContext context, double nowS) {
    context.release(vehicle);
  }

  Vehicle vehicle() {
    return vehicle;
  }
}
