package org.openv2x.hdmap;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A leg of an intersection: the lanes of one road link. An {@link ApproachKind#INGRESS} approach is
 * the standard's Link into the intersection from the upstream node {@code otherNode}; an {@link
 * ApproachKind#EGRESS} one leads out towards the downstream node {@code otherNode}. Its {@link
 * #id()} is unique within the intersection: {@code in<node key>} or {@code out<node key>}.
 */
public record Approach(
    ApproachKind kind,
    IntersectionId otherNode,
    Optional<String> name,
    List<SpeedLimit> speedLimits,
    OptionalDouble widthM,
    List<Lane> lanes) {
  public Approach {
    if (kind == null || otherNode == null) {
      throw new IllegalArgumentException("an approach needs its kind and its other node");
    }
    name = name == null ? Optional.empty() : name;
    speedLimits = speedLimits == null ? List.of() : List.copyOf(speedLimits);
    widthM = widthM == null ? OptionalDouble.empty() : widthM;
    lanes = lanes == null ? List.of() : List.copyOf(lanes);
  }

  /** {@code in<upstream key>} or {@code out<downstream key>}, e.g. {@code in1:100}. */
  public String id() {
    return kind.prefix() + otherNode.key();
  }

  /** This approach with other lanes. */
  public Approach withLanes(List<Lane> newLanes) {
    return new Approach(kind, otherNode, name, speedLimits, widthM, newLanes);
  }
}
