package org.openv2x.hdmap.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openv2x.codec.map.SpeedLimitType;
import org.openv2x.hdmap.ApproachKind;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.LaneType;
import org.openv2x.hdmap.Maneuver;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.VersionInfo;
import org.openv2x.proto.v1.HdMapProtos.HdMapApproachKind;
import org.openv2x.proto.v1.HdMapProtos.HdMapLaneType;
import org.openv2x.proto.v1.HdMapProtos.HdMapManeuver;
import org.openv2x.proto.v1.HdMapProtos.HdMapSnapshot;
import org.openv2x.proto.v1.HdMapProtos.HdMapSource;
import org.openv2x.proto.v1.HdMapProtos.HdMapSpeedLimitType;

class HdMapProtoTest {

  @Test
  void aFullVersionRoundTripsThroughProtoAndBytes() {
    IntersectionVersion version = HdMapFixtures.fullVersion();
    assertEquals(version, HdMapProto.fromProto(HdMapProto.toProto(version)));
    assertEquals(version, HdMapProto.fromBytes(HdMapProto.toBytes(version)));
  }

  @Test
  void aMinimalVersionRoundTripsWithItsOptionalPartsAbsent() {
    IntersectionVersion version = HdMapFixtures.minimalVersion();
    HdMapSnapshot proto = HdMapProto.toProto(version);
    assertEquals(false, proto.getContent().hasName());
    assertEquals(false, proto.getContent().hasElevationM());
    assertEquals(false, proto.getContent().getId().hasRegion());
    assertEquals(false, proto.getInfo().hasMsgCnt());
    assertEquals(false, proto.getInfo().hasMessageTimeEpochUs());
    assertEquals(false, proto.getInfo().hasOrigin());
    assertEquals(version, HdMapProto.fromBytes(HdMapProto.toBytes(version)));
  }

  @Test
  void optionalFieldsPresentInTheModelArePresentInTheSnapshot() {
    HdMapSnapshot proto = HdMapProto.toProto(HdMapFixtures.fullVersion());
    var approach = proto.getContent().getApproaches(0);
    assertTrue(approach.hasName() && approach.hasWidthM());
    assertTrue(approach.getLanes(0).hasWidthM());
    assertEquals(false, approach.getLanes(1).hasWidthM());
    var connection = approach.getLanes(1).getConnections(0);
    assertTrue(connection.hasPhaseId() && connection.hasRemoteLaneId());
    var unknown = approach.getLanes(1).getConnections(1);
    assertEquals(false, unknown.hasPhaseId() || unknown.hasRemoteLaneId());
    assertEquals(
        List.of(
            HdMapManeuver.HD_MAP_MANEUVER_STRAIGHT,
            HdMapManeuver.HD_MAP_MANEUVER_RIGHT,
            HdMapManeuver.HD_MAP_MANEUVER_RIGHT_TURN_ON_RED),
        approach.getLanes(1).getManeuversList());
    assertTrue(proto.getDerived().getLanes(0).hasStopLine());
    assertEquals(false, proto.getDerived().getLanes(1).hasStopLine());
    assertEquals(1_740_816_000_123_456L, proto.getInfo().getStoredAtEpochUs());
  }

  @Test
  void timesAreKeptToTheMicrosecond() {
    VersionInfo info = HdMapFixtures.fullInfo();
    VersionInfo finer =
        new VersionInfo(
            info.version(),
            info.source(),
            Instant.parse("2025-03-01T08:00:00.123456789Z"),
            info.contentHash(),
            info.msgCnt(),
            info.messageTime(),
            info.origin());
    IntersectionVersion version =
        new IntersectionVersion(HdMapFixtures.intersection(), finer, HdMapFixtures.fullDerived());
    assertEquals(
        Instant.parse("2025-03-01T08:00:00.123456Z"),
        HdMapProto.fromBytes(HdMapProto.toBytes(version)).info().storedAt());
  }

  @Test
  void bytesAreEqualForEqualVersions() {
    assertArrayEquals(
        HdMapProto.toBytes(HdMapFixtures.fullVersion()),
        HdMapProto.toBytes(HdMapFixtures.fullVersion()));
    assertArrayEquals(
        HdMapProto.toProto(HdMapFixtures.fullVersion()).toByteArray(),
        HdMapProto.toBytes(HdMapFixtures.fullVersion()));
  }

