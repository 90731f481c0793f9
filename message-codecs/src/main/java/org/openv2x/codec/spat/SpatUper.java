package org.openv2x.codec.spat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.CommonUper;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.OptionalInts;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.codec.uper.UperReader;
import org.openv2x.codec.uper.UperWriter;

/**
 * UPER encoding of the SPAT message family. Each {@code decodeX(reader, field)} enters {@code
 * field} (null inside a SEQUENCE OF element), reads the value and leaves; each {@code
 * encodeX(writer, value)} writes it. The extension bit and the extension additions of a SEQUENCE
 * are read with a null leaf, so an error there names the SEQUENCE itself.
 */
public final class SpatUper {
  private SpatUper() {}

  private static final LightState[] LIGHT_STATES = LightState.values();
  private static final int TIME_CHANGE_DETAILS_ALTERNATIVES = 2;
  private static final int MSG_CNT_MAX = 127;

  /**
   * Fewest bits of one PhaseState: extension bit, 1 presence bit, LightState (extension bit + 4).
   */
  static final int PHASE_STATE_MIN_BITS = 1 + 1 + 5;

  /** Fewest bits of one Phase: PhaseID 8, count 4, one PhaseState. */
  static final int PHASE_MIN_BITS = 8 + 4 + PHASE_STATE_MIN_BITS;

  /**
   * Fewest bits of one IntersectionState: extension bit, 3 presence bits, NodeReferenceID (1 + 16),
   * status 16, count 4, one Phase.
   */
  static final int INTERSECTION_STATE_MIN_BITS = 1 + 3 + 17 + 16 + 4 + PHASE_MIN_BITS;

  // ---------------------------------------------------------------- SPAT

  public static Spat decodeSpat(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    boolean hasMoy = reader.readBoolean("moy");
    boolean hasTimeStamp = reader.readBoolean("timeStamp");
    boolean hasName = reader.readBoolean("name");
    int msgCnt = reader.readConstrainedInt(0, MSG_CNT_MAX, "msgCnt");
    OptionalInt moy =
        hasMoy
            ? OptionalInts.of(reader.readConstrainedInt(0, Spat.MOY_MAX, "moy"))
            : OptionalInt.empty();
    OptionalInt timeStamp =
        hasTimeStamp
            ? OptionalInts.of(reader.readConstrainedInt(0, Spat.DSECOND_MAX, "timeStamp"))
            : OptionalInt.empty();
    Optional<String> name =
        hasName
            ? Optional.of(reader.readIa5String(Spat.NAME_MIN, Spat.NAME_MAX, "name"))
            : Optional.empty();
    int count =
        reader.readCount(
            Spat.INTERSECTIONS_MIN,
            Spat.INTERSECTIONS_MAX,
            INTERSECTION_STATE_MIN_BITS,
            "intersections");
    IntersectionState[] intersections = new IntersectionState[count];
    reader.enter("intersections");
    for (int i = 0; i < count; i++) {
      reader.enterElement(i);
      intersections[i] = decodeIntersectionState(reader, null);
      reader.exit();
    }
    reader.exit();
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new Spat(msgCnt, moy, timeStamp, name, List.of(intersections));
  }

  public static void encodeSpat(UperWriter writer, Spat value) {
    writer.writeExtensionBit(false);
    writer.writeBoolean(value.moyMinutes().isPresent());
    writer.writeBoolean(value.timeStampMs().isPresent());
    writer.writeBoolean(value.name().isPresent());
    writer.writeConstrained(value.msgCnt(), 0, MSG_CNT_MAX);
    if (value.moyMinutes().isPresent()) {
      writer.writeConstrained(value.moyMinutes().getAsInt(), 0, Spat.MOY_MAX);
    }
    if (value.timeStampMs().isPresent()) {
      writer.writeConstrained(value.timeStampMs().getAsInt(), 0, Spat.DSECOND_MAX);
    }
    if (value.name().isPresent()) {
      writer.writeIa5String(value.name().get(), Spat.NAME_MIN, Spat.NAME_MAX);
    }
    List<IntersectionState> intersections = value.intersections();
    writer.writeCount(intersections.size(), Spat.INTERSECTIONS_MIN, Spat.INTERSECTIONS_MAX);
    for (int i = 0; i < intersections.size(); i++) {
      encodeIntersectionState(writer, intersections.get(i));
    }
  }

