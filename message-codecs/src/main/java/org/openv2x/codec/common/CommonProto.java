package org.openv2x.codec.common;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.proto.v1.CommonProtos;

/**
 * Lossless mapping between the shared model types and their protobuf messages ({@code
 * v2x/v1/common.proto}). {@code toProto} is on the gateway's hot path and only copies; {@code
 * fromProto} checks every value and names the path of a bad one.
 */
public final class CommonProto {
  private CommonProto() {}

  /** The model enum value with root index {@code number}, or an exception naming {@code path}. */
  public static <E extends Enum<E>> E enumFromNumber(int number, E[] values, String path) {
    if (number < 0 || number >= values.length) {
      throw new CodecException(
          Reason.UNKNOWN_NAME,
          path,
          "enumeration number " + number + ", only 0.." + (values.length - 1) + " defined");
    }
    return values[number];
  }

  /**
   * An OPTIONAL enumerated member: empty if absent, else the value with root index {@code number}.
   */
  public static <E extends Enum<E>> Optional<E> optionalEnum(
      boolean present, int number, E[] values, String path) {
    return present ? Optional.of(enumFromNumber(number, values, path)) : Optional.empty();
  }

  /**
   * Builds a model value from protobuf fields, turning a refusal of its constructor into a {@link
   * CodecException} that names the path.
   */
  public static <T> T build(String path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (InvalidValueException e) {
      throw new CodecException(
          e.reason(), path.isEmpty() ? e.field() : path + "." + e.field(), e.getMessage());
    }
  }

  /** Refuses an absent required message field with {@link Reason#MISSING_FIELD}. */
  public static void requirePresent(boolean present, String path) {
    if (!present) {
      throw new CodecException(Reason.MISSING_FIELD, path, "required member is absent");
    }
  }

  public static String path(String parent, String field) {
    return parent.isEmpty() ? field : parent + "." + field;
  }

  public static OptionalInt optional(boolean present, int value) {
    return present ? OptionalInt.of(value) : OptionalInt.empty();
  }

  private static final PositionConfidence[] POSITION_CONFIDENCE = PositionConfidence.values();
  private static final ElevationConfidence[] ELEVATION_CONFIDENCE = ElevationConfidence.values();
  private static final SpeedConfidence[] SPEED_CONFIDENCE = SpeedConfidence.values();
  private static final HeadingConfidence[] HEADING_CONFIDENCE = HeadingConfidence.values();
  private static final SteeringWheelAngleConfidence[] STEER_CONFIDENCE =
      SteeringWheelAngleConfidence.values();
  private static final TimeConfidence[] TIME_CONFIDENCE = TimeConfidence.values();
  private static final TransmissionState[] TRANSMISSION = TransmissionState.values();
  private static final PositionOffsetLl.Kind[] LL_KINDS = PositionOffsetLl.Kind.values();
  private static final VerticalOffset.Kind[] V_KINDS = VerticalOffset.Kind.values();

  // ---------------------------------------------------------------- enumerations

  public static CommonProtos.TimeConfidence toProto(TimeConfidence value) {
    return CommonProtos.TimeConfidence.forNumber(value.ordinal());
  }

  public static TimeConfidence timeConfidence(int number, String path) {
    return enumFromNumber(number, TIME_CONFIDENCE, path);
  }

  public static CommonProtos.TransmissionState toProto(TransmissionState value) {
    return CommonProtos.TransmissionState.forNumber(value.ordinal());
  }

  public static TransmissionState transmissionState(int number, String path) {
    return enumFromNumber(number, TRANSMISSION, path);
  }

  // ---------------------------------------------------------------- Position3D

  public static CommonProtos.Position3D toProto(Position3D value) {
    CommonProtos.Position3D.Builder proto =
        CommonProtos.Position3D.newBuilder()
            .setLatE7Deg(value.latE7Deg())
            .setLonE7Deg(value.lonE7Deg());
    if (value.elevationDm().isPresent()) {
      proto.setElevationDm(value.elevationDm().getAsInt());
    }
    return proto.build();
  }

  public static Position3D fromProto(CommonProtos.Position3D proto, String path) {
    return build(
        path,
        () ->
            new Position3D(
                proto.getLatE7Deg(),
                proto.getLonE7Deg(),
                optional(proto.hasElevationDm(), proto.getElevationDm())));
  }

  // ---------------------------------------------------------------- PositionalAccuracy

