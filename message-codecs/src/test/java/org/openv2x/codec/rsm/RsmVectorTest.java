package org.openv2x.codec.rsm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.common.AccelerationSet4Way;
import org.openv2x.codec.common.ElevationConfidence;
import org.openv2x.codec.common.HeadingConfidence;
import org.openv2x.codec.common.MotionConfidenceSet;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionConfidence;
import org.openv2x.codec.common.PositionConfidenceSet;
import org.openv2x.codec.common.PositionOffsetLl;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.common.SpeedConfidence;
import org.openv2x.codec.common.TransmissionState;
import org.openv2x.codec.common.VehicleClassification;
import org.openv2x.codec.common.VehicleSize;
import org.openv2x.codec.common.VerticalOffset;

/** The RSM vectors: decode to the values of their {@code .xer}, encode back byte for byte. */
class RsmVectorTest {
  private static final OptionalInt NONE = OptionalInt.empty();

  /** "RSU00101" in ASCII: the RSU id of both vectors. */
  static final long RSU_ID = 0x5253_5530_3031_3031L;

  /** "BJ000001" in ASCII: the BSM id of one vehicle of rsm-02. */
  static final long BSM_ID = 0x424A_3030_3030_3031L;

  private static PositionOffsetLlv offset(PositionOffsetLl.Kind kind, int lon, int lat) {
    return new PositionOffsetLlv(new PositionOffsetLl(kind, lon, lat), Optional.empty());
  }

  private static PositionConfidenceSet confidence(PositionConfidence pos) {
    return new PositionConfidenceSet(pos, Optional.empty());
  }

  private static VehicleSize size(int width, int length, int height) {
    return new VehicleSize(width, length, OptionalInt.of(height));
  }

  private static VehicleSize size(int width, int length) {
    return new VehicleSize(width, length, NONE);
  }

  private static Optional<VehicleClassification> vehicleClass(int classification) {
    return Optional.of(new VehicleClassification(classification, NONE));
  }

  /** A participant with only the members every participant of the vectors shares. */
  private static ParticipantData participant(
      ParticipantType type,
      int ptcId,
      SourceType source,
      int secMark,
      PositionOffsetLlv pos,
      PositionConfidence posConfidence,
      Optional<TransmissionState> transmission,
      int speed,
      int heading,
      VehicleSize size,
      Optional<VehicleClassification> vehicleClass) {
    return new ParticipantData(
        type,
        ptcId,
        source,
        OptionalLong.empty(),
        secMark,
        pos,
        confidence(posConfidence),
        transmission,
        speed,
        heading,
        NONE,
        Optional.empty(),
        Optional.empty(),
        size,
        vehicleClass);
  }

  private static final Position3D REF_POS =
      new Position3D(397814500, 1165040200, OptionalInt.of(450));

  /** rsm-01-car-ped-bike.xer, member by member. */
  static RoadsideSafetyMessage expected01() {
    return new RoadsideSafetyMessage(
        60,
        RSU_ID,
        REF_POS,
        List.of(
            participant(
                ParticipantType.MOTOR,
                1,
                SourceType.VIDEO,
                34500,
                offset(PositionOffsetLl.Kind.LL2, -620, 3162),
                PositionConfidence.A1M,
                Optional.of(TransmissionState.FORWARD_GEARS),
                556,
                14400,
                size(182, 468, 30),
                vehicleClass(10)),
            participant(
                ParticipantType.PEDESTRIAN,
                2,
                SourceType.LIDAR,
                34500,
                offset(PositionOffsetLl.Kind.LL1, 1461, -1258),
                PositionConfidence.A50CM,
                Optional.empty(),
                70,
                7200,
                size(50, 50, 34),
                Optional.empty()),
            participant(
                ParticipantType.NON_MOTOR,
                3,
                SourceType.INTEGRATED,
                34500,
                offset(PositionOffsetLl.Kind.LL1, 1531, 719),
                PositionConfidence.A1M,
                Optional.empty(),
                210,
                0,
                size(60, 175, 24),
                vehicleClass(85))));
  }

