package org.openv2x.codec.rsi;

import java.util.OptionalInt;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.NodeReferenceId;

/**
 * ReferenceLink (RSI): a MAP link, from the node {@code upstreamNodeId} to the node {@code
 * downstreamNodeId}, to which an RSI event or sign applies. Not extensible.
 *
 * @param upstreamNodeId the node the link starts at
 * @param downstreamNodeId the node the link ends at
 * @param referenceLanes ReferenceLanes, BIT STRING (SIZE(16)) held in the low 16 bits of an int,
 *     first wire bit (bit 0, {@code reserved}) most significant; bit n set = lane n is concerned
 *     (see {@link ReferenceLanes}). OPTIONAL; absent = all lanes of the link
 */
public record ReferenceLink(
    NodeReferenceId upstreamNodeId, NodeReferenceId downstreamNodeId, OptionalInt referenceLanes) {
  public ReferenceLink {
    Check.notNull(upstreamNodeId, "upstreamNodeId");
    Check.notNull(downstreamNodeId, "downstreamNodeId");
    Check.bits(referenceLanes, ReferenceLanes.SIZE_BITS, "referenceLanes");
  }
}
