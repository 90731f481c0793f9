package org.openv2x.codec.map;

import java.util.OptionalInt;
import org.openv2x.codec.common.Check;

/**
 * LaneAttributes (MapLane): who may share a lane and what kind of lane it is. Not extensible.
 *
 * @param shareWith LaneSharing, BIT STRING (SIZE(10)) held in the low 10 bits, first wire bit (bit
 *     0, {@link LaneSharingBit#OVERLAPPING_LANE_DESCRIPTION_PROVIDED}) most significant; all zeros
 *     = not shared, not overlapping; OPTIONAL
 * @param laneType the kind of lane and its attribute bits
 */
public record LaneAttributes(OptionalInt shareWith, LaneTypeAttributes laneType) {
  public LaneAttributes {
    Check.bits(shareWith, LaneSharingBit.SIZE_BITS, "shareWith");
    Check.notNull(laneType, "laneType");
  }
}
