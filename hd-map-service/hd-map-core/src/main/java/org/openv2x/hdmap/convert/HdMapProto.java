package org.openv2x.hdmap.convert;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.MessageLite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
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
import org.openv2x.proto.v1.CommonProtos.NodeReferenceId;
import org.openv2x.proto.v1.HdMapProtos.HdMapApproach;
import org.openv2x.proto.v1.HdMapProtos.HdMapApproachKind;
import org.openv2x.proto.v1.HdMapProtos.HdMapBoundingBox;
import org.openv2x.proto.v1.HdMapProtos.HdMapConflictPoint;
import org.openv2x.proto.v1.HdMapProtos.HdMapDerived;
import org.openv2x.proto.v1.HdMapProtos.HdMapDerivedConnection;
import org.openv2x.proto.v1.HdMapProtos.HdMapDerivedLane;
import org.openv2x.proto.v1.HdMapProtos.HdMapGeoPoint;
import org.openv2x.proto.v1.HdMapProtos.HdMapIntersection;
import org.openv2x.proto.v1.HdMapProtos.HdMapLane;
import org.openv2x.proto.v1.HdMapProtos.HdMapLaneConnection;
import org.openv2x.proto.v1.HdMapProtos.HdMapLaneType;
import org.openv2x.proto.v1.HdMapProtos.HdMapManeuver;
import org.openv2x.proto.v1.HdMapProtos.HdMapSnapshot;
import org.openv2x.proto.v1.HdMapProtos.HdMapSource;
import org.openv2x.proto.v1.HdMapProtos.HdMapSpeedLimit;
import org.openv2x.proto.v1.HdMapProtos.HdMapSpeedLimitType;
import org.openv2x.proto.v1.HdMapProtos.HdMapStopLine;
import org.openv2x.proto.v1.HdMapProtos.HdMapVersionInfo;

/**
 * The map model as protobuf ({@code v2x.v1.HdMapSnapshot} of hdmap.proto): the value of the
 * compacted topic {@code v2x.hdmap} and of the map store. Degrees, metres and m/s are kept as the
 * model's doubles, so the mapping is lossless, except that times are kept to the microsecond (a
 * finer part is dropped). Bytes are written with deterministic serialization: equal values give
 * equal bytes.
 *
 * <p>Reading refuses a snapshot with a missing part, an unspecified or unknown enum value, or a
 * value out of range with an {@link IllegalArgumentException} whose message starts with the path of
 * the field, e.g. {@code content.approaches[1].lanes[0].centre_line[2]: latitude must be ...}.
 */
public final class HdMapProto {
  private static final int NODE_ID_MAX = IntersectionId.MAX;
  private static final int LANE_ID_MAX = 255;
  private static final int PHASE_ID_MAX = 255;
  private static final int MSG_CNT_MAX = 127;
  private static final long MICROS_PER_SECOND = 1_000_000L;

  private static final Maneuver[] MANEUVERS = Maneuver.values();
  private static final LaneType[] LANE_TYPES = LaneType.values();
  private static final ApproachKind[] APPROACH_KINDS = ApproachKind.values();
  private static final SpeedLimitType[] SPEED_LIMIT_TYPES = SpeedLimitType.values();
  private static final MapSource[] SOURCES = MapSource.values();

  private HdMapProto() {}

  // ---- snapshot ----

  /** The snapshot of one stored version. */
  public static HdMapSnapshot toProto(IntersectionVersion version) {
    return HdMapSnapshot.newBuilder()
        .setContent(toProto(version.intersection()))
        .setInfo(info(version.info()))
        .setDerived(derived(version.derived()))
        .build();
  }

  /**
   * The version a snapshot holds.
   *
   * @throws IllegalArgumentException naming the missing or out-of-range field
   */
  public static IntersectionVersion fromProto(HdMapSnapshot snapshot) {
    require(snapshot.hasContent(), "content");
    require(snapshot.hasInfo(), "info");
    require(snapshot.hasDerived(), "derived");
    Intersection content = fromProto(snapshot.getContent());
    VersionInfo info = info(snapshot.getInfo());
    DerivedGeometry derived = derived(snapshot.getDerived());
    return build("snapshot", () -> new IntersectionVersion(content, info, derived));
  }

  /** The snapshot's bytes, deterministic: equal versions give equal bytes. */
  public static byte[] toBytes(IntersectionVersion version) {
    return deterministicBytes(toProto(version));
  }

