package org.openv2x.hdmap.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.LaneType;
import org.openv2x.hdmap.Maneuver;

/**
 * A 4-leg intersection near People's Square, Shanghai (31.2304 N, 121.4737 E), built in a local
 * frame: legs north (node 1:102), east (1:103), south (1:104) and west (1:105); per leg an ingress
 * approach with lane 1 (inner: LEFT and STRAIGHT) and lane 2 (outer: STRAIGHT and RIGHT), each 3.5
 * m wide and 100 m long, stop lines 15 m from the centre, and an egress approach with lanes 1 and 2
 * from 15 m to 115 m. Right-hand traffic.
 */
public final class FourLegs {
  public static final GeoPoint CENTRE = GeoPoint.of(31.2304, 121.4737);
  public static final IntersectionId ID = IntersectionId.of(1, 101);
  public static final LocalFrame FRAME = new LocalFrame(CENTRE);
  public static final double WIDTH_M = 3.5;
  public static final double STOP_M = 15;
  public static final double LENGTH_M = 100;

  /** The legs: outward direction (east, north) and the node at its far end. */
  public enum Leg {
    NORTH(0, 1, 102),
    EAST(1, 0, 103),
    SOUTH(0, -1, 104),
    WEST(-1, 0, 105);

    final double outEast;
    final double outNorth;
    public final IntersectionId node;

    Leg(double outEast, double outNorth, int node) {
      this.outEast = outEast;
      this.outNorth = outNorth;
      this.node = IntersectionId.of(1, node);
    }

    /** The leg a vehicle entering from this leg reaches turning left, right or going straight. */
    public Leg left() {
      return byOut(outNorth, -outEast);
    }

    public Leg right() {
      return byOut(-outNorth, outEast);
    }

    public Leg opposite() {
      return byOut(-outEast, -outNorth);
    }

    private static Leg byOut(double east, double north) {
      for (Leg leg : values()) {
        if (leg.outEast == east && leg.outNorth == north) {
          return leg;
        }
      }
      throw new IllegalStateException();
    }

    /**
     * A point {@code alongM} out from the centre on this leg, {@code rightM} to the right of the
     * outward direction.
     */
    public GeoPoint at(double alongM, double rightM) {
      return FRAME.toGeo(
          outEast * alongM + outNorth * rightM, outNorth * alongM - outEast * rightM);
    }

    /** The centre line of ingress lane {@code laneId} (1 or 2), from 115 m in to the stop line. */
    public List<GeoPoint> ingressLine(int laneId) {
      double leftOfOutM = (laneId - 0.5) * WIDTH_M;
      return List.of(at(STOP_M + LENGTH_M, -leftOfOutM), at(STOP_M, -leftOfOutM));
    }

    /** The centre line of egress lane {@code laneId} (1 or 2), from the box out to 115 m. */
    public List<GeoPoint> egressLine(int laneId) {
      double rightM = (laneId - 0.5) * WIDTH_M;
      return List.of(at(STOP_M, rightM), at(STOP_M + LENGTH_M, rightM));
    }
  }

  private FourLegs() {}

  public static Intersection intersection() {
    List<Approach> approaches = new ArrayList<>();
    for (Leg leg : Leg.values()) {
      approaches.add(ingress(leg, true));
      approaches.add(egress(leg));
    }
    return intersection(approaches);
  }

  public static Intersection intersection(List<Approach> approaches) {
    return new Intersection(
        ID, Optional.of("People's Square"), CENTRE, OptionalDouble.of(4), approaches);
  }

  /**
   * The ingress approach of {@code leg}; its connections name their lanes when {@code withLaneIds}.
   */
  public static Approach ingress(Leg leg, boolean withLaneIds) {
    int phase = leg.ordinal() % 2 == 0 ? 2 : 4;
    Lane inner =
        lane(
            1,
            leg.ingressLine(1),
            Set.of(Maneuver.LEFT, Maneuver.STRAIGHT),
            List.of(
                connection(leg.left().node, withLaneIds ? 1 : -1, Maneuver.LEFT, phase - 1),
                connection(leg.opposite().node, withLaneIds ? 1 : -1, Maneuver.STRAIGHT, phase)));
    Lane outer =
        lane(
            2,
            leg.ingressLine(2),
            Set.of(Maneuver.STRAIGHT, Maneuver.RIGHT),
            List.of(
                connection(leg.opposite().node, withLaneIds ? 2 : -1, Maneuver.STRAIGHT, phase),
                connection(leg.right().node, withLaneIds ? 2 : -1, Maneuver.RIGHT, -1)));
    return new Approach(
        ApproachKind.INGRESS,
        leg.node,
        Optional.empty(),
        List.of(),
        OptionalDouble.empty(),
        List.of(inner, outer));
  }

  public static Approach egress(Leg leg) {
    return new Approach(
        ApproachKind.EGRESS,
        leg.node,
        Optional.empty(),
        List.of(),
        OptionalDouble.empty(),
        List.of(
            lane(1, leg.egressLine(1), Set.of(), List.of()),
            lane(2, leg.egressLine(2), Set.of(), List.of())));
  }

  public static Lane lane(
      int laneId, List<GeoPoint> centreLine, Set<Maneuver> maneuvers, List<LaneConnection> to) {
    return new Lane(
        laneId, LaneType.VEHICLE, OptionalDouble.of(WIDTH_M), maneuvers, to, List.of(), centreLine);
  }

  /** A connection; {@code laneId} or {@code phaseId} below 0: absent. */
  public static LaneConnection connection(
      IntersectionId remote, int laneId, Maneuver maneuver, int phaseId) {
    return new LaneConnection(
        remote,
        laneId < 0 ? OptionalInt.empty() : OptionalInt.of(laneId),
        Set.of(maneuver),
        phaseId < 0 ? OptionalInt.empty() : OptionalInt.of(phaseId));
  }
}
