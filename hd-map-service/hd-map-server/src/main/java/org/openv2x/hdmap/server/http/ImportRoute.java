package org.openv2x.hdmap.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.InvalidMapException;
import org.openv2x.hdmap.MapProblem;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.geojson.GeoJsonMaps;
import org.openv2x.hdmap.geojson.NotJsonException;
import org.openv2x.hdmap.server.MapService;
import org.openv2x.hdmap.server.StoreResult;

/**
 * {@code POST /api/v1/import}: a GeoJSON map (see GEOJSON.md) stored as new versions, all or none.
 */
final class ImportRoute {
  /** Longest accepted {@code origin}. */
  static final int MAX_ORIGIN_CHARS = 200;

  private final MapService service;
  private final long maxImportBytes;

  ImportRoute(MapService service, long maxImportBytes) {
    this.service = service;
    this.maxImportBytes = maxImportBytes;
  }

  void handle(Context ctx) {
    MapSource source = source(ctx.queryParam("source"));
    Optional<String> origin = origin(ctx.queryParam("origin"));
    byte[] body = readBody(ctx);
    StoreResult result;
    try {
      List<Intersection> intersections = GeoJsonMaps.read(body, origin.orElse("the body"));
      result = service.store(intersections, source, origin, OptionalInt.empty(), Optional.empty());
    } catch (NotJsonException e) {
      throw HttpProblem.badBody(
          "the body is not JSON: "
              + e.problems().stream().map(MapProblem::reason).collect(Collectors.joining("; ")));
    } catch (InvalidMapException e) {
      Responses.json(ctx, 422, refusal(e));
      return;
    }
    ObjectNode answer = JsonNodeFactory.instance.objectNode();
    ArrayNode stored = answer.putArray("stored");
    for (StoreResult.Stored s : result.stored()) {
      stored.addObject().put("id", s.id().key()).put("version", s.version());
    }
    ArrayNode unchanged = answer.putArray("unchanged");
    result.unchanged().forEach(id -> unchanged.add(id.key()));
    Responses.ok(ctx, answer);
  }

  private static MapSource source(String text) {
    if (text == null || text.equals("geojson")) {
      return MapSource.GEOJSON_IMPORT;
    }
    if (text.equals("scenario")) {
      return MapSource.SCENARIO_IMPORT;
    }
    throw HttpProblem.badParameter("source", "must be geojson or scenario, is '" + text + "'");
  }

  private static Optional<String> origin(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (text.isBlank() || text.length() > MAX_ORIGIN_CHARS) {
      throw HttpProblem.badParameter(
          "origin", "must be 1.." + MAX_ORIGIN_CHARS + " characters, not blank");
    }
    return Optional.of(text);
  }

  /** The body, refused with 413 when it declares or turns out to be over the limit. */
  private byte[] readBody(Context ctx) {
    String declared = ctx.header("Content-Length");
    if (declared != null) {
      long length;
      try {
        length = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw HttpProblem.badBody("Content-Length '" + declared + "' is not a number");
      }
      if (length > maxImportBytes) {
        throw HttpProblem.tooLarge(maxImportBytes);
      }
    }
    try (InputStream in = ctx.bodyInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > maxImportBytes) {
          throw HttpProblem.tooLarge(maxImportBytes);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode refusal(InvalidMapException e) {
    int count = e.problems().size();
    ObjectNode body =
        Responses.error(
            "the map is refused: " + count + (count == 1 ? " problem" : " problems") + " found");
    ArrayNode problems = body.putArray("problems");
    for (MapProblem problem : e.problems()) {
      problems.addObject().put("element", problem.element()).put("reason", problem.reason());
    }
    return body;
  }
}
