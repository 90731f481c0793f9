package org.openv2x.hdmap.derive;

import org.openv2x.hdmap.GeoPoint;

/**
 * A local tangent plane around an origin: east and north in metres from the origin (east = dLon ×
 * cos(lat0) × R, north = dLat × R, R = {@value #EARTH_RADIUS_M} m). A distance of d metres from the
 * origin is off by up to about d² × tan|lat0| / R: under a centimetre within 200 m at 31°, some 0.4
 * m at 2 km. Not defined at the poles. Immutable.
 */
public final class LocalFrame {
  /** The mean Earth radius in metres. */
  public static final double EARTH_RADIUS_M = 6_371_008.8;

  private final GeoPoint origin;
  private final double metresPerDegLat;
  private final double metresPerDegLon;

  /**
   * @throws IllegalArgumentException when {@code origin} is absent or within 0.01° of a pole
   */
  public LocalFrame(GeoPoint origin) {
    if (origin == null) {
      throw new IllegalArgumentException("a local frame needs its origin");
    }
    if (Math.abs(origin.latDeg()) > 89.99) {
      throw new IllegalArgumentException(
          "a local frame's origin must not be at a pole, latitude is " + origin.latDeg());
    }
    this.origin = origin;
    this.metresPerDegLat = Math.toRadians(EARTH_RADIUS_M);
    this.metresPerDegLon = metresPerDegLat * Math.cos(Math.toRadians(origin.latDeg()));
  }

  public GeoPoint origin() {
    return origin;
  }

  /** Metres east of the origin. */
  public double eastM(GeoPoint point) {
    return eastM(point.latDeg(), point.lonDeg());
  }

  /** Metres north of the origin. */
  public double northM(GeoPoint point) {
    return northM(point.latDeg(), point.lonDeg());
  }

  /** Metres east of the origin (across the antimeridian the short way). */
  public double eastM(double latDeg, double lonDeg) {
    return wrapDeg(lonDeg - origin.lonDeg()) * metresPerDegLon;
  }

  /** Metres north of the origin. */
  public double northM(double latDeg, double lonDeg) {
    return (latDeg - origin.latDeg()) * metresPerDegLat;
  }

  /**
   * The position {@code eastM} east and {@code northM} north of the origin.
   *
   * @throws IllegalArgumentException when that is beyond a pole
   */
  public GeoPoint toGeo(double eastM, double northM) {
    return GeoPoint.of(
        origin.latDeg() + northM / metresPerDegLat,
        wrapDeg(origin.lonDeg() + eastM / metresPerDegLon));
  }

  /** The great-circle (haversine) distance in metres. */
  public static double distanceM(GeoPoint a, GeoPoint b) {
    double lat1 = Math.toRadians(a.latDeg());
    double lat2 = Math.toRadians(b.latDeg());
    double sinDLat = Math.sin((lat2 - lat1) / 2);
    double sinDLon = Math.sin(Math.toRadians(b.lonDeg() - a.lonDeg()) / 2);
    double h = sinDLat * sinDLat + Math.cos(lat1) * Math.cos(lat2) * sinDLon * sinDLon;
    return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * The initial great-circle bearing from {@code from} to {@code to}, clockwise from true north, 0
   * ≤ b &lt; 360 degrees (0 when the points are equal).
   */
  public static double bearingDeg(GeoPoint from, GeoPoint to) {
    double lat1 = Math.toRadians(from.latDeg());
    double lat2 = Math.toRadians(to.latDeg());
    double dLon = Math.toRadians(to.lonDeg() - from.lonDeg());
    double y = Math.sin(dLon) * Math.cos(lat2);
    double x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
    double deg = Math.toDegrees(Math.atan2(y, x));
    return deg < 0 ? (deg + 360 >= 360 ? 0 : deg + 360) : deg;
  }

  private static double wrapDeg(double lonDeg) {
    if (lonDeg > 180) {
      return lonDeg - 360;
    }
    if (lonDeg < -180) {
      return lonDeg + 360;
    }
    return lonDeg;
  }
}
