package org.openv2x.codec.bsm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.common.AccelerationSet4Way;
import org.openv2x.codec.common.BitString;
import org.openv2x.codec.common.ElevationConfidence;
import org.openv2x.codec.common.HeadingConfidence;
import org.openv2x.codec.common.MotionConfidenceSet;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionConfidence;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionOffsetLl;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.PositionalAccuracy;
import org.openv2x.codec.common.SpeedConfidence;
import org.openv2x.codec.common.SteeringWheelAngleConfidence;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.codec.common.VehicleClassification;
import org.openv2x.codec.common.VehicleSize;
import org.openv2x.codec.common.VerticalOffset;

/** The BSM golden vectors: decoded values as in their {@code .xer}, and every round trip. */
class BsmVectorTest {
  private final UperCodec codec = new UperCodec();

  private BasicSafetyMessage decode(String name) {
    MessageFrame frame = codec.decode(Bits.vector(name));
    assertEquals(MessageType.BSM, frame.type());
    return assertInstanceOf(BasicSafetyMessage.class, frame);
  }

  @Test
  void carRequiredDecodesToItsXerValues() {
    BasicSafetyMessage bsm = decode("bsm-01-car-required");

    assertEquals(17, bsm.msgCnt());
    assertEquals(0x424A303030303031L, bsm.id());
    assertEquals(34500, bsm.secMarkMs());
    assertEquals(Optional.empty(), bsm.timeConfidence());
    assertEquals(new Position3D(397835512, 1165003127, OptionalInt.of(445)), bsm.pos());
    assertEquals(Optional.empty(), bsm.posAccuracy());
    assertEquals(Optional.empty(), bsm.posConfidence());
    assertEquals(TransmissionState.FORWARD_GEARS, bsm.transmission());
    assertEquals(833, bsm.speed0p02Mps());
    assertEquals(7200, bsm.heading0p0125Deg());
    assertEquals(OptionalInt.empty(), bsm.angle1p5Deg());
    assertEquals(Optional.empty(), bsm.motionCfd());
    assertEquals(new AccelerationSet4Way(50, -3, 0, 120), bsm.accelSet());
    assertEquals(BrakeSystemStatus.NONE, bsm.brakes());
    assertEquals(new VehicleSize(180, 470, OptionalInt.empty()), bsm.size());
    assertEquals(new VehicleClassification(10, OptionalInt.empty()), bsm.vehicleClass());
    assertEquals(Optional.empty(), bsm.safetyExt());
    assertEquals(Optional.empty(), bsm.emergencyExt());
  }

