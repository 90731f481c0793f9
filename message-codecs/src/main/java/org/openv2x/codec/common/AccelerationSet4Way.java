package org.openv2x.codec.common;

/**
 * AccelerationSet4Way (DefAcceleration): all four members mandatory. Not extensible.
 *
 * @param long0p01Mps2 longitudinal Acceleration, 0.01 m/s^2, -2000..2001 (2001 = unavailable)
 * @param lat0p01Mps2 lateral Acceleration, 0.01 m/s^2, -2000..2001 (2001 = unavailable)
 * @param vert0p02G VerticalAcceleration, 0.02 G, -127..127 (-127 = unavailable)
 * @param yaw0p01DegPerS YawRate, 0.01 degree/s, -32767..32767
 */
public record AccelerationSet4Way(
    int long0p01Mps2, int lat0p01Mps2, int vert0p02G, int yaw0p01DegPerS) {
  public static final int ACCELERATION_UNAVAILABLE = 2001;
  public static final int VERTICAL_UNAVAILABLE = -127;

  public AccelerationSet4Way {
    Check.range(long0p01Mps2, -2000, 2001, "long");
    Check.range(lat0p01Mps2, -2000, 2001, "lat");
    Check.range(vert0p02G, -127, 127, "vert");
    Check.range(yaw0p01DegPerS, -32767, 32767, "yaw");
  }
}
