package org.openv2x.codec.map;

import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.NamedBit;

/**
 * LaneTypeAttributes (MapLane): what kind of lane this is and its kind's attribute bits. A CHOICE
 * of 8 alternatives with an extension marker (no additions defined); every alternative is a BIT
 * STRING, so the model holds the alternative as {@link Kind} and the bits as a {@link BitString}
 * whose bit 0 is the first on the wire. {@code vehicle} is {@code SIZE(8,...)} (any size, 8 in the
 * root); the other seven are {@code SIZE(16)}. Named bits: {@link Vehicle}, {@link Crosswalk},
 * {@link Bike}, {@link Sidewalk}, {@link Barrier}, {@link Striping}, {@link TrackedVehicle}, {@link
 * Parking}.
 *
 * @param kind the CHOICE alternative
 * @param bits the alternative's BIT STRING: {@link Kind#size()} bits, or any size up to {@link
 *     Check#MAX_EXTENDED_BITS} for an alternative with an extensible size
 */
public record LaneTypeAttributes(Kind kind, BitString bits) {
  /** The alternatives, in root order, with the SIZE of their bit strings. */
  public enum Kind {
    /** Motor vehicle lanes: LaneAttributes-Vehicle, SIZE(8,...). */
    VEHICLE("vehicle", 8, true),
    /** Pedestrian crosswalks: LaneAttributes-Crosswalk, SIZE(16). */
    CROSSWALK("crosswalk", 16, false),
    /** Bike lanes: LaneAttributes-Bike, SIZE(16). */
    BIKE_LANE("bikeLane", 16, false),
    /** Pedestrian sidewalk paths: LaneAttributes-Sidewalk, SIZE(16). */
    SIDEWALK("sidewalk", 16, false),
    /** Medians and channelization: LaneAttributes-Barrier, SIZE(16). */
    MEDIAN("median", 16, false),
    /** Roadway markings: LaneAttributes-Striping, SIZE(16). */
    STRIPING("striping", 16, false),
    /** Trains and trolleys: LaneAttributes-TrackedVehicle, SIZE(16). */
    TRACKED_VEHICLE("trackedVehicle", 16, false),
    /** Parking and stopping lanes: LaneAttributes-Parking, SIZE(16). */
    PARKING("parking", 16, false);

    /** Whether the CHOICE has an extension marker. */
    public static final boolean EXTENSIBLE = true;

    private final String asnName;
    private final int size;
    private final boolean extensible;

    Kind(String asnName, int size, boolean extensible) {
      this.asnName = asnName;
      this.size = size;
      this.extensible = extensible;
    }

    public String asnName() {
      return asnName;
    }

    /** The size of the bit string (the root size if {@link #extensible()}). */
    public int size() {
      return size;
    }

    /** Whether the SIZE constraint of the bit string is extensible. */
    public boolean extensible() {
      return extensible;
    }
  }

  public LaneTypeAttributes {
    Check.notNull(kind, "kind");
    Check.size(bits, kind.size(), kind.size(), kind.extensible(), kind.asnName());
  }

  /**
   * The value of alternative {@code kind} with its root size and exactly {@code set} set.
   *
   * @throws IllegalArgumentException if a bit belongs to another alternative
   */
  public static LaneTypeAttributes of(Kind kind, LaneBit... set) {
    long value = 0;
    for (LaneBit bit : set) {
      if (bit.kind() != kind) {
        throw new IllegalArgumentException(bit.asnName() + " is not a bit of " + kind.asnName());
      }
      value |= 1L << (kind.size() - 1 - bit.bit());
    }
    return new LaneTypeAttributes(kind, BitString.ofBits(value, kind.size()));
  }

  /** Whether {@code bit} is a bit of this alternative and is set. */
  public boolean isSet(LaneBit bit) {
    return bit.kind() == kind && bit.isSetIn(bits);
  }

  /** A named bit of one of the alternatives. */
  public sealed interface LaneBit extends NamedBit
      permits Vehicle, Crosswalk, Bike, Sidewalk, Barrier, Striping, TrackedVehicle, Parking {
    /** The alternative whose bit string has this bit. */
    Kind kind();

    @Override
    default int sizeBits() {
      return kind().size();
    }
  }

