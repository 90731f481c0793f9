package org.openv2x.codec.common;

import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.uper.UperReader;
import org.openv2x.codec.uper.UperWriter;

/**
 * UPER encoding of the types shared by several messages. Each {@code decodeX(reader, field)} enters
 * {@code field} (null inside a SEQUENCE OF element), reads the value and leaves; each {@code
 * encodeX(writer, value)} writes it.
 */
public final class CommonUper {
  private CommonUper() {}

  // ---------------------------------------------------------------- enumerations

  public static <E extends Enum<E>> E decodeEnum(
      UperReader reader, E[] values, boolean extensible, String field) {
    return values[reader.readEnumerated(values.length, extensible, field)];
  }

  public static void encodeEnum(
      UperWriter writer, Enum<?> value, int rootCount, boolean extensible) {
    writer.writeEnumerated(value.ordinal(), rootCount, extensible);
  }

  private static final TimeConfidence[] TIME_CONFIDENCE = TimeConfidence.values();
  private static final PositionConfidence[] POSITION_CONFIDENCE = PositionConfidence.values();
  private static final ElevationConfidence[] ELEVATION_CONFIDENCE = ElevationConfidence.values();
  private static final SpeedConfidence[] SPEED_CONFIDENCE = SpeedConfidence.values();
  private static final HeadingConfidence[] HEADING_CONFIDENCE = HeadingConfidence.values();
  private static final SteeringWheelAngleConfidence[] STEER_CONFIDENCE =
      SteeringWheelAngleConfidence.values();
  private static final TransmissionState[] TRANSMISSION = TransmissionState.values();
  private static final PositionOffsetLl.Kind[] LL_KINDS = PositionOffsetLl.Kind.values();

  /** Shared {@code Optional} of each TimeConfidence, for decoders of OPTIONAL members. */
  public static final Optional<TimeConfidence>[] OPTIONAL_TIME_CONFIDENCE =
      OptionalEnums.cache(TIME_CONFIDENCE);

  /** Shared {@code Optional} of each TransmissionState, for decoders of OPTIONAL members. */
  public static final Optional<TransmissionState>[] OPTIONAL_TRANSMISSION =
      OptionalEnums.cache(TRANSMISSION);

  /**
   * Every PositionConfidenceSet, as shared {@code Optional}s: [pos][0] without elevation, [pos][1 +
   * elevation] with it. The set is immutable and small, so one instance of each value serves every
   * message.
   */
  private static final Optional<PositionConfidenceSet>[][] POSITION_CONFIDENCE_SETS =
      positionConfidenceSets();

  /** Every MotionConfidenceSet, as shared {@code Optional}s, indexed by {@link #motionIndex}. */
  private static final Optional<MotionConfidenceSet>[] MOTION_CONFIDENCE_SETS =
      motionConfidenceSets();

  @SuppressWarnings("unchecked")
  private static Optional<PositionConfidenceSet>[][] positionConfidenceSets() {
    Optional<PositionConfidenceSet>[][] sets =
        new Optional[POSITION_CONFIDENCE.length][ELEVATION_CONFIDENCE.length + 1];
    for (PositionConfidence pos : POSITION_CONFIDENCE) {
      sets[pos.ordinal()][0] = Optional.of(new PositionConfidenceSet(pos, Optional.empty()));
      for (ElevationConfidence elevation : ELEVATION_CONFIDENCE) {
        sets[pos.ordinal()][1 + elevation.ordinal()] =
            Optional.of(new PositionConfidenceSet(pos, Optional.of(elevation)));
      }
    }
    return sets;
  }

  private static int motionIndex(int speed, int heading, int steer) {
    return (speed * (HEADING_CONFIDENCE.length + 1) + heading) * (STEER_CONFIDENCE.length + 1)
        + steer;
  }

