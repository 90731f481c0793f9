package org.openv2x.codec.spat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.TimeConfidence;

/** The SPAT vectors: decode to the values of their {@code .xer}, encode back byte for byte. */
class SpatVectorTest {
  private static final OptionalInt NONE = OptionalInt.empty();

  private static OptionalInt of(int value) {
    return OptionalInt.of(value);
  }

  private static PhaseState counting(LightState light, int start, int likelyEnd) {
    return new PhaseState(
        light, Optional.of(new TimeCountingDown(start, NONE, NONE, likelyEnd, NONE, NONE, NONE)));
  }

  private static PhaseState utc(LightState light, int start, int likelyEnd) {
    return new PhaseState(
        light, Optional.of(new UtcTiming(start, NONE, NONE, likelyEnd, NONE, NONE, NONE)));
  }

  /** spat-01-4phase-countdown.xer, member by member. */
  static Spat expected01() {
    Phase phase1 =
        new Phase(
            1,
            List.of(
                new PhaseState(
                    LightState.PROTECTED_GREEN,
                    Optional.of(
                        new TimeCountingDown(0, of(257), of(297), 277, of(190), NONE, NONE))),
                counting(LightState.YELLOW, 277, 307),
                new PhaseState(
                    LightState.RED,
                    Optional.of(
                        new TimeCountingDown(307, NONE, NONE, 1177, NONE, of(1177), of(400))))));
    Phase phase2 =
        new Phase(
            2,
            List.of(
                new PhaseState(
                    LightState.RED,
                    Optional.of(new TimeCountingDown(0, NONE, NONE, 307, of(200), NONE, NONE))),
                counting(LightState.PROTECTED_GREEN, 307, 457),
                counting(LightState.YELLOW, 457, 487)));
    Phase phase3 =
        new Phase(
            3,
            List.of(
                new PhaseState(
                    LightState.RED,
                    Optional.of(new TimeCountingDown(0, NONE, NONE, 487, of(200), NONE, NONE))),
                counting(LightState.PROTECTED_GREEN, 487, 887)));
    Phase phase4 =
        new Phase(
            4,
            List.of(
                new PhaseState(
                    LightState.RED,
                    Optional.of(new TimeCountingDown(0, NONE, NONE, 917, of(200), NONE, NONE))),
                counting(LightState.PROTECTED_GREEN, 917, 1067)));
    IntersectionState intersection =
        new IntersectionState(
            new NodeReferenceId(of(1), 1001),
            0b0000010000000000,
            of(196545),
            of(12300),
            Optional.of(TimeConfidence.TIME_000_010),
            List.of(phase1, phase2, phase3, phase4));
    return new Spat(45, of(196545), of(12300), Optional.empty(), List.of(intersection));
  }

  /** spat-02-utc-timing.xer, member by member. */
  static Spat expected02() {
    Phase phase1 =
        new Phase(
            1,
            List.of(
                new PhaseState(
                    LightState.PERMISSIVE_GREEN,
                    Optional.of(
                        new UtcTiming(
                            15000, of(15380), of(15420), 15400, of(180), of(16200), of(16600)))),
                utc(LightState.YELLOW, 15400, 15430)));
    Phase phase2 =
        new Phase(
            2,
            List.of(
                utc(LightState.RED, 14970, 15430), utc(LightState.PROTECTED_GREEN, 15430, 15580)));
    Phase phase3 =
        new Phase(
            3,
            List.of(
                utc(LightState.RED, 14970, 15610), utc(LightState.PERMISSIVE_GREEN, 15610, 16010)));
    Phase phase4 =
        new Phase(
            4,
            List.of(
                utc(LightState.RED, 14970, 16040), utc(LightState.PROTECTED_GREEN, 16040, 16190)));
    Phase phase5 = new Phase(5, List.of(utc(LightState.FLASHING_YELLOW, 0, 36001)));
    Phase phase6 = new Phase(6, List.of(new PhaseState(LightState.DARK, Optional.empty())));
    IntersectionState intersection =
        new IntersectionState(
            new NodeReferenceId(of(1), 1001),
            0b0000001000100000,
            NONE,
            of(12300),
            Optional.empty(),
            List.of(phase1, phase2, phase3, phase4, phase5, phase6));
    return new Spat(46, NONE, of(12300), Optional.of("Kechuang6-Jinghai"), List.of(intersection));
  }

