package org.openv2x.sim.network;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.openv2x.sim.geo.GeoFrame;
import org.openv2x.sim.signal.SignalPhase;
import org.openv2x.sim.signal.SignalPlan;

/**
 * Builds the road network of a {@link GridSpec}: intersections numbered 1.. row by row from the
 * south-west, boundary nodes from 10001 at the ends of the links that lead in and out, lane ids
 * {@code 10 × leg + lane + 1} (leg 0 north, 1 east, 2 south, 3 west; lane 0 at the median), signal
 * groups 1 north-south through and right, 2 north-south left, 3 east-west through and right, 4
 * east-west left (without left-turn lanes, left turns share groups 1 and 3 and there are two
 * stages). Offsets make a green wave to the north-east at the speed limit.
 */
public final class GridNetwork {
  /** Boundary node ids start here. */
  public static final int FIRST_BOUNDARY_ID = 10001;

  public static final int NORTH_SOUTH_THROUGH = 1;
  public static final int NORTH_SOUTH_LEFT = 2;
  public static final int EAST_WEST_THROUGH = 3;
  public static final int EAST_WEST_LEFT = 4;

  /** Legs (directions from a node), in lane-id order. */
  private static final int[][] LEG_DIRECTIONS = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};

  private static final double CROSSWALK_WIDTH_M = 4;

  private GridNetwork() {}

  public static RoadNetwork build(GridSpec spec, GeoFrame geoFrame) {
    NetworkBuilder builder = new NetworkBuilder(geoFrame);
    int columns = spec.columns();
    int rows = spec.rows();
    double length = spec.linkLengthM();
    int lanesPerDirection = spec.throughLanes() + (spec.leftTurnLane() ? 1 : 0);
    double roadHalfWidthM = lanesPerDirection * spec.laneWidthM();
    double boxHalfM = roadHalfWidthM + CROSSWALK_WIDTH_M + 1;
    double speedMps = spec.speedLimitKph() / 3.6;
    double cycleS = 0;
    List<SignalPhase> phases = new ArrayList<>();
    if (spec.leftTurnLane()) {
      phases.add(phase(NORTH_SOUTH_THROUGH, spec.throughGreenS(), spec));
      phases.add(phase(NORTH_SOUTH_LEFT, spec.leftGreenS(), spec));
      phases.add(phase(EAST_WEST_THROUGH, spec.throughGreenS(), spec));
      phases.add(phase(EAST_WEST_LEFT, spec.leftGreenS(), spec));
    } else {
      phases.add(phase(NORTH_SOUTH_THROUGH, spec.throughGreenS(), spec));
      phases.add(phase(EAST_WEST_THROUGH, spec.throughGreenS(), spec));
    }
    for (SignalPhase phase : phases) {
      cycleS += phase.durationS();
    }

    // Signalised intersections.
    Intersection[][] grid = new Intersection[columns][rows];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        double east = (c - (columns - 1) / 2.0) * length;
        double north = (r - (rows - 1) / 2.0) * length;
        double offsetS = ((c + r) * length / speedMps) % cycleS;
        offsetS = Math.round(offsetS * 10) / 10.0;
        int id = r * columns + c + 1;
        grid[c][r] =
            builder.addIntersection(
                id,
                spec.region(),
                "Grid " + (c + 1) + "-" + (r + 1),
                east,
                north,
                new SignalPlan(phases, offsetS, spec.actuated()));
      }
    }
    // Boundary nodes and links.
    int nextBoundary = FIRST_BOUNDARY_ID;
    Intersection[][][] neighbours = new Intersection[columns][rows][4];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        for (int leg = 0; leg < 4; leg++) {
          int nc = c + LEG_DIRECTIONS[leg][0];
          int nr = r + LEG_DIRECTIONS[leg][1];
          if (nc >= 0 && nc < columns && nr >= 0 && nr < rows) {
            neighbours[c][r][leg] = grid[nc][nr];
          } else {
            Intersection node = grid[c][r];
            neighbours[c][r][leg] =
                builder.addIntersection(
                    nextBoundary++,
                    spec.region(),
                    "Edge of grid " + (c + 1) + "-" + (r + 1) + " " + "NESW".charAt(leg),
                    node.eastM() + LEG_DIRECTIONS[leg][0] * length,
                    node.northM() + LEG_DIRECTIONS[leg][1] * length,
                    null);
          }
        }
      }
    }
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        Intersection node = grid[c][r];
        for (int leg = 0; leg < 4; leg++) {
          Intersection neighbour = neighbours[c][r][leg];
          addLinkWithLanes(
              builder,
              spec,
              node,
              neighbour,
              boxHalfM,
              neighbour.signalised() ? boxHalfM : 0,
              (leg + 2) % 4);
          if (!neighbour.signalised()) {
            addLinkWithLanes(builder, spec, neighbour, node, 0, boxHalfM, leg);
          }
        }
      }
    }
    // Connections and crosswalks.
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        Intersection node = grid[c][r];
        for (int inLeg = 0; inLeg < 4; inLeg++) {
          Link in = linkBetween(neighbours[c][r][inLeg], node);
          // Straight on leaves by the opposite leg; left turns by the leg opposite the right
          // turn's.
          int straightLeg = (inLeg + 2) % 4;
          int rightLeg = rightTurnLeg(inLeg);
          int leftLeg = (rightLeg + 2) % 4;
          boolean northSouth = inLeg == 0 || inLeg == 2;
          int throughGroup = northSouth ? NORTH_SOUTH_THROUGH : EAST_WEST_THROUGH;
          int leftGroup =
              spec.leftTurnLane() ? (northSouth ? NORTH_SOUTH_LEFT : EAST_WEST_LEFT) : throughGroup;
          for (Lane lane : in.lanes()) {
            for (Maneuver maneuver : lane.maneuvers()) {
              int outLeg =
                  maneuver == Maneuver.STRAIGHT
                      ? straightLeg
                      : maneuver == Maneuver.LEFT ? leftLeg : rightLeg;
              int group = maneuver == Maneuver.LEFT ? leftGroup : throughGroup;
              Link out = linkBetween(node, neighbours[c][r][outLeg]);
              for (Lane target : out.lanes()) {
                builder.addConnection(
                    in.id(), lane.laneId(), out.id(), target.laneId(), maneuver, group);
              }
            }
          }
        }
        for (int leg = 0; leg < 4; leg++) {
          double dx = LEG_DIRECTIONS[leg][0];
          double dy = LEG_DIRECTIONS[leg][1];
          double along = boxHalfM - CROSSWALK_WIDTH_M / 2 - 0.5;
          double cx = node.eastM() + dx * along;
          double cy = node.northM() + dy * along;
          double half = roadHalfWidthM + 1;
          // Across the leg: along its right normal (dy, -dx).
          Polyline path =
              Polyline.of(cx - dy * half, cy + dx * half, cx + dy * half, cy - dx * half);
          int group = leg == 0 || leg == 2 ? EAST_WEST_THROUGH : NORTH_SOUTH_THROUGH;
          builder.addCrosswalk(node.id(), group, CROSSWALK_WIDTH_M, path);
        }
      }
    }
    return builder.build();
  }

  /** The leg a vehicle that came in by {@code inLeg} leaves by when it turns right. */
  private static int rightTurnLeg(int inLeg) {
    // Coming in from the north (heading south), a right turn heads west: leg 3.
    // From the east (heading west) → north (0); from the south (heading north) → east (1);
    // from the west (heading east) → south (2).
    return (inLeg + 3) % 4;
  }

  private static SignalPhase phase(int group, double greenS, GridSpec spec) {
    return new SignalPhase(
        new int[] {group},
        greenS,
        spec.yellowS(),
        spec.allRedS(),
        Math.max(5, greenS * 0.4),
        greenS * 2);
  }

  private static Link linkBetween(Intersection from, Intersection to) {
    for (Link link : from.outgoing) {
      if (link.to() == to) {
        return link;
      }
    }
    throw new IllegalStateException("no link " + from.id() + "->" + to.id());
  }

  /**
   * Adds the link {@code from → to} and its lanes; {@code toLeg} is the leg of {@code to} it enters
   * by.
   */
  private static void addLinkWithLanes(
      NetworkBuilder builder,
      GridSpec spec,
      Intersection from,
      Intersection to,
      double fromBoxHalfM,
      double toBoxHalfM,
      int toLeg) {
    String id = from.id() + "->" + to.id();
    Link link = builder.addLink(id, from.id(), to.id(), spec.speedLimitKph() / 3.6);
    double dx = to.eastM() - from.eastM();
    double dy = to.northM() - from.northM();
    double distance = Math.hypot(dx, dy);
    dx /= distance;
    dy /= distance;
    double rightX = dy;
    double rightY = -dx;
    int lanes = spec.throughLanes() + (spec.leftTurnLane() ? 1 : 0);
    for (int k = 0; k < lanes; k++) {
      double offset = (k + 0.5) * spec.laneWidthM();
      double x0 = from.eastM() + dx * fromBoxHalfM + rightX * offset;
      double y0 = from.northM() + dy * fromBoxHalfM + rightY * offset;
      double x1 = to.eastM() - dx * toBoxHalfM + rightX * offset;
      double y1 = to.northM() - dy * toBoxHalfM + rightY * offset;
      Set<Maneuver> maneuvers = EnumSet.noneOf(Maneuver.class);
      if (to.signalised()) {
        boolean last = k == lanes - 1;
        if (spec.leftTurnLane()) {
          maneuvers.add(k == 0 ? Maneuver.LEFT : Maneuver.STRAIGHT);
        } else {
          maneuvers.add(Maneuver.STRAIGHT);
          if (k == 0) {
            maneuvers.add(Maneuver.LEFT);
          }
        }
        if (last && maneuvers.contains(Maneuver.STRAIGHT)) {
          maneuvers.add(Maneuver.RIGHT);
        }
      }
      int laneId = to.signalised() ? 10 * toLeg + k + 1 : k + 1;
      builder.addLane(link.id(), laneId, spec.laneWidthM(), Polyline.of(x0, y0, x1, y1), maneuvers);
    }
  }
}
