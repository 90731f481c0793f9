package org.openv2x.hdmap;

/**
 * Which way an approach's lanes run: {@link #INGRESS} into the intersection (the standard's links,
 * each from an upstream node), {@link #EGRESS} out of it towards a downstream node (known from a
 * surveyed import; in MAP messages the egress lanes are the ingress lanes of the downstream
 * intersection's link from this one).
 */
public enum ApproachKind {
  INGRESS("in"),
  EGRESS("out");

  private final String prefix;

  ApproachKind(String prefix) {
    this.prefix = prefix;
  }

  /** {@code in} or {@code out}: the start of an approach id. */
  public String prefix() {
    return prefix;
  }
}