  private static Spat decode(String name) {
    MessageFrame frame = new UperCodec().decode(TestVectors.vector(name));
    assertEquals(MessageType.SPAT, frame.type());
    return assertInstanceOf(Spat.class, frame);
  }

  private static void assertRoundTrips(String name, Spat value) {
    UperCodec codec = new UperCodec();
    assertArrayEquals(TestVectors.vector(name), codec.encode(value), name + ": UPER bytes");
    assertEquals(value, JerCodec.fromJson(JerCodec.toJson(value)), name + ": JER");
    assertEquals(value, ProtoCodec.fromProto(ProtoCodec.toProto(value)), name + ": protobuf");
    assertEquals(value, ProtoCodec.fromJson(ProtoCodec.toJson(value)), name + ": protobuf JSON");
  }

  @Test
  void countdownVectorDecodesToItsValues() {
    Spat spat = decode("spat-01-4phase-countdown");
    assertEquals(45, spat.msgCnt());
    assertEquals(of(196545), spat.moyMinutes());
    assertEquals(of(12300), spat.timeStampMs());
    assertFalse(spat.name().isPresent());
    assertEquals(1, spat.intersections().size());

    IntersectionState intersection = spat.intersections().get(0);
    assertEquals(new NodeReferenceId(of(1), 1001), intersection.intersectionId());
    assertEquals(0x0400, intersection.status());
    assertTrue(intersection.hasStatus(IntersectionStatusObject.FIXED_TIME_OPERATION));
    assertEquals(
        EnumSet.of(IntersectionStatusObject.FIXED_TIME_OPERATION),
        IntersectionStatusObject.setIn(intersection.status()));
    assertEquals(of(196545), intersection.moyMinutes());
    assertEquals(of(12300), intersection.timeStampMs());
    assertEquals(Optional.of(TimeConfidence.TIME_000_010), intersection.timeConfidence());
    assertEquals(4, intersection.phases().size());

    Phase phase1 = intersection.phases().get(0);
    assertEquals(1, phase1.id());
    assertEquals(3, phase1.phaseStates().size());
    assertEquals(LightState.PROTECTED_GREEN, phase1.phaseStates().get(0).light());
    TimeCountingDown green =
        assertInstanceOf(TimeCountingDown.class, phase1.phaseStates().get(0).timing().get());
    assertEquals(0, green.startTime0p1S());
    assertEquals(of(257), green.minEndTime0p1S());
    assertEquals(of(297), green.maxEndTime0p1S());
    assertEquals(277, green.likelyEndTime0p1S());
    assertEquals(of(190), green.timeConfidence0p5Pct());
    assertEquals(NONE, green.nextStartTime0p1S());
    assertEquals(NONE, green.nextDuration0p1S());
    assertEquals(LightState.YELLOW, phase1.phaseStates().get(1).light());
    TimeCountingDown red =
        assertInstanceOf(TimeCountingDown.class, phase1.phaseStates().get(2).timing().get());
    assertEquals(LightState.RED, phase1.phaseStates().get(2).light());
    assertEquals(307, red.startTime0p1S());
    assertEquals(1177, red.likelyEndTime0p1S());
    assertEquals(of(1177), red.nextStartTime0p1S());
    assertEquals(of(400), red.nextDuration0p1S());
    assertEquals(NONE, red.minEndTime0p1S());

    Phase phase4 = intersection.phases().get(3);
    assertEquals(4, phase4.id());
    assertEquals(counting(LightState.PROTECTED_GREEN, 917, 1067), phase4.phaseStates().get(1));

    assertEquals(expected01(), spat);
  }

  @Test
  void countdownVectorRoundTrips() {
    assertRoundTrips("spat-01-4phase-countdown", expected01());
  }

