package org.openv2x.sim.sensor;

import java.util.ArrayList;
import java.util.List;
import org.openv2x.sim.network.Crosswalk;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Link;
import org.openv2x.sim.network.Polyline;

/**
 * Where a crosswalk crosses a lane that starts at its leg: the crosswalk lies just before the
 * lane's start, so in the lane's coordinates it is a band at small negative positions.
 *
 * @param startM the band's near edge in the lane's coordinates (vehicles heading for the lane come
 *     from further back): where a {@code LaneObstacle} stands while someone is on the crosswalk
 * @param endM the band's far edge in the lane's coordinates
 * @param alongCrosswalkM where the lane's centre line crosses the crosswalk, metres along the
 *     crosswalk's path from its start
 * @param halfLaneWidthAlongCrosswalkM half the lane's width measured along the crosswalk's path
 */
public record CrosswalkLane(
    Crosswalk crosswalk,
    Lane lane,
    double startM,
    double endM,
    double alongCrosswalkM,
    double halfLaneWidthAlongCrosswalkM) {

  /**
   * How far before a lane's start a crosswalk may lie beyond its own width and still belong to the
   * lane's leg (farther back it is the crosswalk of another leg).
   */
  private static final double LEG_MARGIN_M = 5;

  /**
   * The lanes that start at the crosswalk's leg and where it crosses them: each outgoing lane's
   * centre line, extended backwards from its start, against each segment of the crosswalk's path.
   */
  public static List<CrosswalkLane> of(Crosswalk crosswalk) {
    List<CrosswalkLane> result = new ArrayList<>();
    Polyline path = crosswalk.path();
    double maxBehindM = crosswalk.widthM() + LEG_MARGIN_M;
    for (Link link : crosswalk.intersection().outgoing()) {
      for (Lane lane : link.lanes()) {
        Polyline centre = lane.centreLine();
        double sx = centre.eastM(0);
        double sy = centre.northM(0);
        double ux = centre.eastM(1) - sx;
        double uy = centre.northM(1) - sy;
        double norm = Math.hypot(ux, uy);
        ux /= norm;
        uy /= norm;
        double cumulativeM = 0;
        for (int i = 0; i + 1 < path.pointCount(); i++) {
          double ax = path.eastM(i);
          double ay = path.northM(i);
          double dx = path.eastM(i + 1) - ax;
          double dy = path.northM(i + 1) - ay;
          double segmentM = Math.hypot(dx, dy);
          double cross = ux * dy - uy * dx;
          if (segmentM > 0 && Math.abs(cross) > 1e-6 * segmentM) {
            double qx = ax - sx;
            double qy = ay - sy;
            double s = (qx * dy - qy * dx) / cross;
            double t = (qx * uy - qy * ux) / cross;
            if (t >= 0 && t <= 1 && s <= 0 && s >= -maxBehindM) {
              double sin = Math.abs(cross) / segmentM;
              double halfBandM = crosswalk.widthM() / 2 / sin;
              result.add(
                  new CrosswalkLane(
                      crosswalk,
                      lane,
                      s - halfBandM,
                      s + halfBandM,
                      cumulativeM + t * segmentM,
                      lane.widthM() / 2 / sin));
              break;
            }
          }
          cumulativeM += segmentM;
        }
      }
    }
    return result;
  }
}
