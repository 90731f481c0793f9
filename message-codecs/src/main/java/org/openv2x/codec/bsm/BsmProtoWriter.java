package org.openv2x.codec.bsm;

import static com.google.protobuf.CodedOutputStream.computeFixed64Size;
import static org.openv2x.codec.common.CommonProtoWriter.enumSize;
import static org.openv2x.codec.common.CommonProtoWriter.sint32Size;
import static org.openv2x.codec.common.CommonProtoWriter.uint32Size;
import static org.openv2x.codec.common.CommonProtoWriter.writeEnum;
import static org.openv2x.codec.common.CommonProtoWriter.writeSInt32;
import static org.openv2x.codec.common.CommonProtoWriter.writeUInt32;
import static org.openv2x.codec.common.NestedSizes.fieldSize;

import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.util.List;
import org.openv2x.codec.common.CommonProtoWriter;
import org.openv2x.codec.common.NestedSizes;

/**
 * Writes the BSM message family straight from the model in the protobuf wire form of {@code
 * v2x/v1/bsm.proto}: byte for byte what {@link BsmProto#toProto(BasicSafetyMessage)} serializes to,
 * without building protobuf-java messages. For each type, {@code size} is its part of the size pass
 * and {@code write} its part of the write pass (see {@link NestedSizes}); the two visit nested
 * messages in the same order, field-number order. Field rules: {@link CommonProtoWriter}. Callers
 * use {@link org.openv2x.codec.ProtoWriter}.
 */
public final class BsmProtoWriter {
  private BsmProtoWriter() {}

  // ---------------------------------------------------------------- BasicSafetyMessage

  public static int size(NestedSizes sizes, BasicSafetyMessage value) {
    int slot = sizes.reserve();
    int size =
        uint32Size(1, value.msgCnt())
            + (value.id() == 0L ? 0 : computeFixed64Size(2, value.id()))
            + uint32Size(3, value.secMarkMs())
            + enumSize(4, value.timeConfidence())
            + fieldSize(5, CommonProtoWriter.size(sizes, value.pos()));
    if (value.posAccuracy().isPresent()) {
      size += fieldSize(6, CommonProtoWriter.size(sizes, value.posAccuracy().get()));
    }
    if (value.posConfidence().isPresent()) {
      size += fieldSize(7, CommonProtoWriter.size(sizes, value.posConfidence().get()));
    }
    size +=
        enumSize(8, value.transmission())
            + uint32Size(9, value.speed0p02Mps())
            + uint32Size(10, value.heading0p0125Deg())
            + sint32Size(11, value.angle1p5Deg());
    if (value.motionCfd().isPresent()) {
      size += fieldSize(12, CommonProtoWriter.size(sizes, value.motionCfd().get()));
    }
    size += fieldSize(13, CommonProtoWriter.size(sizes, value.accelSet()));
    size += fieldSize(14, size(sizes, value.brakes()));
    size += fieldSize(15, CommonProtoWriter.size(sizes, value.size()));
    size += fieldSize(16, CommonProtoWriter.size(sizes, value.vehicleClass()));
    if (value.safetyExt().isPresent()) {
      size += fieldSize(17, size(sizes, value.safetyExt().get()));
    }
    if (value.emergencyExt().isPresent()) {
      size += fieldSize(18, size(sizes, value.emergencyExt().get()));
    }
    return sizes.set(slot, size);
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, BasicSafetyMessage value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeUInt32(1, value.msgCnt(), out);
    if (value.id() != 0L) {
      out.writeFixed64(2, value.id());
    }
    writeUInt32(3, value.secMarkMs(), out);
    writeEnum(4, value.timeConfidence(), out);
    CommonProtoWriter.write(sizes, 5, value.pos(), out);
    if (value.posAccuracy().isPresent()) {
      CommonProtoWriter.write(sizes, 6, value.posAccuracy().get(), out);
    }
    if (value.posConfidence().isPresent()) {
      CommonProtoWriter.write(sizes, 7, value.posConfidence().get(), out);
    }
    writeEnum(8, value.transmission(), out);
    writeUInt32(9, value.speed0p02Mps(), out);
    writeUInt32(10, value.heading0p0125Deg(), out);
    writeSInt32(11, value.angle1p5Deg(), out);
    if (value.motionCfd().isPresent()) {
      CommonProtoWriter.write(sizes, 12, value.motionCfd().get(), out);
    }
    CommonProtoWriter.write(sizes, 13, value.accelSet(), out);
    write(sizes, 14, value.brakes(), out);
    CommonProtoWriter.write(sizes, 15, value.size(), out);
    CommonProtoWriter.write(sizes, 16, value.vehicleClass(), out);
    if (value.safetyExt().isPresent()) {
      write(sizes, 17, value.safetyExt().get(), out);
    }
    if (value.emergencyExt().isPresent()) {
      write(sizes, 18, value.emergencyExt().get(), out);
    }
  }

