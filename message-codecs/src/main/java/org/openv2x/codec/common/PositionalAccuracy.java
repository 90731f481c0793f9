package org.openv2x.codec.common;

/**
 * PositionalAccuracy (DefPosition): the error ellipse of a position. Not extensible.
 *
 * @param semiMajor0p05M SemiMajorAxisAccuracy, 0.05 m, 0..255 (255 = unavailable)
 * @param semiMinor0p05M SemiMinorAxisAccuracy, 0.05 m, 0..255 (255 = unavailable)
 * @param orientation360Over65535Deg SemiMajorAxisOrientation, 360/65535 degree from north, 0..65535
 *     (65535 = unavailable)
 */
public record PositionalAccuracy(
    int semiMajor0p05M, int semiMinor0p05M, int orientation360Over65535Deg) {
  public PositionalAccuracy {
    Check.range(semiMajor0p05M, 0, 255, "semiMajor");
    Check.range(semiMinor0p05M, 0, 255, "semiMinor");
    Check.range(orientation360Over65535Deg, 0, 65535, "orientation");
  }
}
