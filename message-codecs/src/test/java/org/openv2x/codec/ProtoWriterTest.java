package org.openv2x.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openv2x.codec.bsm.BasicSafetyMessage;
import org.openv2x.codec.bsm.BrakeSystemStatus;
import org.openv2x.codec.bsm.BsmRandom;
import org.openv2x.codec.bsm.PathHistory;
import org.openv2x.codec.bsm.VehicleSafetyExtensions;
import org.openv2x.codec.common.AccelerationSet4Way;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.codec.common.VehicleClassification;
import org.openv2x.codec.common.VehicleSize;
import org.openv2x.codec.map.MapRandom;
import org.openv2x.codec.rsi.RsiRandom;
import org.openv2x.codec.rsm.RsmRandom;
import org.openv2x.codec.spat.SpatRandom;
import org.openv2x.proto.v1.FrameProtos;

/**
 * {@link ProtoWriter} writes exactly the bytes of {@code ProtoCodec.toProto(frame).toByteArray()}:
 * on every shared vector, on random valid BSMs (seed in the failure message) and, through its
 * fallback, on random frames of the other four types; {@code frameSize} is the written length.
 */
class ProtoWriterTest {
  private static final long BASE_SEED = 0x9B0F_0B5DL;
  private static final int BSM_TRIES = 5000;
  private static final int OTHER_TRIES = 300;

  private final ProtoWriter writer = new ProtoWriter();

