package org.openv2x.codec.common;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.jer.JerObject;
import org.openv2x.codec.jer.JerWriter;

/**
 * X.697 JER of the types shared by several messages. Each {@code writeX(jer, field, value)} writes
 * a member {@code field} (an array element if {@code field} is null); each {@code readX(object)}
 * reads the JSON object of the value.
 */
public final class CommonJer {
  private CommonJer() {}

  /** Starts the object of a member, or of an array element if {@code field} is null. */
  public static void start(JerWriter jer, String field) {
    if (field == null) {
      jer.startObject();
    } else {
      jer.startObject(field);
    }
  }

  /**
   * Builds a model value from JER members, turning a refusal of its constructor into a {@link
   * CodecException} that names the member's path.
   */
  public static <T> T build(JerObject object, Supplier<T> constructor) {
    try {
      T value = constructor.get();
      object.end();
      return value;
    } catch (InvalidValueException e) {
      throw new CodecException(e.reason(), object.path(e.field()), e.getMessage());
    }
  }

  public static void writePosition3D(JerWriter jer, String field, Position3D value) {
    start(jer, field);
    jer.integer("lat", value.latE7Deg());
    jer.integer("long", value.lonE7Deg());
    jer.integer("elevation", value.elevationDm());
    jer.endObject();
  }

  public static Position3D readPosition3D(JerObject o) {
    int lat = o.integer("lat", Position3D.LAT_MIN, Position3D.LAT_MAX);
    int lon = o.integer("long", Position3D.LON_MIN, Position3D.LON_MAX);
    OptionalInt elevation =
        o.optionalInteger("elevation", Position3D.ELEVATION_MIN, Position3D.ELEVATION_MAX);
    return build(o, () -> new Position3D(lat, lon, elevation));
  }

  public static void writePositionalAccuracy(JerWriter jer, String field, PositionalAccuracy v) {
    start(jer, field);
    jer.integer("semiMajor", v.semiMajor0p05M());
    jer.integer("semiMinor", v.semiMinor0p05M());
    jer.integer("orientation", v.orientation360Over65535Deg());
    jer.endObject();
  }

  public static PositionalAccuracy readPositionalAccuracy(JerObject o) {
    int semiMajor = o.integer("semiMajor", 0, 255);
    int semiMinor = o.integer("semiMinor", 0, 255);
    int orientation = o.integer("orientation", 0, 65535);
    return build(o, () -> new PositionalAccuracy(semiMajor, semiMinor, orientation));
  }

  public static void writePositionConfidenceSet(
      JerWriter jer, String field, PositionConfidenceSet v) {
    start(jer, field);
    jer.enumerated("pos", v.pos());
    v.elevation().ifPresent(e -> jer.enumerated("elevation", e));
    jer.endObject();
  }

  public static PositionConfidenceSet readPositionConfidenceSet(JerObject o) {
    PositionConfidence pos = o.enumerated("pos", PositionConfidence.class);
    Optional<ElevationConfidence> elevation =
        o.optionalEnumerated("elevation", ElevationConfidence.class);
    return build(o, () -> new PositionConfidenceSet(pos, elevation));
  }

  public static void writeMotionConfidenceSet(JerWriter jer, String field, MotionConfidenceSet v) {
    start(jer, field);
    v.speedCfd().ifPresent(e -> jer.enumerated("speedCfd", e));
    v.headingCfd().ifPresent(e -> jer.enumerated("headingCfd", e));
    v.steerCfd().ifPresent(e -> jer.enumerated("steerCfd", e));
    jer.endObject();
  }

  public static MotionConfidenceSet readMotionConfidenceSet(JerObject o) {
    Optional<SpeedConfidence> speed = o.optionalEnumerated("speedCfd", SpeedConfidence.class);
    Optional<HeadingConfidence> heading =
        o.optionalEnumerated("headingCfd", HeadingConfidence.class);
    Optional<SteeringWheelAngleConfidence> steer =
        o.optionalEnumerated("steerCfd", SteeringWheelAngleConfidence.class);
    return build(o, () -> new MotionConfidenceSet(speed, heading, steer));
  }

  public static void writeAccelerationSet4Way(JerWriter jer, String field, AccelerationSet4Way v) {
    start(jer, field);
    jer.integer("long", v.long0p01Mps2());
    jer.integer("lat", v.lat0p01Mps2());
    jer.integer("vert", v.vert0p02G());
    jer.integer("yaw", v.yaw0p01DegPerS());
    jer.endObject();
  }

