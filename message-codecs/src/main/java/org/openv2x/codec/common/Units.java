package org.openv2x.codec.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The one place where the standard's scaled integers become SI units and its "unavailable"
 * sentinels become empty optionals. Downstream code works in these units only.
 */
public final class Units {
  /** Standard gravity, m/s^2, for VerticalAcceleration (0.02 G). */
  public static final double STANDARD_GRAVITY_MPS2 = 9.80665;

  private Units() {}

  /**
   * Latitude in degrees; empty for 900000001 (unavailable). Divided by 1e7, not multiplied by 1e-7:
   * the result is the double nearest to the decimal value (31.2285961, not 31.228596099999997).
   */
  public static OptionalDouble latitudeDeg(int latE7Deg) {
    return latE7Deg == Position3D.LAT_UNAVAILABLE
        ? OptionalDouble.empty()
        : OptionalDouble.of(latE7Deg / 1e7);
  }

  /** Longitude in degrees; empty for 1800000001 (unavailable). */
  public static OptionalDouble longitudeDeg(int lonE7Deg) {
    return lonE7Deg == Position3D.LON_UNAVAILABLE
        ? OptionalDouble.empty()
        : OptionalDouble.of(lonE7Deg / 1e7);
  }

  /** A latitude or longitude offset (OffsetLL-Bxx) in degrees. */
  public static double offsetDeg(int offsetE7Deg) {
    return offsetE7Deg / 1e7;
  }

  /** Elevation in metres; empty for -4096 (unknown). */
  public static OptionalDouble elevationM(int elevationDm) {
    return elevationDm == Position3D.ELEVATION_UNKNOWN
        ? OptionalDouble.empty()
        : OptionalDouble.of(elevationDm * 0.1);
  }

  /** Speed in m/s; empty for 8191 (unavailable). */
  public static OptionalDouble speedMps(int speed0p02Mps) {
    return speed0p02Mps == 8191 ? OptionalDouble.empty() : OptionalDouble.of(speed0p02Mps * 0.02);
  }

  /** Speed in m/s to the standard's 0.02 m/s units, rounded, clamped to 0..8190. */
  public static int speed0p02Mps(double speedMps) {
    return (int) Math.max(0, Math.min(8190, Math.round(speedMps / 0.02)));
  }

  /** Heading in degrees clockwise from north; empty for 28800 (unavailable). */
  public static OptionalDouble headingDeg(int heading0p0125Deg) {
    return heading0p0125Deg == 28800
        ? OptionalDouble.empty()
        : OptionalDouble.of(heading0p0125Deg * 0.0125);
  }

  /** Heading in degrees to the standard's 0.0125 degree units, normalised to 0..28799. */
  public static int heading0p0125Deg(double headingDeg) {
    double normalised = ((headingDeg % 360) + 360) % 360;
    return (int) (Math.round(normalised / 0.0125) % 28800);
  }

  /** CoarseHeading in degrees; empty for 240 (unavailable). */
  public static OptionalDouble coarseHeadingDeg(int heading1p5Deg) {
    return heading1p5Deg == 240 ? OptionalDouble.empty() : OptionalDouble.of(heading1p5Deg * 1.5);
  }

  /** SteeringWheelAngle in degrees; empty for 127 (unavailable). */
  public static OptionalDouble steeringWheelAngleDeg(int angle1p5Deg) {
    return angle1p5Deg == 127 ? OptionalDouble.empty() : OptionalDouble.of(angle1p5Deg * 1.5);
  }

  /** Longitudinal or lateral Acceleration in m/s^2; empty for 2001 (unavailable). */
  public static OptionalDouble accelerationMps2(int acceleration0p01Mps2) {
    return acceleration0p01Mps2 == AccelerationSet4Way.ACCELERATION_UNAVAILABLE
        ? OptionalDouble.empty()
        : OptionalDouble.of(acceleration0p01Mps2 * 0.01);
  }

  /** VerticalAcceleration in m/s^2; empty for -127 (unavailable). */
  public static OptionalDouble verticalAccelerationMps2(int vert0p02G) {
    return vert0p02G == AccelerationSet4Way.VERTICAL_UNAVAILABLE
        ? OptionalDouble.empty()
        : OptionalDouble.of(vert0p02G * 0.02 * STANDARD_GRAVITY_MPS2);
  }

  /** YawRate in degrees per second. */
  public static double yawRateDegPerS(int yaw0p01DegPerS) {
    return yaw0p01DegPerS * 0.01;
  }

  /**
   * A TimeMark (0.1 s within the hour, or relative in TimeCountingDown) in seconds; empty for
   * 36001.
   */
  public static OptionalDouble timeMarkS(int timeMark0p1S) {
    return timeMark0p1S == 36001 ? OptionalDouble.empty() : OptionalDouble.of(timeMark0p1S * 0.1);
  }

  /** Confidence (0.5 %) in percent. */
  public static double confidencePct(int confidence0p5Pct) {
    return confidence0p5Pct * 0.5;
  }

  /** A length in centimetres in metres. */
  public static double cmToM(int lengthCm) {
    return lengthCm * 0.01;
  }

  /** VehicleHeight (5 cm) in metres. */
  public static double vehicleHeightM(int height5Cm) {
    return height5Cm * 0.05;
  }

  /** A distance in 0.1 m (Radius, RadiusOfCurvature in 10 cm) in metres. */
  public static double dmToM(int lengthDm) {
    return lengthDm * 0.1;
  }

  /**
   * The instant of a MinuteOfTheYear in {@code year} (UTC); empty for 527040 (invalid) or a minute
   * past the end of that year.
   */
  public static Optional<Instant> minuteOfTheYear(int year, int moyMinutes) {
    Instant start = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant instant = start.plusSeconds(60L * moyMinutes);
    return moyMinutes == 527040 || !instant.isBefore(end) ? Optional.empty() : Optional.of(instant);
  }

  /** The MinuteOfTheYear (UTC) of {@code instant}. */
  public static int minuteOfTheYear(Instant instant) {
    var utc = instant.atOffset(ZoneOffset.UTC);
    Instant start = LocalDate.of(utc.getYear(), 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    return (int) ((instant.getEpochSecond() - start.getEpochSecond()) / 60);
  }

  /** The DSecond (milliseconds within the minute, UTC) of {@code instant}. */
  public static int dSecondMs(Instant instant) {
    return (int)
        (Math.floorMod(instant.getEpochSecond(), 60) * 1000 + instant.getNano() / 1_000_000);
  }
}
