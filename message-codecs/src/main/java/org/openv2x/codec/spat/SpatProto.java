package org.openv2x.codec.spat;

import static org.openv2x.codec.common.CommonProto.build;
import static org.openv2x.codec.common.CommonProto.optional;
import static org.openv2x.codec.common.CommonProto.path;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.common.CommonProto;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.proto.v1.SpatProtos;

/**
 * Lossless mapping of the SPAT message family to protobuf ({@code v2x/v1/spat.proto}). {@code
 * toProto} only copies; {@code fromProto} checks every value and names the path of a bad one (ASN.1
 * member names, list elements as {@code [i]}).
 */
public final class SpatProto {
  private SpatProto() {}

  private static final LightState[] LIGHT_STATES = LightState.values();

  // ---------------------------------------------------------------- SPAT

  public static SpatProtos.Spat toProto(Spat value) {
    SpatProtos.Spat.Builder proto = SpatProtos.Spat.newBuilder().setMsgCnt(value.msgCnt());
    if (value.moyMinutes().isPresent()) {
      proto.setMoyMinutes(value.moyMinutes().getAsInt());
    }
    if (value.timeStampMs().isPresent()) {
      proto.setTimeStampMs(value.timeStampMs().getAsInt());
    }
    if (value.name().isPresent()) {
      proto.setName(value.name().get());
    }
    List<IntersectionState> intersections = value.intersections();
    for (int i = 0; i < intersections.size(); i++) {
      proto.addIntersections(toProto(intersections.get(i)));
    }
    return proto.build();
  }

  public static Spat fromProto(SpatProtos.Spat proto, String path) {
    String listPath = path(path, "intersections");
    int count = proto.getIntersectionsCount();
    checkCount(count, Spat.INTERSECTIONS_MIN, Spat.INTERSECTIONS_MAX, listPath);
    IntersectionState[] intersections = new IntersectionState[count];
    for (int i = 0; i < count; i++) {
      intersections[i] = fromProto(proto.getIntersections(i), listPath + "[" + i + "]");
    }
    OptionalInt moy = optional(proto.hasMoyMinutes(), proto.getMoyMinutes());
    OptionalInt timeStamp = optional(proto.hasTimeStampMs(), proto.getTimeStampMs());
    Optional<String> name = proto.hasName() ? Optional.of(proto.getName()) : Optional.empty();
    return build(
        path, () -> new Spat(proto.getMsgCnt(), moy, timeStamp, name, List.of(intersections)));
  }

  // ---------------------------------------------------------------- IntersectionState

  public static SpatProtos.IntersectionState toProto(IntersectionState value) {
    SpatProtos.IntersectionState.Builder proto =
        SpatProtos.IntersectionState.newBuilder()
            .setIntersectionId(CommonProto.toProto(value.intersectionId()))
            .setStatus(value.status());
    if (value.moyMinutes().isPresent()) {
      proto.setMoyMinutes(value.moyMinutes().getAsInt());
    }
    if (value.timeStampMs().isPresent()) {
      proto.setTimeStampMs(value.timeStampMs().getAsInt());
    }
    if (value.timeConfidence().isPresent()) {
      proto.setTimeConfidenceValue(value.timeConfidence().get().ordinal());
    }
    List<Phase> phases = value.phases();
    for (int i = 0; i < phases.size(); i++) {
      proto.addPhases(toProto(phases.get(i)));
    }
    return proto.build();
  }

  public static IntersectionState fromProto(SpatProtos.IntersectionState proto, String path) {
    requirePresent(proto.hasIntersectionId(), path(path, "intersectionId"));
    NodeReferenceId intersectionId =
        CommonProto.fromProto(proto.getIntersectionId(), path(path, "intersectionId"));
    Optional<TimeConfidence> timeConfidence =
        proto.hasTimeConfidence()
            ? Optional.of(
                CommonProto.timeConfidence(
                    proto.getTimeConfidenceValue(), path(path, "timeConfidence")))
            : Optional.empty();
    String listPath = path(path, "phases");
    int count = proto.getPhasesCount();
    checkCount(count, IntersectionState.PHASES_MIN, IntersectionState.PHASES_MAX, listPath);
    Phase[] phases = new Phase[count];
    for (int i = 0; i < count; i++) {
      phases[i] = fromProto(proto.getPhases(i), listPath + "[" + i + "]");
    }
    OptionalInt moy = optional(proto.hasMoyMinutes(), proto.getMoyMinutes());
    OptionalInt timeStamp = optional(proto.hasTimeStampMs(), proto.getTimeStampMs());
    return build(
        path,
        () ->
            new IntersectionState(
                intersectionId,
                proto.getStatus(),
                moy,
                timeStamp,
                timeConfidence,
                List.of(phases)));
  }