  /**
   * The version in a snapshot's bytes.
   *
   * @throws IllegalArgumentException when the bytes are not an {@code HdMapSnapshot} or the
   *     snapshot is refused by {@link #fromProto(HdMapSnapshot)}
   */
  public static IntersectionVersion fromBytes(byte[] bytes) {
    if (bytes == null) {
      throw new IllegalArgumentException("snapshot bytes: missing");
    }
    HdMapSnapshot snapshot;
    try {
      snapshot = HdMapSnapshot.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException(
          "snapshot bytes: not an HdMapSnapshot (" + bytes.length + " bytes): " + e.getMessage(),
          e);
    }
    return fromProto(snapshot);
  }

  // ---- content ----

  /** The content of an intersection's map. */
  public static HdMapIntersection toProto(Intersection intersection) {
    HdMapIntersection.Builder proto =
        HdMapIntersection.newBuilder()
            .setId(nodeId(intersection.id()))
            .setRefPoint(point(intersection.refPoint()));
    intersection.name().ifPresent(proto::setName);
    intersection.elevationM().ifPresent(proto::setElevationM);
    for (Approach approach : intersection.approaches()) {
      proto.addApproaches(approach(approach));
    }
    return proto.build();
  }

  /**
   * The intersection of a content message; paths in errors start with {@code content}.
   *
   * @throws IllegalArgumentException naming the missing or out-of-range field
   */
  public static Intersection fromProto(HdMapIntersection proto) {
    String path = "content";
    require(proto.hasId(), path + ".id");
    require(proto.hasRefPoint(), path + ".ref_point");
    IntersectionId id = nodeId(proto.getId(), path + ".id");
    GeoPoint refPoint = point(proto.getRefPoint(), path + ".ref_point");
    List<Approach> approaches = new ArrayList<>(proto.getApproachesCount());
    for (int i = 0; i < proto.getApproachesCount(); i++) {
      approaches.add(approach(proto.getApproaches(i), path + ".approaches[" + i + "]"));
    }
    Optional<String> name = proto.hasName() ? Optional.of(proto.getName()) : Optional.empty();
    OptionalDouble elevationM =
        proto.hasElevationM() ? OptionalDouble.of(proto.getElevationM()) : OptionalDouble.empty();
    return build(path, () -> new Intersection(id, name, refPoint, elevationM, approaches));
  }

  /**
   * The deterministic bytes of a content message: the same content always gives the same bytes,
   * which {@code MapContent.hash} digests.
   */
  public static byte[] toBytes(Intersection intersection) {
    return deterministicBytes(toProto(intersection));
  }

  private static HdMapApproach approach(Approach approach) {
    HdMapApproach.Builder proto =
        HdMapApproach.newBuilder()
            .setKindValue(approach.kind().ordinal() + 1)
            .setOtherNode(nodeId(approach.otherNode()));
    approach.name().ifPresent(proto::setName);
    for (SpeedLimit limit : approach.speedLimits()) {
      proto.addSpeedLimits(speedLimit(limit));
    }
    approach.widthM().ifPresent(proto::setWidthM);
    for (Lane lane : approach.lanes()) {
      proto.addLanes(lane(lane));
    }
    return proto.build();
  }

  private static Approach approach(HdMapApproach proto, String path) {
    ApproachKind kind =
        enumValue(APPROACH_KINDS, proto.getKindValue(), HdMapApproachKind.class, path + ".kind");
    require(proto.hasOtherNode(), path + ".other_node");
    IntersectionId otherNode = nodeId(proto.getOtherNode(), path + ".other_node");
    List<SpeedLimit> speedLimits = speedLimits(proto.getSpeedLimitsList(), path);
    List<Lane> lanes = new ArrayList<>(proto.getLanesCount());
    for (int i = 0; i < proto.getLanesCount(); i++) {
      lanes.add(lane(proto.getLanes(i), path + ".lanes[" + i + "]"));
    }
    Optional<String> name = proto.hasName() ? Optional.of(proto.getName()) : Optional.empty();
    OptionalDouble widthM =
        proto.hasWidthM() ? OptionalDouble.of(proto.getWidthM()) : OptionalDouble.empty();
    return build(path, () -> new Approach(kind, otherNode, name, speedLimits, widthM, lanes));
  }