  @SuppressWarnings("unchecked")
  private static Optional<MotionConfidenceSet>[] motionConfidenceSets() {
    Optional<MotionConfidenceSet>[] sets =
        new Optional
            [(SPEED_CONFIDENCE.length + 1)
                * (HEADING_CONFIDENCE.length + 1)
                * (STEER_CONFIDENCE.length + 1)];
    for (int speed = 0; speed <= SPEED_CONFIDENCE.length; speed++) {
      for (int heading = 0; heading <= HEADING_CONFIDENCE.length; heading++) {
        for (int steer = 0; steer <= STEER_CONFIDENCE.length; steer++) {
          sets[motionIndex(speed, heading, steer)] =
              Optional.of(
                  new MotionConfidenceSet(
                      speed == 0 ? Optional.empty() : Optional.of(SPEED_CONFIDENCE[speed - 1]),
                      heading == 0
                          ? Optional.empty()
                          : Optional.of(HEADING_CONFIDENCE[heading - 1]),
                      steer == 0 ? Optional.empty() : Optional.of(STEER_CONFIDENCE[steer - 1])));
        }
      }
    }
    return sets;
  }

  /** An OPTIONAL enumerated member, as a shared {@code Optional} from {@code cache}. */
  public static <E extends Enum<E>> Optional<E> decodeOptionalEnum(
      UperReader reader, Optional<E>[] cache, boolean extensible, String field) {
    return cache[reader.readEnumerated(cache.length, extensible, field)];
  }

  private static final VerticalOffset.Kind[] V_KINDS = VerticalOffset.Kind.values();

  public static TimeConfidence decodeTimeConfidence(UperReader reader, String field) {
    return decodeEnum(reader, TIME_CONFIDENCE, false, field);
  }

  public static void encodeTimeConfidence(UperWriter writer, TimeConfidence value) {
    encodeEnum(writer, value, TIME_CONFIDENCE.length, false);
  }

  public static TransmissionState decodeTransmissionState(UperReader reader, String field) {
    return decodeEnum(reader, TRANSMISSION, false, field);
  }

  public static void encodeTransmissionState(UperWriter writer, TransmissionState value) {
    encodeEnum(writer, value, TRANSMISSION.length, false);
  }

  // ---------------------------------------------------------------- Position3D

  public static Position3D decodePosition3D(UperReader reader, String field) {
    reader.enter(field);
    boolean hasElevation = reader.readBoolean("elevation");
    int lat = reader.readConstrainedInt(Position3D.LAT_MIN, Position3D.LAT_MAX, "lat");
    int lon = reader.readConstrainedInt(Position3D.LON_MIN, Position3D.LON_MAX, "long");
    OptionalInt elevation =
        hasElevation
            ? OptionalInts.of(
                reader.readConstrainedInt(
                    Position3D.ELEVATION_MIN, Position3D.ELEVATION_MAX, "elevation"))
            : OptionalInt.empty();
    reader.exit();
    return new Position3D(lat, lon, elevation);
  }

  public static void encodePosition3D(UperWriter writer, Position3D value) {
    writer.writeBoolean(value.elevationDm().isPresent());
    writer.writeConstrained(value.latE7Deg(), Position3D.LAT_MIN, Position3D.LAT_MAX);
    writer.writeConstrained(value.lonE7Deg(), Position3D.LON_MIN, Position3D.LON_MAX);
    if (value.elevationDm().isPresent()) {
      writer.writeConstrained(
          value.elevationDm().getAsInt(), Position3D.ELEVATION_MIN, Position3D.ELEVATION_MAX);
    }
  }

  // ---------------------------------------------------------------- PositionalAccuracy

  public static PositionalAccuracy decodePositionalAccuracy(UperReader reader, String field) {
    reader.enter(field);
    int semiMajor = reader.readConstrainedInt(0, 255, "semiMajor");
    int semiMinor = reader.readConstrainedInt(0, 255, "semiMinor");
    int orientation = reader.readConstrainedInt(0, 65535, "orientation");
    reader.exit();
    return new PositionalAccuracy(semiMajor, semiMinor, orientation);
  }