  @Test
  void everyProtoEnumListsTheModelConstantsInOrderAfterUnspecified() {
    assertEnumMirrors(ApproachKind.values(), HdMapApproachKind.values(), "HD_MAP_APPROACH_KIND_");
    assertEnumMirrors(LaneType.values(), HdMapLaneType.values(), "HD_MAP_LANE_TYPE_");
    assertEnumMirrors(Maneuver.values(), HdMapManeuver.values(), "HD_MAP_MANEUVER_");
    assertEnumMirrors(
        SpeedLimitType.values(), HdMapSpeedLimitType.values(), "HD_MAP_SPEED_LIMIT_TYPE_");
    assertEnumMirrors(MapSource.values(), HdMapSource.values(), "HD_MAP_SOURCE_");
  }

  private static void assertEnumMirrors(Enum<?>[] model, Enum<?>[] proto, String prefix) {
    // proto enums end with UNRECOGNIZED
    List<String> protoNames =
        Arrays.stream(proto).map(Enum::name).filter(n -> !n.equals("UNRECOGNIZED")).toList();
    List<String> expected =
        Stream.concat(
                Stream.of(prefix + "UNSPECIFIED"),
                Arrays.stream(model).map(constant -> prefix + constant.name()))
            .toList();
    assertEquals(expected, protoNames);
  }

  static Stream<Arguments> badSnapshots() {
    return Stream.of(
        bad("content: missing", s -> s.clearContent()),
        bad("info: missing", s -> s.clearInfo()),
        bad("derived: missing", s -> s.clearDerived()),
        bad("content.id: missing", s -> s.setContent(s.getContent().toBuilder().clearId())),
        bad(
            "content.ref_point: missing",
            s -> s.setContent(s.getContent().toBuilder().clearRefPoint())),
        bad(
            "content.ref_point: latitude must be -90..90",
            s ->
                s.setContent(
                    s.getContent().toBuilder()
                        .setRefPoint(s.getContent().getRefPoint().toBuilder().setLatDeg(91)))),
        bad(
            "content.id.id: must be 0..65535, is 65536",
            s ->
                s.setContent(
                    s.getContent().toBuilder()
                        .setId(s.getContent().getId().toBuilder().setId(65536)))),
        bad(
            "content.id.region: must be 0..65535, is 4294967295",
            s ->
                s.setContent(
                    s.getContent().toBuilder()
                        .setId(s.getContent().getId().toBuilder().setRegion(-1)))),
        bad(
            "content.approaches[1].kind: missing (HdMapApproachKind unspecified)",
            s -> s.getContentBuilder().getApproachesBuilder(1).setKindValue(0)),
        bad(
            "content.approaches[0].other_node: missing",
            s -> s.getContentBuilder().getApproachesBuilder(0).clearOtherNode()),
        bad(
            "content.approaches[0].speed_limits[1].type: unknown HdMapSpeedLimitType value 14",
            s ->
                s.getContentBuilder()
                    .getApproachesBuilder(0)
                    .getSpeedLimitsBuilder(1)
                    .setTypeValue(14)),
        bad(
            "content.approaches[0].speed_limits[0]: a speed limit must be 0..163.8 m/s, is -1.0",
            s ->
                s.getContentBuilder()
                    .getApproachesBuilder(0)
                    .getSpeedLimitsBuilder(0)
                    .setSpeedMps(-1)),
        bad(
            "content.approaches[0].lanes[2].lane_id: must be 0..255, is 256",
            s -> s.getContentBuilder().getApproachesBuilder(0).getLanesBuilder(2).setLaneId(256)),
        bad(
            "content.approaches[0].lanes[0].type: missing (HdMapLaneType unspecified)",
            s -> s.getContentBuilder().getApproachesBuilder(0).getLanesBuilder(0).setTypeValue(0)),
        bad(
            "content.approaches[0].lanes[1].maneuvers[1]: unknown HdMapManeuver value 12",
            s ->
                s.getContentBuilder()
                    .getApproachesBuilder(0)
                    .getLanesBuilder(1)
                    .setManeuversValue(1, 12)),
        bad(
            "content.approaches[0].lanes[0].centre_line[2]: longitude must be -180..180",
            s ->
                s.getContentBuilder()
                    .getApproachesBuilder(0)
                    .getLanesBuilder(0)
                    .getCentreLineBuilder(2)
                    .setLonDeg(Double.NaN)),
        bad(
            "content.approaches[0].lanes[1].connections[0].remote_intersection: missing",
            s ->
                s.getContentBuilder()
                    .getApproachesBuilder(0)
                    .getLanesBuilder(1)
                    .getConnectionsBuilder(0)
                    .clearRemoteIntersection()),
        bad(
            "content.approaches[0].lanes[1].connections[0].remote_lane_id: must be 0..255, is 300",
            s ->
                s.getContentBuilder()
                    .getApproachesBuilder(0)
                    .getLanesBuilder(1)
                    .getConnectionsBuilder(0)
                    .setRemoteLaneId(300)),
        bad(
            "content.approaches[0].lanes[1].connections[0].phase_id: must be 0..255, is 256",
            s ->
                s.getContentBuilder()
                    .getApproachesBuilder(0)
                    .getLanesBuilder(1)
                    .getConnectionsBuilder(0)
                    .setPhaseId(256)),
        bad("info.version: must be 1 or more, is 0", s -> s.getInfoBuilder().setVersion(0)),
        bad(
            "info.source: missing (HdMapSource unspecified)",
            s -> s.getInfoBuilder().setSourceValue(0)),
        bad("info.source: unknown HdMapSource value 9", s -> s.getInfoBuilder().setSourceValue(9)),
        bad("info.content_hash: missing", s -> s.getInfoBuilder().clearContentHash()),
        bad("info.msg_cnt: must be 0..127, is 128", s -> s.getInfoBuilder().setMsgCnt(128)),
        bad("derived.bounds: missing", s -> s.getDerivedBuilder().clearBounds()),
        bad(
            "derived.bounds: latitudes must be -90..90 with min <= max",
            s -> s.getDerivedBuilder().getBoundsBuilder().setMinLatDeg(40)),
        bad(
            "derived.lanes[0].stop_line.left: missing",
            s -> s.getDerivedBuilder().getLanesBuilder(0).getStopLineBuilder().clearLeft()),
        bad(
            "derived.lanes[1].polygon[0]: latitude must be -90..90",
            s -> s.getDerivedBuilder().getLanesBuilder(1).getPolygonBuilder(0).setLatDeg(-90.5)),
        bad(
            "derived.connections[0].phase_id: must be 0..255, is 1000",
            s -> s.getDerivedBuilder().getConnectionsBuilder(0).setPhaseId(1000)),
        bad(
            "derived.connections[1].maneuvers[0]: missing (HdMapManeuver unspecified)",
            s -> s.getDerivedBuilder().getConnectionsBuilder(1).addManeuversValue(0)),
        bad(
            "derived.connections[1].path[1]: latitude must be -90..90",
            s -> s.getDerivedBuilder().getConnectionsBuilder(1).getPathBuilder(1).setLatDeg(1e9)),
        bad(
            "derived.conflicts[0].point: missing",
            s -> s.getDerivedBuilder().getConflictsBuilder(0).clearPoint()),
        bad(
            "derived.box[3]: longitude must be -180..180",
            s -> s.getDerivedBuilder().getBoxBuilder(3).setLonDeg(181)));
  }