  // ---------------------------------------------------------------- IntersectionState

  public static IntersectionState decodeIntersectionState(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    boolean hasMoy = reader.readBoolean("moy");
    boolean hasTimeStamp = reader.readBoolean("timeStamp");
    boolean hasTimeConfidence = reader.readBoolean("timeConfidence");
    NodeReferenceId intersectionId = CommonUper.decodeNodeReferenceId(reader, "intersectionId");
    int status = reader.readFixedBits(IntersectionStatusObject.SIZE_BITS, "status");
    OptionalInt moy =
        hasMoy
            ? OptionalInts.of(reader.readConstrainedInt(0, Spat.MOY_MAX, "moy"))
            : OptionalInt.empty();
    OptionalInt timeStamp =
        hasTimeStamp
            ? OptionalInts.of(reader.readConstrainedInt(0, Spat.DSECOND_MAX, "timeStamp"))
            : OptionalInt.empty();
    Optional<TimeConfidence> timeConfidence =
        hasTimeConfidence
            ? CommonUper.decodeOptionalEnum(
                reader, CommonUper.OPTIONAL_TIME_CONFIDENCE, false, "timeConfidence")
            : Optional.empty();
    int count =
        reader.readCount(
            IntersectionState.PHASES_MIN, IntersectionState.PHASES_MAX, PHASE_MIN_BITS, "phases");
    Phase[] phases = new Phase[count];
    reader.enter("phases");
    for (int i = 0; i < count; i++) {
      reader.enterElement(i);
      phases[i] = decodePhase(reader, null);
      reader.exit();
    }
    reader.exit();
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new IntersectionState(
        intersectionId, status, moy, timeStamp, timeConfidence, List.of(phases));
  }

  public static void encodeIntersectionState(UperWriter writer, IntersectionState value) {
    writer.writeExtensionBit(false);
    writer.writeBoolean(value.moyMinutes().isPresent());
    writer.writeBoolean(value.timeStampMs().isPresent());
    writer.writeBoolean(value.timeConfidence().isPresent());
    CommonUper.encodeNodeReferenceId(writer, value.intersectionId());
    writer.writeFixedBits(value.status(), IntersectionStatusObject.SIZE_BITS);
    if (value.moyMinutes().isPresent()) {
      writer.writeConstrained(value.moyMinutes().getAsInt(), 0, Spat.MOY_MAX);
    }
    if (value.timeStampMs().isPresent()) {
      writer.writeConstrained(value.timeStampMs().getAsInt(), 0, Spat.DSECOND_MAX);
    }
    if (value.timeConfidence().isPresent()) {
      CommonUper.encodeTimeConfidence(writer, value.timeConfidence().get());
    }
    List<Phase> phases = value.phases();
    writer.writeCount(phases.size(), IntersectionState.PHASES_MIN, IntersectionState.PHASES_MAX);
    for (int i = 0; i < phases.size(); i++) {
      encodePhase(writer, phases.get(i));
    }
  }

  // ---------------------------------------------------------------- Phase

  public static Phase decodePhase(UperReader reader, String field) {
    reader.enter(field);
    int id = reader.readConstrainedInt(0, 255, "id");
    int count =
        reader.readCount(
            Phase.PHASE_STATES_MIN, Phase.PHASE_STATES_MAX, PHASE_STATE_MIN_BITS, "phaseStates");
    PhaseState[] phaseStates = new PhaseState[count];
    reader.enter("phaseStates");
    for (int i = 0; i < count; i++) {
      reader.enterElement(i);
      phaseStates[i] = decodePhaseState(reader, null);
      reader.exit();
    }
    reader.exit();
    reader.exit();
    return new Phase(id, List.of(phaseStates));
  }

  public static void encodePhase(UperWriter writer, Phase value) {
    writer.writeConstrained(value.id(), 0, 255);
    List<PhaseState> phaseStates = value.phaseStates();
    writer.writeCount(phaseStates.size(), Phase.PHASE_STATES_MIN, Phase.PHASE_STATES_MAX);
    for (int i = 0; i < phaseStates.size(); i++) {
      encodePhaseState(writer, phaseStates.get(i));
    }
  }

  // ---------------------------------------------------------------- PhaseState