  /** The fully populated participant of rsm-02 (ptcId 11). */
  static ParticipantData expectedFull() {
    return new ParticipantData(
        ParticipantType.MOTOR,
        11,
        SourceType.V2X,
        OptionalLong.of(BSM_ID),
        34580,
        new PositionOffsetLlv(
            new PositionOffsetLl(PositionOffsetLl.Kind.LL3, -1017, 10825),
            Optional.of(new VerticalOffset(VerticalOffset.Kind.OFFSET1, -2))),
        new PositionConfidenceSet(
            PositionConfidence.A20CM, Optional.of(ElevationConfidence.ELEV_000_50)),
        Optional.of(TransmissionState.FORWARD_GEARS),
        833,
        14400,
        OptionalInt.of(0),
        Optional.of(
            new MotionConfidenceSet(
                Optional.of(SpeedConfidence.PREC1MS),
                Optional.of(HeadingConfidence.PREC01DEG),
                Optional.empty())),
        Optional.of(new AccelerationSet4Way(50, -3, 0, 120)),
        size(180, 470, 30),
        vehicleClass(10));
  }

  /** rsm-02-mixed-full.xer, member by member. */
  static RoadsideSafetyMessage expected02() {
    ParticipantData truck =
        new ParticipantData(
            ParticipantType.MOTOR,
            12,
            SourceType.MICROWAVE_RADAR,
            OptionalLong.empty(),
            34590,
            offset(PositionOffsetLl.Kind.LL3, 421, -16170),
            confidence(PositionConfidence.A1M),
            Optional.of(TransmissionState.FORWARD_GEARS),
            1250,
            0,
            NONE,
            Optional.empty(),
            Optional.of(new AccelerationSet4Way(-80, 0, 0, 0)),
            size(250, 1200, 80),
            vehicleClass(27));
    return new RoadsideSafetyMessage(
        61,
        RSU_ID,
        REF_POS,
        List.of(
            participant(
                ParticipantType.RSU,
                0,
                SourceType.SELFINFO,
                34600,
                offset(PositionOffsetLl.Kind.LL1, 0, 0),
                PositionConfidence.A1M,
                Optional.empty(),
                0,
                0,
                size(30, 30, 100),
                Optional.empty()),
            expectedFull(),
            truck,
            participant(
                ParticipantType.MOTOR,
                13,
                SourceType.VIDEO,
                34595,
                offset(PositionOffsetLl.Kind.LL1, -210, 1347),
                PositionConfidence.A1M,
                Optional.of(TransmissionState.PARK),
                0,
                14400,
                size(175, 450),
                vehicleClass(10)),
            participant(
                ParticipantType.PEDESTRIAN,
                14,
                SourceType.LIDAR,
                34598,
                offset(PositionOffsetLl.Kind.LL1, 1403, 1078),
                PositionConfidence.A1M,
                Optional.empty(),
                60,
                21600,
                size(50, 40, 34),
                Optional.empty()),
            participant(
                ParticipantType.NON_MOTOR,
                15,
                SourceType.LIDAR,
                34598,
                offset(PositionOffsetLl.Kind.LL1, -1403, -853),
                PositionConfidence.A1M,
                Optional.empty(),
                280,
                27000,
                size(60, 180),
                vehicleClass(85)),
            participant(
                ParticipantType.UNKNOWN,
                16,
                SourceType.LOOP,
                34500,
                offset(PositionOffsetLl.Kind.LL1, 608, -1976),
                PositionConfidence.A5M,
                Optional.empty(),
                8191,
                28800,
                size(0, 0),
                Optional.empty()),
            participant(
                ParticipantType.MOTOR,
                65535,
                SourceType.INTEGRATED,
                34599,
                offset(PositionOffsetLl.Kind.LL4, -30392, 34136),
                PositionConfidence.A2M,
                Optional.of(TransmissionState.FORWARD_GEARS),
                1600,
                19800,
                size(190, 500, 35),
                vehicleClass(50))));
  }

  private static RoadsideSafetyMessage decode(String name) {
    MessageFrame frame = new UperCodec().decode(TestVectors.vector(name));
    assertEquals(MessageType.RSM, frame.type());
    return assertInstanceOf(RoadsideSafetyMessage.class, frame);
  }

