package org.openv2x.codec.map;

import java.util.List;
import java.util.Optional;
import org.openv2x.codec.common.Check;
import org.openv2x.codec.common.NodeReferenceId;
import org.openv2x.codec.common.Position3D;

/**
 * Node (MapNode): an intersection or a road end point. Extensible (no additions defined).
 *
 * @param name DescriptiveName, IA5String of 1..63 characters, OPTIONAL
 * @param id NodeReferenceID, unique within its region
 * @param refPos Position3D of the centre of the node; every offset inside the node is relative to
 *     it
 * @param inLinks LinkList, the links that enter this node, 1..32, OPTIONAL
 */
public record Node(
    Optional<String> name, NodeReferenceId id, Position3D refPos, Optional<List<Link>> inLinks) {
  /** Largest length of a DescriptiveName. */
  public static final int NAME_MAX_LENGTH = 63;

  public static final int IN_LINKS_MAX = 32;

  public Node {
    name = Check.ia5(name, 1, Node.NAME_MAX_LENGTH, "name");
    Check.notNull(id, "id");
    Check.notNull(refPos, "refPos");
    inLinks = Check.size(inLinks, 1, IN_LINKS_MAX, "inLinks");
  }
}