  // ---------------------------------------------------------------- Phase

  public static SpatProtos.Phase toProto(Phase value) {
    SpatProtos.Phase.Builder proto = SpatProtos.Phase.newBuilder().setId(value.id());
    List<PhaseState> phaseStates = value.phaseStates();
    for (int i = 0; i < phaseStates.size(); i++) {
      proto.addPhaseStates(toProto(phaseStates.get(i)));
    }
    return proto.build();
  }

  public static Phase fromProto(SpatProtos.Phase proto, String path) {
    String listPath = path(path, "phaseStates");
    int count = proto.getPhaseStatesCount();
    checkCount(count, Phase.PHASE_STATES_MIN, Phase.PHASE_STATES_MAX, listPath);
    PhaseState[] phaseStates = new PhaseState[count];
    for (int i = 0; i < count; i++) {
      phaseStates[i] = fromProto(proto.getPhaseStates(i), listPath + "[" + i + "]");
    }
    return build(path, () -> new Phase(proto.getId(), List.of(phaseStates)));
  }

  // ---------------------------------------------------------------- PhaseState

  public static SpatProtos.PhaseState toProto(PhaseState value) {
    SpatProtos.PhaseState.Builder proto =
        SpatProtos.PhaseState.newBuilder().setLightValue(value.light().ordinal());
    if (value.timing().isPresent()) {
      proto.setTiming(toProto(value.timing().get()));
    }
    return proto.build();
  }

  public static PhaseState fromProto(SpatProtos.PhaseState proto, String path) {
    LightState light =
        CommonProto.enumFromNumber(proto.getLightValue(), LIGHT_STATES, path(path, "light"));
    Optional<TimeChangeDetails> timing =
        proto.hasTiming()
            ? Optional.of(fromProto(proto.getTiming(), path(path, "timing")))
            : Optional.empty();
    return build(path, () -> new PhaseState(light, timing));
  }

  // ---------------------------------------------------------------- TimeChangeDetails

  public static SpatProtos.TimeChangeDetails toProto(TimeChangeDetails value) {
    SpatProtos.TimeChangeDetails.Builder proto = SpatProtos.TimeChangeDetails.newBuilder();
    if (value instanceof TimeCountingDown counting) {
      proto.setCounting(toProto(counting));
    } else {
      proto.setUtcTiming(toProto((UtcTiming) value));
    }
    return proto.build();
  }

  public static TimeChangeDetails fromProto(SpatProtos.TimeChangeDetails proto, String path) {
    return switch (proto.getDetailsCase()) {
      case COUNTING -> fromProto(proto.getCounting(), path(path, TimeCountingDown.ASN_NAME));
      case UTC_TIMING -> fromProto(proto.getUtcTiming(), path(path, UtcTiming.ASN_NAME));
      case DETAILS_NOT_SET ->
          throw new CodecException(Reason.MISSING_FIELD, path, "no TimeChangeDetails set");
    };
  }

  // ---------------------------------------------------------------- TimeCountingDown

