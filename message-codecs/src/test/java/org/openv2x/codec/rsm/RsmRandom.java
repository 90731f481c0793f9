package org.openv2x.codec.rsm;

import static org.openv2x.codec.common.CommonRandom.between;
import static org.openv2x.codec.common.CommonRandom.maybe;
import static org.openv2x.codec.common.CommonRandom.oneOf;

import java.util.OptionalLong;
import java.util.Random;
import org.openv2x.codec.common.CommonRandom;
import org.openv2x.codec.common.TransmissionState;

/**
 * Random valid values of the RoadsideSafetyMessage family, for property tests: every OPTIONAL
 * member present or absent, the participant list over its whole range 1..16.
 */
public final class RsmRandom {
  private RsmRandom() {}

  public static RoadsideSafetyMessage roadsideSafetyMessage(Random random) {
    return new RoadsideSafetyMessage(
        between(random, 0, 127),
        random.nextLong(),
        CommonRandom.position3D(random),
        CommonRandom.list(
            random,
            RoadsideSafetyMessage.PARTICIPANTS_MIN,
            RoadsideSafetyMessage.PARTICIPANTS_MAX,
            RoadsideSafetyMessage.PARTICIPANTS_MAX,
            RsmRandom::participantData));
  }

  public static ParticipantData participantData(Random random) {
    return new ParticipantData(
        oneOf(random, ParticipantType.values()),
        between(random, 0, ParticipantData.PTC_ID_MAX),
        oneOf(random, SourceType.values()),
        random.nextBoolean() ? OptionalLong.of(random.nextLong()) : OptionalLong.empty(),
        between(random, 0, ParticipantData.SEC_MARK_MAX),
        CommonRandom.positionOffsetLlv(random),
        CommonRandom.positionConfidenceSet(random),
        maybe(random, r -> oneOf(r, TransmissionState.values())),
        between(random, 0, ParticipantData.SPEED_MAX),
        between(random, 0, ParticipantData.HEADING_MAX),
        maybe(random, ParticipantData.ANGLE_MIN, ParticipantData.ANGLE_MAX),
        maybe(random, CommonRandom::motionConfidenceSet),
        maybe(random, CommonRandom::accelerationSet4Way),
        CommonRandom.vehicleSize(random),
        maybe(random, CommonRandom::vehicleClassification));
  }
}