  public static CommonProtos.PositionalAccuracy toProto(PositionalAccuracy value) {
    return CommonProtos.PositionalAccuracy.newBuilder()
        .setSemiMajor0P05M(value.semiMajor0p05M())
        .setSemiMinor0P05M(value.semiMinor0p05M())
        .setOrientation360Over65535Deg(value.orientation360Over65535Deg())
        .build();
  }

  public static PositionalAccuracy fromProto(CommonProtos.PositionalAccuracy proto, String path) {
    return build(
        path,
        () ->
            new PositionalAccuracy(
                proto.getSemiMajor0P05M(),
                proto.getSemiMinor0P05M(),
                proto.getOrientation360Over65535Deg()));
  }

  // ---------------------------------------------------------------- PositionConfidenceSet

  public static CommonProtos.PositionConfidenceSet toProto(PositionConfidenceSet value) {
    CommonProtos.PositionConfidenceSet.Builder proto =
        CommonProtos.PositionConfidenceSet.newBuilder().setPosValue(value.pos().ordinal());
    if (value.elevation().isPresent()) {
      proto.setElevationValue(value.elevation().get().ordinal());
    }
    return proto.build();
  }

  public static PositionConfidenceSet fromProto(
      CommonProtos.PositionConfidenceSet proto, String path) {
    PositionConfidence pos =
        enumFromNumber(proto.getPosValue(), POSITION_CONFIDENCE, path(path, "pos"));
    Optional<ElevationConfidence> elevation =
        optionalEnum(
            proto.hasElevation(),
            proto.getElevationValue(),
            ELEVATION_CONFIDENCE,
            path(path, "elevation"));
    return build(path, () -> new PositionConfidenceSet(pos, elevation));
  }

  // ---------------------------------------------------------------- MotionConfidenceSet

  public static CommonProtos.MotionConfidenceSet toProto(MotionConfidenceSet value) {
    CommonProtos.MotionConfidenceSet.Builder proto = CommonProtos.MotionConfidenceSet.newBuilder();
    if (value.speedCfd().isPresent()) {
      proto.setSpeedCfdValue(value.speedCfd().get().ordinal());
    }
    if (value.headingCfd().isPresent()) {
      proto.setHeadingCfdValue(value.headingCfd().get().ordinal());
    }
    if (value.steerCfd().isPresent()) {
      proto.setSteerCfdValue(value.steerCfd().get().ordinal());
    }
    return proto.build();
  }

  public static MotionConfidenceSet fromProto(CommonProtos.MotionConfidenceSet proto, String path) {
    Optional<SpeedConfidence> speed =
        optionalEnum(
            proto.hasSpeedCfd(),
            proto.getSpeedCfdValue(),
            SPEED_CONFIDENCE,
            path(path, "speedCfd"));
    Optional<HeadingConfidence> heading =
        optionalEnum(
            proto.hasHeadingCfd(),
            proto.getHeadingCfdValue(),
            HEADING_CONFIDENCE,
            path(path, "headingCfd"));
    Optional<SteeringWheelAngleConfidence> steer =
        optionalEnum(
            proto.hasSteerCfd(),
            proto.getSteerCfdValue(),
            STEER_CONFIDENCE,
            path(path, "steerCfd"));
    return build(path, () -> new MotionConfidenceSet(speed, heading, steer));
  }

  // ---------------------------------------------------------------- AccelerationSet4Way

  public static CommonProtos.AccelerationSet4Way toProto(AccelerationSet4Way value) {
    return CommonProtos.AccelerationSet4Way.newBuilder()
        .setLong0P01Mps2(value.long0p01Mps2())
        .setLat0P01Mps2(value.lat0p01Mps2())
        .setVert0P02G(value.vert0p02G())
        .setYaw0P01DegPerS(value.yaw0p01DegPerS())
        .build();
  }

  public static AccelerationSet4Way fromProto(CommonProtos.AccelerationSet4Way proto, String path) {
    return build(
        path,
        () ->
            new AccelerationSet4Way(
                proto.getLong0P01Mps2(),
                proto.getLat0P01Mps2(),
                proto.getVert0P02G(),
                proto.getYaw0P01DegPerS()));
  }

  // ---------------------------------------------------------------- VehicleSize

  public static CommonProtos.VehicleSize toProto(VehicleSize value) {
    CommonProtos.VehicleSize.Builder proto =
        CommonProtos.VehicleSize.newBuilder()
            .setWidthCm(value.widthCm())
            .setLengthCm(value.lengthCm());
    if (value.height5Cm().isPresent()) {
      proto.setHeight5Cm(value.height5Cm().getAsInt());
    }
    return proto.build();
  }