  public static void encodePositionalAccuracy(UperWriter writer, PositionalAccuracy value) {
    writer.writeConstrained(value.semiMajor0p05M(), 0, 255);
    writer.writeConstrained(value.semiMinor0p05M(), 0, 255);
    writer.writeConstrained(value.orientation360Over65535Deg(), 0, 65535);
  }

  // ---------------------------------------------------------------- PositionConfidenceSet

  public static PositionConfidenceSet decodePositionConfidenceSet(UperReader reader, String field) {
    return decodeOptionalPositionConfidenceSet(reader, field).get();
  }

  /** A PositionConfidenceSet as a shared {@code Optional} (for OPTIONAL members). */
  public static Optional<PositionConfidenceSet> decodeOptionalPositionConfidenceSet(
      UperReader reader, String field) {
    reader.enter(field);
    boolean hasElevation = reader.readBoolean(null);
    int pos = reader.readEnumerated(POSITION_CONFIDENCE.length, false, "pos");
    int elevation =
        hasElevation
            ? 1 + reader.readEnumerated(ELEVATION_CONFIDENCE.length, false, "elevation")
            : 0;
    reader.exit();
    return POSITION_CONFIDENCE_SETS[pos][elevation];
  }

  public static void encodePositionConfidenceSet(UperWriter writer, PositionConfidenceSet value) {
    writer.writeBoolean(value.elevation().isPresent());
    encodeEnum(writer, value.pos(), POSITION_CONFIDENCE.length, false);
    if (value.elevation().isPresent()) {
      encodeEnum(writer, value.elevation().get(), ELEVATION_CONFIDENCE.length, false);
    }
  }

  // ---------------------------------------------------------------- MotionConfidenceSet

  public static MotionConfidenceSet decodeMotionConfidenceSet(UperReader reader, String field) {
    return decodeOptionalMotionConfidenceSet(reader, field).get();
  }

  /** A MotionConfidenceSet as a shared {@code Optional} (for OPTIONAL members). */
  public static Optional<MotionConfidenceSet> decodeOptionalMotionConfidenceSet(
      UperReader reader, String field) {
    reader.enter(field);
    int present = (int) reader.readBits(3, null);
    int speed =
        (present & 4) != 0
            ? 1 + reader.readEnumerated(SPEED_CONFIDENCE.length, false, "speedCfd")
            : 0;
    int heading =
        (present & 2) != 0
            ? 1 + reader.readEnumerated(HEADING_CONFIDENCE.length, false, "headingCfd")
            : 0;
    int steer =
        (present & 1) != 0
            ? 1 + reader.readEnumerated(STEER_CONFIDENCE.length, false, "steerCfd")
            : 0;
    reader.exit();
    return MOTION_CONFIDENCE_SETS[motionIndex(speed, heading, steer)];
  }

  public static void encodeMotionConfidenceSet(UperWriter writer, MotionConfidenceSet value) {
    writer.writeBoolean(value.speedCfd().isPresent());
    writer.writeBoolean(value.headingCfd().isPresent());
    writer.writeBoolean(value.steerCfd().isPresent());
    if (value.speedCfd().isPresent()) {
      encodeEnum(writer, value.speedCfd().get(), SPEED_CONFIDENCE.length, false);
    }
    if (value.headingCfd().isPresent()) {
      encodeEnum(writer, value.headingCfd().get(), HEADING_CONFIDENCE.length, false);
    }
    if (value.steerCfd().isPresent()) {
      encodeEnum(writer, value.steerCfd().get(), STEER_CONFIDENCE.length, false);
    }
  }

  // ---------------------------------------------------------------- AccelerationSet4Way

  public static AccelerationSet4Way decodeAccelerationSet4Way(UperReader reader, String field) {
    reader.enter(field);
    int lon = reader.readConstrainedInt(-2000, 2001, "long");
    int lat = reader.readConstrainedInt(-2000, 2001, "lat");
    int vert = reader.readConstrainedInt(-127, 127, "vert");
    int yaw = reader.readConstrainedInt(-32767, 32767, "yaw");
    reader.exit();
    return new AccelerationSet4Way(lon, lat, vert, yaw);
  }

