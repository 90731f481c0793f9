package org.openv2x.hdmap.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import org.openv2x.hdmap.Approach;
import org.openv2x.hdmap.BoundingBox;
import org.openv2x.hdmap.ConflictPoint;
import org.openv2x.hdmap.DerivedConnection;
import org.openv2x.hdmap.DerivedGeometry;
import org.openv2x.hdmap.DerivedLane;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.Lane;
import org.openv2x.hdmap.LaneConnection;
import org.openv2x.hdmap.LaneKeys;
import org.openv2x.hdmap.SpeedLimit;
import org.openv2x.hdmap.StopLine;
import org.openv2x.hdmap.VersionInfo;

/**
 * Writes intersections as a FeatureCollection: the importable features (intersection, lane,
 * connection) and, for a stored version, its version facts and derived geometry.
 */
final class GeoJsonWriter {
  /** Decimals of a coordinate in degrees: 1e-8 degrees is about 1 mm. */
  static final int COORDINATE_DECIMALS = 8;

  /** Decimals of a derived length in metres (mm). */
  static final int LENGTH_DECIMALS = 3;

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator out;

  private GeoJsonWriter(JsonGenerator out) {
    this.out = out;
  }

  static byte[] content(Collection<Intersection> intersections) {
    return collection(
        writer -> {
          for (Intersection intersection : intersections) {
            writer.intersection(intersection, Optional.empty());
          }
        });
  }

  static byte[] export(Collection<IntersectionVersion> versions) {
    return collection(
        writer -> {
          for (IntersectionVersion version : versions) {
            writer.intersection(version.intersection(), Optional.of(version));
          }
        });
  }

  private interface Body {
    void write(GeoJsonWriter writer) throws IOException;
  }

  private static byte[] collection(Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator out = FACTORY.createGenerator(bytes)) {
      out.writeStartObject();
      out.writeStringField("type", "FeatureCollection");
      out.writeArrayFieldStart("features");
      body.write(new GeoJsonWriter(out));
      out.writeEndArray();
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return bytes.toByteArray();
  }

  private void intersection(Intersection intersection, Optional<IntersectionVersion> version)
      throws IOException {
    Optional<DerivedGeometry> derived = version.map(IntersectionVersion::derived);
    String key = intersection.id().key();
    startFeature();
    if (derived.isPresent()) {
      bbox(derived.get().bounds());
    }
    out.writeFieldName("geometry");
    point(intersection.refPoint());
    startProperties("intersection");
    out.writeStringField("id", key);
    if (intersection.name().isPresent()) {
      out.writeStringField("name", intersection.name().get());
    }
    if (intersection.elevationM().isPresent()) {
      out.writeNumberField("elevationM", intersection.elevationM().getAsDouble());
    }
    if (version.isPresent()) {
      versionFacts(version.get().info());
    }
    endFeature();

    Map<String, DerivedLane> derivedLanes = new HashMap<>();
    Map<String, Queue<DerivedConnection>> derivedConnections = new HashMap<>();
    derived.ifPresent(
        d -> {
          d.lanes().forEach(lane -> derivedLanes.put(lane.laneKey(), lane));
          d.connections()
              .forEach(
                  c ->
                      derivedConnections
                          .computeIfAbsent(c.fromLaneKey(), k -> new ArrayDeque<>())
                          .add(c));
        });
    for (Approach approach : intersection.approaches()) {
      for (Lane lane : approach.lanes()) {
        String laneKey = LaneKeys.lane(intersection.id(), approach, lane);
        lane(key, approach, lane, laneKey, Optional.ofNullable(derivedLanes.get(laneKey)));
        Queue<DerivedConnection> paths =
            derivedConnections.getOrDefault(laneKey, new ArrayDeque<>());
        for (LaneConnection connection : lane.connections()) {
          connection(key, laneKey, connection, Optional.ofNullable(paths.poll()));
        }
      }
    }
    if (derived.isPresent()) {
      derivedFeatures(key, derived.get());
    }
  }