  @Test
  void carFullDecodesToItsXerValues() {
    BasicSafetyMessage bsm = decode("bsm-02-car-full");

    assertEquals(127, bsm.msgCnt());
    assertEquals(0xA1B2C3D4E5F60718L, bsm.id());
    assertEquals(59999, bsm.secMarkMs());
    assertEquals(Optional.of(TimeConfidence.TIME_000_010), bsm.timeConfidence());
    assertEquals(new Position3D(397801234, 1165090876, OptionalInt.of(438)), bsm.pos());
    assertEquals(Optional.of(new PositionalAccuracy(40, 25, 8192)), bsm.posAccuracy());
    assertEquals(
        Optional.of(
            new PositionConfidenceSet(
                PositionConfidence.A50CM, Optional.of(ElevationConfidence.ELEV_001_00))),
        bsm.posConfidence());
    assertEquals(TransmissionState.FORWARD_GEARS, bsm.transmission());
    assertEquals(1000, bsm.speed0p02Mps());
    assertEquals(3640, bsm.heading0p0125Deg());
    assertEquals(OptionalInt.of(-4), bsm.angle1p5Deg());
    assertEquals(
        Optional.of(
            new MotionConfidenceSet(
                Optional.of(SpeedConfidence.PREC0_1MS),
                Optional.of(HeadingConfidence.PREC0_1DEG),
                Optional.of(SteeringWheelAngleConfidence.PREC1DEG))),
        bsm.motionCfd());
    assertEquals(new AccelerationSet4Way(-120, 35, -2, -250), bsm.accelSet());
    assertEquals(new VehicleSize(185, 489, OptionalInt.of(30)), bsm.size());
    assertEquals(new VehicleClassification(10, OptionalInt.of(4)), bsm.vehicleClass());
    assertEquals(Optional.empty(), bsm.emergencyExt());

    // brakes: every member present; wheelBrakes 01111
    BrakeSystemStatus brakes = bsm.brakes();
    assertEquals(Optional.of(BrakePedalStatus.ON), brakes.brakePedal());
    assertEquals(OptionalInt.of(0b01111), brakes.wheelBrakes());
    int wheels = brakes.wheelBrakes().getAsInt();
    assertFalse(WheelBrake.UNAVAILABLE.isSetIn(wheels));
    assertTrue(WheelBrake.LEFT_FRONT.isSetIn(wheels));
    assertTrue(WheelBrake.RIGHT_REAR.isSetIn(wheels));
    assertEquals(
        EnumSet.of(
            WheelBrake.LEFT_FRONT,
            WheelBrake.LEFT_REAR,
            WheelBrake.RIGHT_FRONT,
            WheelBrake.RIGHT_REAR),
        WheelBrake.setIn(wheels));
    assertEquals(Optional.of(TractionControlStatus.ON), brakes.traction());
    assertEquals(Optional.of(AntiLockBrakeStatus.ON), brakes.abs());
    assertEquals(Optional.of(StabilityControlStatus.ON), brakes.scs());
    assertEquals(Optional.of(BrakeBoostApplied.OFF), brakes.brakeBoost());
    assertEquals(Optional.of(AuxiliaryBrakeStatus.OFF), brakes.auxBrakes());

    VehicleSafetyExtensions safety = bsm.safetyExt().orElseThrow();
    // events 0000000010000: 13 bits, bit 8 eventLightsChanged
    BitString events = safety.events().orElseThrow();
    assertEquals(BitString.parse("0000000010000"), events);
    assertEquals(EnumSet.of(VehicleEventFlag.LIGHTS_CHANGED), VehicleEventFlag.setIn(events));
    // lights 000000100: 9 bits, bit 6 daytimeRunningLightsOn
    BitString lights = safety.lights().orElseThrow();
    assertEquals(BitString.parse("000000100"), lights);
    assertTrue(ExteriorLight.DAYTIME_RUNNING_LIGHTS_ON.isSetIn(lights));
    assertEquals(EnumSet.of(ExteriorLight.DAYTIME_RUNNING_LIGHTS_ON), ExteriorLight.setIn(lights));
    assertEquals(Optional.of(new PathPrediction(32767, 180)), safety.pathPrediction());
    assertEquals(PathPrediction.RADIUS_STRAIGHT, safety.pathPrediction().get().radiusOfCurveDm());

    PathHistory history = safety.pathHistory().orElseThrow();
    FullPositionVector initial = history.initialPosition().orElseThrow();
    assertEquals(
        Optional.of(
            new DDateTime(
                OptionalInt.of(2024),
                OptionalInt.of(5),
                OptionalInt.of(17),
                OptionalInt.of(3),
                OptionalInt.of(25),
                OptionalInt.of(59000),
                OptionalInt.of(480))),
        initial.utcTime());
    assertEquals(new Position3D(397800100, 1165089000, OptionalInt.of(440)), initial.pos());
    assertEquals(OptionalInt.of(3600), initial.heading0p0125Deg());
    assertEquals(Optional.of(TransmissionState.FORWARD_GEARS), initial.transmission());
    assertEquals(OptionalInt.of(990), initial.speed0p02Mps());
    assertEquals(Optional.empty(), initial.posAccuracy());
    assertEquals(Optional.empty(), initial.posConfidence());
    assertEquals(Optional.empty(), initial.timeConfidence());
    assertEquals(Optional.empty(), initial.motionCfd());
    // currGNSSstatus 01100011
    assertEquals(OptionalInt.of(0b01100011), history.currGnssStatus());
    assertEquals(
        EnumSet.of(
            GnssStatusFlag.IS_HEALTHY,
            GnssStatusFlag.IS_MONITORED,
            GnssStatusFlag.LOCAL_CORRECTIONS_PRESENT,
            GnssStatusFlag.NETWORK_CORRECTIONS_PRESENT),
        GnssStatusFlag.setIn(history.currGnssStatus().getAsInt()));

    List<PathHistoryPoint> crumbs = history.crumbData();
    assertEquals(5, crumbs.size());
    PositionOffsetLl.Kind[] kinds = {
      PositionOffsetLl.Kind.LL1,
      PositionOffsetLl.Kind.LL2,
      PositionOffsetLl.Kind.LL2,
      PositionOffsetLl.Kind.LL2,
      PositionOffsetLl.Kind.LL3
    };
    int[] lons = {-1929, -3857, -5786, -7715, -9644};
    int[] lats = {-189, -377, -566, -755, -943};
    for (int i = 0; i < crumbs.size(); i++) {
      PathHistoryPoint expected =
          new PathHistoryPoint(
              new PositionOffsetLlv(
                  new PositionOffsetLl(kinds[i], lons[i], lats[i]),
                  Optional.of(new VerticalOffset(VerticalOffset.Kind.OFFSET1, -(i + 1)))),
              100 * (i + 1),
              OptionalInt.of(1005 + 5 * i),
              Optional.of(new PositionConfidenceSet(PositionConfidence.A1M, Optional.empty())),
              OptionalInt.of(30));
      assertEquals(expected, crumbs.get(i), "crumbData[" + i + "]");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bsm-01-car-required", "bsm-02-car-full"})
  void encodesBackToTheSameBytes(String name) {
    byte[] bytes = Bits.vector(name);
    MessageFrame frame = codec.decode(bytes);
    assertArrayEquals(bytes, codec.encode(frame));
    byte[] target = new byte[bytes.length + 3];
    assertEquals(bytes.length, codec.encode(frame, target, 3));
    assertArrayEquals(bytes, java.util.Arrays.copyOfRange(target, 3, target.length));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bsm-01-car-required", "bsm-02-car-full"})
  void jerRoundTripGivesAnEqualModel(String name) {
    MessageFrame frame = decode(name);
    String json = JerCodec.toJson(frame);
    assertEquals(frame, JerCodec.fromJson(json), json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bsm-01-car-required", "bsm-02-car-full"})
  void protobufRoundTripsGiveAnEqualModel(String name) throws Exception {
    MessageFrame frame = decode(name);
    var proto = ProtoCodec.toProto(frame);
    assertEquals(frame, ProtoCodec.fromProto(proto));
    var parsed = org.openv2x.proto.v1.FrameProtos.MessageFrame.parseFrom(proto.toByteArray());
    assertEquals(frame, ProtoCodec.fromProto(parsed));
    String json = ProtoCodec.toJson(frame);
    assertEquals(frame, ProtoCodec.fromJson(json), json);
  }

  @Test
  void jerOfTheFullVectorUsesTheStandardsNamesAndForms() {
    String json = JerCodec.toJson(decode("bsm-02-car-full"));
    assertTrue(json.startsWith("{\"bsmFrame\":{\"msgCnt\":127,\"id\":\"A1B2C3D4E5F60718\""), json);
    assertTrue(json.contains("\"timeConfidence\":\"time-000-010\""), json);
    assertTrue(json.contains("\"brakePadel\":\"on\",\"wheelBrakes\":\"78\""), json);
    assertTrue(json.contains("\"events\":{\"value\":\"0080\",\"length\":13}"), json);
    assertTrue(json.contains("\"lights\":{\"value\":\"0200\",\"length\":9}"), json);
    assertTrue(json.contains("\"currGNSSstatus\":\"63\""), json);
    assertTrue(json.contains("\"position-LL1\":{\"lon\":-1929,\"lat\":-189}"), json);
    assertTrue(json.contains("\"offsetV\":{\"offset1\":-1}"), json);
    assertTrue(json.contains("\"second\":59000,\"offset\":480"), json);
    assertTrue(json.contains("\"pathPrediction\":{\"radiusOfCurve\":32767,\"confidence\":180}"));
    assertFalse(json.contains("emergencyExt"), json);
    assertFalse(json.contains("posConficence"), json);
  }

  @Test
  void emptyBrakeSystemStatusIsOneSharedValue() {
    assertSame(BrakeSystemStatus.NONE, decode("bsm-01-car-required").brakes());
    assertEquals("{}", brakesJson(decode("bsm-01-car-required")));
  }

  private static String brakesJson(BasicSafetyMessage bsm) {
    String json = JerCodec.toJson(bsm);
    int start = json.indexOf("\"brakes\":") + "\"brakes\":".length();
    return json.substring(start, json.indexOf('}', start) + 1);
  }
}
