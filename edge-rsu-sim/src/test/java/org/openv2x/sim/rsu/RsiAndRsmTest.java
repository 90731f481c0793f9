package org.openv2x.sim.rsu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.common.Position3D;
import org.openv2x.codec.common.PositionOffsetLlv;
import org.openv2x.codec.rsi.Description;
import org.openv2x.codec.rsi.EventSource;
import org.openv2x.codec.rsi.ReferenceLanes;
import org.openv2x.codec.rsi.ReferenceLink;
import org.openv2x.codec.rsi.RoadSideInformation;
import org.openv2x.codec.rsi.RteData;
import org.openv2x.codec.rsi.RtsData;
import org.openv2x.codec.rsm.ParticipantData;
import org.openv2x.codec.rsm.ParticipantType;
import org.openv2x.codec.rsm.RoadsideSafetyMessage;
import org.openv2x.codec.rsm.SourceType;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.event.ActiveEvent;
import org.openv2x.sim.event.EventType;
import org.openv2x.sim.network.GridNetwork;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.network.Link;
import org.openv2x.sim.network.RoadNetwork;
import org.openv2x.sim.sensor.Detection;
import org.openv2x.sim.sensor.ParticipantKind;
import org.openv2x.sim.sensor.SensorSource;
import org.openv2x.sim.traffic.TrafficConfig;

/** RSI from a hand-made event source and RSM from hand-made sensors. */
class RsiAndRsmTest {
  private static final double POSITION_TOLERANCE_M = 0.02;

  private final RoadNetwork network = GridNetwork.build(GridSpec.of(2, 2), SimFixtures.ORIGIN);
  private final Simulation simulation =
      new Simulation(network, TrafficConfig.of(60), 3, SimFixtures.START_EPOCH_MS);
  private final Intersection first = network.intersection(1).orElseThrow();
  private final UperCodec codec = new UperCodec();

  @Test
  void anEventInRangeIsAnnouncedAtOnceThenOnceASecondWithItsSpeedLimitSign() {
    Link link =
        first.incoming().stream().filter(Link::entry).findFirst().orElseThrow(AssertionError::new);
    Lane lane = link.lanes().get(1);
    double[] place = new double[3];
    lane.centreLine().locate(lane.lengthM() - 60, place);
    List<ActiveEvent> active = new ArrayList<>();
    CollectingFrameSink sink = new CollectingFrameSink();
    RsuFleet fleet =
        new RsuFleet(simulation, RsuFleetConfig.defaults(), () -> active, SensorSource.NONE, sink);
    simulation.addObserver(fleet);
    stepTo(49);
    assertTrue(sink.frames(MessageType.RSI).isEmpty(), "no events, no RSI");

    double startS = simulation.timeS() + Simulation.STEP_S;
    ActiveEvent roadWorks =
        new ActiveEvent(
            7,
            EventType.ROAD_WORKS,
            startS,
            startS + 600,
            place[0],
            place[1],
            40,
            Optional.of(first),
            Optional.of(lane),
            List.of(),
            Optional.of(20 / 3.6),
            "Road works: lane closed");
    active.add(roadWorks);
    List<Rsu> inRange = new ArrayList<>();
    for (Rsu rsu : fleet.rsus()) {
      if (Math.hypot(rsu.eastM() - place[0], rsu.northM() - place[1]) <= rsu.rangeM() + 40) {
        inRange.add(rsu);
      }
    }
    assertTrue(inRange.size() >= 1 && inRange.size() < fleet.rsus().size(), inRange.toString());

    sink.clear();
    stepTo(50);
    List<CollectingFrameSink.CollectedFrame> atStart = sink.frames(MessageType.RSI);
    assertEquals(
        inRange.stream().map(Rsu::id).toList(),
        atStart.stream().map(frame -> frame.rsu().id()).toList(),
        "announced in the step it starts, by the RSUs in range only");
    Rsu rsu = atStart.get(0).rsu();
    RoadSideInformation rsi = (RoadSideInformation) codec.decode(atStart.get(0).uper());
    checkRoadWorks(rsi, rsu, roadWorks, lane);

    sink.clear();
    stepTo(150);
    List<RoadSideInformation> repeats =
        sink.frames(MessageType.RSI).stream()
            .filter(frame -> frame.rsu() == rsu)
            .map(frame -> (RoadSideInformation) codec.decode(frame.uper()))
            .toList();
    assertEquals(10, repeats.size(), "once a second while the event lasts");
    for (int i = 0; i < repeats.size(); i++) {
      assertEquals((rsi.msgCnt() + 1 + i) % 128, repeats.get(i).msgCnt());
      assertEquals(rsi.rtes(), repeats.get(i).rtes());
    }

    active.clear();
    sink.clear();
    stepTo(200);
    assertTrue(sink.frames(MessageType.RSI).isEmpty(), "the event is over");
    assertEquals(0, fleet.statistics().buildErrors());
  }