  private static HdMapLane lane(Lane lane) {
    HdMapLane.Builder proto =
        HdMapLane.newBuilder().setLaneId(lane.laneId()).setTypeValue(lane.type().ordinal() + 1);
    lane.widthM().ifPresent(proto::setWidthM);
    proto.addAllManeuversValue(maneuvers(lane.maneuvers()));
    for (LaneConnection connection : lane.connections()) {
      proto.addConnections(connection(connection));
    }
    for (SpeedLimit limit : lane.speedLimits()) {
      proto.addSpeedLimits(speedLimit(limit));
    }
    for (GeoPoint point : lane.centreLine()) {
      proto.addCentreLine(point(point));
    }
    return proto.build();
  }

  private static Lane lane(HdMapLane proto, String path) {
    int laneId = range(proto.getLaneId(), LANE_ID_MAX, path + ".lane_id");
    LaneType type =
        enumValue(LANE_TYPES, proto.getTypeValue(), HdMapLaneType.class, path + ".type");
    OptionalDouble widthM =
        proto.hasWidthM() ? OptionalDouble.of(proto.getWidthM()) : OptionalDouble.empty();
    Set<Maneuver> maneuvers = maneuvers(proto.getManeuversValueList(), path + ".maneuvers");
    List<LaneConnection> connections = new ArrayList<>(proto.getConnectionsCount());
    for (int i = 0; i < proto.getConnectionsCount(); i++) {
      connections.add(connection(proto.getConnections(i), path + ".connections[" + i + "]"));
    }
    List<SpeedLimit> speedLimits = speedLimits(proto.getSpeedLimitsList(), path);
    List<GeoPoint> centreLine = points(proto.getCentreLineList(), path + ".centre_line");
    return build(
        path,
        () -> new Lane(laneId, type, widthM, maneuvers, connections, speedLimits, centreLine));
  }

  private static HdMapLaneConnection connection(LaneConnection connection) {
    HdMapLaneConnection.Builder proto =
        HdMapLaneConnection.newBuilder()
            .setRemoteIntersection(nodeId(connection.remoteIntersection()))
            .addAllManeuversValue(maneuvers(connection.maneuvers()));
    connection
        .remoteLaneId()
        .ifPresent(
            id -> proto.setRemoteLaneId(range(id, LANE_ID_MAX, "connection remote_lane_id")));
    connection
        .phaseId()
        .ifPresent(id -> proto.setPhaseId(range(id, PHASE_ID_MAX, "connection phase_id")));
    return proto.build();
  }

  private static LaneConnection connection(HdMapLaneConnection proto, String path) {
    require(proto.hasRemoteIntersection(), path + ".remote_intersection");
    IntersectionId remote = nodeId(proto.getRemoteIntersection(), path + ".remote_intersection");
    OptionalInt remoteLaneId =
        proto.hasRemoteLaneId()
            ? OptionalInt.of(range(proto.getRemoteLaneId(), LANE_ID_MAX, path + ".remote_lane_id"))
            : OptionalInt.empty();
    Set<Maneuver> maneuvers = maneuvers(proto.getManeuversValueList(), path + ".maneuvers");
    OptionalInt phaseId =
        proto.hasPhaseId()
            ? OptionalInt.of(range(proto.getPhaseId(), PHASE_ID_MAX, path + ".phase_id"))
            : OptionalInt.empty();
    return build(path, () -> new LaneConnection(remote, remoteLaneId, maneuvers, phaseId));
  }

  private static HdMapSpeedLimit speedLimit(SpeedLimit limit) {
    return HdMapSpeedLimit.newBuilder()
        .setTypeValue(limit.type().ordinal() + 1)
        .setSpeedMps(limit.speedMps())
        .build();
  }

  private static List<SpeedLimit> speedLimits(List<HdMapSpeedLimit> protos, String parentPath) {
    List<SpeedLimit> limits = new ArrayList<>(protos.size());
    for (int i = 0; i < protos.size(); i++) {
      String path = parentPath + ".speed_limits[" + i + "]";
      HdMapSpeedLimit proto = protos.get(i);
      SpeedLimitType type =
          enumValue(
              SPEED_LIMIT_TYPES, proto.getTypeValue(), HdMapSpeedLimitType.class, path + ".type");
      limits.add(build(path, () -> new SpeedLimit(type, proto.getSpeedMps())));
    }
    return limits;
  }

  // ---- version facts ----

