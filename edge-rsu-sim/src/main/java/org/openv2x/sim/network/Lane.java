package org.openv2x.sim.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A lane of a {@link Link}, with its centre line in the direction of travel; the stop line is at
 * the end of the centre line.
 */
public final class Lane {
  private final int index;
  private final Link link;
  private final int laneId;
  private final double widthM;
  private final Polyline centreLine;
  private final Set<Maneuver> maneuvers;
  final List<Connection> connections = new ArrayList<>();
  final List<Connection> incomingConnections = new ArrayList<>();

  Lane(
      int index,
      Link link,
      int laneId,
      double widthM,
      Polyline centreLine,
      Set<Maneuver> maneuvers) {
    this.index = index;
    this.link = link;
    this.laneId = laneId;
    this.widthM = widthM;
    this.centreLine = centreLine;
    this.maneuvers =
        maneuvers.isEmpty()
            ? Collections.emptySet()
            : Collections.unmodifiableSet(EnumSet.copyOf(maneuvers));
  }

  /** Position of this lane in {@link RoadNetwork#lanes()}. */
  public int index() {
    return index;
  }

  public Link link() {
    return link;
  }

  /** LaneID, 1..255, unique among the lanes that lead to {@code link().to()}. */
  public int laneId() {
    return laneId;
  }

  public double widthM() {
    return widthM;
  }

  public Polyline centreLine() {
    return centreLine;
  }

  public double lengthM() {
    return centreLine.lengthM();
  }

  public double speedLimitMps() {
    return link.speedLimitMps();
  }

  /** The movements allowed at the end of the lane. */
  public Set<Maneuver> maneuvers() {
    return maneuvers;
  }

  /** Where a vehicle may go from the end of this lane. */
  public List<Connection> connections() {
    return Collections.unmodifiableList(connections);
  }

  /** The connections that lead into this lane. */
  public List<Connection> incomingConnections() {
    return Collections.unmodifiableList(incomingConnections);
  }

  /** "link id/lane id", e.g. {@code "3->4/2"}. */
  public String key() {
    return link.id() + "/" + laneId;
  }

  @Override
  public String toString() {
    return "lane " + key();
  }
}