  public static PhaseState decodePhaseState(UperReader reader, String field) {
    reader.enter(field);
    boolean extended = reader.readExtensionBit(null);
    boolean hasTiming = reader.readBoolean("timing");
    LightState light = CommonUper.decodeEnum(reader, LIGHT_STATES, LightState.EXTENSIBLE, "light");
    Optional<TimeChangeDetails> timing =
        hasTiming ? Optional.of(decodeTimeChangeDetails(reader, "timing")) : Optional.empty();
    if (extended) {
      reader.skipExtensionAdditions(null);
    }
    reader.exit();
    return new PhaseState(light, timing);
  }

  public static void encodePhaseState(UperWriter writer, PhaseState value) {
    writer.writeExtensionBit(false);
    writer.writeBoolean(value.timing().isPresent());
    CommonUper.encodeEnum(writer, value.light(), LIGHT_STATES.length, LightState.EXTENSIBLE);
    if (value.timing().isPresent()) {
      encodeTimeChangeDetails(writer, value.timing().get());
    }
  }

  // ---------------------------------------------------------------- TimeChangeDetails

  public static TimeChangeDetails decodeTimeChangeDetails(UperReader reader, String field) {
    reader.enter(field);
    int index = reader.readChoiceIndex(TIME_CHANGE_DETAILS_ALTERNATIVES, true, null);
    TimeChangeDetails value =
        index == 0
            ? decodeTimeCountingDown(reader, TimeCountingDown.ASN_NAME)
            : decodeUtcTiming(reader, UtcTiming.ASN_NAME);
    reader.exit();
    return value;
  }

  public static void encodeTimeChangeDetails(UperWriter writer, TimeChangeDetails value) {
    if (value instanceof TimeCountingDown counting) {
      writer.writeChoiceIndex(0, TIME_CHANGE_DETAILS_ALTERNATIVES, true);
      encodeTimeCountingDown(writer, counting);
    } else {
      writer.writeChoiceIndex(1, TIME_CHANGE_DETAILS_ALTERNATIVES, true);
      encodeUtcTiming(writer, (UtcTiming) value);
    }
  }

  // ---------------------------------------------------------------- TimeCountingDown

  public static TimeCountingDown decodeTimeCountingDown(UperReader reader, String field) {
    reader.enter(field);
    boolean hasMinEnd = reader.readBoolean("minEndTime");
    boolean hasMaxEnd = reader.readBoolean("maxEndTime");
    boolean hasConfidence = reader.readBoolean("timeConfidence");
    boolean hasNextStart = reader.readBoolean("nextStartTime");
    boolean hasNextDuration = reader.readBoolean("nextDuration");
    int startTime = readTimeMark(reader, "startTime");
    OptionalInt minEndTime = hasMinEnd ? readOptionalTimeMark(reader, "minEndTime") : NONE;
    OptionalInt maxEndTime = hasMaxEnd ? readOptionalTimeMark(reader, "maxEndTime") : NONE;
    int likelyEndTime = readTimeMark(reader, "likelyEndTime");
    OptionalInt timeConfidence = hasConfidence ? readConfidence(reader, "timeConfidence") : NONE;
    OptionalInt nextStartTime = hasNextStart ? readOptionalTimeMark(reader, "nextStartTime") : NONE;
    OptionalInt nextDuration =
        hasNextDuration ? readOptionalTimeMark(reader, "nextDuration") : NONE;
    reader.exit();
    return new TimeCountingDown(
        startTime,
        minEndTime,
        maxEndTime,
        likelyEndTime,
        timeConfidence,
        nextStartTime,
        nextDuration);
  }

  public static void encodeTimeCountingDown(UperWriter writer, TimeCountingDown value) {
    writer.writeBoolean(value.minEndTime0p1S().isPresent());
    writer.writeBoolean(value.maxEndTime0p1S().isPresent());
    writer.writeBoolean(value.timeConfidence0p5Pct().isPresent());
    writer.writeBoolean(value.nextStartTime0p1S().isPresent());
    writer.writeBoolean(value.nextDuration0p1S().isPresent());
    writeTimeMark(writer, value.startTime0p1S());
    writeOptionalTimeMark(writer, value.minEndTime0p1S());
    writeOptionalTimeMark(writer, value.maxEndTime0p1S());
    writeTimeMark(writer, value.likelyEndTime0p1S());
    writeOptionalConfidence(writer, value.timeConfidence0p5Pct());
    writeOptionalTimeMark(writer, value.nextStartTime0p1S());
    writeOptionalTimeMark(writer, value.nextDuration0p1S());
  }