  private static HdMapVersionInfo info(VersionInfo info) {
    HdMapVersionInfo.Builder proto =
        HdMapVersionInfo.newBuilder()
            .setVersion(info.version())
            .setSourceValue(info.source().ordinal() + 1)
            .setStoredAtEpochUs(epochMicros(info.storedAt(), "info.stored_at"))
            .setContentHash(info.contentHash());
    info.msgCnt().ifPresent(count -> proto.setMsgCnt(range(count, MSG_CNT_MAX, "info.msg_cnt")));
    info.messageTime()
        .ifPresent(time -> proto.setMessageTimeEpochUs(epochMicros(time, "info.message_time")));
    info.origin().ifPresent(proto::setOrigin);
    return proto.build();
  }

  private static VersionInfo info(HdMapVersionInfo proto) {
    String path = "info";
    if (proto.getVersion() < 1) {
      throw invalid(
          path + ".version",
          "must be 1 or more, is " + Integer.toUnsignedString(proto.getVersion()));
    }
    MapSource source =
        enumValue(SOURCES, proto.getSourceValue(), HdMapSource.class, path + ".source");
    if (proto.getContentHash().isEmpty()) {
      throw invalid(path + ".content_hash", "missing");
    }
    Instant storedAt = instant(proto.getStoredAtEpochUs());
    OptionalInt msgCnt =
        proto.hasMsgCnt()
            ? OptionalInt.of(range(proto.getMsgCnt(), MSG_CNT_MAX, path + ".msg_cnt"))
            : OptionalInt.empty();
    Optional<Instant> messageTime =
        proto.hasMessageTimeEpochUs()
            ? Optional.of(instant(proto.getMessageTimeEpochUs()))
            : Optional.empty();
    Optional<String> origin = proto.hasOrigin() ? Optional.of(proto.getOrigin()) : Optional.empty();
    return build(
        path,
        () ->
            new VersionInfo(
                proto.getVersion(),
                source,
                storedAt,
                proto.getContentHash(),
                msgCnt,
                messageTime,
                origin));
  }

  // ---- derived geometry ----

  private static HdMapDerived derived(DerivedGeometry derived) {
    HdMapDerived.Builder proto = HdMapDerived.newBuilder();
    for (int i = 0; i < derived.lanes().size(); i++) {
      proto.addLanes(derivedLane(derived.lanes().get(i), "derived.lanes[" + i + "]"));
    }
    for (int i = 0; i < derived.connections().size(); i++) {
      proto.addConnections(
          derivedConnection(derived.connections().get(i), "derived.connections[" + i + "]"));
    }
    for (int i = 0; i < derived.conflicts().size(); i++) {
      proto.addConflicts(conflict(derived.conflicts().get(i), "derived.conflicts[" + i + "]"));
    }
    for (GeoPoint point : derived.box()) {
      proto.addBox(point(point));
    }
    BoundingBox bounds = present(derived.bounds(), "derived.bounds");
    proto.setBounds(
        HdMapBoundingBox.newBuilder()
            .setMinLatDeg(bounds.minLatDeg())
            .setMinLonDeg(bounds.minLonDeg())
            .setMaxLatDeg(bounds.maxLatDeg())
            .setMaxLonDeg(bounds.maxLonDeg()));
    return proto.build();
  }

  private static DerivedGeometry derived(HdMapDerived proto) {
    String path = "derived";
    List<DerivedLane> lanes = new ArrayList<>(proto.getLanesCount());
    for (int i = 0; i < proto.getLanesCount(); i++) {
      lanes.add(derivedLane(proto.getLanes(i), path + ".lanes[" + i + "]"));
    }
    List<DerivedConnection> connections = new ArrayList<>(proto.getConnectionsCount());
    for (int i = 0; i < proto.getConnectionsCount(); i++) {
      connections.add(derivedConnection(proto.getConnections(i), path + ".connections[" + i + "]"));
    }
    List<ConflictPoint> conflicts = new ArrayList<>(proto.getConflictsCount());
    for (int i = 0; i < proto.getConflictsCount(); i++) {
      conflicts.add(conflict(proto.getConflicts(i), path + ".conflicts[" + i + "]"));
    }
    List<GeoPoint> box = points(proto.getBoxList(), path + ".box");
    require(proto.hasBounds(), path + ".bounds");
    HdMapBoundingBox b = proto.getBounds();
    BoundingBox bounds =
        build(
            path + ".bounds",
            () ->
                new BoundingBox(
                    b.getMinLatDeg(), b.getMinLonDeg(), b.getMaxLatDeg(), b.getMaxLonDeg()));
    return build(path, () -> new DerivedGeometry(lanes, connections, conflicts, box, bounds));
  }

