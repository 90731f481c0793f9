package org.openv2x.sim.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.openv2x.sim.signal.SignalPlan;

/**
 * A node of the road network: a signalised intersection (it has a {@link SignalPlan} and an RSU),
 * an unsignalised junction, or a boundary node where links enter or leave the simulated area.
 */
public final class Intersection {
  private final int index;
  private final int id;
  private final int region;
  private final String name;
  private final double eastM;
  private final double northM;
  private final SignalPlan signalPlan;
  final List<Link> incoming = new ArrayList<>();
  final List<Link> outgoing = new ArrayList<>();
  final List<Connection> connections = new ArrayList<>();
  final List<Crosswalk> crosswalks = new ArrayList<>();

  Intersection(
      int index,
      int id,
      int region,
      String name,
      double eastM,
      double northM,
      SignalPlan signalPlan) {
    this.index = index;
    this.id = id;
    this.region = region;
    this.name = name;
    this.eastM = eastM;
    this.northM = northM;
    this.signalPlan = signalPlan;
  }

  /** Position of this node in {@link RoadNetwork#intersections()}. */
  public int index() {
    return index;
  }

  /** NodeID, 0..65535, unique within the region. */
  public int id() {
    return id;
  }

  /** RoadRegulatorID, 0..65535. */
  public int region() {
    return region;
  }

  public String name() {
    return name;
  }

  public double eastM() {
    return eastM;
  }

  public double northM() {
    return northM;
  }

  /** The signal plan of a signalised intersection; empty for junctions and boundary nodes. */
  public Optional<SignalPlan> signalPlan() {
    return Optional.ofNullable(signalPlan);
  }

  public boolean signalised() {
    return signalPlan != null;
  }

  /** A boundary node: traffic enters or leaves the network here; no connections run through it. */
  public boolean boundary() {
    return connections.isEmpty();
  }

  public List<Link> incoming() {
    return Collections.unmodifiableList(incoming);
  }

  public List<Link> outgoing() {
    return Collections.unmodifiableList(outgoing);
  }

  public List<Connection> connections() {
    return Collections.unmodifiableList(connections);
  }

  public List<Crosswalk> crosswalks() {
    return Collections.unmodifiableList(crosswalks);
  }

  /** The signal groups (phase ids) the connections and crosswalks of this intersection use. */
  public int[] signalGroups() {
    return connections.stream()
        .mapToInt(Connection::signalGroup)
        .filter(g -> g > 0)
        .distinct()
        .sorted()
        .toArray();
  }

  @Override
  public String toString() {
    return "intersection " + region + ":" + id;
  }
}
