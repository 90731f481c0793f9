package org.openv2x.sim.network;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openv2x.sim.geo.GeoFrame;

/** The road network: nodes, links, lanes, connections and crosswalks, all immutable once built. */
public final class RoadNetwork {
  private final GeoFrame geoFrame;
  private final List<Intersection> intersections;
  private final List<Link> links;
  private final List<Lane> lanes;
  private final List<Connection> connections;
  private final List<Crosswalk> crosswalks;
  private final Map<Integer, Intersection> intersectionsById;
  private final Map<String, Link> linksById;

  RoadNetwork(
      GeoFrame geoFrame,
      List<Intersection> intersections,
      List<Link> links,
      List<Lane> lanes,
      List<Connection> connections,
      List<Crosswalk> crosswalks,
      Map<Integer, Intersection> intersectionsById,
      Map<String, Link> linksById) {
    this.geoFrame = geoFrame;
    this.intersections = List.copyOf(intersections);
    this.links = List.copyOf(links);
    this.lanes = List.copyOf(lanes);
    this.connections = List.copyOf(connections);
    this.crosswalks = List.copyOf(crosswalks);
    this.intersectionsById = Map.copyOf(intersectionsById);
    this.linksById = Map.copyOf(linksById);
  }

  public GeoFrame geoFrame() {
    return geoFrame;
  }

  /** Every node, signalised or not, in the order they were defined. */
  public List<Intersection> intersections() {
    return intersections;
  }

  /** The signalised intersections (each has an RSU). */
  public List<Intersection> signalisedIntersections() {
    return intersections.stream().filter(Intersection::signalised).toList();
  }

  public List<Link> links() {
    return links;
  }

  public List<Lane> lanes() {
    return lanes;
  }

  public List<Connection> connections() {
    return connections;
  }

  public List<Crosswalk> crosswalks() {
    return crosswalks;
  }

  /** Lanes where vehicles enter the network. */
  public List<Lane> entryLanes() {
    return lanes.stream().filter(lane -> lane.link().entry()).toList();
  }

  public Optional<Intersection> intersection(int id) {
    return Optional.ofNullable(intersectionsById.get(id));
  }

  public Optional<Link> link(String id) {
    return Optional.ofNullable(linksById.get(id));
  }

  /** The total length of all lanes. */
  public double laneLengthM() {
    double total = 0;
    for (Lane lane : lanes) {
      total += lane.lengthM();
    }
    return total;
  }

  public Map<Integer, Intersection> intersectionsById() {
    return Collections.unmodifiableMap(intersectionsById);
  }
}