  public static AccelerationSet4Way readAccelerationSet4Way(JerObject o) {
    int lon = o.integer("long", -2000, 2001);
    int lat = o.integer("lat", -2000, 2001);
    int vert = o.integer("vert", -127, 127);
    int yaw = o.integer("yaw", -32767, 32767);
    return build(o, () -> new AccelerationSet4Way(lon, lat, vert, yaw));
  }

  public static void writeVehicleSize(JerWriter jer, String field, VehicleSize v) {
    start(jer, field);
    jer.integer("width", v.widthCm());
    jer.integer("length", v.lengthCm());
    jer.integer("height", v.height5Cm());
    jer.endObject();
  }

  public static VehicleSize readVehicleSize(JerObject o) {
    int width = o.integer("width", 0, 1023);
    int length = o.integer("length", 0, 4095);
    OptionalInt height = o.optionalInteger("height", 0, 127);
    return build(o, () -> new VehicleSize(width, length, height));
  }

  public static void writeVehicleClassification(
      JerWriter jer, String field, VehicleClassification v) {
    start(jer, field);
    jer.integer("classification", v.classification());
    jer.integer("fuelType", v.fuelType());
    jer.endObject();
  }

  public static VehicleClassification readVehicleClassification(JerObject o) {
    int classification = o.integer("classification", 0, 255);
    OptionalInt fuel = o.optionalInteger("fuelType", 0, 15);
    return build(o, () -> new VehicleClassification(classification, fuel));
  }

  public static void writeNodeReferenceId(JerWriter jer, String field, NodeReferenceId v) {
    start(jer, field);
    jer.integer("region", v.region());
    jer.integer("id", v.id());
    jer.endObject();
  }

  public static NodeReferenceId readNodeReferenceId(JerObject o) {
    OptionalInt region = o.optionalInteger("region", 0, 65535);
    int id = o.integer("id", 0, 65535);
    return build(o, () -> new NodeReferenceId(region, id));
  }

  public static void writePositionOffsetLlv(JerWriter jer, String field, PositionOffsetLlv v) {
    start(jer, field);
    writePositionOffsetLl(jer, "offsetLL", v.offsetLl());
    v.offsetV().ifPresent(offset -> writeVerticalOffset(jer, "offsetV", offset));
    jer.endObject();
  }

  public static PositionOffsetLlv readPositionOffsetLlv(JerObject o) {
    PositionOffsetLl offsetLl = readPositionOffsetLl(o.object("offsetLL"));
    Optional<VerticalOffset> offsetV =
        o.optionalObject("offsetV").map(CommonJer::readVerticalOffset);
    return build(o, () -> new PositionOffsetLlv(offsetLl, offsetV));
  }

  public static void writePositionOffsetLl(JerWriter jer, String field, PositionOffsetLl v) {
    start(jer, field);
    jer.startObject(v.kind().asnName());
    jer.integer("lon", v.lonE7Deg());
    jer.integer("lat", v.latE7Deg());
    jer.endObject();
    jer.endObject();
  }

  public static PositionOffsetLl readPositionOffsetLl(JerObject o) {
    String name = o.choiceName();
    for (PositionOffsetLl.Kind kind : PositionOffsetLl.Kind.values()) {
      if (kind.asnName().equals(name)) {
        JerObject pair = o.object(name);
        int lon = pair.integer("lon", kind.lonMin(), kind.lonMax());
        int lat = pair.integer("lat", kind.latMin(), kind.latMax());
        return build(pair, () -> new PositionOffsetLl(kind, lon, lat));
      }
    }
    throw o.unknownAlternative(name);
  }

  public static void writeVerticalOffset(JerWriter jer, String field, VerticalOffset v) {
    start(jer, field);
    jer.integer(v.kind().asnName(), v.valueDm());
    jer.endObject();
  }

  public static VerticalOffset readVerticalOffset(JerObject o) {
    String name = o.choiceName();
    for (VerticalOffset.Kind kind : VerticalOffset.Kind.values()) {
      if (kind.asnName().equals(name)) {
        int value = o.integer(name, kind.min(), kind.max());
        return build(o, () -> new VerticalOffset(kind, value));
      }
    }
    throw o.unknownAlternative(name);
  }
}
