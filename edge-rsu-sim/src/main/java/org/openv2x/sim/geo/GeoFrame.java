package org.openv2x.sim.geo;

/**
 * A local east/north plane in metres around a WGS-84 origin, and the conversion between the two.
 *
 * <p>The plane is tangent to the ellipsoid at the origin; distances use the meridian and prime
 * vertical radii of curvature there, which keeps positions within a few centimetres of the exact
 * geodesic over the ten or so kilometres a simulated network spans.
 */
public final class GeoFrame {
  private static final double SEMI_MAJOR_AXIS_M = 6_378_137.0;
  private static final double FLATTENING = 1 / 298.257223563;
  private static final double ECCENTRICITY_SQUARED = FLATTENING * (2 - FLATTENING);

  private final double originLatitudeDeg;
  private final double originLongitudeDeg;
  private final double originElevationM;
  private final double metresPerDegreeLatitude;
  private final double metresPerDegreeLongitude;

  public GeoFrame(double originLatitudeDeg, double originLongitudeDeg, double originElevationM) {
    if (!(originLatitudeDeg >= -85 && originLatitudeDeg <= 85)) {
      throw new IllegalArgumentException(
          "origin latitude must be -85..85 degrees, is " + originLatitudeDeg);
    }
    if (!(originLongitudeDeg >= -180 && originLongitudeDeg <= 180)) {
      throw new IllegalArgumentException(
          "origin longitude must be -180..180 degrees, is " + originLongitudeDeg);
    }
    this.originLatitudeDeg = originLatitudeDeg;
    this.originLongitudeDeg = originLongitudeDeg;
    this.originElevationM = originElevationM;
    double latitudeRad = Math.toRadians(originLatitudeDeg);
    double sin = Math.sin(latitudeRad);
    double w = Math.sqrt(1 - ECCENTRICITY_SQUARED * sin * sin);
    double meridianRadiusM = SEMI_MAJOR_AXIS_M * (1 - ECCENTRICITY_SQUARED) / (w * w * w);
    double primeVerticalRadiusM = SEMI_MAJOR_AXIS_M / w;
    this.metresPerDegreeLatitude = Math.toRadians(meridianRadiusM);
    this.metresPerDegreeLongitude = Math.toRadians(primeVerticalRadiusM * Math.cos(latitudeRad));
  }

  public double originLatitudeDeg() {
    return originLatitudeDeg;
  }

  public double originLongitudeDeg() {
    return originLongitudeDeg;
  }

  public double originElevationM() {
    return originElevationM;
  }

  public double latitudeDeg(double northM) {
    return originLatitudeDeg + northM / metresPerDegreeLatitude;
  }

  public double longitudeDeg(double eastM) {
    return originLongitudeDeg + eastM / metresPerDegreeLongitude;
  }

  public double eastM(double longitudeDeg) {
    return (longitudeDeg - originLongitudeDeg) * metresPerDegreeLongitude;
  }

  public double northM(double latitudeDeg) {
    return (latitudeDeg - originLatitudeDeg) * metresPerDegreeLatitude;
  }

  /** Latitude in the codec's unit, 1e-7 degree. */
  public int latitude1e7(double northM) {
    return (int) Math.round(latitudeDeg(northM) * 1e7);
  }

  /** Longitude in the codec's unit, 1e-7 degree. */
  public int longitude1e7(double eastM) {
    return (int) Math.round(longitudeDeg(eastM) * 1e7);
  }

  @Override
  public String toString() {
    return "GeoFrame[" + originLatitudeDeg + ", " + originLongitudeDeg + "]";
  }
}
