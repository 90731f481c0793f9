package org.openv2x.codec.common;

import static com.google.protobuf.CodedOutputStream.computeEnumSize;
import static com.google.protobuf.CodedOutputStream.computeSInt32Size;
import static com.google.protobuf.CodedOutputStream.computeUInt32Size;
import static org.openv2x.codec.common.NestedSizes.fieldSize;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes the shared types straight from the model in the protobuf wire form of {@code
 * v2x/v1/common.proto}, byte for byte what {@link CommonProto}'s messages serialize to, and the
 * proto3 field rules every such writer follows. For each type, {@code size} is its part of the size
 * pass and {@code write} its part of the write pass (see {@link NestedSizes}); both visit nested
 * messages in field-number order. Callers use {@link org.openv2x.codec.ProtoWriter}.
 *
 * <p>Field rules, as protobuf-java serializes proto3: fields in field-number order; a field without
 * presence ({@code uint32}, {@code sint32}, enum, {@code bytes}) is not written when it is 0 or
 * empty; an {@code optional} field or a message field is written when present, whatever its value.
 * Enumerations are written as the model enum's ordinal (the standard's root index, which is the
 * protobuf number).
 */
public final class CommonProtoWriter {
  private CommonProtoWriter() {}

  // ---------------------------------------------------------------- proto3 scalar fields

  /** Bytes of a {@code uint32} field without presence: none for 0. */
  public static int uint32Size(int fieldNumber, int value) {
    return value == 0 ? 0 : computeUInt32Size(fieldNumber, value);
  }

  /** Bytes of a {@code sint32} field without presence: none for 0. */
  public static int sint32Size(int fieldNumber, int value) {
    return value == 0 ? 0 : computeSInt32Size(fieldNumber, value);
  }

  /** Bytes of an enum field without presence: none for number 0. */
  public static int enumSize(int fieldNumber, Enum<?> value) {
    return value.ordinal() == 0 ? 0 : computeEnumSize(fieldNumber, value.ordinal());
  }

  /** Bytes of an {@code optional uint32} field: none when absent. */
  public static int uint32Size(int fieldNumber, OptionalInt value) {
    return value.isPresent() ? computeUInt32Size(fieldNumber, value.getAsInt()) : 0;
  }

  /** Bytes of an {@code optional sint32} field: none when absent. */
  public static int sint32Size(int fieldNumber, OptionalInt value) {
    return value.isPresent() ? computeSInt32Size(fieldNumber, value.getAsInt()) : 0;
  }

  /** Bytes of an {@code optional} enum field: none when absent. */
  public static int enumSize(int fieldNumber, Optional<? extends Enum<?>> value) {
    return value.isPresent() ? computeEnumSize(fieldNumber, value.get().ordinal()) : 0;
  }

  public static void writeUInt32(int fieldNumber, int value, CodedOutputStream out)
      throws IOException {
    if (value != 0) {
      out.writeUInt32(fieldNumber, value);
    }
  }

  public static void writeSInt32(int fieldNumber, int value, CodedOutputStream out)
      throws IOException {
    if (value != 0) {
      out.writeSInt32(fieldNumber, value);
    }
  }

  public static void writeEnum(int fieldNumber, Enum<?> value, CodedOutputStream out)
      throws IOException {
    if (value.ordinal() != 0) {
      out.writeEnum(fieldNumber, value.ordinal());
    }
  }

  public static void writeUInt32(int fieldNumber, OptionalInt value, CodedOutputStream out)
      throws IOException {
    if (value.isPresent()) {
      out.writeUInt32(fieldNumber, value.getAsInt());
    }
  }

  public static void writeSInt32(int fieldNumber, OptionalInt value, CodedOutputStream out)
      throws IOException {
    if (value.isPresent()) {
      out.writeSInt32(fieldNumber, value.getAsInt());
    }
  }

  public static void writeEnum(
      int fieldNumber, Optional<? extends Enum<?>> value, CodedOutputStream out)
      throws IOException {
    if (value.isPresent()) {
      out.writeEnum(fieldNumber, value.get().ordinal());
    }
  }

  // ---------------------------------------------------------------- Position3D

