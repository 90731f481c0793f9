package org.openv2x.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.RoadNetwork;
import org.openv2x.sim.signal.LightColor;
import org.openv2x.sim.signal.SignalController;
import org.openv2x.sim.traffic.Traffic;
import org.openv2x.sim.traffic.TrafficConfig;

/**
 * The simulated world: the road network, its signal controllers and its traffic, advanced in steps
 * of {@link #STEP_S} on one thread. Everything random comes from generators split from one seed,
 * and all time from the simulated clock, so a seed and a start time give the same world every run.
 */
public final class Simulation {
  /** The length of a step: 100 ms, the rate of BSMs and SPATs. */
  public static final double STEP_S = 0.1;

  public static final long STEP_MS = 100;

  /** Notified after every step. */
  @FunctionalInterface
  public interface StepObserver {
    void afterStep(Simulation simulation);
  }

  private final RoadNetwork network;
  private final long seed;
  private final long startEpochMs;
  private final SignalController[] controllers;
  private final Traffic traffic;
  private final List<StepObserver> observers = new ArrayList<>();
  private long steps;

  /**
   * @param startEpochMs the simulated clock at the start (UTC, ms); signal cycles count from
   *     midnight UTC of that day, so their state depends only on the time
   */
  public Simulation(
      RoadNetwork network, TrafficConfig trafficConfig, long seed, long startEpochMs) {
    this.network = network;
    this.seed = seed;
    this.startEpochMs = startEpochMs;
    List<Intersection> intersections = network.intersections();
    this.controllers = new SignalController[intersections.size()];
    double secondsOfDay = Math.floorMod(startEpochMs, 86_400_000L) / 1000.0;
    for (Intersection intersection : intersections) {
      intersection
          .signalPlan()
          .ifPresent(
              plan -> controllers[intersection.index()] = new SignalController(plan, secondsOfDay));
    }
    this.traffic = new Traffic(network, trafficConfig, random("traffic"));
    traffic.populate(trafficConfig.vehicles(), 0);
  }

  /**
   * A generator of its own for one part of the world ({@code "traffic"}, {@code "events"}, ...),
   * derived from the seed and the name, so that parts do not disturb each other's draws.
   */
  public SplittableRandom random(String purpose) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + purpose.hashCode());
  }

  public RoadNetwork network() {
    return network;
  }

  public Traffic traffic() {
    return traffic;
  }

  public long seed() {
    return seed;
  }

  /** The controller of a signalised intersection, or null. */
  public SignalController controller(Intersection intersection) {
    return controllers[intersection.index()];
  }

  /** What the signal of a movement shows now (green when unsignalised). */
  public LightColor light(Connection connection) {
    SignalController controller = controllers[connection.intersection().index()];
    return controller == null ? LightColor.GREEN : controller.light(connection.signalGroup());
  }

  public void addObserver(StepObserver observer) {
    observers.add(observer);
  }

  public void removeObserver(StepObserver observer) {
    observers.remove(observer);
  }

  /** Steps taken. */
  public long steps() {
    return steps;
  }

  /** Simulated seconds since the start. */
  public double timeS() {
    return steps * STEP_S;
  }

  /** The simulated clock, UTC epoch milliseconds. */
  public long epochMs() {
    return startEpochMs + steps * STEP_MS;
  }

  public long startEpochMs() {
    return startEpochMs;
  }

  /** Advances the world by one step and tells the observers. */
  public void step() {
    steps++;
    double nowS = timeS();
    for (int i = 0; i < controllers.length; i++) {
      SignalController controller = controllers[i];
      if (controller != null) {
        int index = i;
        controller.step(STEP_S, group -> traffic.waiting(index, group));
      }
    }
    traffic.step(nowS, STEP_S, this::light);
    for (int i = 0; i < observers.size(); i++) {
      observers.get(i).afterStep(this);
    }
  }
}