  private static HdMapDerivedLane derivedLane(DerivedLane lane, String path) {
    HdMapDerivedLane.Builder proto =
        HdMapDerivedLane.newBuilder()
            .setLaneKey(present(lane.laneKey(), path + ".lane_key"))
            .setWidthM(lane.widthM())
            .setLengthM(lane.lengthM());
    for (GeoPoint point : lane.polygon()) {
      proto.addPolygon(point(point));
    }
    lane.stopLine()
        .ifPresent(
            stopLine ->
                proto.setStopLine(
                    HdMapStopLine.newBuilder()
                        .setCentre(point(present(stopLine.centre(), path + ".stop_line.centre")))
                        .setLeft(point(present(stopLine.left(), path + ".stop_line.left")))
                        .setRight(point(present(stopLine.right(), path + ".stop_line.right")))));
    return proto.build();
  }

  private static DerivedLane derivedLane(HdMapDerivedLane proto, String path) {
    List<GeoPoint> polygon = points(proto.getPolygonList(), path + ".polygon");
    Optional<StopLine> stopLine = Optional.empty();
    if (proto.hasStopLine()) {
      HdMapStopLine line = proto.getStopLine();
      String linePath = path + ".stop_line";
      require(line.hasCentre(), linePath + ".centre");
      require(line.hasLeft(), linePath + ".left");
      require(line.hasRight(), linePath + ".right");
      stopLine =
          Optional.of(
              new StopLine(
                  point(line.getCentre(), linePath + ".centre"),
                  point(line.getLeft(), linePath + ".left"),
                  point(line.getRight(), linePath + ".right")));
    }
    Optional<StopLine> line = stopLine;
    return build(
        path,
        () ->
            new DerivedLane(
                proto.getLaneKey(), proto.getWidthM(), proto.getLengthM(), polygon, line));
  }

  private static HdMapDerivedConnection derivedConnection(
      DerivedConnection connection, String path) {
    HdMapDerivedConnection.Builder proto =
        HdMapDerivedConnection.newBuilder()
            .setConnectionKey(present(connection.connectionKey(), path + ".connection_key"))
            .setFromLaneKey(present(connection.fromLaneKey(), path + ".from_lane_key"))
            .setToLaneKey(present(connection.toLaneKey(), path + ".to_lane_key"))
            .addAllManeuversValue(maneuvers(connection.maneuvers()))
            .setLengthM(connection.lengthM())
            .setPathEstimated(connection.pathEstimated());
    connection
        .phaseId()
        .ifPresent(id -> proto.setPhaseId(range(id, PHASE_ID_MAX, path + ".phase_id")));
    for (GeoPoint point : connection.path()) {
      proto.addPath(point(point));
    }
    return proto.build();
  }

  private static DerivedConnection derivedConnection(HdMapDerivedConnection proto, String path) {
    OptionalInt phaseId =
        proto.hasPhaseId()
            ? OptionalInt.of(range(proto.getPhaseId(), PHASE_ID_MAX, path + ".phase_id"))
            : OptionalInt.empty();
    Set<Maneuver> maneuvers = maneuvers(proto.getManeuversValueList(), path + ".maneuvers");
    List<GeoPoint> points = points(proto.getPathList(), path + ".path");
    return build(
        path,
        () ->
            new DerivedConnection(
                proto.getConnectionKey(),
                proto.getFromLaneKey(),
                proto.getToLaneKey(),
                phaseId,
                maneuvers,
                points,
                proto.getLengthM(),
                proto.getPathEstimated()));
  }

  private static HdMapConflictPoint conflict(ConflictPoint conflict, String path) {
    return HdMapConflictPoint.newBuilder()
        .setConnectionA(present(conflict.connectionA(), path + ".connection_a"))
        .setConnectionB(present(conflict.connectionB(), path + ".connection_b"))
        .setPoint(point(present(conflict.point(), path + ".point")))
        .setDistanceAlongAM(conflict.distanceAlongAM())
        .setDistanceAlongBM(conflict.distanceAlongBM())
        .build();
  }

  private static ConflictPoint conflict(HdMapConflictPoint proto, String path) {
    require(proto.hasPoint(), path + ".point");
    GeoPoint point = point(proto.getPoint(), path + ".point");
    return new ConflictPoint(
        proto.getConnectionA(),
        proto.getConnectionB(),
        point,
        proto.getDistanceAlongAM(),
        proto.getDistanceAlongBM());
  }

