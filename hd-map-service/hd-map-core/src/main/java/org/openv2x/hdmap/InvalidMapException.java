package org.openv2x.hdmap;

import java.util.List;
import java.util.stream.Collectors;

/** A map that is refused, with every reason (each naming its element). */
public class InvalidMapException extends RuntimeException {
  private final List<MapProblem> problems;

  public InvalidMapException(List<MapProblem> problems) {
    super(
        problems.size()
            + (problems.size() == 1 ? " problem: " : " problems: ")
            + problems.stream().map(MapProblem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<MapProblem> problems() {
    return problems;
  }
}
