package org.openv2x.codec.map;

import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.PositionOffsetLlv;

/**
 * RoadPoint (MapPoint): one point along the centre of a link or lane. Extensible (no additions
 * defined).
 *
 * @param posOffset PositionOffsetLLV, the offset from the {@code refPos} of the enclosing {@link
 *     Node}
 */
public record RoadPoint(PositionOffsetLlv posOffset) {
  public RoadPoint {
    Check.notNull(posOffset, "posOffset");
  }
}
