package org.openv2x.hdmap.geojson;

import java.util.List;
import org.openv2x.hdmap.InvalidMapException;
import org.openv2x.hdmap.MapProblem;

/**
 * A document refused because it is not JSON at all: empty, not text, or broken JSON syntax (an HTTP
 * API answers 400 rather than 422). Its problems include the syntax error with its line and column,
 * and any problem found before it.
 */
public class NotJsonException extends InvalidMapException {
  public NotJsonException(List<MapProblem> problems) {
    super(problems);
  }
}
