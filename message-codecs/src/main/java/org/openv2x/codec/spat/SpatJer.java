package org.openv2x.codec.spat;

import static org.openv2x.codec.common.CommonJer.build;
import static org.openv2x.codec.common.CommonJer.start;
import static org.openv2x.codec.spat.TimeChangeDetails.CONFIDENCE_MAX;
import static org.openv2x.codec.spat.TimeChangeDetails.TIME_MARK_MAX;
import static org.openv2x.codec.spat.TimeChangeDetails.TIME_MARK_MIN;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.CommonJer;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.jer.JerObject;
import org.openv2x.codec.jer.JerWriter;

/**
 * X.697 JER of the SPAT message family. Each {@code writeX(jer, field, value)} writes a member
 * {@code field} (an array element if {@code field} is null); each {@code readX(object)} reads the
 * JSON object of the value. Member names are the ASN.1 names ({@code moy}, {@code timeStamp},
 * {@code startUTCTime}, ...).
 */
public final class SpatJer {
  private SpatJer() {}

  // ---------------------------------------------------------------- SPAT

  public static void writeSpat(JerWriter jer, String field, Spat value) {
    start(jer, field);
    jer.integer("msgCnt", value.msgCnt());
    jer.integer("moy", value.moyMinutes());
    jer.integer("timeStamp", value.timeStampMs());
    if (value.name().isPresent()) {
      jer.string("name", value.name().get());
    }
    jer.startArray("intersections");
    for (IntersectionState intersection : value.intersections()) {
      writeIntersectionState(jer, null, intersection);
    }
    jer.endArray();
    jer.endObject();
  }

  public static Spat readSpat(JerObject o) {
    int msgCnt = o.integer("msgCnt", 0, 127);
    OptionalInt moy = o.optionalInteger("moy", 0, Spat.MOY_MAX);
    OptionalInt timeStamp = o.optionalInteger("timeStamp", 0, Spat.DSECOND_MAX);
    Optional<String> name = o.optionalIa5String("name", Spat.NAME_MIN, Spat.NAME_MAX);
    List<IntersectionState> intersections =
        o.list(
            "intersections",
            Spat.INTERSECTIONS_MIN,
            Spat.INTERSECTIONS_MAX,
            e -> readIntersectionState(e.object()));
    return build(o, () -> new Spat(msgCnt, moy, timeStamp, name, intersections));
  }

  // ---------------------------------------------------------------- IntersectionState

  public static void writeIntersectionState(JerWriter jer, String field, IntersectionState v) {
    start(jer, field);
    CommonJer.writeNodeReferenceId(jer, "intersectionId", v.intersectionId());
    jer.fixedBits("status", v.status(), IntersectionStatusObject.SIZE_BITS);
    jer.integer("moy", v.moyMinutes());
    jer.integer("timeStamp", v.timeStampMs());
    if (v.timeConfidence().isPresent()) {
      jer.enumerated("timeConfidence", v.timeConfidence().get());
    }
    jer.startArray("phases");
    for (Phase phase : v.phases()) {
      writePhase(jer, null, phase);
    }
    jer.endArray();
    jer.endObject();
  }

  public static IntersectionState readIntersectionState(JerObject o) {
    NodeReferenceId intersectionId = CommonJer.readNodeReferenceId(o.object("intersectionId"));
    int status = o.fixedBits("status", IntersectionStatusObject.SIZE_BITS);
    OptionalInt moy = o.optionalInteger("moy", 0, Spat.MOY_MAX);
    OptionalInt timeStamp = o.optionalInteger("timeStamp", 0, Spat.DSECOND_MAX);
    Optional<TimeConfidence> timeConfidence =
        o.optionalEnumerated("timeConfidence", TimeConfidence.class);
    List<Phase> phases =
        o.list(
            "phases",
            IntersectionState.PHASES_MIN,
            IntersectionState.PHASES_MAX,
            e -> readPhase(e.object()));
    return build(
        o,
        () ->
            new IntersectionState(intersectionId, status, moy, timeStamp, timeConfidence, phases));
  }

  // ---------------------------------------------------------------- Phase

  public static void writePhase(JerWriter jer, String field, Phase v) {
    start(jer, field);
    jer.integer("id", v.id());
    jer.startArray("phaseStates");
    for (PhaseState state : v.phaseStates()) {
      writePhaseState(jer, null, state);
    }
    jer.endArray();
    jer.endObject();
  }

  public static Phase readPhase(JerObject o) {
    int id = o.integer("id", 0, 255);
    List<PhaseState> phaseStates =
        o.list(
            "phaseStates",
            Phase.PHASE_STATES_MIN,
            Phase.PHASE_STATES_MAX,
            e -> readPhaseState(e.object()));
    return build(o, () -> new Phase(id, phaseStates));
  }

  // ---------------------------------------------------------------- PhaseState

  public static void writePhaseState(JerWriter jer, String field, PhaseState v) {
    start(jer, field);
    jer.enumerated("light", v.light());
    if (v.timing().isPresent()) {
      writeTimeChangeDetails(jer, "timing", v.timing().get());
    }
    jer.endObject();
  }

