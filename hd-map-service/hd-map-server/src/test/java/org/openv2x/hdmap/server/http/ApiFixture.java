package org.openv2x.hdmap.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.geojson.GeoJsonMaps;
import org.openv2x.hdmap.server.HdMapConfig;
import org.openv2x.hdmap.server.HdMapService;
import org.openv2x.hdmap.server.MapService;
import org.openv2x.hdmap.server.SnapshotSink;
import org.openv2x.hdmap.server.store.RocksMapStore;
import org.openv2x.hdmap.testing.GridMaps;

/**
 * A map service over RocksDB in a directory, loaded with a 3×3 grid of {@link GridMaps}, served by
 * an {@link HttpApi} on an ephemeral port of 127.0.0.1, and a client of it.
 */
final class ApiFixture implements AutoCloseable {
  static final GeoPoint ORIGIN = GeoPoint.of(39.9, 116.3);
  static final double SPACING_M = 200;
  static final int COLUMNS = 3;

  /**
   * A 3×3 grid as its GeoJSON form holds it (coordinates rounded to the format's decimals), so that
   * importing its GeoJSON again is unchanged content.
   */
  static final List<Intersection> GRID =
      GeoJsonMaps.read(
          GeoJsonMaps.writeContent(GridMaps.grid(COLUMNS, 3, ORIGIN, SPACING_M)), "grid");

  private static final ObjectMapper JSON = new ObjectMapper();

  final HttpApi api;
  private final RocksMapStore store;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ApiFixture(RocksMapStore store, HttpApi api) {
    this.store = store;
    this.api = api;
  }

  /**
   * The grid stored as version 1 of every intersection (source scenario, origin {@code grid}) in a
   * store in {@code dataDir}, and an API over it with this import limit.
   */
  static ApiFixture start(Path dataDir, long maxImportBytes) {
    return start(dataDir, maxImportBytes, UnaryOperator.identity());
  }

  /** The same, the API serving what {@code serve} makes of the service. */
  static ApiFixture start(Path dataDir, long maxImportBytes, UnaryOperator<MapService> serve) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    RocksMapStore store = RocksMapStore.open(dataDir);
    HdMapService service = new HdMapService(store, SnapshotSink.NONE, registry);
    service.store(
        GRID,
        MapSource.SCENARIO_IMPORT,
        Optional.of("grid"),
        OptionalInt.empty(),
        Optional.empty());
    HdMapConfig config =
        HdMapConfig.from(
            Map.of(
                "http.port", "0",
                "http.bind-address", "127.0.0.1",
                "http.max-import-bytes", Long.toString(maxImportBytes)));
    return new ApiFixture(store, HttpApi.start(config, serve.apply(service), registry));
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + api.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) {
    return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The JSON body of a response, asserting its status and that it is JSON. */
  static JsonNode json(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), () -> "status; body: " + response.body());
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/json"), () -> "content type " + type);
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    api.close();
    store.close();
  }
}