  public static int size(NestedSizes sizes, Position3D value) {
    int slot = sizes.reserve();
    return sizes.set(
        slot,
        sint32Size(1, value.latE7Deg())
            + sint32Size(2, value.lonE7Deg())
            + sint32Size(3, value.elevationDm()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, Position3D value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeSInt32(1, value.latE7Deg(), out);
    writeSInt32(2, value.lonE7Deg(), out);
    writeSInt32(3, value.elevationDm(), out);
  }

  // ---------------------------------------------------------------- PositionalAccuracy

  public static int size(NestedSizes sizes, PositionalAccuracy value) {
    int slot = sizes.reserve();
    return sizes.set(
        slot,
        uint32Size(1, value.semiMajor0p05M())
            + uint32Size(2, value.semiMinor0p05M())
            + uint32Size(3, value.orientation360Over65535Deg()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, PositionalAccuracy value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeUInt32(1, value.semiMajor0p05M(), out);
    writeUInt32(2, value.semiMinor0p05M(), out);
    writeUInt32(3, value.orientation360Over65535Deg(), out);
  }

  // ---------------------------------------------------------------- PositionConfidenceSet

  public static int size(NestedSizes sizes, PositionConfidenceSet value) {
    int slot = sizes.reserve();
    return sizes.set(slot, enumSize(1, value.pos()) + enumSize(2, value.elevation()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, PositionConfidenceSet value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeEnum(1, value.pos(), out);
    writeEnum(2, value.elevation(), out);
  }

  // ---------------------------------------------------------------- MotionConfidenceSet

  public static int size(NestedSizes sizes, MotionConfidenceSet value) {
    int slot = sizes.reserve();
    return sizes.set(
        slot,
        enumSize(1, value.speedCfd())
            + enumSize(2, value.headingCfd())
            + enumSize(3, value.steerCfd()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, MotionConfidenceSet value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeEnum(1, value.speedCfd(), out);
    writeEnum(2, value.headingCfd(), out);
    writeEnum(3, value.steerCfd(), out);
  }

  // ---------------------------------------------------------------- AccelerationSet4Way

  public static int size(NestedSizes sizes, AccelerationSet4Way value) {
    int slot = sizes.reserve();
    return sizes.set(
        slot,
        sint32Size(1, value.long0p01Mps2())
            + sint32Size(2, value.lat0p01Mps2())
            + sint32Size(3, value.vert0p02G())
            + sint32Size(4, value.yaw0p01DegPerS()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, AccelerationSet4Way value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeSInt32(1, value.long0p01Mps2(), out);
    writeSInt32(2, value.lat0p01Mps2(), out);
    writeSInt32(3, value.vert0p02G(), out);
    writeSInt32(4, value.yaw0p01DegPerS(), out);
  }

  // ---------------------------------------------------------------- VehicleSize

  public static int size(NestedSizes sizes, VehicleSize value) {
    int slot = sizes.reserve();
    return sizes.set(
        slot,
        uint32Size(1, value.widthCm())
            + uint32Size(2, value.lengthCm())
            + uint32Size(3, value.height5Cm()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, VehicleSize value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeUInt32(1, value.widthCm(), out);
    writeUInt32(2, value.lengthCm(), out);
    writeUInt32(3, value.height5Cm(), out);
  }

  // ---------------------------------------------------------------- VehicleClassification

  public static int size(NestedSizes sizes, VehicleClassification value) {
    int slot = sizes.reserve();
    return sizes.set(slot, uint32Size(1, value.classification()) + uint32Size(2, value.fuelType()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, VehicleClassification value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeUInt32(1, value.classification(), out);
    writeUInt32(2, value.fuelType(), out);
  }

  // ---------------------------------------------------------------- PositionOffsetLLV

  public static int size(NestedSizes sizes, PositionOffsetLlv value) {
    int slot = sizes.reserve();
    int size = fieldSize(1, size(sizes, value.offsetLl()));
    if (value.offsetV().isPresent()) {
      size += fieldSize(2, size(sizes, value.offsetV().get()));
    }
    return sizes.set(slot, size);
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, PositionOffsetLlv value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    write(sizes, 1, value.offsetLl(), out);
    if (value.offsetV().isPresent()) {
      write(sizes, 2, value.offsetV().get(), out);
    }
  }

  public static int size(NestedSizes sizes, PositionOffsetLl value) {
    int slot = sizes.reserve();
    return sizes.set(
        slot,
        enumSize(1, value.kind())
            + sint32Size(2, value.lonE7Deg())
            + sint32Size(3, value.latE7Deg()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, PositionOffsetLl value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeEnum(1, value.kind(), out);
    writeSInt32(2, value.lonE7Deg(), out);
    writeSInt32(3, value.latE7Deg(), out);
  }

  public static int size(NestedSizes sizes, VerticalOffset value) {
    int slot = sizes.reserve();
    return sizes.set(slot, enumSize(1, value.kind()) + sint32Size(2, value.valueDm()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, VerticalOffset value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeEnum(1, value.kind(), out);
    writeSInt32(2, value.valueDm(), out);
  }

  // ---------------------------------------------------------------- BitString

  /** {@code bytes value = 1} (not written when empty), {@code uint32 length_bits = 2}. */
  public static int size(NestedSizes sizes, BitString value) {
    int slot = sizes.reserve();
    int valueBytes = byteLength(value);
    int size = valueBytes == 0 ? 0 : fieldSize(1, valueBytes);
    return sizes.set(slot, size + uint32Size(2, value.sizeBits()));
  }

  /** Writes the bits one byte at a time: {@link BitString} hands out no array without a copy. */
  public static void write(
      NestedSizes sizes, int fieldNumber, BitString value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    int valueBytes = byteLength(value);
    if (valueBytes != 0) {
      out.writeTag(1, WireFormat.WIRETYPE_LENGTH_DELIMITED);
      out.writeUInt32NoTag(valueBytes);
      for (int i = 0; i < valueBytes; i++) {
        out.write((byte) value.byteAt(i));
      }
    }
    writeUInt32(2, value.sizeBits(), out);
  }

  private static int byteLength(BitString value) {
    return (value.sizeBits() + 7) >>> 3;
  }
}