  // ---------------------------------------------------------------- BrakeSystemStatus

  public static int size(NestedSizes sizes, BrakeSystemStatus value) {
    int slot = sizes.reserve();
    return sizes.set(
        slot,
        enumSize(1, value.brakePedal())
            + uint32Size(2, value.wheelBrakes())
            + enumSize(3, value.traction())
            + enumSize(4, value.abs())
            + enumSize(5, value.scs())
            + enumSize(6, value.brakeBoost())
            + enumSize(7, value.auxBrakes()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, BrakeSystemStatus value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeEnum(1, value.brakePedal(), out);
    writeUInt32(2, value.wheelBrakes(), out);
    writeEnum(3, value.traction(), out);
    writeEnum(4, value.abs(), out);
    writeEnum(5, value.scs(), out);
    writeEnum(6, value.brakeBoost(), out);
    writeEnum(7, value.auxBrakes(), out);
  }

  // ---------------------------------------------------------------- VehicleSafetyExtensions

  public static int size(NestedSizes sizes, VehicleSafetyExtensions value) {
    int slot = sizes.reserve();
    int size = 0;
    if (value.events().isPresent()) {
      size += fieldSize(1, CommonProtoWriter.size(sizes, value.events().get()));
    }
    if (value.pathHistory().isPresent()) {
      size += fieldSize(2, size(sizes, value.pathHistory().get()));
    }
    if (value.pathPrediction().isPresent()) {
      size += fieldSize(3, size(sizes, value.pathPrediction().get()));
    }
    if (value.lights().isPresent()) {
      size += fieldSize(4, CommonProtoWriter.size(sizes, value.lights().get()));
    }
    return sizes.set(slot, size);
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, VehicleSafetyExtensions value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    if (value.events().isPresent()) {
      CommonProtoWriter.write(sizes, 1, value.events().get(), out);
    }
    if (value.pathHistory().isPresent()) {
      write(sizes, 2, value.pathHistory().get(), out);
    }
    if (value.pathPrediction().isPresent()) {
      write(sizes, 3, value.pathPrediction().get(), out);
    }
    if (value.lights().isPresent()) {
      CommonProtoWriter.write(sizes, 4, value.lights().get(), out);
    }
  }

  // ---------------------------------------------------------------- PathHistory

  public static int size(NestedSizes sizes, PathHistory value) {
    int slot = sizes.reserve();
    int size = 0;
    if (value.initialPosition().isPresent()) {
      size += fieldSize(1, size(sizes, value.initialPosition().get()));
    }
    size += uint32Size(2, value.currGnssStatus());
    List<PathHistoryPoint> crumbData = value.crumbData();
    for (int i = 0; i < crumbData.size(); i++) {
      size += fieldSize(3, size(sizes, crumbData.get(i)));
    }
    return sizes.set(slot, size);
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, PathHistory value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    if (value.initialPosition().isPresent()) {
      write(sizes, 1, value.initialPosition().get(), out);
    }
    writeUInt32(2, value.currGnssStatus(), out);
    List<PathHistoryPoint> crumbData = value.crumbData();
    for (int i = 0; i < crumbData.size(); i++) {
      write(sizes, 3, crumbData.get(i), out);
    }
  }

  // ---------------------------------------------------------------- FullPositionVector

  public static int size(NestedSizes sizes, FullPositionVector value) {
    int slot = sizes.reserve();
    int size = 0;
    if (value.utcTime().isPresent()) {
      size += fieldSize(1, size(sizes, value.utcTime().get()));
    }
    size += fieldSize(2, CommonProtoWriter.size(sizes, value.pos()));
    size +=
        uint32Size(3, value.heading0p0125Deg())
            + enumSize(4, value.transmission())
            + uint32Size(5, value.speed0p02Mps());
    if (value.posAccuracy().isPresent()) {
      size += fieldSize(6, CommonProtoWriter.size(sizes, value.posAccuracy().get()));
    }
    if (value.posConfidence().isPresent()) {
      size += fieldSize(7, CommonProtoWriter.size(sizes, value.posConfidence().get()));
    }
    size += enumSize(8, value.timeConfidence());
    if (value.motionCfd().isPresent()) {
      size += fieldSize(9, CommonProtoWriter.size(sizes, value.motionCfd().get()));
    }
    return sizes.set(slot, size);
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, FullPositionVector value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    if (value.utcTime().isPresent()) {
      write(sizes, 1, value.utcTime().get(), out);
    }
    CommonProtoWriter.write(sizes, 2, value.pos(), out);
    writeUInt32(3, value.heading0p0125Deg(), out);
    writeEnum(4, value.transmission(), out);
    writeUInt32(5, value.speed0p02Mps(), out);
    if (value.posAccuracy().isPresent()) {
      CommonProtoWriter.write(sizes, 6, value.posAccuracy().get(), out);
    }
    if (value.posConfidence().isPresent()) {
      CommonProtoWriter.write(sizes, 7, value.posConfidence().get(), out);
    }
    writeEnum(8, value.timeConfidence(), out);
    if (value.motionCfd().isPresent()) {
      CommonProtoWriter.write(sizes, 9, value.motionCfd().get(), out);
    }
  }

  // ---------------------------------------------------------------- DDateTime

  public static int size(NestedSizes sizes, DDateTime value) {
    int slot = sizes.reserve();
    return sizes.set(
        slot,
        uint32Size(1, value.year())
            + uint32Size(2, value.month())
            + uint32Size(3, value.day())
            + uint32Size(4, value.hour())
            + uint32Size(5, value.minute())
            + uint32Size(6, value.secondMs())
            + sint32Size(7, value.offsetMinutes()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, DDateTime value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeUInt32(1, value.year(), out);
    writeUInt32(2, value.month(), out);
    writeUInt32(3, value.day(), out);
    writeUInt32(4, value.hour(), out);
    writeUInt32(5, value.minute(), out);
    writeUInt32(6, value.secondMs(), out);
    writeSInt32(7, value.offsetMinutes(), out);
  }

  // ---------------------------------------------------------------- PathHistoryPoint

  public static int size(NestedSizes sizes, PathHistoryPoint value) {
    int slot = sizes.reserve();
    int size =
        fieldSize(1, CommonProtoWriter.size(sizes, value.llvOffset()))
            + uint32Size(2, value.timeOffset10Ms())
            + uint32Size(3, value.speed0p02Mps());
    if (value.posAccuracy().isPresent()) {
      size += fieldSize(4, CommonProtoWriter.size(sizes, value.posAccuracy().get()));
    }
    return sizes.set(slot, size + uint32Size(5, value.heading1p5Deg()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, PathHistoryPoint value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    CommonProtoWriter.write(sizes, 1, value.llvOffset(), out);
    writeUInt32(2, value.timeOffset10Ms(), out);
    writeUInt32(3, value.speed0p02Mps(), out);
    if (value.posAccuracy().isPresent()) {
      CommonProtoWriter.write(sizes, 4, value.posAccuracy().get(), out);
    }
    writeUInt32(5, value.heading1p5Deg(), out);
  }

  // ---------------------------------------------------------------- PathPrediction

  public static int size(NestedSizes sizes, PathPrediction value) {
    int slot = sizes.reserve();
    return sizes.set(
        slot, sint32Size(1, value.radiusOfCurveDm()) + uint32Size(2, value.confidence0p5Pct()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, PathPrediction value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeSInt32(1, value.radiusOfCurveDm(), out);
    writeUInt32(2, value.confidence0p5Pct(), out);
  }

  // ---------------------------------------------------------------- VehicleEmergencyExtensions

  public static int size(NestedSizes sizes, VehicleEmergencyExtensions value) {
    int slot = sizes.reserve();
    return sizes.set(
        slot,
        enumSize(1, value.responseType())
            + enumSize(2, value.sirenUse())
            + enumSize(3, value.lightsUse()));
  }

  public static void write(
      NestedSizes sizes, int fieldNumber, VehicleEmergencyExtensions value, CodedOutputStream out)
      throws IOException {
    sizes.writeHeader(fieldNumber, out);
    writeEnum(1, value.responseType(), out);
    writeEnum(2, value.sirenUse(), out);
    writeEnum(3, value.lightsUse(), out);
  }
}
