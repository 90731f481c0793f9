package org.openv2x.sim.sensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Polyline;
import org.openv2x.sim.traffic.Traffic;
import org.openv2x.sim.traffic.Vehicle;

/**
 * The roadside sensors (camera and radar fusion) of each signalised intersection: within {@code
 * rangeM} of the node they see every vehicle without an on-board unit, and whatever the extra
 * sources add (pedestrians and cyclists, the vehicle of a wrong-way event), with their true state.
 *
 * <p>Each intersection keeps a participant id per object while it stays in range: ids count up from
 * 1 and wrap after 65535, skipping ids still in use; an object that leaves the range and comes back
 * gets a new id. A vehicle's position is the point its pose gives (the front bumper on the lane's
 * centre line), as in its BSMs.
 *
 * <p>Detections are worked out at most once per step and intersection, when first asked for, so it
 * does not matter whether this is asked before or after other observers of the step. Thread-safe
 * between steps: each intersection's state is guarded by its own lock.
 */
public final class RoadsideSensors implements SensorSource {
  /** Default sensor range around the node. */
  public static final double DEFAULT_RANGE_M = 100;

  /** Largest participant id (RSM ptcId is 0..65535; 0 is not used). */
  public static final int MAX_PARTICIPANT_ID = 65535;

  /** Vehicles inside the box of a node belong to the lanes leaving it: reach that far. */
  private static final double BOX_MARGIN_M = 40;

  private final Simulation simulation;
  private final Traffic traffic;
  private final double rangeM;
  private final List<SensedObjectSource> sources;
  private final Site[] sites;
  private final List<SensedObject> extra = new ArrayList<>();
  private long extraStep = -1;

  /**
   * @param sources what else the sensors can see besides the simulated vehicles (e.g. {@link
   *     Pedestrians}, the event injector)
   */
  public RoadsideSensors(Simulation simulation, double rangeM, List<SensedObjectSource> sources) {
    if (!(rangeM > 0)) {
      throw new IllegalArgumentException("sensor range must be above 0 m, is " + rangeM);
    }
    this.simulation = simulation;
    this.traffic = simulation.traffic();
    this.rangeM = rangeM;
    this.sources = List.copyOf(sources);
    List<Intersection> nodes = simulation.network().intersections();
    this.sites = new Site[nodes.size()];
    for (Intersection node : nodes) {
      if (node.signalised()) {
        sites[node.index()] = new Site(node, lanesNear(node));
      }
    }
  }

  public double rangeM() {
    return rangeM;
  }

  /** The lanes whose vehicles can be within range: near the node, or leaving a node nearby. */
  private List<Lane> lanesNear(Intersection node) {
    List<Lane> lanes = new ArrayList<>();
    for (Lane lane : simulation.network().lanes()) {
      Intersection from = lane.link().from();
      double fromDistanceM = Math.hypot(from.eastM() - node.eastM(), from.northM() - node.northM());
      if (fromDistanceM <= rangeM + BOX_MARGIN_M
          || distanceM(lane.centreLine(), node.eastM(), node.northM()) <= rangeM) {
        lanes.add(lane);
      }
    }
    return lanes;
  }

  private static double distanceM(Polyline line, double eastM, double northM) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i + 1 < line.pointCount(); i++) {
      double ax = line.eastM(i);
      double ay = line.northM(i);
      double dx = line.eastM(i + 1) - ax;
      double dy = line.northM(i + 1) - ay;
      double lengthSquared = dx * dx + dy * dy;
      double t = lengthSquared > 0 ? ((eastM - ax) * dx + (northM - ay) * dy) / lengthSquared : 0;
      t = Math.max(0, Math.min(1, t));
      best = Math.min(best, Math.hypot(ax + t * dx - eastM, ay + t * dy - northM));
    }
    return best;
  }

  @Override
  public List<Detection> detections(Intersection intersection) {
    Site site = sites[intersection.index()];
    if (site == null) {
      return List.of();
    }
    synchronized (site) {
      long step = simulation.steps();
      if (site.step != step) {
        site.detections = site.detect();
        site.step = step;
      }
      return site.detections;
    }
  }

  /** The objects of the extra sources this step, collected once for every intersection. */
  private synchronized List<SensedObject> extraObjects() {
    long step = simulation.steps();
    if (extraStep != step) {
      extra.clear();
      for (SensedObjectSource source : sources) {
        source.collect(extra);
      }
      extraStep = step;
    }
    return extra;
  }

  /** The sensors of one intersection and the participants they track. */
  private final class Site {
    private final Intersection node;
    private final List<Lane> lanes;
    private final Map<Long, Integer> ids = new HashMap<>();
    private final Map<Integer, Long> keysById = new HashMap<>();
    private int nextId = 1;
    private long step = -1;
    private List<Detection> detections = List.of();

    Site(Intersection node, List<Lane> lanes) {
      this.node = node;
      this.lanes = lanes;
    }

    private boolean inRange(double eastM, double northM) {
      return Math.hypot(eastM - node.eastM(), northM - node.northM()) <= rangeM;
    }

    List<Detection> detect() {
      List<Detection> seen = new ArrayList<>();
      Map<Long, Integer> kept = new HashMap<>();
      for (Lane lane : lanes) {
        for (Vehicle vehicle : traffic.vehiclesOn(lane)) {
          if (vehicle.connected()
              || vehicle.removed()
              || !inRange(vehicle.centreEastM(), vehicle.centreNorthM())) {
            continue;
          }
          int id = idOf(SensedObject.vehicleTrackKey(vehicle.serial()), kept);
          if (id == 0) {
            continue;
          }
          seen.add(
              new Detection(
                  id,
                  ParticipantKind.MOTOR_VEHICLE,
                  vehicle.temporaryId(),
                  vehicle.centreEastM(),
                  vehicle.centreNorthM(),
                  vehicle.speedMps(),
                  vehicle.headingDeg(),
                  vehicle.accelerationMps2(),
                  vehicle.type().lengthM(),
                  vehicle.type().widthM(),
                  vehicle.type().heightM(),
                  vehicle.type().basicVehicleClass()));
        }
      }
      for (SensedObject object : extraObjects()) {
        if (!inRange(object.eastM(), object.northM())) {
          continue;
        }
        int id = idOf(object.trackKey(), kept);
        if (id == 0) {
          continue;
        }
        seen.add(
            new Detection(
                id,
                object.kind(),
                object.vehicleId(),
                object.eastM(),
                object.northM(),
                object.speedMps(),
                object.headingDeg(),
                object.accelerationMps2(),
                object.lengthM(),
                object.widthM(),
                object.heightM(),
                object.basicVehicleClass()));
      }
      // Forget the objects no longer seen; their ids become free.
      ids.keySet().retainAll(kept.keySet());
      keysById.keySet().retainAll(kept.values());
      seen.sort(Comparator.comparingInt(Detection::participantId));
      return Collections.unmodifiableList(seen);
    }

    /** The id of a tracked object, a new one for a new object; 0 when every id is taken. */
    private int idOf(long key, Map<Long, Integer> kept) {
      Integer id = ids.get(key);
      if (id == null) {
        for (int tries = 0; tries < MAX_PARTICIPANT_ID && id == null; tries++) {
          int candidate = nextId;
          nextId = nextId == MAX_PARTICIPANT_ID ? 1 : nextId + 1;
          Long owner = keysById.get(candidate);
          if (owner == null) {
            id = candidate;
          }
        }
        if (id == null) {
          return 0;
        }
        ids.put(key, id);
        keysById.put(id, key);
      }
      kept.put(key, id);
      return id;
    }
  }
}
