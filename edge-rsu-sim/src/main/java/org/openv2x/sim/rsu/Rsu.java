package org.openv2x.sim.rsu;

import java.util.Optional;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.common.Position3D;
import org.openv2x.sim.network.Intersection;

/**
 * One roadside unit: at a signalised intersection (it broadcasts that intersection's MAP, SPAT and
 * RSM) or along a link (it forwards BSMs and announces events). Both forward the BSMs of connected
 * vehicles within {@link #rangeM()} and announce the events in range in RSI. Keeps one MsgCount per
 * message type; only the {@link RsuFleet}'s thread touches them.
 */
public final class Rsu {
  /** Octet-id offset of RSUs along links, above the 16-bit NodeID space of intersection RSUs. */
  static final long LINK_RSU_ID_BASE = 0x1_0000L;

  private final int index;
  private final String id;
  private final long idOctets;
  private final int region;
  private final Intersection intersection;
  private final double eastM;
  private final double northM;
  private final double rangeM;
  private final Position3D refPos;
  private final int[] msgCounts = new int[MessageType.values().length];

  Rsu(
      int index,
      String id,
      long idOctets,
      int region,
      Intersection intersection,
      double eastM,
      double northM,
      double rangeM,
      Position3D refPos) {
    this.index = index;
    this.id = id;
    this.idOctets = idOctets;
    this.region = region;
    this.intersection = intersection;
    this.eastM = eastM;
    this.northM = northM;
    this.rangeM = rangeM;
    this.refPos = refPos;
  }

  /** Position in {@link RsuFleet#rsus()}. */
  public int index() {
    return index;
  }

  /**
   * The RSU id the gateway knows it by: {@code rsu-<region>-<node id>} at an intersection, {@code
   * rsu-<region>-link-<n>} along a link.
   */
  public String id() {
    return id;
  }

  /**
   * The 8-octet id of RSI and RSM (big-endian): the region in octets 0..3 and the node id (or 65536
   * + n along a link) in octets 4..7.
   */
  public long idOctets() {
    return idOctets;
  }

  /** RoadRegulatorID of its intersection (or of the network, along a link). */
  public int region() {
    return region;
  }

  /** The signalised intersection it serves; empty along a link. */
  public Optional<Intersection> intersection() {
    return Optional.ofNullable(intersection);
  }

  Intersection intersectionOrNull() {
    return intersection;
  }

  public double eastM() {
    return eastM;
  }

  public double northM() {
    return northM;
  }

  /** Radio range: it hears vehicles and announces events within this distance. */
  public double rangeM() {
    return rangeM;
  }

  /** Its reference position: the intersection's centre, or its own place along a link. */
  public Position3D refPos() {
    return refPos;
  }

  /** Whether a point lies within radio range. */
  public boolean inRange(double pointEastM, double pointNorthM) {
    double dx = pointEastM - eastM;
    double dy = pointNorthM - northM;
    return dx * dx + dy * dy <= rangeM * rangeM;
  }

  /** The MsgCount for its next message of this type (then advances it, wrapping 127 to 0). */
  int nextMsgCnt(MessageType type) {
    int count = msgCounts[type.ordinal()];
    msgCounts[type.ordinal()] = (count + 1) & 127;
    return count;
  }

  void msgCnt(MessageType type, int count) {
    msgCounts[type.ordinal()] = count & 127;
  }

  @Override
  public String toString() {
    return id;
  }
}
