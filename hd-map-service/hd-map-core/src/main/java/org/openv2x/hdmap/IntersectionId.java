package org.openv2x.hdmap;

import java.util.OptionalInt;
import org.openv2x.codec.common.NodeReferenceId;

/**
 * The id of an intersection (or road end point): the standard's NodeReferenceID, a road regulator
 * region (optional) and a node id, each 0..65535. Its {@link #key()} is the Kafka key of {@code
 * v2x.map} and {@code v2x.hdmap}: {@code <region>:<id>}, or {@code <id>} without a region.
 */
public record IntersectionId(OptionalInt region, int id) implements Comparable<IntersectionId> {
  public static final int MAX = 65535;

  public IntersectionId {
    if (region == null) {
      region = OptionalInt.empty();
    }
    if (region.isPresent() && (region.getAsInt() < 0 || region.getAsInt() > MAX)) {
      throw new IllegalArgumentException("region must be 0.." + MAX + ", is " + region.getAsInt());
    }
    if (id < 0 || id > MAX) {
      throw new IllegalArgumentException("id must be 0.." + MAX + ", is " + id);
    }
  }

  public static IntersectionId of(int id) {
    return new IntersectionId(OptionalInt.empty(), id);
  }

  public static IntersectionId of(int region, int id) {
    return new IntersectionId(OptionalInt.of(region), id);
  }

  public static IntersectionId of(NodeReferenceId node) {
    return new IntersectionId(node.region(), node.id());
  }

  public NodeReferenceId toNodeReference() {
    return new NodeReferenceId(region, id);
  }

  /** {@code <region>:<id>} or {@code <id>}. */
  public String key() {
    return region.isPresent() ? region.getAsInt() + ":" + id : Integer.toString(id);
  }

  /**
   * Parses a {@link #key()}.
   *
   * @throws IllegalArgumentException naming what is wrong with {@code key}
   */
  public static IntersectionId parse(String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("an intersection id is <id> or <region>:<id>, is empty");
    }
    int colon = key.indexOf(':');
    try {
      if (colon < 0) {
        return of(parseNumber(key));
      }
      return of(parseNumber(key.substring(0, colon)), parseNumber(key.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "an intersection id is <id> or <region>:<id> with numbers 0.."
              + MAX
              + ", is '"
              + key
              + "'");
    }
  }

  private static int parseNumber(String text) {
    if (text.isEmpty() || text.length() > 5) {
      throw new IllegalArgumentException(text);
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        throw new IllegalArgumentException(text);
      }
    }
    return Integer.parseInt(text);
  }

  @Override
  public int compareTo(IntersectionId other) {
    int byRegion = Integer.compare(region.orElse(-1), other.region.orElse(-1));
    return byRegion != 0 ? byRegion : Integer.compare(id, other.id);
  }

  @Override
  public String toString() {
    return key();
  }
}
