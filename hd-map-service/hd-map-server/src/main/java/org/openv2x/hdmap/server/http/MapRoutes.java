package org.openv2x.hdmap.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openv2x.hdmap.BoundingBox;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.VersionInfo;
import org.openv2x.hdmap.geojson.GeoJsonMaps;
import org.openv2x.hdmap.match.MatchResult;
import org.openv2x.hdmap.server.LaneView;
import org.openv2x.hdmap.server.MapService;

/** The read routes of the map: intersections, versions, lanes, GeoJSON and matching. */
final class MapRoutes {
  /** The header telling that a GeoJSON answer was cut at {@code limit} intersections. */
  static final String TRUNCATED_HEADER = "X-Result-Truncated";

  private final MapService service;

  MapRoutes(MapService service) {
    this.service = service;
  }

  /** {@code GET /api/v1/intersections}: summaries of the current versions, by id. */
  void intersections(Context ctx) {
    Optional<BoundingBox> bbox = Params.bbox(ctx);
    int limit = Params.limit(ctx);
    List<IntersectionVersion> versions = bbox.map(service::currentIn).orElseGet(service::all);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    List<IntersectionVersion> shown = versions.subList(0, Math.min(limit, versions.size()));
    body.put("count", shown.size());
    body.put("truncated", shown.size() < versions.size());
    ArrayNode list = body.putArray("intersections");
    shown.forEach(version -> list.add(MapJson.summary(version)));
    Responses.ok(ctx, body);
  }

  /** {@code GET /api/v1/intersections/{id}}: the current version or {@code ?version=N}. */
  void intersection(Context ctx) {
    IntersectionId id = Params.intersectionId(ctx);
    Optional<Integer> version = Params.version(ctx);
    IntersectionVersion found =
        version
            .map(n -> service.version(id, n))
            .orElseGet(() -> service.current(id))
            .orElseThrow(
                () ->
                    HttpProblem.notFound(
                        version.isPresent() && !service.versions(id).isEmpty()
                            ? "intersection " + id + " has no version " + version.get()
                            : "no intersection " + id));
    Responses.ok(ctx, MapJson.version(found));
  }

  /** {@code GET /api/v1/intersections/{id}/versions}: every version's facts, oldest first. */
  void versions(Context ctx) {
    IntersectionId id = Params.intersectionId(ctx);
    List<VersionInfo> versions = service.versions(id);
    if (versions.isEmpty()) {
      throw HttpProblem.notFound("no intersection " + id);
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("id", id.key());
    ArrayNode list = body.putArray("versions");
    versions.forEach(info -> list.add(MapJson.versionInfo(info)));
    Responses.ok(ctx, body);
  }

  /** {@code GET /api/v1/lanes/{laneKey}}: a lane of a current version. */
  void lane(Context ctx) {
    String key = Params.laneKey(ctx);
    LaneView lane = service.lane(key).orElseThrow(() -> HttpProblem.notFound("no lane " + key));
    Responses.ok(ctx, MapJson.laneView(lane));
  }

  /** {@code GET /api/v1/geojson}: the current versions (in {@code bbox}) as GeoJSON. */
  void geoJson(Context ctx) {
    Optional<BoundingBox> bbox = Params.bbox(ctx);
    int limit = Params.limit(ctx);
    List<IntersectionVersion> versions = bbox.map(service::currentIn).orElseGet(service::all);
    boolean truncated = versions.size() > limit;
    byte[] body = GeoJsonMaps.write(truncated ? versions.subList(0, limit) : versions);
    ctx.header(TRUNCATED_HEADER, Boolean.toString(truncated));
    ctx.status(200).contentType(Responses.GEO_JSON).result(body);
  }

  /** {@code GET /api/v1/match}: the lane or connection at a position. */
  void match(Context ctx) {
    double latDeg = Params.latDeg(ctx);
    double lonDeg = Params.lonDeg(ctx);
    OptionalDouble headingDeg = Params.headingDeg(ctx);
    OptionalDouble speedMps = Params.speedMps(ctx);
    Optional<MatchResult> match =
        service
            .matcher()
            .match(latDeg, lonDeg, headingDeg.orElse(Double.NaN), speedMps.orElse(Double.NaN));
    if (match.isPresent()) {
      Responses.ok(ctx, MapJson.match(match.get()));
    } else {
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.put("matched", false);
      Responses.ok(ctx, body);
    }
  }
}
