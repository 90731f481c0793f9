package org.openv2x.sim.sensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.network.Crosswalk;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.signal.LightColor;
import org.openv2x.sim.signal.SignalController;
import org.openv2x.sim.signal.SignalController.GreenAssumption;
import org.openv2x.sim.signal.SignalPhase;
import org.openv2x.sim.traffic.LaneObstacle;
import org.openv2x.sim.traffic.Traffic;

/**
 * People crossing at the crosswalks of signalised intersections. They arrive at random (a Poisson
 * process per crosswalk), wait at either kerb for the walk signal (the crosswalk's signal group
 * green), cross at a constant speed and leave.
 *
 * <p>Someone steps onto the crosswalk only while the walk signal is green and the green left plus
 * the following yellow and all-red give enough time to reach the other side (a conservative
 * assumption for actuated signals: their minimum green), or within the first second of the green.
 *
 * <p>While someone is on a crosswalk, vehicles turning across it yield: each lane that starts at
 * the crosswalk's leg gets a {@link LaneObstacle} at the crosswalk's near edge in that lane's
 * coordinates (see {@link CrosswalkLane}); it is removed once everybody on the crosswalk has passed
 * that lane's width (people still to reach the lane keep it blocked).
 *
 * <p>Deterministic: arrivals, kinds, sides and speeds come from {@code
 * simulation.random("pedestrians")}. Not thread-safe: the simulation thread steps it.
 */
public final class Pedestrians implements Simulation.StepObserver, SensedObjectSource {
  /** Half the depth of a person along the crosswalk, for "has passed the lane". */
  private static final double PERSON_HALF_DEPTH_M = 0.5;

  /** A green this young lets anyone start, however long their crossing takes. */
  private static final double FRESH_GREEN_S = 1.0;

  private final Simulation simulation;
  private final Traffic traffic;
  private final PedestrianConfig config;
  private final SplittableRandom random;
  private final List<Crosswalk> crosswalks = new ArrayList<>();
  private final double[] nextArrivalS;
  private final List<CrosswalkLane> crossings = new ArrayList<>();
  private final List<List<Integer>> crossingsByCrosswalk = new ArrayList<>();
  private final CrosswalkLane[] crossingByLane;
  private final int[] crossingIndexByLane;
  private final LaneObstacle[] obstacles;

  /** Per crosswalk: the people on it now, and how many of its lanes are blocked. */
  private final List<List<Crosser>> onCrosswalk = new ArrayList<>();

  private final int[] blockedLanes;
  private final List<Crosser> crossers = new ArrayList<>();
  private int nextId = 1;
  private long arrived;
  private long crossed;

  public Pedestrians(Simulation simulation, PedestrianConfig config) {
    this.simulation = simulation;
    this.traffic = simulation.traffic();
    this.config = config;
    this.random = simulation.random("pedestrians");
    List<Crosswalk> all = simulation.network().crosswalks();
    this.nextArrivalS = new double[all.size()];
    this.crossingByLane = new CrosswalkLane[simulation.network().lanes().size()];
    this.crossingIndexByLane = new int[crossingByLane.length];
    this.blockedLanes = new int[all.size()];
    for (Crosswalk crosswalk : all) {
      List<Integer> indices = new ArrayList<>();
      for (CrosswalkLane crossing : CrosswalkLane.of(crosswalk)) {
        indices.add(crossings.size());
        if (crossingByLane[crossing.lane().index()] == null) {
          crossingByLane[crossing.lane().index()] = crossing;
          crossingIndexByLane[crossing.lane().index()] = crossings.size();
        }
        crossings.add(crossing);
      }
      crossingsByCrosswalk.add(indices);
      onCrosswalk.add(new ArrayList<>());
      if (crosswalk.intersection().signalised()) {
        crosswalks.add(crosswalk);
      }
      nextArrivalS[crosswalk.index()] = simulation.timeS() + interArrivalS();
    }
    this.obstacles = new LaneObstacle[crossings.size()];
  }

  /** Creates the pedestrians of a simulation and makes the simulation step them. */
  public static Pedestrians attach(Simulation simulation, PedestrianConfig config) {
    Pedestrians pedestrians = new Pedestrians(simulation, config);
    simulation.addObserver(pedestrians);
    return pedestrians;
  }