  public static void encodeAccelerationSet4Way(UperWriter writer, AccelerationSet4Way value) {
    writer.writeConstrained(value.long0p01Mps2(), -2000, 2001);
    writer.writeConstrained(value.lat0p01Mps2(), -2000, 2001);
    writer.writeConstrained(value.vert0p02G(), -127, 127);
    writer.writeConstrained(value.yaw0p01DegPerS(), -32767, 32767);
  }

  // ---------------------------------------------------------------- VehicleSize

  public static VehicleSize decodeVehicleSize(UperReader reader, String field) {
    reader.enter(field);
    boolean hasHeight = reader.readBoolean("height");
    int width = reader.readConstrainedInt(0, 1023, "width");
    int length = reader.readConstrainedInt(0, 4095, "length");
    OptionalInt height =
        hasHeight
            ? OptionalInts.of(reader.readConstrainedInt(0, 127, "height"))
            : OptionalInt.empty();
    reader.exit();
    return new VehicleSize(width, length, height);
  }

  public static void encodeVehicleSize(UperWriter writer, VehicleSize value) {
    writer.writeBoolean(value.height5Cm().isPresent());
    writer.writeConstrained(value.widthCm(), 0, 1023);
    writer.writeConstrained(value.lengthCm(), 0, 4095);
    if (value.height5Cm().isPresent()) {
      writer.writeConstrained(value.height5Cm().getAsInt(), 0, 127);
    }
  }

  // ---------------------------------------------------------------- VehicleClassification

  public static VehicleClassification decodeVehicleClassification(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    boolean hasFuel = reader.readBoolean("fuelType");
    int classification = reader.readConstrainedInt(0, 255, "classification");
    OptionalInt fuel =
        hasFuel
            ? OptionalInts.of(reader.readConstrainedInt(0, 15, "fuelType"))
            : OptionalInt.empty();
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new VehicleClassification(classification, fuel);
  }

  public static void encodeVehicleClassification(UperWriter writer, VehicleClassification value) {
    writer.writeExtensionBit(false);
    writer.writeBoolean(value.fuelType().isPresent());
    writer.writeConstrained(value.classification(), 0, 255);
    if (value.fuelType().isPresent()) {
      writer.writeConstrained(value.fuelType().getAsInt(), 0, 15);
    }
  }

  // ---------------------------------------------------------------- NodeReferenceID

  public static NodeReferenceId decodeNodeReferenceId(UperReader reader, String field) {
    reader.enter(field);
    boolean hasRegion = reader.readBoolean("region");
    OptionalInt region =
        hasRegion
            ? OptionalInts.of(reader.readConstrainedInt(0, 65535, "region"))
            : OptionalInt.empty();
    int id = reader.readConstrainedInt(0, 65535, "id");
    reader.exit();
    return new NodeReferenceId(region, id);
  }

  public static void encodeNodeReferenceId(UperWriter writer, NodeReferenceId value) {
    writer.writeBoolean(value.region().isPresent());
    if (value.region().isPresent()) {
      writer.writeConstrained(value.region().getAsInt(), 0, 65535);
    }
    writer.writeConstrained(value.id(), 0, 65535);
  }

  // ---------------------------------------------------------------- PositionOffsetLLV

  public static PositionOffsetLlv decodePositionOffsetLlv(UperReader reader, String field) {
    reader.enter(field);
    boolean hasVertical = reader.readBoolean(null);
    PositionOffsetLl offsetLl = decodePositionOffsetLl(reader, "offsetLL");
    Optional<VerticalOffset> offsetV =
        hasVertical ? decodeOptionalVerticalOffset(reader, "offsetV") : Optional.empty();
    reader.exit();
    return new PositionOffsetLlv(offsetLl, offsetV);
  }

