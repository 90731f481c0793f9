package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs the {@code v2x} command line in-process with given stdin, capturing stdout and stderr. */
final class Cli {
  static final ObjectMapper JSON = new ObjectMapper();

  private Cli() {}

  /** What one run gave. */
  record Result(int exit, String out, String err) {
    /** The non-empty lines of stdout. */
    List<String> lines() {
      List<String> lines = new ArrayList<>();
      for (String line : out.split("\n", -1)) {
        if (!line.isEmpty()) {
          lines.add(line);
        }
      }
      return lines;
    }

    /** Each stdout line parsed as JSON. */
    List<JsonNode> json() {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : lines()) {
        nodes.add(parse(line));
      }
      return nodes;
    }

    /** Asserts the run was a usage error: exit 2, nothing on stdout, a message on stderr. */
    void assertUsageError() {
      assertEquals(V2xCommand.EXIT_USAGE, exit, () -> "exit code; stderr:\n" + err);
      assertEquals("", out, "stdout of a usage error");
      assertFalse(err.isBlank(), "a usage error explains itself on stderr");
    }
  }

  static Result run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        V2xCommand.run(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, args);
    return new Result(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }

  /** Asserts {@code node} is an error object for {@code line} with {@code reason}. */
  static JsonNode assertError(JsonNode node, long line, String reason) {
    assertTrue(node.has("error"), () -> "expected an error object, got " + node);
    assertEquals(1, node.size(), () -> "an error object has only 'error': " + node);
    JsonNode error = node.get("error");
    assertEquals(line, error.path("line").asLong(-1), () -> "line of " + node);
    assertEquals(reason, error.path("reason").asText(), () -> "reason of " + node);
    assertTrue(error.path("fieldPath").isTextual(), () -> "fieldPath of " + node);
    assertTrue(error.path("detail").isTextual(), () -> "detail of " + node);
    if (error.has("bitOffset")) {
      assertTrue(error.get("bitOffset").asLong(-1) >= 0, () -> "bitOffset of " + node);
    }
    return error;
  }
}
