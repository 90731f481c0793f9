package org.openv2x.hdmap;

import java.util.Collection;

/** A latitude/longitude box in degrees (not across the antimeridian). */
public record BoundingBox(double minLatDeg, double minLonDeg, double maxLatDeg, double maxLonDeg) {
  public BoundingBox {
    if (!(minLatDeg >= -90 && maxLatDeg <= 90 && minLatDeg <= maxLatDeg)) {
      throw new IllegalArgumentException(
          "latitudes must be -90..90 with min <= max, are " + minLatDeg + ".." + maxLatDeg);
    }
    if (!(minLonDeg >= -180 && maxLonDeg <= 180 && minLonDeg <= maxLonDeg)) {
      throw new IllegalArgumentException(
          "longitudes must be -180..180 with min <= max, are " + minLonDeg + ".." + maxLonDeg);
    }
  }

  /**
   * Parses {@code minLon,minLat,maxLon,maxLat} (the order of GeoJSON's bbox).
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static BoundingBox parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a bbox is minLon,minLat,maxLon,maxLat, is empty");
    }
    String[] parts = text.split(",", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "a bbox is minLon,minLat,maxLon,maxLat (4 numbers), has " + parts.length + " parts");
    }
    double[] values = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        values[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "a bbox is minLon,minLat,maxLon,maxLat, '" + parts[i] + "' is not a number");
      }
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("a bbox needs finite numbers, has " + parts[i]);
      }
    }
    return new BoundingBox(values[1], values[0], values[3], values[2]);
  }

  /** The smallest box holding every point; {@code points} must not be empty. */
  public static BoundingBox around(Collection<GeoPoint> points) {
    if (points.isEmpty()) {
      throw new IllegalArgumentException("no points");
    }
    double minLat = 90;
    double minLon = 180;
    double maxLat = -90;
    double maxLon = -180;
    for (GeoPoint point : points) {
      minLat = Math.min(minLat, point.latDeg());
      minLon = Math.min(minLon, point.lonDeg());
      maxLat = Math.max(maxLat, point.latDeg());
      maxLon = Math.max(maxLon, point.lonDeg());
    }
    return new BoundingBox(minLat, minLon, maxLat, maxLon);
  }

  public boolean contains(GeoPoint point) {
    return point.latDeg() >= minLatDeg
        && point.latDeg() <= maxLatDeg
        && point.lonDeg() >= minLonDeg
        && point.lonDeg() <= maxLonDeg;
  }

  public boolean intersects(BoundingBox other) {
    return other.minLatDeg <= maxLatDeg
        && other.maxLatDeg >= minLatDeg
        && other.minLonDeg <= maxLonDeg
        && other.maxLonDeg >= minLonDeg;
  }

  /** {@code minLon,minLat,maxLon,maxLat}. */
  public String toParameter() {
    return minLonDeg + "," + minLatDeg + "," + maxLonDeg + "," + maxLatDeg;
  }
}