  public static void encodePositionOffsetLlv(UperWriter writer, PositionOffsetLlv value) {
    writer.writeBoolean(value.offsetV().isPresent());
    encodePositionOffsetLl(writer, value.offsetLl());
    if (value.offsetV().isPresent()) {
      encodeVerticalOffset(writer, value.offsetV().get());
    }
  }

  public static PositionOffsetLl decodePositionOffsetLl(UperReader reader, String field) {
    reader.enter(field);
    PositionOffsetLl.Kind kind = LL_KINDS[reader.readChoiceIndex(LL_KINDS.length, false, null)];
    reader.enter(kind.asnName());
    int lon = reader.readConstrainedInt(kind.lonMin(), kind.lonMax(), "lon");
    int lat = reader.readConstrainedInt(kind.latMin(), kind.latMax(), "lat");
    reader.exit();
    reader.exit();
    return new PositionOffsetLl(kind, lon, lat);
  }

  public static void encodePositionOffsetLl(UperWriter writer, PositionOffsetLl value) {
    PositionOffsetLl.Kind kind = value.kind();
    writer.writeChoiceIndex(kind.ordinal(), LL_KINDS.length, false);
    writer.writeConstrained(value.lonE7Deg(), kind.lonMin(), kind.lonMax());
    writer.writeConstrained(value.latE7Deg(), kind.latMin(), kind.latMax());
  }

  public static VerticalOffset decodeVerticalOffset(UperReader reader, String field) {
    return decodeOptionalVerticalOffset(reader, field).get();
  }

  /**
   * A VerticalOffset as an {@code Optional} (for OPTIONAL members); the small offsets (offset1, 7
   * bits, and offset2, 8 bits), by far the most common, are shared instances.
   */
  public static Optional<VerticalOffset> decodeOptionalVerticalOffset(
      UperReader reader, String field) {
    reader.enter(field);
    VerticalOffset.Kind kind = V_KINDS[reader.readChoiceIndex(V_KINDS.length, false, null)];
    int value = reader.readConstrainedInt(kind.min(), kind.max(), kind.asnName());
    reader.exit();
    if (kind == VerticalOffset.Kind.OFFSET1) {
      return SMALL_VERTICAL_OFFSETS[value - kind.min()];
    }
    if (kind == VerticalOffset.Kind.OFFSET2) {
      return SMALL_VERTICAL_OFFSETS[OFFSET1_COUNT + value - kind.min()];
    }
    return Optional.of(new VerticalOffset(kind, value));
  }

  private static final int OFFSET1_COUNT =
      VerticalOffset.Kind.OFFSET1.max() - VerticalOffset.Kind.OFFSET1.min() + 1;

  /** Every offset1 and offset2 VerticalOffset, as shared {@code Optional}s. */
  private static final Optional<VerticalOffset>[] SMALL_VERTICAL_OFFSETS = smallVerticalOffsets();

  @SuppressWarnings("unchecked")
  private static Optional<VerticalOffset>[] smallVerticalOffsets() {
    VerticalOffset.Kind two = VerticalOffset.Kind.OFFSET2;
    Optional<VerticalOffset>[] offsets = new Optional[OFFSET1_COUNT + two.max() - two.min() + 1];
    for (int i = 0; i < OFFSET1_COUNT; i++) {
      offsets[i] =
          Optional.of(
              new VerticalOffset(
                  VerticalOffset.Kind.OFFSET1, VerticalOffset.Kind.OFFSET1.min() + i));
    }
    for (int i = OFFSET1_COUNT; i < offsets.length; i++) {
      offsets[i] = Optional.of(new VerticalOffset(two, two.min() + i - OFFSET1_COUNT));
    }
    return offsets;
  }

  public static void encodeVerticalOffset(UperWriter writer, VerticalOffset value) {
    writer.writeChoiceIndex(value.kind().ordinal(), V_KINDS.length, false);
    writer.writeConstrained(value.valueDm(), value.kind().min(), value.kind().max());
  }
}