  public static VehicleSize fromProto(CommonProtos.VehicleSize proto, String path) {
    return build(
        path,
        () ->
            new VehicleSize(
                proto.getWidthCm(),
                proto.getLengthCm(),
                optional(proto.hasHeight5Cm(), proto.getHeight5Cm())));
  }

  // ---------------------------------------------------------------- VehicleClassification

  public static CommonProtos.VehicleClassification toProto(VehicleClassification value) {
    CommonProtos.VehicleClassification.Builder proto =
        CommonProtos.VehicleClassification.newBuilder().setClassification(value.classification());
    if (value.fuelType().isPresent()) {
      proto.setFuelType(value.fuelType().getAsInt());
    }
    return proto.build();
  }

  public static VehicleClassification fromProto(
      CommonProtos.VehicleClassification proto, String path) {
    return build(
        path,
        () ->
            new VehicleClassification(
                proto.getClassification(), optional(proto.hasFuelType(), proto.getFuelType())));
  }

  // ---------------------------------------------------------------- NodeReferenceID

  public static CommonProtos.NodeReferenceId toProto(NodeReferenceId value) {
    CommonProtos.NodeReferenceId.Builder proto =
        CommonProtos.NodeReferenceId.newBuilder().setId(value.id());
    if (value.region().isPresent()) {
      proto.setRegion(value.region().getAsInt());
    }
    return proto.build();
  }

  public static NodeReferenceId fromProto(CommonProtos.NodeReferenceId proto, String path) {
    return build(
        path,
        () -> new NodeReferenceId(optional(proto.hasRegion(), proto.getRegion()), proto.getId()));
  }

  // ---------------------------------------------------------------- PositionOffsetLLV

  public static CommonProtos.PositionOffsetLlv toProto(PositionOffsetLlv value) {
    CommonProtos.PositionOffsetLlv.Builder proto =
        CommonProtos.PositionOffsetLlv.newBuilder().setOffsetLl(toProto(value.offsetLl()));
    if (value.offsetV().isPresent()) {
      proto.setOffsetV(toProto(value.offsetV().get()));
    }
    return proto.build();
  }

  public static PositionOffsetLlv fromProto(CommonProtos.PositionOffsetLlv proto, String path) {
    requirePresent(proto.hasOffsetLl(), path(path, "offsetLL"));
    PositionOffsetLl offsetLl = fromProto(proto.getOffsetLl(), path(path, "offsetLL"));
    Optional<VerticalOffset> offsetV =
        proto.hasOffsetV()
            ? Optional.of(fromProto(proto.getOffsetV(), path(path, "offsetV")))
            : Optional.empty();
    return build(path, () -> new PositionOffsetLlv(offsetLl, offsetV));
  }

  public static CommonProtos.PositionOffsetLl toProto(PositionOffsetLl value) {
    return CommonProtos.PositionOffsetLl.newBuilder()
        .setKindValue(value.kind().ordinal())
        .setLonE7Deg(value.lonE7Deg())
        .setLatE7Deg(value.latE7Deg())
        .build();
  }

  public static PositionOffsetLl fromProto(CommonProtos.PositionOffsetLl proto, String path) {
    PositionOffsetLl.Kind kind = enumFromNumber(proto.getKindValue(), LL_KINDS, path(path, "kind"));
    return build(path, () -> new PositionOffsetLl(kind, proto.getLonE7Deg(), proto.getLatE7Deg()));
  }

  public static CommonProtos.VerticalOffset toProto(VerticalOffset value) {
    return CommonProtos.VerticalOffset.newBuilder()
        .setKindValue(value.kind().ordinal())
        .setValueDm(value.valueDm())
        .build();
  }

  public static VerticalOffset fromProto(CommonProtos.VerticalOffset proto, String path) {
    VerticalOffset.Kind kind = enumFromNumber(proto.getKindValue(), V_KINDS, path(path, "kind"));
    return build(path, () -> new VerticalOffset(kind, proto.getValueDm()));
  }

  // ---------------------------------------------------------------- BitString

  public static CommonProtos.BitString toProto(BitString value) {
    return CommonProtos.BitString.newBuilder()
        .setValue(com.google.protobuf.ByteString.copyFrom(value.toByteArray()))
        .setLengthBits(value.sizeBits())
        .build();
  }

  public static BitString fromProto(CommonProtos.BitString proto, String path) {
    try {
      return BitString.of(proto.getValue().toByteArray(), proto.getLengthBits());
    } catch (IllegalArgumentException e) {
      throw new CodecException(Reason.SIZE_OUT_OF_RANGE, path, e.getMessage());
    }
  }
}