  private void checkRoadWorks(RoadSideInformation rsi, Rsu rsu, ActiveEvent event, Lane lane) {
    assertEquals(rsu.idOctets(), rsi.id());
    assertEquals(((long) first.region() << 32) | first.id(), rsi.id());
    assertEquals(rsu.refPos(), rsi.refPos());
    assertEquals(TimeFields.minuteOfTheYear(simulation.epochMs()), rsi.moyMinutes().orElseThrow());
    assertEquals(1, rsi.rtes().orElseThrow().size());
    RteData rte = rsi.rtes().orElseThrow().get(0);
    assertEquals(7, rte.rteId());
    assertEquals(401, rte.eventType());
    assertEquals(EventSource.GOVERNMENT, rte.eventSource());
    assertAt(event.eastM(), event.northM(), rsi.refPos(), rte.eventPos().orElseThrow());
    assertEquals(400, rte.eventRadiusDm().orElseThrow());
    assertEquals(
        new Description.TextString("Road works: lane closed"), rte.description().orElseThrow());
    long startEpochMs = SimFixtures.START_EPOCH_MS + Math.round(event.startS() * 1000);
    long endEpochMs = SimFixtures.START_EPOCH_MS + Math.round(event.endS() * 1000);
    assertEquals(
        TimeFields.minuteOfTheYear(startEpochMs),
        rte.timeDetails().orElseThrow().startTimeMinutes().orElseThrow());
    assertEquals(
        TimeFields.minuteOfTheYear(endEpochMs),
        rte.timeDetails().orElseThrow().endTimeMinutes().orElseThrow());
    assertEquals(0x60, rte.priority().orElseThrow());
    ReferenceLink link = rte.referenceLinks().orElseThrow().get(0);
    assertEquals(lane.link().from().id(), link.upstreamNodeId().id());
    assertEquals(lane.link().to().id(), link.downstreamNodeId().id());
    assertEquals(ReferenceLanes.of(ReferenceLanes.LANE2), link.referenceLanes().orElseThrow());
    var path = rte.referencePaths().orElseThrow().get(0);
    assertEquals(Math.round(lane.widthM() * 5), path.pathRadiusDm());
    double along = RsiFactory.along(lane.centreLine(), event.eastM(), event.northM());
    double[] expectedEnds = new double[3];
    lane.centreLine().locate(along - 40, expectedEnds);
    assertAt(expectedEnds[0], expectedEnds[1], rsi.refPos(), path.activePath().get(0));
    lane.centreLine().locate(along + 40, expectedEnds);
    assertAt(
        expectedEnds[0],
        expectedEnds[1],
        rsi.refPos(),
        path.activePath().get(path.activePath().size() - 1));
    RtsData sign = rsi.rtss().orElseThrow().get(0);
    assertEquals(RteEventCodes.SPEED_LIMIT_SIGN_TYPE, sign.signType());
    assertEquals(
        new Description.TextString("speed limit 20 km/h"), sign.description().orElseThrow());
    assertEquals(rte.eventPos(), sign.signPos());
  }

  @Test
  void chineseDescriptionsGoAsGb2312AndOthersAsIa5() {
    assumeTrue(Description.TextGb2312.charset().isPresent(), "this JDK has GB2312");
    Description chinese = RsiFactory.description("道路施工，请减速").orElseThrow();
    assertEquals("道路施工，请减速", ((Description.TextGb2312) chinese).decodeText().orElseThrow());
    assertEquals(
        new Description.TextString("Stall ? lane 2"),
        RsiFactory.description("Stall \u20ac lane 2").orElseThrow(),
        "a character GB2312 lacks falls back to IA5");
    assertTrue(RsiFactory.description(" ").isEmpty());
  }