  public static SpatProtos.TimeCountingDown toProto(TimeCountingDown value) {
    SpatProtos.TimeCountingDown.Builder proto =
        SpatProtos.TimeCountingDown.newBuilder()
            .setStartTime0P1S(value.startTime0p1S())
            .setLikelyEndTime0P1S(value.likelyEndTime0p1S());
    if (value.minEndTime0p1S().isPresent()) {
      proto.setMinEndTime0P1S(value.minEndTime0p1S().getAsInt());
    }
    if (value.maxEndTime0p1S().isPresent()) {
      proto.setMaxEndTime0P1S(value.maxEndTime0p1S().getAsInt());
    }
    if (value.timeConfidence0p5Pct().isPresent()) {
      proto.setTimeConfidence0P5Pct(value.timeConfidence0p5Pct().getAsInt());
    }
    if (value.nextStartTime0p1S().isPresent()) {
      proto.setNextStartTime0P1S(value.nextStartTime0p1S().getAsInt());
    }
    if (value.nextDuration0p1S().isPresent()) {
      proto.setNextDuration0P1S(value.nextDuration0p1S().getAsInt());
    }
    return proto.build();
  }

  public static TimeCountingDown fromProto(SpatProtos.TimeCountingDown proto, String path) {
    return build(
        path,
        () ->
            new TimeCountingDown(
                proto.getStartTime0P1S(),
                optional(proto.hasMinEndTime0P1S(), proto.getMinEndTime0P1S()),
                optional(proto.hasMaxEndTime0P1S(), proto.getMaxEndTime0P1S()),
                proto.getLikelyEndTime0P1S(),
                optional(proto.hasTimeConfidence0P5Pct(), proto.getTimeConfidence0P5Pct()),
                optional(proto.hasNextStartTime0P1S(), proto.getNextStartTime0P1S()),
                optional(proto.hasNextDuration0P1S(), proto.getNextDuration0P1S())));
  }

  // ---------------------------------------------------------------- UTCTiming

  public static SpatProtos.UtcTiming toProto(UtcTiming value) {
    SpatProtos.UtcTiming.Builder proto =
        SpatProtos.UtcTiming.newBuilder()
            .setStartUtcTime0P1S(value.startUtcTime0p1S())
            .setLikelyEndUtcTime0P1S(value.likelyEndUtcTime0p1S());
    if (value.minEndUtcTime0p1S().isPresent()) {
      proto.setMinEndUtcTime0P1S(value.minEndUtcTime0p1S().getAsInt());
    }
    if (value.maxEndUtcTime0p1S().isPresent()) {
      proto.setMaxEndUtcTime0P1S(value.maxEndUtcTime0p1S().getAsInt());
    }
    if (value.timeConfidence0p5Pct().isPresent()) {
      proto.setTimeConfidence0P5Pct(value.timeConfidence0p5Pct().getAsInt());
    }
    if (value.nextStartUtcTime0p1S().isPresent()) {
      proto.setNextStartUtcTime0P1S(value.nextStartUtcTime0p1S().getAsInt());
    }
    if (value.nextEndUtcTime0p1S().isPresent()) {
      proto.setNextEndUtcTime0P1S(value.nextEndUtcTime0p1S().getAsInt());
    }
    return proto.build();
  }

  public static UtcTiming fromProto(SpatProtos.UtcTiming proto, String path) {
    return build(
        path,
        () ->
            new UtcTiming(
                proto.getStartUtcTime0P1S(),
                optional(proto.hasMinEndUtcTime0P1S(), proto.getMinEndUtcTime0P1S()),
                optional(proto.hasMaxEndUtcTime0P1S(), proto.getMaxEndUtcTime0P1S()),
                proto.getLikelyEndUtcTime0P1S(),
                optional(proto.hasTimeConfidence0P5Pct(), proto.getTimeConfidence0P5Pct()),
                optional(proto.hasNextStartUtcTime0P1S(), proto.getNextStartUtcTime0P1S()),
                optional(proto.hasNextEndUtcTime0P1S(), proto.getNextEndUtcTime0P1S())));
  }

  // ---------------------------------------------------------------- checks

  private static void checkCount(int count, int lower, int upper, String path) {
    if (count < lower || count > upper) {
      throw new CodecException(
          Reason.SIZE_OUT_OF_RANGE, path, count + " elements, allowed " + lower + ".." + upper);
    }
  }

  private static void requirePresent(boolean present, String path) {
    if (!present) {
      throw new CodecException(Reason.MISSING_FIELD, path, "required message is absent");
    }
  }
}
