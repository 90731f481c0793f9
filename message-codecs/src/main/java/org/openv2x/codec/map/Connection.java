package org.openv2x.codec.map;

import java.util.Optional;
import java.util.OptionalInt;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.NodeReferenceId;

/**
 * Connection (MapLane): a connection from a lane to a downstream node and lane. Not extensible.
 *
 * @param remoteIntersection NodeReferenceID of the downstream node
 * @param connectingLane the downstream lane and the maneuver to it, OPTIONAL
 * @param phaseId PhaseID of the signal phase (SPAT) that controls the connection, 0..255 (0 =
 *     unknown, 255 = permanent green), OPTIONAL (absent when unsignalised)
 */
public record Connection(
    NodeReferenceId remoteIntersection,
    Optional<ConnectingLane> connectingLane,
    OptionalInt phaseId) {
  public Connection {
    Check.notNull(remoteIntersection, "remoteIntersection");
    Check.notNull(connectingLane, "connectingLane");
    Check.range(phaseId, 0, 255, "phaseId");
  }
}
