package org.openv2x.hdmap.geojson;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
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
import org.openv2x.hdmap.Maneuver;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.SpeedLimit;
import org.openv2x.hdmap.StopLine;
import org.openv2x.hdmap.VersionInfo;

/** Intersections for the GeoJSON tests, near 31.2304 N 121.4737 E, coordinates of 7 decimals. */
final class GeoJsonSamples {
  static final IntersectionId RICH_ID = IntersectionId.of(1, 101);

  private GeoJsonSamples() {}

  static GeoPoint p(double lonDeg, double latDeg) {
    return GeoPoint.of(latDeg, lonDeg);
  }

  /**
   * Two ingress and one egress approach: every optional value present somewhere and absent
   * elsewhere; lanes of several types; connections with and without lane id and phase.
   */
  static Intersection rich() {
    Lane westStraight =
        new Lane(
            1,
            LaneType.VEHICLE,
            OptionalDouble.of(3.25),
            Set.of(Maneuver.STRAIGHT, Maneuver.LEFT),
            List.of(
                new LaneConnection(
                    IntersectionId.of(1, 102),
                    OptionalInt.of(1),
                    Set.of(Maneuver.STRAIGHT),
                    OptionalInt.of(2)),
                new LaneConnection(
                    IntersectionId.of(103),
                    OptionalInt.empty(),
                    Set.of(Maneuver.LEFT),
                    OptionalInt.empty())),
            List.of(new SpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 16.67)),
            List.of(
                p(121.4726481, 31.2303843),
                p(121.4731741, 31.2303843),
                p(121.4735422, 31.2303843)));
    Lane westBike =
        new Lane(
            2,
            LaneType.BIKE_LANE,
            OptionalDouble.empty(),
            Set.of(),
            List.of(),
            List.of(),
            List.of(p(121.4726481, 31.2303573), p(121.4735422, 31.2303573)));
    Approach west =
        new Approach(
            ApproachKind.INGRESS,
            IntersectionId.of(1, 100),
            Optional.of("Yan'an Rd (west) 延安路"),
            List.of(
                new SpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 16.67),
                new SpeedLimit(SpeedLimitType.TRUCK_MAX_SPEED, 13.89)),
            OptionalDouble.of(7.0),
            List.of(westStraight, westBike));
    Lane eastOut =
        new Lane(
            1,
            LaneType.VEHICLE,
            OptionalDouble.empty(),
            Set.of(),
            List.of(),
            List.of(),
            List.of(p(121.4738578, 31.2303843), p(121.4747519, 31.2303843)));
    Approach east =
        new Approach(
            ApproachKind.EGRESS,
            IntersectionId.of(1, 102),
            Optional.empty(),
            List.of(),
            OptionalDouble.empty(),
            List.of(eastOut));
    Lane southLeft =
        new Lane(
            3,
            LaneType.TRACKED_VEHICLE,
            OptionalDouble.of(4.0),
            Set.of(Maneuver.LEFT, Maneuver.U_TURN, Maneuver.CAUTION),
            List.of(
                new LaneConnection(
                    IntersectionId.of(1, 100), OptionalInt.of(0), Set.of(), OptionalInt.of(255))),
            List.of(),
            List.of(p(121.4737175, 31.2295), p(121.4737175, 31.2302651)));
    Lane crosswalk =
        new Lane(
            9,
            LaneType.CROSSWALK,
            OptionalDouble.of(5.0),
            Set.of(),
            List.of(),
            List.of(new SpeedLimit(SpeedLimitType.UNKNOWN, 0)),
            List.of(p(121.4735, 31.2302), p(121.4739, 31.2302)));
    Approach south =
        new Approach(
            ApproachKind.INGRESS,
            IntersectionId.of(12),
            Optional.of("South"),
            List.of(),
            OptionalDouble.empty(),
            List.of(southLeft, crosswalk));
    return new Intersection(
        RICH_ID,
        Optional.of("Yan'an Rd / Shaanxi Rd"),
        p(121.4737, 31.2304),
        OptionalDouble.of(4.5),
        List.of(west, east, south));
  }

  /** A road end point: no region, no name, no elevation, no approaches. */
  static Intersection bare() {
    return new Intersection(
        IntersectionId.of(7),
        Optional.empty(),
        p(121.48, 31.24),
        OptionalDouble.empty(),
        List.of());
  }

  /**
   * A stored version of {@link #rich()} with geometry made by hand: lane areas (one left open,
   * which the writer must close), stop lines on the ingress lanes, paths for the connections, a
   * conflict, the box.
   */
  static IntersectionVersion richVersion() {
    Intersection content = rich();
    List<DerivedLane> lanes =
        List.of(
            derivedLane("1:101.in1:100.1", 3.25, 93.0, true, true),
            derivedLane("1:101.in1:100.2", 3.5, 93.0, false, true),
            derivedLane("1:101.out1:102.1", 3.5, 85.0, true, false),
            derivedLane("1:101.in12.3", 4.0, 85.0, true, true),
            derivedLane("1:101.in12.9", 5.0, 38.0, true, true));
    List<DerivedConnection> connections =
        List.of(
            new DerivedConnection(
                "1:101.in1:100.1>1:101.out1:102.1",
                "1:101.in1:100.1",
                "1:101.out1:102.1",
                OptionalInt.of(2),
                Set.of(Maneuver.STRAIGHT),
                List.of(p(121.4735422, 31.2303843), p(121.4738578, 31.2303843)),
                30.0,
                false),
            new DerivedConnection(
                "1:101.in1:100.1>103.in1:101.?",
                "1:101.in1:100.1",
                "103.in1:101.?",
                OptionalInt.empty(),
                Set.of(Maneuver.LEFT),
                List.of(p(121.4735422, 31.2303843), p(121.4737, 31.2304), p(121.4737175, 31.2306)),
                24.1234567,
                true),
            new DerivedConnection(
                "1:101.in12.3>1:101.in1:100.0",
                "1:101.in12.3",
                "1:101.in1:100.0",
                OptionalInt.of(255),
                Set.of(),
                List.of(p(121.4737175, 31.2302651), p(121.4736, 31.2304)),
                20.0,
                true));
    List<ConflictPoint> conflicts =
        List.of(
            new ConflictPoint(
                "1:101.in12.3>1:101.in1:100.0",
                "1:101.in1:100.1>1:101.out1:102.1",
                p(121.47365, 31.2303843),
                12.5,
                10.25));
    List<GeoPoint> box =
        List.of(
            p(121.4735, 31.2302),
            p(121.4739, 31.2302),
            p(121.4739, 31.2306),
            p(121.4735, 31.2306),
            p(121.4735, 31.2302));
    DerivedGeometry derived =
        new DerivedGeometry(
            lanes,
            connections,
            conflicts,
            box,
            new BoundingBox(31.2295, 121.4726, 31.2307, 121.4748));
    VersionInfo info =
        new VersionInfo(
            3,
            MapSource.GEOJSON_IMPORT,
            Instant.parse("2025-05-01T08:30:00Z"),
            "9f86d081884c7d65",
            OptionalInt.empty(),
            Optional.empty(),
            Optional.of("survey-2025.geojson"));
    return new IntersectionVersion(content, info, derived);
  }

  private static DerivedLane derivedLane(
      String key, double widthM, double lengthM, boolean closed, boolean stopLine) {
    List<GeoPoint> ring =
        closed
            ? List.of(p(121.47, 31.23), p(121.471, 31.23), p(121.471, 31.231), p(121.47, 31.23))
            : List.of(p(121.47, 31.23), p(121.471, 31.23), p(121.471, 31.231));
    Optional<StopLine> line =
        stopLine
            ? Optional.of(
                new StopLine(
                    p(121.4735422, 31.2303843),
                    p(121.4735422, 31.2304),
                    p(121.4735422, 31.2303686)))
            : Optional.empty();
    return new DerivedLane(key, widthM, lengthM, ring, line);
  }

  static byte[] utf8(String json) {
    return json.getBytes(UTF_8);
  }
}
