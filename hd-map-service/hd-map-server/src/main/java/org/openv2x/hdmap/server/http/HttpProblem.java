package org.openv2x.hdmap.server.http;

import java.util.Optional;

/**
 * A request the API refuses: the HTTP status, a message for the client and, for a bad parameter,
 * the parameter's name. Thrown by handlers and turned into a JSON error body by {@link HttpApi}.
 */
final class HttpProblem extends RuntimeException {
  private final int status;
  private final Optional<String> parameter;

  private HttpProblem(int status, String message, Optional<String> parameter) {
    super(message, null, false, false);
    this.status = status;
    this.parameter = parameter;
  }

  /** 400: the parameter (query or path) is missing or malformed; the message names it. */
  static HttpProblem badParameter(String parameter, String message) {
    return new HttpProblem(400, parameter + ": " + message, Optional.of(parameter));
  }

  /** 400: the request body cannot be read as what the route needs. */
  static HttpProblem badBody(String message) {
    return new HttpProblem(400, message, Optional.empty());
  }

  /** 404: what was asked for does not exist; the message names it. */
  static HttpProblem notFound(String message) {
    return new HttpProblem(404, message, Optional.empty());
  }

  /** 413: the body is larger than the limit. */
  static HttpProblem tooLarge(long limitBytes) {
    return new HttpProblem(
        413,
        "the body is larger than the limit of " + limitBytes + " bytes (http.max-import-bytes)",
        Optional.empty());
  }

  int status() {
    return status;
  }

  Optional<String> parameter() {
    return parameter;
  }
}
