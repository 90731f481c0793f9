package org.openv2x.codec.bsm;

import org.openv2x.codec.common.Check;

/**
 * PathPrediction (VehSafetyExt): the predicted path as a curve radius. Extensible (unknown
 * extension additions are skipped).
 *
 * @param radiusOfCurveDm radiusOfCurve, RadiusOfCurvature, 10 cm, -32767..32767 (32767 = straight
 *     path)
 * @param confidence0p5Pct confidence, Confidence, 0.5 percent, 0..200
 */
public record PathPrediction(int radiusOfCurveDm, int confidence0p5Pct) {
  public static final int RADIUS_MIN = -32767;
  public static final int RADIUS_MAX = 32767;
  public static final int RADIUS_STRAIGHT = 32767;
  public static final int CONFIDENCE_MAX = 200;

  public PathPrediction {
    Check.range(radiusOfCurveDm, RADIUS_MIN, RADIUS_MAX, "radiusOfCurve");
    Check.range(confidence0p5Pct, 0, CONFIDENCE_MAX, "confidence");
  }
}