  /**
   * The named bits of LaneAttributes-Vehicle, the bits of {@link Kind#VEHICLE}; bits past 7
   * (extended sizes) have no names.
   */
  public enum Vehicle implements LaneBit {
    IS_VEHICLE_REVOCABLE_LANE("isVehicleRevocableLane"),
    IS_VEHICLE_FLY_OVER_LANE("isVehicleFlyOverLane"),
    HOV_LANE_USE_ONLY("hovLaneUseOnly"),
    RESTRICTED_TO_BUS_USE("restrictedToBusUse"),
    RESTRICTED_TO_TAXI_USE("restrictedToTaxiUse"),
    RESTRICTED_FROM_PUBLIC_USE("restrictedFromPublicUse"),
    HAS_IR_BEACON_COVERAGE("hasIRbeaconCoverage"),
    PERMISSION_ON_REQUEST("permissionOnRequest");

    private final String asnName;

    Vehicle(String asnName) {
      this.asnName = asnName;
    }

    @Override
    public Kind kind() {
      return Kind.VEHICLE;
    }

    @Override
    public String asnName() {
      return asnName;
    }

    @Override
    public int bit() {
      return ordinal();
    }
  }

  /**
   * The named bits of LaneAttributes-Crosswalk, the bits of {@link Kind#CROSSWALK}; bits 9..15 are
   * reserved (zero).
   */
  public enum Crosswalk implements LaneBit {
    CROSSWALK_REVOCABLE_LANE("crosswalkRevocableLane"),
    BICYLE_USE_ALLOWED("bicyleUseAllowed"),
    IS_XWALK_FLY_OVER_LANE("isXwalkFlyOverLane"),
    FIXED_CYCLE_TIME("fixedCycleTime"),
    BI_DIRECTIONAL_CYCLE_TIMES("biDirectionalCycleTimes"),
    HAS_PUSH_TO_WALK_BUTTON("hasPushToWalkButton"),
    AUDIO_SUPPORT("audioSupport"),
    RF_SIGNAL_REQUEST_PRESENT("rfSignalRequestPresent"),
    UNSIGNALIZED_SEGMENTS_PRESENT("unsignalizedSegmentsPresent");

    private final String asnName;

    Crosswalk(String asnName) {
      this.asnName = asnName;
    }

    @Override
    public Kind kind() {
      return Kind.CROSSWALK;
    }

    @Override
    public String asnName() {
      return asnName;
    }

    @Override
    public int bit() {
      return ordinal();
    }
  }

  /**
   * The named bits of LaneAttributes-Bike, the bits of {@link Kind#BIKE_LANE}; bits 7..15 are
   * reserved (zero).
   */
  public enum Bike implements LaneBit {
    BIKE_REVOCABLE_LANE("bikeRevocableLane"),
    PEDESTRIAN_USE_ALLOWED("pedestrianUseAllowed"),
    IS_BIKE_FLY_OVER_LANE("isBikeFlyOverLane"),
    FIXED_CYCLE_TIME("fixedCycleTime"),
    BI_DIRECTIONAL_CYCLE_TIMES("biDirectionalCycleTimes"),
    ISOLATED_BY_BARRIER("isolatedByBarrier"),
    UNSIGNALIZED_SEGMENTS_PRESENT("unsignalizedSegmentsPresent");

    private final String asnName;

    Bike(String asnName) {
      this.asnName = asnName;
    }

    @Override
    public Kind kind() {
      return Kind.BIKE_LANE;
    }

    @Override
    public String asnName() {
      return asnName;
    }

    @Override
    public int bit() {
      return ordinal();
    }
  }

  /**
   * The named bits of LaneAttributes-Sidewalk, the bits of {@link Kind#SIDEWALK}; bits 4..15 are
   * reserved (zero).
   */
  public enum Sidewalk implements LaneBit {
    SIDEWALK_REVOCABLE_LANE("sidewalk-RevocableLane"),
    BICYLE_USE_ALLOWED("bicyleUseAllowed"),
    IS_SIDEWALK_FLY_OVER_LANE("isSidewalkFlyOverLane"),
    WALK_BIKES("walkBikes");

    private final String asnName;

    Sidewalk(String asnName) {
      this.asnName = asnName;
    }

    @Override
    public Kind kind() {
      return Kind.SIDEWALK;
    }

    @Override
    public String asnName() {
      return asnName;
    }

    @Override
    public int bit() {
      return ordinal();
    }
  }

