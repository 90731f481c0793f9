package org.openv2x.sim.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A directed road section from one node to the next, with its lanes (index 0 at the median). */
public final class Link {
  private final int index;
  private final String id;
  private final Intersection from;
  private final Intersection to;
  private final double speedLimitMps;
  final List<Lane> lanes = new ArrayList<>();

  Link(int index, String id, Intersection from, Intersection to, double speedLimitMps) {
    this.index = index;
    this.id = id;
    this.from = from;
    this.to = to;
    this.speedLimitMps = speedLimitMps;
  }

  public int index() {
    return index;
  }

  /** The link's id in the scenario, e.g. {@code "3->4"}. */
  public String id() {
    return id;
  }

  /** The upstream node. */
  public Intersection from() {
    return from;
  }

  /** The downstream node, where the link's stop lines are. */
  public Intersection to() {
    return to;
  }

  public double speedLimitMps() {
    return speedLimitMps;
  }

  /** Lanes from the median (index 0) to the kerb. */
  public List<Lane> lanes() {
    return Collections.unmodifiableList(lanes);
  }

  /** Traffic enters the network on this link. */
  public boolean entry() {
    return from.boundary();
  }

  /** Traffic leaves the network at the end of this link. */
  public boolean exit() {
    return to.boundary();
  }

  @Override
  public String toString() {
    return "link " + id;
  }
}
