package org.openv2x.hdmap.convert;

import static org.openv2x.hdmap.Maneuver.LEFT;
import static org.openv2x.hdmap.Maneuver.RIGHT;
import static org.openv2x.hdmap.Maneuver.RIGHT_TURN_ON_RED;
import static org.openv2x.hdmap.Maneuver.STRAIGHT;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.openv2x.codec.map.SpeedLimitType;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.BoundingBox;
import org.openv2x.hdmap.ConflictPoint;
import org.openv2x.hdmap.DerivedConnection;
import org.openv2x.hdmap.DerivedGeometry;
import org.openv2x.hdmap.DerivedLane;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.LaneType;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.SpeedLimit;
import org.openv2x.hdmap.StopLine;
import org.openv2x.hdmap.VersionInfo;

/**
 * Hand-made model values: an intersection that sets every field of the content (optional ones both
 * present and absent somewhere), and versions with full and minimal facts and derived geometry.
 * Shared by the tests of the model's conversions and of its content hash.
 */
public final class HdMapFixtures {
  public static final IntersectionId ID = IntersectionId.of(1, 1001);
  public static final GeoPoint REF = GeoPoint.of(39.7813, 116.5042);

  private HdMapFixtures() {}

  /** Every content field set somewhere, optional ones present and absent. */
  public static Intersection intersection() {
    Lane left =
        new Lane(
            1,
            LaneType.VEHICLE,
            OptionalDouble.of(3.25),
            EnumSet.of(LEFT),
            List.of(
                new LaneConnection(
                    IntersectionId.of(1, 1005),
                    OptionalInt.of(3),
                    Set.of(LEFT),
                    OptionalInt.of(3))),
            List.of(new SpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 11.1)),
            List.of(
                GeoPoint.of(39.7823, 116.50416),
                GeoPoint.of(39.7818, 116.50416),
                GeoPoint.of(39.78143, 116.50416)));
    Lane straightRight =
        new Lane(
            2,
            LaneType.VEHICLE,
            OptionalDouble.empty(),
            EnumSet.of(STRAIGHT, RIGHT, RIGHT_TURN_ON_RED),
            List.of(
                new LaneConnection(
                    IntersectionId.of(1, 1004),
                    OptionalInt.of(2),
                    EnumSet.of(STRAIGHT),
                    OptionalInt.of(1)),
                new LaneConnection(
                    IntersectionId.of(7), OptionalInt.empty(), Set.of(), OptionalInt.empty())),
            List.of(),
            List.of(GeoPoint.of(39.7823, 116.50405), GeoPoint.of(39.78143, 116.50405)));
    Lane crossing =
        new Lane(
            9,
            LaneType.CROSSWALK,
            OptionalDouble.of(4.0),
            Set.of(),
            List.of(),
            List.of(),
            List.of(GeoPoint.of(39.78135, 116.50395), GeoPoint.of(39.78135, 116.50445)));
    Approach north =
        new Approach(
            ApproachKind.INGRESS,
            IntersectionId.of(1, 1002),
            Optional.of("Kechuang 6th St southbound"),
            List.of(
                new SpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 16.66),
                new SpeedLimit(SpeedLimitType.VEHICLE_MIN_SPEED, 2.78)),
            OptionalDouble.of(7.0),
            List.of(left, straightRight, crossing));
    Lane outLane =
        new Lane(
            1,
            LaneType.VEHICLE,
            OptionalDouble.of(3.5),
            Set.of(),
            List.of(),
            List.of(),
            List.of(GeoPoint.of(39.7813, 116.5046), GeoPoint.of(39.7813, 116.5056)));
    Approach east =
        new Approach(
            ApproachKind.EGRESS,
            IntersectionId.of(1, 1003),
            Optional.empty(),
            List.of(),
            OptionalDouble.empty(),
            List.of(outLane));
    return new Intersection(
        ID, Optional.of("Kechuang6-Jinghai"), REF, OptionalDouble.of(42.0), List.of(north, east));
  }

  /** Only what an intersection must have; no region, southern and western hemisphere. */
  public static Intersection minimalIntersection() {
    return new Intersection(
        IntersectionId.of(65535),
        Optional.empty(),
        GeoPoint.of(-33.8688, -151.2093),
        OptionalDouble.empty(),
        List.of());
  }

  public static VersionInfo fullInfo() {
    return new VersionInfo(
        3,
        MapSource.MAP_MESSAGE,
        Instant.parse("2025-03-01T08:00:00.123456Z"),
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        OptionalInt.of(127),
        Optional.of(Instant.parse("2025-03-01T07:59:00Z")),
        Optional.of("rsu-17"));
  }

  public static VersionInfo minimalInfo() {
    return new VersionInfo(
        1,
        MapSource.GEOJSON_IMPORT,
        Instant.parse("1969-12-31T23:59:59.999999Z"),
        "00",
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public static DerivedGeometry fullDerived() {
    String in = "1:1001.in1:1002.";
    DerivedLane withStopLine =
        new DerivedLane(
            in + "1",
            3.25,
            97.3,
            List.of(
                GeoPoint.of(39.7823, 116.50414),
                GeoPoint.of(39.78143, 116.50414),
                GeoPoint.of(39.78143, 116.50418),
                GeoPoint.of(39.7823, 116.50418),
                GeoPoint.of(39.7823, 116.50414)),
            Optional.of(
                new StopLine(
                    GeoPoint.of(39.78143, 116.50416),
                    GeoPoint.of(39.78143, 116.50418),
                    GeoPoint.of(39.78143, 116.50414))));
    DerivedLane withoutStopLine =
        new DerivedLane(
            "1:1001.out1:1003.1",
            3.5,
            85.5,
            List.of(GeoPoint.of(39.7812, 116.5046), GeoPoint.of(39.7814, 116.5046)),
            Optional.empty());
    DerivedConnection signalled =
        new DerivedConnection(
            in + "1>1:1005.in1:1001.3",
            in + "1",
            "1:1005.in1:1001.3",
            OptionalInt.of(3),
            EnumSet.of(LEFT),
            List.of(GeoPoint.of(39.78143, 116.50416), GeoPoint.of(39.7812, 116.5039)),
            30.25,
            true);
    DerivedConnection unsignalled =
        new DerivedConnection(
            in + "2>1:1004.in1:1001.2",
            in + "2",
            "1:1004.in1:1001.2",
            OptionalInt.empty(),
            Set.of(),
            List.of(GeoPoint.of(39.78143, 116.50405), GeoPoint.of(39.7810, 116.50405)),
            36.0,
            false);
    ConflictPoint conflict =
        new ConflictPoint(
            signalled.connectionKey(),
            unsignalled.connectionKey(),
            GeoPoint.of(39.7813, 116.50405),
            12.5,
            14.75);
    return new DerivedGeometry(
        List.of(withStopLine, withoutStopLine),
        List.of(signalled, unsignalled),
        List.of(conflict),
        List.of(
            GeoPoint.of(39.7810, 116.5039),
            GeoPoint.of(39.7810, 116.5046),
            GeoPoint.of(39.78143, 116.5046),
            GeoPoint.of(39.7810, 116.5039)),
        new BoundingBox(39.7810, 116.5039, 39.7823, 116.5056));
  }

  public static DerivedGeometry emptyDerived(GeoPoint ref) {
    return new DerivedGeometry(
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        new BoundingBox(ref.latDeg(), ref.lonDeg(), ref.latDeg(), ref.lonDeg()));
  }

  public static IntersectionVersion fullVersion() {
    return new IntersectionVersion(intersection(), fullInfo(), fullDerived());
  }

  public static IntersectionVersion minimalVersion() {
    Intersection minimal = minimalIntersection();
    return new IntersectionVersion(minimal, minimalInfo(), emptyDerived(minimal.refPoint()));
  }
}
