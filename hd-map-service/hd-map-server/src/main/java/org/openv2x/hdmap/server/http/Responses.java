package org.openv2x.hdmap.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/** Writes JSON answers and JSON error bodies. */
final class Responses {
  static final String JSON = "application/json; charset=utf-8";
  static final String GEO_JSON = "application/geo+json; charset=utf-8";
  static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";
  static final String YAML = "application/yaml; charset=utf-8";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Responses() {}

  static void json(Context ctx, int status, JsonNode body) {
    try {
      ctx.status(status).contentType(JSON).result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void ok(Context ctx, JsonNode body) {
    json(ctx, 200, body);
  }

  /** {@code {"error": message}}, plus {@code "parameter"} for a bad parameter. */
  static void error(Context ctx, HttpProblem problem) {
    ObjectNode body = error(problem.getMessage());
    problem.parameter().ifPresent(parameter -> body.put("parameter", parameter));
    json(ctx, problem.status(), body);
  }

  static ObjectNode error(String message) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("error", message);
    return body;
  }
}
