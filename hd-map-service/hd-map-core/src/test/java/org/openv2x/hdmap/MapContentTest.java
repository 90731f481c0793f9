package org.openv2x.hdmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openv2x.hdmap.testing.MapEdits.approach;
import static org.openv2x.hdmap.testing.MapEdits.lane;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.map.SpeedLimitType;
import org.openv2x.hdmap.convert.HdMapFixtures;
import org.openv2x.hdmap.convert.HdMapProto;

class MapContentTest {

  @Test
  void theHashIsLowercaseHexSha256() {
    String hash = MapContent.hash(HdMapFixtures.intersection());
    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
  }

  @Test
  void equalContentHasAnEqualHash() {
    Intersection a = HdMapFixtures.intersection();
    Intersection b = HdMapFixtures.intersection();
    assertEquals(a, b);
    assertEquals(MapContent.hash(a), MapContent.hash(b));
    // the same manoeuvres given in another order (sets of the model have no order of their own)
    Intersection reordered =
        lane(
            a,
            0,
            1,
            lane ->
                new Lane(
                    lane.laneId(),
                    lane.type(),
                    lane.widthM(),
                    Set.of(Maneuver.RIGHT_TURN_ON_RED, Maneuver.RIGHT, Maneuver.STRAIGHT),
                    lane.connections(),
                    lane.speedLimits(),
                    lane.centreLine()));
    assertEquals(a, reordered);
    assertEquals(MapContent.hash(a), MapContent.hash(reordered));
  }

  /**
   * The hash of a fixed content is a fixed value, in every JVM run: it is the identity of a map
   * across processes and restarts. (A change of hdmap.proto's content messages changes it, and with
   * it every stored map's hash.)
   */
  @Test
  void theHashOfAFixedContentIsStable() {
    assertEquals(
        MapContent.hash(HdMapFixtures.minimalIntersection()),
        sha256Hex(HdMapProto.toProto(HdMapFixtures.minimalIntersection()).toByteArray()));
    assertEquals(
        "fdb5c60346186b534fa2cb598effadff66debe25c8a800f7f7bc62c411f359ba",
        MapContent.hash(HdMapFixtures.intersection()));
  }