  public PedestrianConfig config() {
    return config;
  }

  /** Everyone waiting at or crossing a crosswalk now, in the order they arrived. */
  public List<Crosser> crossers() {
    return Collections.unmodifiableList(crossers);
  }

  /** People who arrived so far (on their own or sent by events). */
  public long arrivedCount() {
    return arrived;
  }

  /** People who have crossed and left. */
  public long crossedCount() {
    return crossed;
  }

  /** Where the crosswalk at the start of {@code lane} crosses it, if one does. */
  public Optional<CrosswalkLane> crossingOf(Lane lane) {
    return Optional.ofNullable(crossingByLane[lane.index()]);
  }

  /** The lanes a crosswalk crosses (those starting at its leg). */
  public List<CrosswalkLane> crossingsOf(Crosswalk crosswalk) {
    List<CrosswalkLane> result = new ArrayList<>();
    for (int index : crossingsByCrosswalk.get(crosswalk.index())) {
      result.add(crossings.get(index));
    }
    return result;
  }

  /** Whether vehicles must yield now before {@code crossing}: its obstacle is in place. */
  public boolean blocked(CrosswalkLane crossing) {
    int lane = crossing.lane().index();
    if (crossingByLane[lane] != null && crossingByLane[lane].equals(crossing)) {
      return obstacles[crossingIndexByLane[lane]] != null;
    }
    int index = crossings.indexOf(crossing);
    return index >= 0 && obstacles[index] != null;
  }

  /**
   * Whether someone who needs {@code crossingTimeS} to cross may step onto {@code crosswalk} now.
   */
  public boolean walkAllows(Crosswalk crosswalk, double crossingTimeS) {
    SignalController controller = simulation.controller(crosswalk.intersection());
    if (controller == null) {
      return true;
    }
    int group = crosswalk.signalGroup();
    if (controller.light(group) != LightColor.GREEN) {
      return false;
    }
    if (controller.intervalElapsedS() < FRESH_GREEN_S) {
      return true;
    }
    GreenAssumption assumption =
        controller.plan().actuated() ? GreenAssumption.MINIMUM : GreenAssumption.PLANNED;
    double greenLeftS = controller.timing(group, assumption).endS();
    SignalPhase phase = phaseOf(controller, group);
    return greenLeftS + phase.yellowS() + phase.allRedS() >= crossingTimeS;
  }

  private static SignalPhase phaseOf(SignalController controller, int group) {
    for (SignalPhase phase : controller.plan().phases()) {
      if (phase.controls(group)) {
        return phase;
      }
    }
    throw new IllegalStateException("signal group " + group + " is in no phase");
  }

  /**
   * Someone arrives at {@code crosswalk}, at the kerb of the path's start ({@code forward}) or end;
   * they step onto it at once when the walk signal allows, otherwise they wait for it.
   */
  public Crosser arrive(
      Crosswalk crosswalk, ParticipantKind kind, boolean forward, double speedMps) {
    if (kind == ParticipantKind.MOTOR_VEHICLE) {
      throw new IllegalArgumentException("crossers are pedestrians or cyclists");
    }
    if (!(speedMps > 0)) {
      throw new IllegalArgumentException("crossing speed must be above 0, is " + speedMps);
    }
    double nowS = simulation.timeS();
    Crosser crosser = new Crosser(nextId++, kind, crosswalk, forward, speedMps, nowS);
    crossers.add(crosser);
    arrived++;
    if (walkAllows(crosswalk, crosser.crossingTimeS())) {
      start(crosser, nowS);
      updateObstacles(crosswalk);
    }
    return crosser;
  }