  private static void assertRoundTrips(String name, RoadsideSafetyMessage value) {
    UperCodec codec = new UperCodec();
    assertArrayEquals(TestVectors.vector(name), codec.encode(value), name + ": UPER bytes");
    assertEquals(value, JerCodec.fromJson(JerCodec.toJson(value)), name + ": JER");
    assertEquals(value, ProtoCodec.fromProto(ProtoCodec.toProto(value)), name + ": protobuf");
    assertEquals(value, ProtoCodec.fromJson(ProtoCodec.toJson(value)), name + ": protobuf JSON");
  }

  @Test
  void carPedBikeVectorDecodesToItsValues() {
    RoadsideSafetyMessage rsm = decode("rsm-01-car-ped-bike");
    assertEquals(60, rsm.msgCnt());
    assertEquals(RSU_ID, rsm.id());
    assertEquals(REF_POS, rsm.refPos());
    assertEquals(3, rsm.participants().size());

    ParticipantData car = rsm.participants().get(0);
    assertEquals(ParticipantType.MOTOR, car.ptcType());
    assertEquals(1, car.ptcId());
    assertEquals(SourceType.VIDEO, car.source());
    assertFalse(car.id().isPresent());
    assertEquals(34500, car.secMarkMs());
    assertEquals(PositionOffsetLl.Kind.LL2, car.pos().offsetLl().kind());
    assertEquals(-620, car.pos().offsetLl().lonE7Deg());
    assertEquals(3162, car.pos().offsetLl().latE7Deg());
    assertFalse(car.pos().offsetV().isPresent());
    assertEquals(PositionConfidence.A1M, car.posConfidence().pos());
    assertEquals(Optional.of(TransmissionState.FORWARD_GEARS), car.transmission());
    assertEquals(556, car.speed0p02Mps());
    assertEquals(14400, car.heading0p0125Deg());
    assertEquals(NONE, car.angle1p5Deg());
    assertFalse(car.motionCfd().isPresent());
    assertFalse(car.accelSet().isPresent());
    assertEquals(size(182, 468, 30), car.size());
    assertEquals(vehicleClass(10), car.vehicleClass());

    ParticipantData pedestrian = rsm.participants().get(1);
    assertEquals(ParticipantType.PEDESTRIAN, pedestrian.ptcType());
    assertEquals(SourceType.LIDAR, pedestrian.source());
    assertEquals(PositionConfidence.A50CM, pedestrian.posConfidence().pos());
    assertFalse(pedestrian.transmission().isPresent());
    assertFalse(pedestrian.vehicleClass().isPresent());

    ParticipantData bike = rsm.participants().get(2);
    assertEquals(ParticipantType.NON_MOTOR, bike.ptcType());
    assertEquals(SourceType.INTEGRATED, bike.source());
    assertEquals(vehicleClass(85), bike.vehicleClass());

    assertEquals(expected01(), rsm);
  }

  @Test
  void carPedBikeVectorRoundTrips() {
    assertRoundTrips("rsm-01-car-ped-bike", expected01());
  }

