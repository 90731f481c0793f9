package org.openv2x.codec.rsi;

import java.util.List;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.PositionOffsetLlv;

/**
 * ReferencePath (RSI): a path along which an RSI event or sign applies. Not extensible.
 *
 * @param activePath PathPointList, 1..32 points relative to the RSI reference position, listed from
 *     upstream to downstream in the driving direction; a single point means a circular area
 * @param pathRadiusDm pathRadius, Radius, 0.1 m, 0..65535: the largest distance from the path
 *     within which the information applies
 */
public record ReferencePath(List<PositionOffsetLlv> activePath, int pathRadiusDm) {
  public static final int ACTIVE_PATH_MIN = 1;
  public static final int ACTIVE_PATH_MAX = 32;

  /** Largest Radius, 0.1 m. */
  public static final int RADIUS_MAX = 65535;

  public ReferencePath {
    activePath = Check.size(activePath, ACTIVE_PATH_MIN, ACTIVE_PATH_MAX, "activePath");
    Check.range(pathRadiusDm, 0, RADIUS_MAX, "pathRadius");
  }
}