  @Test
  void aChangeOfAnyFieldChangesTheHash() {
    Intersection base = HdMapFixtures.intersection();
    Map<String, Intersection> changed = new HashMap<>();
    changed.put("id region", with(base, IntersectionId.of(2, 1001)));
    changed.put("id region absent", with(base, IntersectionId.of(1001)));
    changed.put("id", with(base, IntersectionId.of(1, 1006)));
    changed.put(
        "name",
        new Intersection(
            base.id(),
            Optional.of("other"),
            base.refPoint(),
            base.elevationM(),
            base.approaches()));
    changed.put(
        "name absent",
        new Intersection(
            base.id(), Optional.empty(), base.refPoint(), base.elevationM(), base.approaches()));
    changed.put(
        "refPoint lat",
        new Intersection(
            base.id(),
            base.name(),
            GeoPoint.of(39.7813001, 116.5042),
            base.elevationM(),
            base.approaches()));
    changed.put(
        "refPoint lon",
        new Intersection(
            base.id(),
            base.name(),
            GeoPoint.of(39.7813, 116.5042001),
            base.elevationM(),
            base.approaches()));
    changed.put(
        "elevation",
        new Intersection(
            base.id(), base.name(), base.refPoint(), OptionalDouble.of(42.1), base.approaches()));
    changed.put(
        "elevation absent",
        new Intersection(
            base.id(), base.name(), base.refPoint(), OptionalDouble.empty(), base.approaches()));
    changed.put(
        "approach order",
        base.withApproaches(List.of(base.approaches().get(1), base.approaches().get(0))));
    changed.put(
        "approach kind",
        approach(
            base,
            1,
            a ->
                new Approach(
                    ApproachKind.INGRESS,
                    a.otherNode(),
                    a.name(),
                    a.speedLimits(),
                    a.widthM(),
                    a.lanes())));
    changed.put(
        "approach other node",
        approach(
            base,
            0,
            a ->
                new Approach(
                    a.kind(),
                    IntersectionId.of(1, 1012),
                    a.name(),
                    a.speedLimits(),
                    a.widthM(),
                    a.lanes())));
    changed.put(
        "approach name",
        approach(
            base,
            0,
            a ->
                new Approach(
                    a.kind(),
                    a.otherNode(),
                    Optional.of("x"),
                    a.speedLimits(),
                    a.widthM(),
                    a.lanes())));
    changed.put(
        "approach speed limit type",
        approach(
            base,
            0,
            a ->
                new Approach(
                    a.kind(),
                    a.otherNode(),
                    a.name(),
                    List.of(
                        new SpeedLimit(SpeedLimitType.TRUCK_MAX_SPEED, 16.66),
                        a.speedLimits().get(1)),
                    a.widthM(),
                    a.lanes())));
    changed.put(
        "approach speed limit speed",
        approach(
            base,
            0,
            a ->
                new Approach(
                    a.kind(),
                    a.otherNode(),
                    a.name(),
                    List.of(
                        new SpeedLimit(SpeedLimitType.VEHICLE_MAX_SPEED, 16.68),
                        a.speedLimits().get(1)),
                    a.widthM(),
                    a.lanes())));
    changed.put(
        "approach width",
        approach(
            base,
            0,
            a ->
                new Approach(
                    a.kind(),
                    a.otherNode(),
                    a.name(),
                    a.speedLimits(),
                    OptionalDouble.of(7.01),
                    a.lanes())));
    changed.put(
        "approach width absent",
        approach(
            base,
            0,
            a ->
                new Approach(
                    a.kind(),
                    a.otherNode(),
                    a.name(),
                    a.speedLimits(),
                    OptionalDouble.empty(),
                    a.lanes())));
    changed.put(
        "lane id",
        lane(
            base,
            0,
            0,
            l ->
                new Lane(
                    5,
                    l.type(),
                    l.widthM(),
                    l.maneuvers(),
                    l.connections(),
                    l.speedLimits(),
                    l.centreLine())));
    changed.put(
        "lane type",
        lane(
            base,
            0,
            0,
            l ->
                new Lane(
                    l.laneId(),
                    LaneType.TRACKED_VEHICLE,
                    l.widthM(),
                    l.maneuvers(),
                    l.connections(),
                    l.speedLimits(),
                    l.centreLine())));
    changed.put(
        "lane width",
        lane(
            base,
            0,
            0,
            l ->
                new Lane(
                    l.laneId(),
                    l.type(),
                    OptionalDouble.of(3.26),
                    l.maneuvers(),
                    l.connections(),
                    l.speedLimits(),
                    l.centreLine())));
    changed.put(
        "lane width absent",
        lane(
            base,
            0,
            0,
            l ->
                new Lane(
                    l.laneId(),
                    l.type(),
                    OptionalDouble.empty(),
                    l.maneuvers(),
                    l.connections(),
                    l.speedLimits(),
                    l.centreLine())));
    changed.put(
        "lane maneuvers",
        lane(
            base,
            0,
            0,
            l ->
                new Lane(
                    l.laneId(),
                    l.type(),
                    l.widthM(),
                    EnumSet.of(Maneuver.LEFT, Maneuver.U_TURN),
                    l.connections(),
                    l.speedLimits(),
                    l.centreLine())));
    changed.put(
        "lane speed limit",
        lane(
            base,
            0,
            0,
            l ->
                new Lane(
                    l.laneId(),
                    l.type(),
                    l.widthM(),
                    l.maneuvers(),
                    l.connections(),
                    List.of(),
                    l.centreLine())));
    changed.put(
        "centre line point",
        lane(
            base,
            0,
            0,
            l -> {
              List<GeoPoint> line = new ArrayList<>(l.centreLine());
              line.set(1, GeoPoint.of(39.7818, 116.50417));
              return l.withCentreLine(line);
            }));
    changed.put(
        "centre line direction", lane(base, 0, 0, l -> l.withCentreLine(reversed(l.centreLine()))));
    changed.put(
        "connection remote intersection",
        connection(
            base,
            c ->
                new LaneConnection(
                    IntersectionId.of(1, 1003), c.remoteLaneId(), c.maneuvers(), c.phaseId())));
    changed.put(
        "connection remote lane",
        connection(
            base,
            c ->
                new LaneConnection(
                    c.remoteIntersection(), OptionalInt.of(4), c.maneuvers(), c.phaseId())));
    changed.put(
        "connection remote lane absent",
        connection(
            base,
            c ->
                new LaneConnection(
                    c.remoteIntersection(), OptionalInt.empty(), c.maneuvers(), c.phaseId())));
    changed.put(
        "connection maneuvers",
        connection(
            base,
            c ->
                new LaneConnection(
                    c.remoteIntersection(),
                    c.remoteLaneId(),
                    Set.of(Maneuver.CAUTION),
                    c.phaseId())));
    changed.put(
        "connection phase",
        connection(
            base,
            c ->
                new LaneConnection(
                    c.remoteIntersection(), c.remoteLaneId(), c.maneuvers(), OptionalInt.of(4))));
    changed.put(
        "connection phase absent",
        connection(
            base,
            c ->
                new LaneConnection(
                    c.remoteIntersection(), c.remoteLaneId(), c.maneuvers(), OptionalInt.empty())));

    String baseHash = MapContent.hash(base);
    Map<String, String> seen = new HashMap<>();
    for (Map.Entry<String, Intersection> change : changed.entrySet()) {
      assertNotEquals(base, change.getValue(), change.getKey());
      String hash = MapContent.hash(change.getValue());
      assertNotEquals(baseHash, hash, change.getKey());
      String before = seen.put(hash, change.getKey());
      assertEquals(null, before, "same hash for '" + before + "' and '" + change.getKey() + "'");
    }
  }

  private static Intersection with(Intersection base, IntersectionId id) {
    return new Intersection(id, base.name(), base.refPoint(), base.elevationM(), base.approaches());
  }

  /** Changes the first connection of the first lane. */
  private static Intersection connection(Intersection base, UnaryOperator<LaneConnection> change) {
    return lane(
        base,
        0,
        0,
        l -> {
          List<LaneConnection> connections = new ArrayList<>(l.connections());
          connections.set(0, change.apply(connections.get(0)));
          return l.withConnections(connections);
        });
  }

  private static List<GeoPoint> reversed(List<GeoPoint> points) {
    List<GeoPoint> reversed = new ArrayList<>(points);
    Collections.reverse(reversed);
    return reversed;
  }

  private static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