  private void versionFacts(VersionInfo info) throws IOException {
    out.writeNumberField("version", info.version());
    out.writeStringField("source", Names.of(info.source()));
    out.writeStringField("storedAt", info.storedAt().toString());
    out.writeStringField("contentHash", info.contentHash());
    if (info.origin().isPresent()) {
      out.writeStringField("origin", info.origin().get());
    }
  }

  private void lane(
      String intersection,
      Approach approach,
      Lane lane,
      String laneKey,
      Optional<DerivedLane> derived)
      throws IOException {
    startFeature();
    out.writeFieldName("geometry");
    line(lane.centreLine());
    startProperties("lane");
    out.writeStringField("intersection", intersection);
    out.writeStringField("approach", approach.id());
    out.writeNumberField("laneId", lane.laneId());
    out.writeStringField("type", Names.of(lane.type()));
    if (lane.widthM().isPresent()) {
      out.writeNumberField("widthM", lane.widthM().getAsDouble());
    }
    names("maneuvers", lane.maneuvers());
    speedLimits("speedLimits", lane.speedLimits());
    if (approach.name().isPresent()) {
      out.writeStringField("approachName", approach.name().get());
    }
    if (approach.widthM().isPresent()) {
      out.writeNumberField("approachWidthM", approach.widthM().getAsDouble());
    }
    if (!approach.speedLimits().isEmpty()) {
      speedLimits("approachSpeedLimits", approach.speedLimits());
    }
    out.writeStringField("laneKey", laneKey);
    if (derived.isPresent()) {
      length("lengthM", derived.get().lengthM());
    }
    endFeature();
  }

  private void connection(
      String intersection,
      String fromLaneKey,
      LaneConnection connection,
      Optional<DerivedConnection> derived)
      throws IOException {
    startFeature();
    out.writeFieldName("geometry");
    line(derived.map(DerivedConnection::path).orElse(List.of()));
    startProperties("connection");
    out.writeStringField("intersection", intersection);
    out.writeStringField("fromLane", fromLaneKey);
    out.writeStringField("toIntersection", connection.remoteIntersection().key());
    if (connection.remoteLaneId().isPresent()) {
      out.writeNumberField("toLaneId", connection.remoteLaneId().getAsInt());
    }
    names("maneuvers", connection.maneuvers());
    if (connection.phaseId().isPresent()) {
      out.writeNumberField("phaseId", connection.phaseId().getAsInt());
    }
    if (derived.isPresent()) {
      out.writeStringField("connectionKey", derived.get().connectionKey());
      out.writeStringField("toLane", derived.get().toLaneKey());
      length("lengthM", derived.get().lengthM());
      out.writeBooleanField("pathEstimated", derived.get().pathEstimated());
    }
    endFeature();
  }

  private void derivedFeatures(String key, DerivedGeometry derived) throws IOException {
    for (DerivedLane lane : derived.lanes()) {
      if (polygonFeature("lane-area", key, lane.polygon())) {
        out.writeStringField("laneKey", lane.laneKey());
        length("widthM", lane.widthM());
        endFeature();
      }
      if (lane.stopLine().isPresent()) {
        StopLine stopLine = lane.stopLine().get();
        startFeature();
        out.writeFieldName("geometry");
        line(List.of(stopLine.left(), stopLine.right()));
        startProperties("stop-line");
        out.writeStringField("intersection", key);
        out.writeStringField("laneKey", lane.laneKey());
        endFeature();
      }
    }
    for (ConflictPoint conflict : derived.conflicts()) {
      startFeature();
      out.writeFieldName("geometry");
      point(conflict.point());
      startProperties("conflict");
      out.writeStringField("intersection", key);
      out.writeStringField("connectionA", conflict.connectionA());
      out.writeStringField("connectionB", conflict.connectionB());
      length("distanceAlongAM", conflict.distanceAlongAM());
      length("distanceAlongBM", conflict.distanceAlongBM());
      endFeature();
    }
    if (polygonFeature("box", key, derived.box())) {
      endFeature();
    }
  }

