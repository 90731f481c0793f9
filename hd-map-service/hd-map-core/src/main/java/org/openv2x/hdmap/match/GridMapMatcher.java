package org.openv2x.hdmap.match;

import static org.openv2x.hdmap.match.LaneSegments.AX;
import static org.openv2x.hdmap.match.LaneSegments.AY;
import static org.openv2x.hdmap.match.LaneSegments.HEADING;
import static org.openv2x.hdmap.match.LaneSegments.INV_HALF_WIDTH_SQ;
import static org.openv2x.hdmap.match.LaneSegments.LENGTH;
import static org.openv2x.hdmap.match.LaneSegments.MAX_LATERAL_SQ;
import static org.openv2x.hdmap.match.LaneSegments.NORTH_M_PER_DEG;
import static org.openv2x.hdmap.match.LaneSegments.STRIDE;
import static org.openv2x.hdmap.match.LaneSegments.UX;
import static org.openv2x.hdmap.match.LaneSegments.UY;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The {@link MapMatcher} of {@link MapMatchers#of}: the candidates' segments in a {@link CellTable}
 * of {@link #CELL_SIZE_M} cells; a query takes the one cell holding the position and scores its
 * segments in the local metres of their intersections. Nothing is allocated but the result.
 */
final class GridMapMatcher implements MapMatcher {
  /**
   * Edge of a grid cell, metres (east-west at the middle latitude of the map). Measured on the
   * benchmark's 10 × 10 grid: 10 m cells match about 15 % faster than 15..25 m ones (fewer segments
   * per query inside the boxes, where connection paths crowd) for ~5 KB more per intersection.
   */
  static final double CELL_SIZE_M = 10;

  private static final double WRONG_WAY_PENALTY = 1;
  private static final double SEPARATION_EPSILON = 0.05;

  private final LaneSegments lanes;
  private final CellTable cells;
  private final float[] geometry;
  private final int[] segmentFrame;
  private final int[] segmentCandidate;
  private final int[] candidateGroup;
  private final double[] originLatDeg;
  private final double[] originLonDeg;
  private final double[] eastMPerDeg;

  GridMapMatcher(LaneSegments lanes) {
    this(lanes, CELL_SIZE_M);
  }

  GridMapMatcher(LaneSegments lanes, double cellSizeM) {
    this.lanes = lanes;
    this.cells = new CellGrid(lanes, cellSizeM).table();
    this.geometry = lanes.geometry;
    this.segmentFrame = lanes.frame;
    this.segmentCandidate = lanes.candidate;
    this.candidateGroup = lanes.group;
    this.originLatDeg = lanes.originLatDeg;
    this.originLonDeg = lanes.originLonDeg;
    this.eastMPerDeg = lanes.eastMPerDeg;
  }

  @Override
  public Optional<MatchResult> match(
      double latDeg, double lonDeg, double headingDeg, double speedMps) {
    check(latDeg, lonDeg, headingDeg, speedMps);
    int cell = cells.cell(latDeg, lonDeg);
    if (cell < 0) {
      return Optional.empty();
    }
    boolean useHeading =
        !Double.isNaN(headingDeg) && !(speedMps < MapMatchers.HEADING_MIN_SPEED_MPS);
    float[] g = geometry;
    int[] segments = cells.segments();
    int lastFrame = -1;
    double px = 0;
    double py = 0;
    double bestScore = Double.POSITIVE_INFINITY;
    double secondScore = Double.POSITIVE_INFINITY;
    int bestGroup = -1;
    int bestSegment = -1;
    double bestAlongM = 0;
    double bestCross = 0;
    double bestDistanceSq = 0;
    boolean bestWrongWay = false;
    for (int k = cells.start(cell), end = cells.end(cell); k < end; k++) {
      int s = segments[k];
      int frame = segmentFrame[s];
      if (frame != lastFrame) {
        px = (lonDeg - originLonDeg[frame]) * eastMPerDeg[frame];
        py = (latDeg - originLatDeg[frame]) * NORTH_M_PER_DEG;
        lastFrame = frame;
      }
      int o = s * STRIDE;
      double rx = px - g[o + AX];
      double ry = py - g[o + AY];
      double ux = g[o + UX];
      double uy = g[o + UY];
      double t = rx * ux + ry * uy;
      if (t < 0) {
        t = 0;
      } else if (t > g[o + LENGTH]) {
        t = g[o + LENGTH];
      }
      double ex = rx - t * ux;
      double ey = ry - t * uy;
      double distanceSq = ex * ex + ey * ey;
      if (distanceSq > g[o + MAX_LATERAL_SQ]) {
        continue;
      }
      double score = distanceSq * g[o + INV_HALF_WIDTH_SQ];
      boolean wrongWay = false;
      if (useHeading) {
        double difference = headingDifference(headingDeg, g[o + HEADING]);
        if (difference <= MapMatchers.SAME_WAY_MAX_DEG) {
          double h = difference / MapMatchers.SAME_WAY_MAX_DEG;
          score += h * h;
        } else if (difference >= MapMatchers.WRONG_WAY_MIN_DEG) {
          double h = (180 - difference) / MapMatchers.SAME_WAY_MAX_DEG;
          score += h * h + WRONG_WAY_PENALTY;
          wrongWay = true;
        } else {
          continue;
        }
      }
      int group = candidateGroup[segmentCandidate[s]];
      if (score < bestScore) {
        if (group != bestGroup) {
          secondScore = bestScore;
        }
        bestScore = score;
        bestGroup = group;
        bestSegment = s;
        bestAlongM = t;
        bestCross = ux * ry - uy * rx;
        bestDistanceSq = distanceSq;
        bestWrongWay = wrongWay;
      } else if (group != bestGroup && score < secondScore) {
        secondScore = score;
      }
    }
    if (bestSegment < 0) {
      return Optional.empty();
    }
    return Optional.of(
        result(
            bestSegment,
            bestAlongM,
            Math.copySign(Math.sqrt(bestDistanceSq), bestCross),
            headingDeg,
            bestWrongWay,
            bestScore,
            secondScore));
  }

  private MatchResult result(
      int segment,
      double alongSegmentM,
      double lateralOffsetM,
      double headingDeg,
      boolean wrongWay,
      double score,
      double secondScore) {
    int c = segmentCandidate[segment];
    double fit = 1 / (1 + score - (wrongWay ? WRONG_WAY_PENALTY : 0));
    double separation =
        secondScore == Double.POSITIVE_INFINITY
            ? 1
            : (secondScore + SEPARATION_EPSILON) / (score + secondScore + 2 * SEPARATION_EPSILON);
    OptionalDouble toStopLine =
        lanes.ingress[c]
            ? OptionalDouble.of(
                Math.max(0, lanes.lengthM[c] - lanes.alongStartM[segment] - alongSegmentM))
            : OptionalDouble.empty();
    double headingDifferenceDeg =
        Double.isNaN(headingDeg)
            ? Double.NaN
            : headingDifference(headingDeg, geometry[segment * STRIDE + HEADING]);
    return new MatchResult(
        lanes.intersection[c],
        lanes.approachId[c],
        lanes.laneKey[c],
        lanes.connectionKey.get(c),
        toStopLine,
        lateralOffsetM,
        headingDifferenceDeg,
        wrongWay,
        Math.min(1, fit * separation));
  }

  /** 0..180 between two headings in 0..360 degrees. */
  private static double headingDifference(double aDeg, double bDeg) {
    double difference = Math.abs(aDeg - bDeg);
    return difference > 180 ? 360 - difference : difference;
  }

  private static void check(double latDeg, double lonDeg, double headingDeg, double speedMps) {
    if (!(latDeg >= -90 && latDeg <= 90)) {
      throw new IllegalArgumentException("latDeg must be -90..90, is " + latDeg);
    }
    if (!(lonDeg >= -180 && lonDeg <= 180)) {
      throw new IllegalArgumentException("lonDeg must be -180..180, is " + lonDeg);
    }
    if (!(headingDeg >= 0 && headingDeg <= 360) && !Double.isNaN(headingDeg)) {
      throw new IllegalArgumentException("headingDeg must be 0..360 or NaN, is " + headingDeg);
    }
    if (!(speedMps >= 0 && speedMps < Double.POSITIVE_INFINITY) && !Double.isNaN(speedMps)) {
      throw new IllegalArgumentException("speedMps must be 0 or more, or NaN, is " + speedMps);
    }
  }

  @Override
  public String toString() {
    return "GridMapMatcher["
        + lanes.originLatDeg.length
        + " intersections, "
        + lanes.laneKey.length
        + " lanes and connections, "
        + lanes.segmentCount()
        + " segments in "
        + cells.cellCount()
        + " cells]";
  }
}