  // ---------------------------------------------------------------- UTCTiming

  public static UtcTiming decodeUtcTiming(UperReader reader, String field) {
    reader.enter(field);
    boolean hasMinEnd = reader.readBoolean("minEndUTCTime");
    boolean hasMaxEnd = reader.readBoolean("maxEndUTCTime");
    boolean hasConfidence = reader.readBoolean("timeConfidence");
    boolean hasNextStart = reader.readBoolean("nextStartUTCTime");
    boolean hasNextEnd = reader.readBoolean("nextEndUTCTime");
    int startTime = readTimeMark(reader, "startUTCTime");
    OptionalInt minEndTime = hasMinEnd ? readOptionalTimeMark(reader, "minEndUTCTime") : NONE;
    OptionalInt maxEndTime = hasMaxEnd ? readOptionalTimeMark(reader, "maxEndUTCTime") : NONE;
    int likelyEndTime = readTimeMark(reader, "likelyEndUTCTime");
    OptionalInt timeConfidence = hasConfidence ? readConfidence(reader, "timeConfidence") : NONE;
    OptionalInt nextStartTime =
        hasNextStart ? readOptionalTimeMark(reader, "nextStartUTCTime") : NONE;
    OptionalInt nextEndTime = hasNextEnd ? readOptionalTimeMark(reader, "nextEndUTCTime") : NONE;
    reader.exit();
    return new UtcTiming(
        startTime,
        minEndTime,
        maxEndTime,
        likelyEndTime,
        timeConfidence,
        nextStartTime,
        nextEndTime);
  }

  public static void encodeUtcTiming(UperWriter writer, UtcTiming value) {
    writer.writeBoolean(value.minEndUtcTime0p1S().isPresent());
    writer.writeBoolean(value.maxEndUtcTime0p1S().isPresent());
    writer.writeBoolean(value.timeConfidence0p5Pct().isPresent());
    writer.writeBoolean(value.nextStartUtcTime0p1S().isPresent());
    writer.writeBoolean(value.nextEndUtcTime0p1S().isPresent());
    writeTimeMark(writer, value.startUtcTime0p1S());
    writeOptionalTimeMark(writer, value.minEndUtcTime0p1S());
    writeOptionalTimeMark(writer, value.maxEndUtcTime0p1S());
    writeTimeMark(writer, value.likelyEndUtcTime0p1S());
    writeOptionalConfidence(writer, value.timeConfidence0p5Pct());
    writeOptionalTimeMark(writer, value.nextStartUtcTime0p1S());
    writeOptionalTimeMark(writer, value.nextEndUtcTime0p1S());
  }

  // ---------------------------------------------------------------- TimeMark, Confidence

  private static final OptionalInt NONE = OptionalInt.empty();

  private static int readTimeMark(UperReader reader, String field) {
    return reader.readConstrainedInt(
        TimeChangeDetails.TIME_MARK_MIN, TimeChangeDetails.TIME_MARK_MAX, field);
  }

  private static OptionalInt readOptionalTimeMark(UperReader reader, String field) {
    return OptionalInts.of(readTimeMark(reader, field));
  }

  private static OptionalInt readConfidence(UperReader reader, String field) {
    return OptionalInts.of(reader.readConstrainedInt(0, TimeChangeDetails.CONFIDENCE_MAX, field));
  }

  private static void writeTimeMark(UperWriter writer, int value) {
    writer.writeConstrained(
        value, TimeChangeDetails.TIME_MARK_MIN, TimeChangeDetails.TIME_MARK_MAX);
  }

  private static void writeOptionalTimeMark(UperWriter writer, OptionalInt value) {
    if (value.isPresent()) {
      writeTimeMark(writer, value.getAsInt());
    }
  }

  private static void writeOptionalConfidence(UperWriter writer, OptionalInt value) {
    if (value.isPresent()) {
      writer.writeConstrained(value.getAsInt(), 0, TimeChangeDetails.CONFIDENCE_MAX);
    }
  }
}