  @Test
  void utcVectorDecodesToItsValues() {
    Spat spat = decode("spat-02-utc-timing");
    assertEquals(46, spat.msgCnt());
    assertEquals(NONE, spat.moyMinutes());
    assertEquals(of(12300), spat.timeStampMs());
    assertEquals(Optional.of("Kechuang6-Jinghai"), spat.name());

    IntersectionState intersection = spat.intersections().get(0);
    assertEquals(0x0220, intersection.status());
    assertEquals(
        EnumSet.of(
            IntersectionStatusObject.TRAFFIC_DEPENDENT_OPERATION,
            IntersectionStatusObject.RECENT_MAP_MESSAGE_UPDATE),
        IntersectionStatusObject.setIn(intersection.status()));
    assertEquals(NONE, intersection.moyMinutes());
    assertEquals(of(12300), intersection.timeStampMs());
    assertFalse(intersection.timeConfidence().isPresent());
    assertEquals(6, intersection.phases().size());

    PhaseState first = intersection.phases().get(0).phaseStates().get(0);
    assertEquals(LightState.PERMISSIVE_GREEN, first.light());
    UtcTiming timing = assertInstanceOf(UtcTiming.class, first.timing().get());
    assertEquals(15000, timing.startUtcTime0p1S());
    assertEquals(of(15380), timing.minEndUtcTime0p1S());
    assertEquals(of(15420), timing.maxEndUtcTime0p1S());
    assertEquals(15400, timing.likelyEndUtcTime0p1S());
    assertEquals(of(180), timing.timeConfidence0p5Pct());
    assertEquals(of(16200), timing.nextStartUtcTime0p1S());
    assertEquals(of(16600), timing.nextEndUtcTime0p1S());

    Phase phase5 = intersection.phases().get(4);
    assertEquals(5, phase5.id());
    assertEquals(LightState.FLASHING_YELLOW, phase5.phaseStates().get(0).light());
    UtcTiming forever =
        assertInstanceOf(UtcTiming.class, phase5.phaseStates().get(0).timing().get());
    assertEquals(TimeChangeDetails.TIME_MARK_UNKNOWN, forever.likelyEndUtcTime0p1S());

    Phase phase6 = intersection.phases().get(5);
    assertEquals(6, phase6.id());
    assertEquals(LightState.DARK, phase6.phaseStates().get(0).light());
    assertFalse(phase6.phaseStates().get(0).timing().isPresent());

    assertEquals(expected02(), spat);
  }

  @Test
  void utcVectorRoundTrips() {
    assertRoundTrips("spat-02-utc-timing", expected02());
  }

  @Test
  void jerUsesTheAsnMemberNames() {
    String json = JerCodec.toJson(expected02());
    assertTrue(json.startsWith("{\"spatFrame\":{\"msgCnt\":46,\"timeStamp\":12300,"), json);
    assertTrue(json.contains("\"name\":\"Kechuang6-Jinghai\""), json);
    assertTrue(json.contains("\"status\":\"0220\""), json);
    assertTrue(
        json.contains(
            "{\"light\":\"permissive-green\",\"timing\":{\"utcTiming\":{\"startUTCTime\":15000,"
                + "\"minEndUTCTime\":15380,\"maxEndUTCTime\":15420,\"likelyEndUTCTime\":15400,"
                + "\"timeConfidence\":180,\"nextStartUTCTime\":16200,\"nextEndUTCTime\":16600}}}"),
        json);
    assertTrue(json.contains("{\"id\":6,\"phaseStates\":[{\"light\":\"dark\"}]}"), json);
    String counting = JerCodec.toJson(expected01());
    assertTrue(counting.contains("\"moy\":196545"), counting);
    assertTrue(counting.contains("\"timeConfidence\":\"time-000-010\""), counting);
    assertTrue(
        counting.contains(
            "\"timing\":{\"counting\":{\"startTime\":307,\"likelyEndTime\":1177,"
                + "\"nextStartTime\":1177,\"nextDuration\":400}}"),
        counting);
  }
}