  // ---- small parts ----

  private static NodeReferenceId nodeId(IntersectionId id) {
    NodeReferenceId.Builder proto = NodeReferenceId.newBuilder().setId(id.id());
    id.region().ifPresent(proto::setRegion);
    return proto.build();
  }

  private static IntersectionId nodeId(NodeReferenceId proto, String path) {
    int id = range(proto.getId(), NODE_ID_MAX, path + ".id");
    OptionalInt region =
        proto.hasRegion()
            ? OptionalInt.of(range(proto.getRegion(), NODE_ID_MAX, path + ".region"))
            : OptionalInt.empty();
    return new IntersectionId(region, id);
  }

  private static HdMapGeoPoint point(GeoPoint point) {
    return HdMapGeoPoint.newBuilder().setLatDeg(point.latDeg()).setLonDeg(point.lonDeg()).build();
  }

  private static GeoPoint point(HdMapGeoPoint proto, String path) {
    return build(path, () -> new GeoPoint(proto.getLatDeg(), proto.getLonDeg()));
  }

  private static List<GeoPoint> points(List<HdMapGeoPoint> protos, String path) {
    List<GeoPoint> points = new ArrayList<>(protos.size());
    for (int i = 0; i < protos.size(); i++) {
      points.add(point(protos.get(i), path + "[" + i + "]"));
    }
    return points;
  }

  /** The numbers of the manoeuvres, in enum order (so the bytes do not depend on set order). */
  private static List<Integer> maneuvers(Set<Maneuver> maneuvers) {
    List<Integer> numbers = new ArrayList<>(maneuvers.size());
    for (Maneuver maneuver : MANEUVERS) {
      if (maneuvers.contains(maneuver)) {
        numbers.add(maneuver.ordinal() + 1);
      }
    }
    return numbers;
  }

  private static Set<Maneuver> maneuvers(List<Integer> numbers, String path) {
    EnumSet<Maneuver> maneuvers = EnumSet.noneOf(Maneuver.class);
    for (int i = 0; i < numbers.size(); i++) {
      maneuvers.add(
          enumValue(MANEUVERS, numbers.get(i), HdMapManeuver.class, path + "[" + i + "]"));
    }
    return maneuvers;
  }

  /**
   * The model constant of a proto enum number: the proto enum lists the model's constants in order
   * from 1, after its UNSPECIFIED 0.
   */
  private static <E extends Enum<E>> E enumValue(
      E[] values, int number, Class<?> protoEnum, String path) {
    if (number == 0) {
      throw invalid(path, "missing (" + protoEnum.getSimpleName() + " unspecified)");
    }
    if (number < 1 || number > values.length) {
      throw invalid(path, "unknown " + protoEnum.getSimpleName() + " value " + number);
    }
    return values[number - 1];
  }

  private static int range(int value, int max, String path) {
    if (value < 0 || value > max) {
      throw invalid(path, "must be 0.." + max + ", is " + Integer.toUnsignedString(value));
    }
    return value;
  }

  private static long epochMicros(Instant instant, String path) {
    try {
      return Math.addExact(
          Math.multiplyExact(instant.getEpochSecond(), MICROS_PER_SECOND),
          instant.getNano() / 1000);
    } catch (ArithmeticException e) {
      throw invalid(path, instant + " is beyond the range of epoch microseconds");
    }
  }

  private static Instant instant(long epochMicros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(epochMicros, MICROS_PER_SECOND),
        Math.floorMod(epochMicros, MICROS_PER_SECOND) * 1000);
  }

  private static byte[] deterministicBytes(MessageLite message) {
    byte[] bytes = new byte[message.getSerializedSize()];
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    out.useDeterministicSerialization();
    try {
      message.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing into an array of the exact size", e);
    }
    out.checkNoSpaceLeft();
    return bytes;
  }

  private static void require(boolean present, String path) {
    if (!present) {
      throw invalid(path, "missing");
    }
  }

  private static <T> T present(T value, String path) {
    if (value == null) {
      throw invalid(path, "missing");
    }
    return value;
  }

  /** Runs a model constructor, putting the path in front of its reason. */
  private static <T> T build(String path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
    }
  }

  private static IllegalArgumentException invalid(String path, String reason) {
    return new IllegalArgumentException(path + ": " + reason);
  }
}
