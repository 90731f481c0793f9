package org.openv2x.codec.common;

import java.util.OptionalInt;

/**
 * Position3D (DefPosition): an absolute WGS-84 position. Not extensible.
 *
 * @param latE7Deg Latitude, 1e-7 degree, -900000000..900000001 (900000001 = unavailable)
 * @param lonE7Deg Longitude, 1e-7 degree, -1799999999..1800000001 (1800000001 = unavailable)
 * @param elevationDm Elevation, 0.1 m, -4096..61439 (-4096 = unknown)
 */
public record Position3D(int latE7Deg, int lonE7Deg, OptionalInt elevationDm) {
  public static final int LAT_MIN = -900_000_000;
  public static final int LAT_MAX = 900_000_001;
  public static final int LAT_UNAVAILABLE = 900_000_001;
  public static final int LON_MIN = -1_799_999_999;
  public static final int LON_MAX = 1_800_000_001;
  public static final int LON_UNAVAILABLE = 1_800_000_001;
  public static final int ELEVATION_MIN = -4096;
  public static final int ELEVATION_MAX = 61439;
  public static final int ELEVATION_UNKNOWN = -4096;

  public Position3D {
    Check.range(latE7Deg, LAT_MIN, LAT_MAX, "lat");
    Check.range(lonE7Deg, LON_MIN, LON_MAX, "long");
    Check.range(elevationDm, ELEVATION_MIN, ELEVATION_MAX, "elevation");
  }
}