  private static Arguments bad(String expectedStart, Consumer<HdMapSnapshot.Builder> change) {
    return Arguments.of(expectedStart, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSnapshots")
  void aBadSnapshotIsRefusedNamingTheField(
      String expectedStart, Consumer<HdMapSnapshot.Builder> change) {
    HdMapSnapshot.Builder snapshot = HdMapProto.toProto(HdMapFixtures.fullVersion()).toBuilder();
    change.accept(snapshot);
    byte[] bytes = snapshot.build().toByteArray();
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> HdMapProto.fromBytes(bytes));
    assertTrue(
        refused.getMessage().startsWith(expectedStart),
        () -> "expected '" + expectedStart + "...', got '" + refused.getMessage() + "'");
  }

  @Test
  void bytesThatAreNoSnapshotAreRefused() {
    IllegalArgumentException garbage =
        assertThrows(
            IllegalArgumentException.class,
            () -> HdMapProto.fromBytes(new byte[] {(byte) 0x0a, (byte) 0xff, 0x01}));
    assertTrue(garbage.getMessage().startsWith("snapshot bytes: not an HdMapSnapshot (3 bytes)"));
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> HdMapProto.fromBytes(new byte[0]));
    assertTrue(empty.getMessage().startsWith("content: missing"), empty.getMessage());
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> HdMapProto.fromBytes(null));
    assertEquals("snapshot bytes: missing", none.getMessage());
  }

  @Test
  void aTruncatedSnapshotIsRefused() {
    byte[] bytes = HdMapProto.toBytes(HdMapFixtures.fullVersion());
    for (int length : new int[] {1, bytes.length / 2, bytes.length - 1}) {
      byte[] truncated = Arrays.copyOf(bytes, length);
      assertThrows(
          IllegalArgumentException.class,
          () -> HdMapProto.fromBytes(truncated),
          "truncated to " + length + " of " + bytes.length + " bytes");
    }
  }
}
