package org.openv2x.codec.rsi;

import static org.openv2x.codec.common.CommonRandom.between;
import static org.openv2x.codec.common.CommonRandom.maybe;

import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.openv2x.codec.common.CommonRandom;
import org.openv2x.codec.common.TimeConfidence;

/**
 * Random valid values of the RoadSideInformation family, for property tests. Every OPTIONAL member
 * is present or absent, every CHOICE alternative and enumeration value occurs, and list sizes cover
 * the whole SIZE range; nested lists and texts reach their upper bound only now and then, so one
 * message stays small.
 */
public final class RsiRandom {
  private RsiRandom() {}

  /** Cap of a nested list or a text in most messages; the full range one time in eight. */
  private static int cap(Random random, int upper, int usual) {
    return random.nextInt(8) == 0 ? upper : usual;
  }

  public static RoadSideInformation roadSideInformation(Random random) {
    return new RoadSideInformation(
        between(random, 0, RoadSideInformation.MSG_CNT_MAX),
        maybe(random, 0, RoadSideInformation.MOY_MAX),
        random.nextLong(),
        CommonRandom.position3D(random),
        maybe(
            random,
            r ->
                CommonRandom.list(
                    r,
                    RoadSideInformation.RTES_MIN,
                    RoadSideInformation.RTES_MAX,
                    RoadSideInformation.RTES_MAX,
                    RsiRandom::rteData)),
        maybe(
            random,
            r ->
                CommonRandom.list(
                    r,
                    RoadSideInformation.RTSS_MIN,
                    RoadSideInformation.RTSS_MAX,
                    cap(r, RoadSideInformation.RTSS_MAX, 6),
                    RsiRandom::rtsData)));
  }

  public static RteData rteData(Random random) {
    return new RteData(
        between(random, 0, 255),
        between(random, 0, 65535),
        CommonRandom.oneOf(random, EventSource.values()),
        maybe(random, CommonRandom::positionOffsetLlv),
        maybe(random, 0, ReferencePath.RADIUS_MAX),
        maybe(random, RsiRandom::description),
        maybe(random, RsiRandom::rsiTimeDetails),
        maybe(random, 0, 255),
        maybe(random, RsiRandom::referencePaths),
        maybe(random, RsiRandom::referenceLinks),
        maybe(random, 0, RteData.CONFIDENCE_MAX));
  }

  public static RtsData rtsData(Random random) {
    return new RtsData(
        between(random, 0, 255),
        between(random, 0, 65535),
        maybe(random, CommonRandom::positionOffsetLlv),
        maybe(random, RsiRandom::description),
        maybe(random, RsiRandom::rsiTimeDetails),
        maybe(random, 0, 255),
        maybe(random, RsiRandom::referencePaths),
        maybe(random, RsiRandom::referenceLinks));
  }

  public static Description description(Random random) {
    if (random.nextBoolean()) {
      return new Description.TextString(
          CommonRandom.ia5(
              random,
              Description.TextString.MIN_LENGTH,
              Description.TextString.MAX_LENGTH,
              cap(random, Description.TextString.MAX_LENGTH, 24)));
    }
    return new Description.TextGb2312(
        CommonRandom.octets(
            random,
            Description.TextGb2312.MIN_OCTETS,
            Description.TextGb2312.MAX_OCTETS,
            cap(random, Description.TextGb2312.MAX_OCTETS, 24)));
  }

  public static RsiTimeDetails rsiTimeDetails(Random random) {
    return new RsiTimeDetails(
        maybe(random, 0, RoadSideInformation.MOY_MAX),
        maybe(random, 0, RoadSideInformation.MOY_MAX),
        maybe(random, r -> CommonRandom.oneOf(r, TimeConfidence.values())));
  }

  public static ReferencePath referencePath(Random random) {
    return new ReferencePath(
        CommonRandom.list(
            random,
            ReferencePath.ACTIVE_PATH_MIN,
            ReferencePath.ACTIVE_PATH_MAX,
            cap(random, ReferencePath.ACTIVE_PATH_MAX, 4),
            CommonRandom::positionOffsetLlv),
        between(random, 0, ReferencePath.RADIUS_MAX));
  }

  public static List<ReferencePath> referencePaths(Random random) {
    return CommonRandom.list(
        random,
        RteData.REFERENCE_PATHS_MIN,
        RteData.REFERENCE_PATHS_MAX,
        cap(random, RteData.REFERENCE_PATHS_MAX, 2),
        RsiRandom::referencePath);
  }

  public static ReferenceLink referenceLink(Random random) {
    return new ReferenceLink(
        CommonRandom.nodeReferenceId(random),
        CommonRandom.nodeReferenceId(random),
        random.nextBoolean()
            ? OptionalInt.of(CommonRandom.bits(random, ReferenceLanes.SIZE_BITS))
            : OptionalInt.empty());
  }

  public static List<ReferenceLink> referenceLinks(Random random) {
    return CommonRandom.list(
        random,
        RteData.REFERENCE_LINKS_MIN,
        RteData.REFERENCE_LINKS_MAX,
        cap(random, RteData.REFERENCE_LINKS_MAX, 3),
        RsiRandom::referenceLink);
  }
}