  @Test
  void mixedFullVectorDecodesToItsValues() {
    RoadsideSafetyMessage rsm = decode("rsm-02-mixed-full");
    assertEquals(61, rsm.msgCnt());
    assertEquals(RSU_ID, rsm.id());
    assertEquals(8, rsm.participants().size());

    ParticipantData rsu = rsm.participants().get(0);
    assertEquals(ParticipantType.RSU, rsu.ptcType());
    assertEquals(ParticipantData.PTC_ID_RSU, rsu.ptcId());
    assertEquals(SourceType.SELFINFO, rsu.source());

    ParticipantData full = rsm.participants().get(1);
    assertEquals(OptionalLong.of(BSM_ID), full.id());
    assertEquals(SourceType.V2X, full.source());
    assertEquals(
        Optional.of(new VerticalOffset(VerticalOffset.Kind.OFFSET1, -2)), full.pos().offsetV());
    assertEquals(PositionConfidence.A20CM, full.posConfidence().pos());
    assertEquals(Optional.of(ElevationConfidence.ELEV_000_50), full.posConfidence().elevation());
    assertEquals(OptionalInt.of(0), full.angle1p5Deg());
    MotionConfidenceSet motion = full.motionCfd().orElseThrow();
    assertEquals(Optional.of(SpeedConfidence.PREC1MS), motion.speedCfd());
    assertEquals(Optional.of(HeadingConfidence.PREC01DEG), motion.headingCfd());
    assertFalse(motion.steerCfd().isPresent());
    assertEquals(Optional.of(new AccelerationSet4Way(50, -3, 0, 120)), full.accelSet());
    assertEquals(expectedFull(), full);

    ParticipantData truck = rsm.participants().get(2);
    assertEquals(SourceType.MICROWAVE_RADAR, truck.source());
    assertEquals(PositionOffsetLl.Kind.LL3, truck.pos().offsetLl().kind());
    assertEquals(-16170, truck.pos().offsetLl().latE7Deg());
    assertEquals(Optional.of(new AccelerationSet4Way(-80, 0, 0, 0)), truck.accelSet());
    assertEquals(vehicleClass(27), truck.vehicleClass());

    ParticipantData parked = rsm.participants().get(3);
    assertEquals(Optional.of(TransmissionState.PARK), parked.transmission());
    assertEquals(NONE, parked.size().height5Cm());

    ParticipantData unknown = rsm.participants().get(6);
    assertEquals(ParticipantType.UNKNOWN, unknown.ptcType());
    assertEquals(SourceType.LOOP, unknown.source());
    assertEquals(ParticipantData.SPEED_UNAVAILABLE, unknown.speed0p02Mps());
    assertEquals(ParticipantData.HEADING_MAX, unknown.heading0p0125Deg());
    assertEquals(PositionConfidence.A5M, unknown.posConfidence().pos());

    ParticipantData last = rsm.participants().get(7);
    assertEquals(65535, last.ptcId());
    assertEquals(PositionOffsetLl.Kind.LL4, last.pos().offsetLl().kind());
    assertEquals(-30392, last.pos().offsetLl().lonE7Deg());
    assertEquals(34136, last.pos().offsetLl().latE7Deg());
    assertEquals(vehicleClass(50), last.vehicleClass());

    assertEquals(expected02(), rsm);
  }

  @Test
  void mixedFullVectorRoundTrips() {
    assertRoundTrips("rsm-02-mixed-full", expected02());
  }

  @Test
  void jerUsesTheAsnMemberNamesAndHexOctets() {
    String json = JerCodec.toJson(expected02());
    assertTrue(
        json.startsWith(
            "{\"rsmFrame\":{\"msgCnt\":61,\"id\":\"5253553030313031\","
                + "\"refPos\":{\"lat\":397814500,\"long\":1165040200,\"elevation\":450},"
                + "\"participants\":[{\"ptcType\":\"rsu\",\"ptcId\":0,\"source\":\"selfinfo\","),
        json);
    assertTrue(
        json.contains(
            "{\"ptcType\":\"motor\",\"ptcId\":11,\"source\":\"v2x\",\"id\":\"424A303030303031\","
                + "\"secMark\":34580,\"pos\":{\"offsetLL\":{\"position-LL3\":{\"lon\":-1017,"
                + "\"lat\":10825}},\"offsetV\":{\"offset1\":-2}},\"posConfidence\":{\"pos\":\"a20cm\","
                + "\"elevation\":\"elev-000-50\"},\"transmission\":\"forwardGears\",\"speed\":833,"
                + "\"heading\":14400,\"angle\":0,\"motionCfd\":{\"speedCfd\":\"prec1ms\","
                + "\"headingCfd\":\"prec01deg\"},\"accelSet\":{\"long\":50,\"lat\":-3,\"vert\":0,"
                + "\"yaw\":120},\"size\":{\"width\":180,\"length\":470,\"height\":30},"
                + "\"vehicleClass\":{\"classification\":10}}"),
        json);
    assertTrue(json.contains("\"ptcType\":\"non-motor\""), json);
    assertTrue(json.contains("\"source\":\"microwaveRadar\""), json);
  }
}
