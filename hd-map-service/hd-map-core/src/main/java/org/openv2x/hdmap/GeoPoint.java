package org.openv2x.hdmap;

/** A WGS-84 position in degrees: latitude −90..90, longitude −180..180. */
public record GeoPoint(double latDeg, double lonDeg) {
  public GeoPoint {
    if (!(latDeg >= -90 && latDeg <= 90)) {
      throw new IllegalArgumentException("latitude must be -90..90 degrees, is " + latDeg);
    }
    if (!(lonDeg >= -180 && lonDeg <= 180)) {
      throw new IllegalArgumentException("longitude must be -180..180 degrees, is " + lonDeg);
    }
  }

  public static GeoPoint of(double latDeg, double lonDeg) {
    return new GeoPoint(latDeg, lonDeg);
  }
}
