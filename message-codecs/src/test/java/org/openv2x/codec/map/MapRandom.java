package org.openv2x.codec.map;

import static org.openv2x.codec.common.CommonRandom.between;
import static org.openv2x.codec.common.CommonRandom.maybe;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Function;
import org.openv2x.codec.common.CommonRandom;

/**
 * Random valid values of the MapData family, for property tests. Every OPTIONAL member is present
 * or absent, every CHOICE alternative and enumeration value comes out, and every list size of the
 * standard is reached: each message picks one "wide" level whose lists span their whole range while
 * the lists nested in it stay short, so one message stays below about 20 KB of UPER.
 */
public final class MapRandom {
  private MapRandom() {}

  /**
   * The largest size each list may take in one message (the type's own upper bound still applies).
   */
  public record Caps(
      int nodes,
      int inLinks,
      int lanes,
      int movements,
      int points,
      int connectsTo,
      int speedLimits) {}

  /** Caps for a typical small message. */
  public static final Caps TYPICAL = new Caps(3, 3, 3, 3, 4, 3, 3);

  private static final Caps[] WIDE = {
    new Caps(63, 1, 1, 1, 2, 1, 1), // many nodes
    new Caps(2, 32, 1, 1, 2, 1, 2), // many links
    new Caps(1, 2, 32, 2, 2, 1, 1), // many lanes
    new Caps(1, 1, 2, 32, 31, 16, 9), // long lists inside links and lanes
  };

  public static MapData mapData(Random random) {
    int mode = random.nextInt(8);
    Caps caps = mode < WIDE.length ? WIDE[mode] : TYPICAL;
    return mapData(random, caps);
  }

  public static MapData mapData(Random random, Caps caps) {
    return new MapData(
        between(random, 0, 127),
        maybe(random, 0, MapData.MINUTE_OF_THE_YEAR_MAX),
        CommonRandom.list(random, 1, MapData.NODES_MAX, caps.nodes(), r -> node(r, caps)));
  }

  public static Node node(Random random, Caps caps) {
    return new Node(
        name(random),
        CommonRandom.nodeReferenceId(random),
        CommonRandom.position3D(random),
        maybeList(random, 1, Node.IN_LINKS_MAX, caps.inLinks(), r -> link(r, caps)));
  }

  public static Link link(Random random, Caps caps) {
    return new Link(
        name(random),
        CommonRandom.nodeReferenceId(random),
        maybeList(random, 1, Link.SPEED_LIMITS_MAX, caps.speedLimits(), MapRandom::speedLimit),
        maybe(random, 0, Lane.LANE_WIDTH_MAX),
        maybeList(random, Link.POINTS_MIN, Link.POINTS_MAX, caps.points(), MapRandom::roadPoint),
        maybeList(random, 1, Link.MOVEMENTS_MAX, caps.movements(), MapRandom::movement),
        CommonRandom.list(random, 1, Link.LANES_MAX, caps.lanes(), r -> lane(r, caps)));
  }

  public static Movement movement(Random random) {
    return new Movement(CommonRandom.nodeReferenceId(random), maybe(random, 0, 255));
  }

  public static Lane lane(Random random, Caps caps) {
    return new Lane(
        between(random, 0, Lane.LANE_ID_MAX),
        maybe(random, 0, Lane.LANE_WIDTH_MAX),
        maybe(random, MapRandom::laneAttributes),
        maybeBits(random, AllowedManeuver.SIZE_BITS),
        maybeList(random, 1, Lane.CONNECTS_TO_MAX, caps.connectsTo(), MapRandom::connection),
        maybeList(random, 1, Link.SPEED_LIMITS_MAX, caps.speedLimits(), MapRandom::speedLimit),
        maybeList(random, Link.POINTS_MIN, Link.POINTS_MAX, caps.points(), MapRandom::roadPoint));
  }

  public static LaneAttributes laneAttributes(Random random) {
    return new LaneAttributes(
        maybeBits(random, LaneSharingBit.SIZE_BITS), laneTypeAttributes(random));
  }

  public static LaneTypeAttributes laneTypeAttributes(Random random) {
    LaneTypeAttributes.Kind kind = CommonRandom.oneOf(random, LaneTypeAttributes.Kind.values());
    return new LaneTypeAttributes(
        kind, CommonRandom.bitString(random, kind.size(), kind.size(), kind.extensible()));
  }

  public static Connection connection(Random random) {
    return new Connection(
        CommonRandom.nodeReferenceId(random),
        maybe(random, MapRandom::connectingLane),
        maybe(random, 0, 255));
  }

  public static ConnectingLane connectingLane(Random random) {
    return new ConnectingLane(
        between(random, 0, Lane.LANE_ID_MAX), maybeBits(random, AllowedManeuver.SIZE_BITS));
  }

  public static RoadPoint roadPoint(Random random) {
    return new RoadPoint(CommonRandom.positionOffsetLlv(random));
  }

  public static RegulatorySpeedLimit speedLimit(Random random) {
    return new RegulatorySpeedLimit(
        CommonRandom.oneOf(random, SpeedLimitType.values()),
        between(random, RegulatorySpeedLimit.SPEED_MIN, RegulatorySpeedLimit.SPEED_MAX));
  }

  private static Optional<String> name(Random random) {
    return maybe(random, r -> CommonRandom.ia5(r, 1, Node.NAME_MAX_LENGTH, Node.NAME_MAX_LENGTH));
  }

  private static OptionalInt maybeBits(Random random, int sizeBits) {
    return random.nextBoolean()
        ? OptionalInt.of(CommonRandom.bits(random, sizeBits))
        : OptionalInt.empty();
  }

  private static <T> Optional<List<T>> maybeList(
      Random random, int lower, int upper, int cap, Function<Random, T> element) {
    return random.nextBoolean()
        ? Optional.of(CommonRandom.list(random, lower, upper, cap, element))
        : Optional.empty();
  }
}