  static Stream<String> vectors() {
    List<String> lines = TestVectors.resource("/vectors/index.tsv").lines().toList();
    return lines.subList(1, lines.size()).stream().map(line -> line.split("\t")[0]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void everySharedVectorIsWrittenAsProtoCodecSerializesIt(String name) throws IOException {
    MessageFrame frame = new UperCodec().decode(TestVectors.vector(name));
    byte[] expected = ProtoCodec.toProto(frame).toByteArray();

    assertEquals(expected.length, writer.frameSize(frame));
    assertArrayEquals(expected, writer.toByteArray(frame));
    // through a stream-backed CodedOutputStream whose small buffer is flushed several times
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    CodedOutputStream out = CodedOutputStream.newInstance(stream, 16);
    writer.writeFrame(frame, out);
    out.flush();
    assertArrayEquals(expected, stream.toByteArray());
  }

  @Test
  void randomBsmsAreWrittenByteForByteAsProtoCodecSerializesThem() throws IOException {
    boolean[] seen = new boolean[4];
    for (int i = 0; i < BSM_TRIES; i++) {
      long seed = BASE_SEED + i;
      BasicSafetyMessage bsm = BsmRandom.basicSafetyMessage(new Random(seed));
      assertWrittenAsProtoCodec(bsm, "seed " + seed);

      Optional<VehicleSafetyExtensions> safetyExt = bsm.safetyExt();
      seen[0] |=
          safetyExt
              .flatMap(VehicleSafetyExtensions::pathHistory)
              .filter(h -> h.crumbData().size() == PathHistory.CRUMB_DATA_MAX)
              .isPresent();
      seen[1] |=
          safetyExt
              .flatMap(VehicleSafetyExtensions::events)
              .filter(b -> b.sizeBits() == 0)
              .isPresent();
      seen[2] |= bsm.brakes().equals(BrakeSystemStatus.NONE);
      seen[3] |= bsm.angle1p5Deg().orElse(1) == 0 && bsm.pos().latE7Deg() == 0;
    }
    for (int i = 0; i < seen.length; i++) {
      assertTrue(seen[i], "case " + i + " never generated");
    }
  }

  @Test
  void randomFramesOfTheOtherTypesAreWrittenThroughProtoCodec() throws IOException {
    List<Function<Random, MessageFrame>> generators =
        List.of(
            MapRandom::mapData,
            SpatRandom::spat,
            RsiRandom::roadSideInformation,
            RsmRandom::roadsideSafetyMessage);
    for (Function<Random, MessageFrame> generator : generators) {
      for (int i = 0; i < OTHER_TRIES; i++) {
        long seed = BASE_SEED + i;
        MessageFrame frame = generator.apply(new Random(seed));
        assertWrittenAsProtoCodec(frame, frame.type() + " seed " + seed);
      }
    }
  }

  /** The smallest BSM: every field without presence at its default is left out. */
  @Test
  void fieldsAtTheirDefaultAreLeftOutAndPresentOptionalsAreWritten() throws IOException {
    BasicSafetyMessage zero = bsm(Optional.empty(), OptionalInt.empty(), OptionalInt.empty());
    // MessageFrame{bsm_frame(1): pos(5) {}, accel_set(13) {}, brakes(14) {}, size(15) {},
    // vehicle_class(16) {}}
    byte[] expected =
        HexFormat.of().parseHex("0a0b" + "2a00" + "6a00" + "7200" + "7a00" + "820100");
    assertArrayEquals(expected, ProtoCodec.toProto(zero).toByteArray());
    assertWrittenAsProtoCodec(zero, "all defaults");

    // optional fields set to 0 are written: time_confidence(4) = 0, angle(11) = 0, elevation = 0
    BasicSafetyMessage zeroOptionals =
        bsm(Optional.of(TimeConfidence.UNAVAILABLE), OptionalInt.of(0), OptionalInt.of(0));
    byte[] written = assertWrittenAsProtoCodec(zeroOptionals, "optionals at 0");
    assertEquals(expected.length + 6, written.length);

    BitString noBits = BitString.of(new byte[0], 0);
    VehicleSafetyExtensions emptyBitStrings =
        new VehicleSafetyExtensions(
            Optional.of(noBits), Optional.empty(), Optional.empty(), Optional.of(noBits));
    assertWrittenAsProtoCodec(
        new BasicSafetyMessage(
            0,
            0L,
            0,
            Optional.empty(),
            zero.pos(),
            Optional.empty(),
            Optional.empty(),
            TransmissionState.NEUTRAL,
            0,
            0,
            OptionalInt.empty(),
            Optional.empty(),
            zero.accelSet(),
            BrakeSystemStatus.NONE,
            zero.size(),
            zero.vehicleClass(),
            Optional.of(emptyBitStrings),
            Optional.empty()),
        "empty bit strings");
  }

  @Test
  void aFrameOtherThanTheLastSizedIsSizedAgain() throws IOException {
    MessageFrame first = BsmRandom.basicSafetyMessage(new Random(1));
    MessageFrame second = BsmRandom.basicSafetyMessage(new Random(2));
    byte[] firstBytes = ProtoCodec.toProto(first).toByteArray();
    byte[] secondBytes = ProtoCodec.toProto(second).toByteArray();

    writer.frameSize(first);
    assertArrayEquals(secondBytes, write(second, secondBytes.length));
    writer.frameSize(second);
    writer.frameSize(first);
    assertArrayEquals(firstBytes, write(first, firstBytes.length));
    assertArrayEquals(firstBytes, write(first, firstBytes.length), "written twice");
    MessageFrame spat = SpatRandom.spat(new Random(3));
    writer.frameSize(spat);
    assertArrayEquals(firstBytes, write(first, firstBytes.length), "after a fallback frame");
  }

  /** How the gateway embeds the frame in its envelope: equal to the protobuf-java envelope. */
  @Test
  void theFrameEmbedsAsAMessageFieldOfTheEnvelope() throws IOException {
    MessageFrame frame = new UperCodec().decode(TestVectors.vector("bsm-02-car-full"));
    FrameProtos.V2xEnvelope envelope =
        FrameProtos.V2xEnvelope.newBuilder()
            .setSourceRsuId("rsu-17")
            .setGatewayId("gw-1")
            .setGatewayReceiveTimeEpochUs(1_764_000_000_123_456L)
            .setTransport(FrameProtos.Transport.TRANSPORT_UDP)
            .setMessageType(ProtoCodec.toProto(frame.type()))
            .setFrame(ProtoCodec.toProto(frame))
            .setGatewaySequence(42)
            .build();

    byte[] bytes = new byte[envelope.getSerializedSize()];
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    out.writeString(1, "rsu-17");
    out.writeString(2, "gw-1");
    out.writeInt64(3, 1_764_000_000_123_456L);
    out.writeEnum(4, FrameProtos.Transport.TRANSPORT_UDP_VALUE);
    out.writeEnum(5, ProtoCodec.toProto(frame.type()).getNumber());
    out.writeTag(6, WireFormat.WIRETYPE_LENGTH_DELIMITED);
    out.writeUInt32NoTag(writer.frameSize(frame));
    writer.writeFrame(frame, out);
    out.writeUInt64(7, 42);
    out.checkNoSpaceLeft();
    assertArrayEquals(envelope.toByteArray(), bytes);
  }

  @Test
  void tooLittleSpaceIsAnOutOfSpaceExceptionAndTheWriterStaysUsable() {
    MessageFrame frame = new UperCodec().decode(TestVectors.vector("bsm-02-car-full"));
    int size = writer.frameSize(frame);
    CodedOutputStream out = CodedOutputStream.newInstance(new byte[size - 1]);
    assertThrows(CodedOutputStream.OutOfSpaceException.class, () -> writer.writeFrame(frame, out));
    assertArrayEquals(ProtoCodec.toProto(frame).toByteArray(), writer.toByteArray(frame));
  }

  @Test
  void sizingAndWritingABsmAllocatesNothingPerMessage() throws IOException {
    MessageFrame frame = new UperCodec().decode(TestVectors.vector("bsm-02-car-full"));
    int count = 20_000;
    int size = writer.frameSize(frame);
    for (int warmUp = 0; warmUp < 3; warmUp++) {
      writeRepeatedly(frame, count, CodedOutputStream.newInstance(new byte[size * count]));
    }
    CodedOutputStream out = CodedOutputStream.newInstance(new byte[size * count]);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long threadId = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(threadId);
    writeRepeatedly(frame, count, out);
    long allocatedBytes = threads.getThreadAllocatedBytes(threadId) - before;
    assertTrue(
        allocatedBytes < count,
        "writing " + count + " messages allocated " + allocatedBytes + " bytes");
    out.checkNoSpaceLeft();
  }

  private void writeRepeatedly(MessageFrame frame, int count, CodedOutputStream out)
      throws IOException {
    for (int i = 0; i < count; i++) {
      writer.frameSize(frame);
      writer.writeFrame(frame, out);
    }
  }

  /** Sizes, writes into an array of exactly that size, and compares with protobuf-java. */
  private byte[] assertWrittenAsProtoCodec(MessageFrame frame, String what) throws IOException {
    byte[] expected = ProtoCodec.toProto(frame).toByteArray();
    int size = writer.frameSize(frame);
    assertEquals(expected.length, size, what + ": frameSize");
    byte[] written = write(frame, size);
    assertArrayEquals(expected, written, what);
    return written;
  }

  private byte[] write(MessageFrame frame, int size) throws IOException {
    byte[] bytes = new byte[size];
    CodedOutputStream out = CodedOutputStream.newInstance(bytes);
    writer.writeFrame(frame, out);
    out.checkNoSpaceLeft();
    return bytes;
  }

  private static BasicSafetyMessage bsm(
      Optional<TimeConfidence> timeConfidence, OptionalInt angle, OptionalInt elevation) {
    return new BasicSafetyMessage(
        0,
        0L,
        0,
        timeConfidence,
        new Position3D(0, 0, elevation),
        Optional.empty(),
        Optional.empty(),
        TransmissionState.NEUTRAL,
        0,
        0,
        angle,
        Optional.empty(),
        new AccelerationSet4Way(0, 0, 0, 0),
        BrakeSystemStatus.NONE,
        new VehicleSize(0, 0, OptionalInt.empty()),
        new VehicleClassification(0, OptionalInt.empty()),
        Optional.empty(),
        Optional.empty());
  }
}
