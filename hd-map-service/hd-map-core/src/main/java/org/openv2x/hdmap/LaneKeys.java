package org.openv2x.hdmap;

/**
 * The map-wide key of a lane, {@code <intersection key>.<approach id>.<lane id>} (e.g. {@code
 * 1:101.in1:100.3}), and of a connection, {@code <from lane key>><to lane key>}. A lane key is safe
 * in a URL path segment; a connection key's {@code >} must be percent-encoded there.
 */
public final class LaneKeys {
  private LaneKeys() {}

  public static String lane(IntersectionId intersection, Approach approach, Lane lane) {
    return lane(intersection, approach.id(), lane.laneId());
  }

  public static String lane(IntersectionId intersection, String approachId, int laneId) {
    return intersection.key() + "." + approachId + "." + laneId;
  }

  /**
   * The key of the lane a connection leads to: lane {@code remoteLaneId} of the link from {@code
   * from} into {@code remote}, as {@code remote}'s map holds it ({@code <remote>.in<from>.<lane>}).
   */
  public static String connectionTarget(
      IntersectionId from, IntersectionId remote, int remoteLaneId) {
    return lane(remote, ApproachKind.INGRESS.prefix() + from.key(), remoteLaneId);
  }

  public static String connection(String fromLaneKey, String toLaneKey) {
    return fromLaneKey + ">" + toLaneKey;
  }

  /** The intersection key at the start of a lane key (up to the first dot). */
  public static IntersectionId intersectionOf(String laneKey) {
    int dot = laneKey.indexOf('.');
    if (dot <= 0) {
      throw new IllegalArgumentException(
          "a lane id is <intersection>.<approach>.<lane>, e.g. 1:101.in1:100.3; is '"
              + laneKey
              + "'");
    }
    return IntersectionId.parse(laneKey.substring(0, dot));
  }
}