  @Test
  void sensorDetectionsBecomeRsmsOfAtMostSixteenParticipants() {
    List<Detection> seen = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ParticipantKind kind =
          i < 10
              ? ParticipantKind.PEDESTRIAN
              : i < 15 ? ParticipantKind.CYCLIST : ParticipantKind.MOTOR_VEHICLE;
      boolean vehicle = kind == ParticipantKind.MOTOR_VEHICLE;
      seen.add(
          new Detection(
              100 + i,
              kind,
              vehicle ? 0x1234L + i : 0,
              first.eastM() - 30 + 3 * i,
              first.northM() + 12.5 - i,
              vehicle ? 8 + i * 0.1 : 1.3,
              (i * 37) % 360,
              vehicle ? -1.5 : 0,
              vehicle ? 4.6 : 0.5,
              vehicle ? 1.8 : 0.6,
              vehicle ? 1.5 : 1.7,
              vehicle ? 10 : 0));
    }
    SensorSource sensors = intersection -> intersection == first ? seen : List.of();
    CollectingFrameSink sink = new CollectingFrameSink();
    RsuFleet fleet = new RsuFleet(simulation, RsuFleetConfig.defaults(), List::of, sensors, sink);
    simulation.addObserver(fleet);
    int previousMsgCnt = -1;
    for (int step = 1; step <= 20; step++) {
      sink.clear();
      simulation.step();
      List<CollectingFrameSink.CollectedFrame> frames = sink.frames(MessageType.RSM);
      assertEquals(2, frames.size(), "20 participants take two RSMs, and nobody else sees anyone");
      List<ParticipantData> participants = new ArrayList<>();
      for (CollectingFrameSink.CollectedFrame frame : frames) {
        assertEquals("rsu-1-1", frame.rsu().id());
        RoadsideSafetyMessage rsm = (RoadsideSafetyMessage) codec.decode(frame.uper());
        assertEquals(frame.rsu().idOctets(), rsm.id());
        assertEquals(frame.rsu().refPos(), rsm.refPos());
        if (previousMsgCnt >= 0) {
          assertEquals((previousMsgCnt + 1) % 128, rsm.msgCnt());
        }
        previousMsgCnt = rsm.msgCnt();
        participants.addAll(rsm.participants());
      }
      assertEquals(List.of(16, 4), sizes(frames));
      for (int i = 0; i < seen.size(); i++) {
        checkParticipant(seen.get(i), participants.get(i), frames.get(0).rsu().refPos());
      }
    }
    assertEquals(0, fleet.statistics().buildErrors());
  }

  private void checkParticipant(Detection detection, ParticipantData participant, Position3D ref) {
    ParticipantType type =
        switch (detection.kind()) {
          case PEDESTRIAN -> ParticipantType.PEDESTRIAN;
          case CYCLIST -> ParticipantType.NON_MOTOR;
          case MOTOR_VEHICLE -> ParticipantType.MOTOR;
        };
    assertEquals(type, participant.ptcType());
    assertEquals(detection.participantId(), participant.ptcId());
    assertEquals(SourceType.INTEGRATED, participant.source());
    assertFalse(participant.id().isPresent(), "a sensor does not know BSM ids");
    assertEquals(TimeFields.dSecondMs(simulation.epochMs()), participant.secMarkMs());
    assertAt(detection.eastM(), detection.northM(), ref, participant.pos());
    assertEquals(detection.speedMps(), participant.speed0p02Mps() * 0.02, 0.0101);
    assertEquals(detection.headingDeg(), participant.heading0p0125Deg() * 0.0125, 0.00626);
    assertEquals(
        detection.accelerationMps2(),
        participant.accelSet().orElseThrow().long0p01Mps2() * 0.01,
        0.0051);
    assertEquals(Math.round(detection.lengthM() * 100), participant.size().lengthCm());
    assertEquals(Math.round(detection.widthM() * 100), participant.size().widthCm());
    int expectedClass =
        switch (detection.kind()) {
          case PEDESTRIAN -> RsmFactory.PEDESTRIAN_CLASS;
          case CYCLIST -> RsmFactory.BICYCLE_CLASS;
          case MOTOR_VEHICLE -> detection.basicVehicleClass();
        };
    assertEquals(expectedClass, participant.vehicleClass().orElseThrow().classification());
  }

  private List<Integer> sizes(List<CollectingFrameSink.CollectedFrame> frames) {
    return frames.stream()
        .map(frame -> ((RoadsideSafetyMessage) codec.decode(frame.uper())).participants().size())
        .toList();
  }

  private void stepTo(int step) {
    while (simulation.steps() < step) {
      simulation.step();
    }
  }

  /** The offset from {@code ref} lands within 2 cm of (east, north). */
  private void assertAt(double eastM, double northM, Position3D ref, PositionOffsetLlv offset) {
    double east =
        network.geoFrame().eastM((ref.lonE7Deg() + (long) offset.offsetLl().lonE7Deg()) * 1e-7);
    double north =
        network.geoFrame().northM((ref.latE7Deg() + (long) offset.offsetLl().latE7Deg()) * 1e-7);
    assertEquals(eastM, east, POSITION_TOLERANCE_M, "east");
    assertEquals(northM, north, POSITION_TOLERANCE_M, "north");
  }
}
