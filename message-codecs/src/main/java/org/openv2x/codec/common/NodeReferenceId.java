package org.openv2x.codec.common;

import java.util.OptionalInt;

/**
 * NodeReferenceID (MapNode): a node (intersection) id, unique within its road regulator region. Not
 * extensible.
 *
 * @param region RoadRegulatorID, 0..65535 (0 is for testing), OPTIONAL
 * @param id NodeID, 0..65535
 */
public record NodeReferenceId(OptionalInt region, int id) {
  public NodeReferenceId {
    Check.range(region, 0, 65535, "region");
    Check.range(id, 0, 65535, "id");
  }
}
