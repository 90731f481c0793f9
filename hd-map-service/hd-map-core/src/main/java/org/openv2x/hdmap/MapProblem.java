package org.openv2x.hdmap;

/**
 * One reason a map is refused: the element it is about, as a path into the content (e.g. {@code
 * intersection 1:101 approach in1:100 lane 3 centreLine}), and what is wrong with it.
 */
public record MapProblem(String element, String reason) {
  @Override
  public String toString() {
    return element + ": " + reason;
  }
}
