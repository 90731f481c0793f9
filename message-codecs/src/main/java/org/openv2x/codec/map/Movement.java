package org.openv2x.codec.map;

import java.util.OptionalInt;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.NodeReferenceId;

/**
 * Movement (MapLink): a movement from a link towards a downstream node. Not extensible.
 *
 * @param remoteIntersection NodeReferenceID of the downstream node
 * @param phaseId PhaseID of the signal phase (SPAT) that controls the movement, 0..255 (0 =
 *     unknown, 255 = permanent green), OPTIONAL (absent when unsignalised)
 */
public record Movement(NodeReferenceId remoteIntersection, OptionalInt phaseId) {
  public Movement {
    Check.notNull(remoteIntersection, "remoteIntersection");
    Check.range(phaseId, 0, 255, "phaseId");
  }
}
