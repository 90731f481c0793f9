package org.openv2x.codec.common;

import java.util.Optional;

/**
 * PositionOffsetLLV (DefPositionOffset): a 3-D offset from a reference position. Not extensible.
 *
 * @param offsetLl the horizontal offset
 * @param offsetV the vertical offset, OPTIONAL
 */
public record PositionOffsetLlv(PositionOffsetLl offsetLl, Optional<VerticalOffset> offsetV) {
  public PositionOffsetLlv {
    Check.notNull(offsetLl, "offsetLL");
    Check.notNull(offsetV, "offsetV");
  }
}