  @Override
  public void afterStep(Simulation sim) {
    double nowS = sim.timeS();
    for (Crosswalk crosswalk : crosswalks) {
      while (nextArrivalS[crosswalk.index()] <= nowS) {
        nextArrivalS[crosswalk.index()] += interArrivalS();
        boolean cyclist = random.nextDouble() < config.cyclistShare();
        double speed =
            cyclist
                ? uniform(config.minCycleSpeedMps(), config.maxCycleSpeedMps())
                : uniform(config.minWalkSpeedMps(), config.maxWalkSpeedMps());
        boolean forward = random.nextBoolean();
        arrive(
            crosswalk,
            cyclist ? ParticipantKind.CYCLIST : ParticipantKind.PEDESTRIAN,
            forward,
            speed);
      }
    }
    int kept = 0;
    for (int i = 0; i < crossers.size(); i++) {
      Crosser crosser = crossers.get(i);
      if (crosser.crossing) {
        double lengthM = crosser.crosswalk().path().lengthM();
        double stepM = crosser.crossingSpeedMps() * Simulation.STEP_S;
        crosser.alongM += crosser.forward() ? stepM : -stepM;
        if (crosser.alongM >= lengthM || crosser.alongM <= 0) {
          crosser.alongM = Math.max(0, Math.min(lengthM, crosser.alongM));
          crosser.crossing = false;
          crosser.finished = true;
          onCrosswalk.get(crosser.crosswalk().index()).remove(crosser);
          crosser.finishedAtS = nowS;
          crossed++;
          continue;
        }
      } else if (walkAllows(crosser.crosswalk(), crosser.crossingTimeS())) {
        start(crosser, nowS);
      }
      crossers.set(kept++, crosser);
    }
    crossers.subList(kept, crossers.size()).clear();
    for (int c = 0; c < crossingsByCrosswalk.size(); c++) {
      if (!onCrosswalk.get(c).isEmpty() || blockedLanes[c] > 0) {
        for (int index : crossingsByCrosswalk.get(c)) {
          updateObstacle(index);
        }
      }
    }
  }

  private void start(Crosser crosser, double nowS) {
    crosser.crossing = true;
    crosser.startedAtS = nowS;
    onCrosswalk.get(crosser.crosswalk().index()).add(crosser);
  }

  private void updateObstacles(Crosswalk crosswalk) {
    for (int index : crossingsByCrosswalk.get(crosswalk.index())) {
      updateObstacle(index);
    }
  }

  private void updateObstacle(int index) {
    CrosswalkLane crossing = crossings.get(index);
    boolean blocked = false;
    for (int i = 0; i < crossers.size() && !blocked; i++) {
      Crosser crosser = crossers.get(i);
      blocked =
          crosser.crossing
              && crosser.crosswalk() == crossing.crosswalk()
              && !passed(crosser, crossing);
    }
    LaneObstacle obstacle = obstacles[index];
    if (blocked && obstacle == null) {
      obstacle =
          new LaneObstacle(
              crossing.lane(),
              "people on crosswalk "
                  + crossing.crosswalk().index()
                  + " of "
                  + crossing.crosswalk().intersection(),
              crossing.startM(),
              0);
      obstacles[index] = obstacle;
      traffic.addObstacle(obstacle);
      blockedLanes[crossing.crosswalk().index()]++;
    } else if (!blocked && obstacle != null) {
      traffic.removeObstacle(obstacle);
      obstacles[index] = null;
      blockedLanes[crossing.crosswalk().index()]--;
    }
  }

  /** Whether the crosser has passed the whole width of the lane (or never will reach it). */
  private static boolean passed(Crosser crosser, CrosswalkLane crossing) {
    double far = crossing.alongCrosswalkM();
    double half = crossing.halfLaneWidthAlongCrosswalkM() + PERSON_HALF_DEPTH_M;
    return crosser.forward() ? crosser.alongM - far > half : far - crosser.alongM > half;
  }

  @Override
  public void collect(List<SensedObject> out) {
    double[] pose = new double[3];
    for (Crosser crosser : crossers) {
      crosser.crosswalk().path().locate(crosser.alongM, pose);
      double heading = crosser.forward() ? pose[2] : (pose[2] + 180) % 360;
      double[] size = crosser.sizeM();
      out.add(
          new SensedObject(
              SensedObject.personTrackKey(crosser.id()),
              crosser.kind(),
              0,
              pose[0],
              pose[1],
              crosser.speedMps(),
              heading,
              0,
              size[0],
              size[1],
              size[2],
              0));
    }
  }

  private double interArrivalS() {
    double mean = config.meanArrivalIntervalS();
    if (Double.isInfinite(mean)) {
      return Double.POSITIVE_INFINITY;
    }
    return -mean * Math.log(1 - random.nextDouble());
  }

  private double uniform(double min, double max) {
    return min + (max - min) * random.nextDouble();
  }
}
