package org.openv2x.sim.rsu;

import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionOffsetLl;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.sim.geo.GeoFrame;

/**
 * Positions of the local plane as the standard's Position3D and PositionOffsetLLV: latitude and
 * longitude in 1e-7 degree from the network's {@link GeoFrame}, elevation (0.1 m) from its origin,
 * and offsets in the smallest of the LL1..LL6 forms that holds them.
 */
public final class GeoOffsets {
  private static final PositionOffsetLl.Kind[] OFFSET_KINDS = {
    PositionOffsetLl.Kind.LL1,
    PositionOffsetLl.Kind.LL2,
    PositionOffsetLl.Kind.LL3,
    PositionOffsetLl.Kind.LL4,
    PositionOffsetLl.Kind.LL5,
    PositionOffsetLl.Kind.LL6
  };

  private final GeoFrame geoFrame;
  private final OptionalInt elevationDm;

  public GeoOffsets(GeoFrame geoFrame) {
    this.geoFrame = geoFrame;
    long elevation = Math.round(geoFrame.originElevationM() * 10);
    this.elevationDm =
        elevation > Position3D.ELEVATION_MIN && elevation <= Position3D.ELEVATION_MAX
            ? OptionalInt.of((int) elevation)
            : OptionalInt.of(Position3D.ELEVATION_UNKNOWN);
  }

  public GeoFrame geoFrame() {
    return geoFrame;
  }

  /** Elevation (0.1 m) of the plane: that of the geo frame's origin. */
  public OptionalInt elevationDm() {
    return elevationDm;
  }

  public int latitude1e7(double northM) {
    return geoFrame.latitude1e7(northM);
  }

  public int longitude1e7(double eastM) {
    return geoFrame.longitude1e7(eastM);
  }

  /** The point as Position3D, with the plane's elevation. */
  public Position3D position(double eastM, double northM) {
    return new Position3D(latitude1e7(northM), longitude1e7(eastM), elevationDm);
  }

  /** The offset of a point from {@code reference}, without a vertical offset (a flat plane). */
  public PositionOffsetLlv offset(Position3D reference, double eastM, double northM) {
    return offset1e7(
        longitude1e7(eastM) - reference.lonE7Deg(), latitude1e7(northM) - reference.latE7Deg());
  }

  /** An offset of these longitude and latitude differences (1e-7 degree), in the smallest form. */
  public static PositionOffsetLlv offset1e7(int lonOffset1e7, int latOffset1e7) {
    for (PositionOffsetLl.Kind kind : OFFSET_KINDS) {
      if (lonOffset1e7 >= kind.lonMin()
          && lonOffset1e7 <= kind.lonMax()
          && latOffset1e7 >= kind.latMin()
          && latOffset1e7 <= kind.latMax()) {
        return new PositionOffsetLlv(
            new PositionOffsetLl(kind, lonOffset1e7, latOffset1e7), Optional.empty());
      }
    }
    throw new IllegalArgumentException(
        "offset ("
            + lonOffset1e7
            + ", "
            + latOffset1e7
            + ") x 1e-7 degree is beyond the largest relative form (LL6, about 90 km)");
  }
}