  /**
   * Starts a Polygon feature up to its properties' kind and intersection, or writes nothing and
   * returns false when the ring has fewer than 3 distinct points (no valid Polygon).
   */
  private boolean polygonFeature(String kind, String intersection, List<GeoPoint> ring)
      throws IOException {
    List<GeoPoint> closed = closed(ring);
    if (closed.size() < 4) {
      return false;
    }
    startFeature();
    out.writeFieldName("geometry");
    out.writeStartObject();
    out.writeStringField("type", "Polygon");
    out.writeArrayFieldStart("coordinates");
    out.writeStartArray();
    for (GeoPoint point : closed) {
      position(point);
    }
    out.writeEndArray();
    out.writeEndArray();
    out.writeEndObject();
    startProperties(kind);
    out.writeStringField("intersection", intersection);
    return true;
  }

  /** The ring with its first point repeated last (RFC 7946 3.1.6). */
  static List<GeoPoint> closed(List<GeoPoint> ring) {
    if (ring.isEmpty() || ring.get(0).equals(ring.get(ring.size() - 1))) {
      return ring;
    }
    List<GeoPoint> closed = new ArrayList<>(ring);
    closed.add(ring.get(0));
    return closed;
  }

  private void startFeature() throws IOException {
    out.writeStartObject();
    out.writeStringField("type", "Feature");
  }

  private void startProperties(String kind) throws IOException {
    out.writeObjectFieldStart("properties");
    out.writeStringField("kind", kind);
  }

  private void endFeature() throws IOException {
    out.writeEndObject();
    out.writeEndObject();
  }

  private void bbox(BoundingBox box) throws IOException {
    out.writeArrayFieldStart("bbox");
    coordinate(box.minLonDeg());
    coordinate(box.minLatDeg());
    coordinate(box.maxLonDeg());
    coordinate(box.maxLatDeg());
    out.writeEndArray();
  }

  private void point(GeoPoint point) throws IOException {
    out.writeStartObject();
    out.writeStringField("type", "Point");
    out.writeFieldName("coordinates");
    position(point);
    out.writeEndObject();
  }

  /** A LineString, or null when there are fewer than 2 points (no valid LineString). */
  private void line(List<GeoPoint> points) throws IOException {
    if (points.size() < 2) {
      out.writeNull();
      return;
    }
    out.writeStartObject();
    out.writeStringField("type", "LineString");
    out.writeArrayFieldStart("coordinates");
    for (GeoPoint point : points) {
      position(point);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  private void position(GeoPoint point) throws IOException {
    out.writeStartArray();
    coordinate(point.lonDeg());
    coordinate(point.latDeg());
    out.writeEndArray();
  }

  private void coordinate(double deg) throws IOException {
    out.writeNumber(rounded(deg, COORDINATE_DECIMALS));
  }

  private void length(String name, double metres) throws IOException {
    out.writeFieldName(name);
    if (Double.isFinite(metres)) {
      out.writeNumber(rounded(metres, LENGTH_DECIMALS));
    } else {
      out.writeNull();
    }
  }

  /** The number rounded to {@code decimals}, without trailing zeros or an exponent. */
  static String rounded(double value, int decimals) {
    return BigDecimal.valueOf(value)
        .setScale(decimals, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  private void names(String name, Set<? extends Enum<?>> values) throws IOException {
    out.writeArrayFieldStart(name);
    for (Enum<?> value : values.stream().sorted().toList()) {
      out.writeString(Names.of(value));
    }
    out.writeEndArray();
  }

  private void speedLimits(String name, List<SpeedLimit> limits) throws IOException {
    out.writeArrayFieldStart(name);
    for (SpeedLimit limit : limits) {
      out.writeStartObject();
      out.writeStringField("type", Names.of(limit.type()));
      out.writeNumberField("speedMps", limit.speedMps());
      out.writeEndObject();
    }
    out.writeEndArray();
  }
}