  /**
   * The named bits of LaneAttributes-Barrier, the bits of {@link Kind#MEDIAN}; bits 10..15 are
   * reserved (zero).
   */
  public enum Barrier implements LaneBit {
    MEDIAN_REVOCABLE_LANE("median-RevocableLane"),
    MEDIAN("median"),
    WHITE_LINE_HASHING("whiteLineHashing"),
    STRIPED_LINES("stripedLines"),
    DOUBLE_STRIPED_LINES("doubleStripedLines"),
    TRAFFIC_CONES("trafficCones"),
    CONSTRUCTION_BARRIER("constructionBarrier"),
    TRAFFIC_CHANNELS("trafficChannels"),
    LOW_CURBS("lowCurbs"),
    HIGH_CURBS("highCurbs");

    private final String asnName;

    Barrier(String asnName) {
      this.asnName = asnName;
    }

    @Override
    public Kind kind() {
      return Kind.MEDIAN;
    }

    @Override
    public String asnName() {
      return asnName;
    }

    @Override
    public int bit() {
      return ordinal();
    }
  }

  /**
   * The named bits of LaneAttributes-Striping, the bits of {@link Kind#STRIPING}; bits 6..15 are
   * reserved (zero).
   */
  public enum Striping implements LaneBit {
    STRIPE_TO_CONNECTING_LANES_REVOCABLE_LANE("stripeToConnectingLanesRevocableLane"),
    STRIPE_DRAW_ON_LEFT("stripeDrawOnLeft"),
    STRIPE_DRAW_ON_RIGHT("stripeDrawOnRight"),
    STRIPE_TO_CONNECTING_LANES_LEFT("stripeToConnectingLanesLeft"),
    STRIPE_TO_CONNECTING_LANES_RIGHT("stripeToConnectingLanesRight"),
    STRIPE_TO_CONNECTING_LANES_AHEAD("stripeToConnectingLanesAhead");

    private final String asnName;

    Striping(String asnName) {
      this.asnName = asnName;
    }

    @Override
    public Kind kind() {
      return Kind.STRIPING;
    }

    @Override
    public String asnName() {
      return asnName;
    }

    @Override
    public int bit() {
      return ordinal();
    }
  }

  /**
   * The named bits of LaneAttributes-TrackedVehicle, the bits of {@link Kind#TRACKED_VEHICLE}; bits
   * 5..15 are reserved (zero).
   */
  public enum TrackedVehicle implements LaneBit {
    SPEC_REVOCABLE_LANE("spec-RevocableLane"),
    SPEC_COMMUTER_RAIL_ROAD_TRACK("spec-commuterRailRoadTrack"),
    SPEC_LIGHT_RAIL_ROAD_TRACK("spec-lightRailRoadTrack"),
    SPEC_HEAVY_RAIL_ROAD_TRACK("spec-heavyRailRoadTrack"),
    SPEC_OTHER_RAIL_TYPE("spec-otherRailType");

    private final String asnName;

    TrackedVehicle(String asnName) {
      this.asnName = asnName;
    }

    @Override
    public Kind kind() {
      return Kind.TRACKED_VEHICLE;
    }

    @Override
    public String asnName() {
      return asnName;
    }

    @Override
    public int bit() {
      return ordinal();
    }
  }

  /**
   * The named bits of LaneAttributes-Parking, the bits of {@link Kind#PARKING}; bits 7..15 are
   * reserved (zero).
   */
  public enum Parking implements LaneBit {
    PARKING_REVOCABLE_LANE("parkingRevocableLane"),
    PARALLEL_PARKING_IN_USE("parallelParkingInUse"),
    HEAD_IN_PARKING_IN_USE("headInParkingInUse"),
    DO_NOT_PARK_ZONE("doNotParkZone"),
    PARKING_FOR_BUS_USE("parkingForBusUse"),
    PARKING_FOR_TAXI_USE("parkingForTaxiUse"),
    NO_PUBLIC_PARKING_USE("noPublicParkingUse");

    private final String asnName;

    Parking(String asnName) {
      this.asnName = asnName;
    }

    @Override
    public Kind kind() {
      return Kind.PARKING;
    }

    @Override
    public String asnName() {
      return asnName;
    }

    @Override
    public int bit() {
      return ordinal();
    }
  }
}