  public static PhaseState readPhaseState(JerObject o) {
    LightState light = o.enumerated("light", LightState.class);
    Optional<TimeChangeDetails> timing =
        o.optionalObject("timing").map(SpatJer::readTimeChangeDetails);
    return build(o, () -> new PhaseState(light, timing));
  }

  // ---------------------------------------------------------------- TimeChangeDetails

  public static void writeTimeChangeDetails(JerWriter jer, String field, TimeChangeDetails v) {
    start(jer, field);
    if (v instanceof TimeCountingDown counting) {
      writeTimeCountingDown(jer, TimeCountingDown.ASN_NAME, counting);
    } else {
      writeUtcTiming(jer, UtcTiming.ASN_NAME, (UtcTiming) v);
    }
    jer.endObject();
  }

  public static TimeChangeDetails readTimeChangeDetails(JerObject o) {
    String name = o.choiceName();
    if (TimeCountingDown.ASN_NAME.equals(name)) {
      return readTimeCountingDown(o.object(name));
    }
    if (UtcTiming.ASN_NAME.equals(name)) {
      return readUtcTiming(o.object(name));
    }
    throw o.unknownAlternative(name);
  }

  // ---------------------------------------------------------------- TimeCountingDown

  public static void writeTimeCountingDown(JerWriter jer, String field, TimeCountingDown v) {
    start(jer, field);
    jer.integer("startTime", v.startTime0p1S());
    jer.integer("minEndTime", v.minEndTime0p1S());
    jer.integer("maxEndTime", v.maxEndTime0p1S());
    jer.integer("likelyEndTime", v.likelyEndTime0p1S());
    jer.integer("timeConfidence", v.timeConfidence0p5Pct());
    jer.integer("nextStartTime", v.nextStartTime0p1S());
    jer.integer("nextDuration", v.nextDuration0p1S());
    jer.endObject();
  }

  public static TimeCountingDown readTimeCountingDown(JerObject o) {
    int startTime = o.integer("startTime", TIME_MARK_MIN, TIME_MARK_MAX);
    OptionalInt minEndTime = o.optionalInteger("minEndTime", TIME_MARK_MIN, TIME_MARK_MAX);
    OptionalInt maxEndTime = o.optionalInteger("maxEndTime", TIME_MARK_MIN, TIME_MARK_MAX);
    int likelyEndTime = o.integer("likelyEndTime", TIME_MARK_MIN, TIME_MARK_MAX);
    OptionalInt confidence = o.optionalInteger("timeConfidence", 0, CONFIDENCE_MAX);
    OptionalInt nextStartTime = o.optionalInteger("nextStartTime", TIME_MARK_MIN, TIME_MARK_MAX);
    OptionalInt nextDuration = o.optionalInteger("nextDuration", TIME_MARK_MIN, TIME_MARK_MAX);
    return build(
        o,
        () ->
            new TimeCountingDown(
                startTime,
                minEndTime,
                maxEndTime,
                likelyEndTime,
                confidence,
                nextStartTime,
                nextDuration));
  }

  // ---------------------------------------------------------------- UTCTiming

  public static void writeUtcTiming(JerWriter jer, String field, UtcTiming v) {
    start(jer, field);
    jer.integer("startUTCTime", v.startUtcTime0p1S());
    jer.integer("minEndUTCTime", v.minEndUtcTime0p1S());
    jer.integer("maxEndUTCTime", v.maxEndUtcTime0p1S());
    jer.integer("likelyEndUTCTime", v.likelyEndUtcTime0p1S());
    jer.integer("timeConfidence", v.timeConfidence0p5Pct());
    jer.integer("nextStartUTCTime", v.nextStartUtcTime0p1S());
    jer.integer("nextEndUTCTime", v.nextEndUtcTime0p1S());
    jer.endObject();
  }

  public static UtcTiming readUtcTiming(JerObject o) {
    int startTime = o.integer("startUTCTime", TIME_MARK_MIN, TIME_MARK_MAX);
    OptionalInt minEndTime = o.optionalInteger("minEndUTCTime", TIME_MARK_MIN, TIME_MARK_MAX);
    OptionalInt maxEndTime = o.optionalInteger("maxEndUTCTime", TIME_MARK_MIN, TIME_MARK_MAX);
    int likelyEndTime = o.integer("likelyEndUTCTime", TIME_MARK_MIN, TIME_MARK_MAX);
    OptionalInt confidence = o.optionalInteger("timeConfidence", 0, CONFIDENCE_MAX);
    OptionalInt nextStartTime = o.optionalInteger("nextStartUTCTime", TIME_MARK_MIN, TIME_MARK_MAX);
    OptionalInt nextEndTime = o.optionalInteger("nextEndUTCTime", TIME_MARK_MIN, TIME_MARK_MAX);
    return build(
        o,
        () ->
            new UtcTiming(
                startTime,
                minEndTime,
                maxEndTime,
                likelyEndTime,
                confidence,
                nextStartTime,
                nextEndTime));
  }
}
