package org.openv2x.hdmap.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.server.HdMapService;
import org.openv2x.hdmap.server.SnapshotSink;
import org.openv2x.hdmap.server.store.RocksMapStore;
import org.openv2x.hdmap.testing.GridMaps;

/**
 * Requests per second and latency of the API over loopback on a 10×10 grid (100 intersections),
 * with 1 and 2 client threads. Not a pass/fail test: it checks every answer is 200 and prints the
 * figures. Run with {@code -Dhdmap.http.load=true}.
 */
@EnabledIfSystemProperty(named = "hdmap.http.load", matches = "true")
class HttpApiLoadIT {
  private static final int COLUMNS = 10;
  private static final int REQUESTS = 20_000;

  @Test
  void measure(@TempDir Path dataDir) throws Exception {
    GeoPoint origin = GeoPoint.of(31.2, 121.4);
    List<Intersection> grid = GridMaps.grid(COLUMNS, COLUMNS, origin, 200);
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (RocksMapStore store = RocksMapStore.open(dataDir)) {
      HdMapService service = new HdMapService(store, SnapshotSink.NONE, registry);
      service.store(
          grid, MapSource.SCENARIO_IMPORT, Optional.empty(), OptionalInt.empty(), Optional.empty());
      try (HttpApi api = HttpApi.start("127.0.0.1", 0, 1 << 20, service, registry)) {
        String base = "http://127.0.0.1:" + api.port();
        Random random = new Random(42);
        String[] matches = new String[4096];
        for (int i = 0; i < matches.length; i++) {
          // On the east ingress lanes, 20..80 m before a random intersection's stop line.
          GeoPoint p =
              GridMaps.offset(
                  origin,
                  random.nextInt(COLUMNS) * 200 + 12 + 20 + random.nextDouble() * 60,
                  random.nextInt(COLUMNS) * 200 + 1.75 + random.nextDouble() * 3.5);
          matches[i] =
              base
                  + "/api/v1/match?lat="
                  + p.latDeg()
                  + "&lon="
                  + p.lonDeg()
                  + "&heading=270&speed=10";
        }
        run("match", 1, i -> matches[i % matches.length]);
        run("match", 2, i -> matches[i % matches.length]);
        run("intersection", 2, i -> base + "/api/v1/intersections/1:" + (1 + i % 100));
        run("list 100", 2, i -> base + "/api/v1/intersections");
        run("geojson 100", 1, i -> base + "/api/v1/geojson");
      }
    }
  }

  private static void run(String name, int threads, IntFunction<String> uri) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    int requests = name.startsWith("geojson") ? 200 : name.startsWith("list") ? 2_000 : REQUESTS;
    for (int i = 0; i < requests / 10; i++) {
      client.send(
          HttpRequest.newBuilder(URI.create(uri.apply(i))).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long[] nanos = new long[requests];
    long[] bytes = new long[threads];
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                for (int i = thread; i < requests; i += threads) {
                  long begin = System.nanoTime();
                  HttpResponse<byte[]> response =
                      client.send(
                          HttpRequest.newBuilder(URI.create(uri.apply(i))).build(),
                          HttpResponse.BodyHandlers.ofByteArray());
                  nanos[i] = System.nanoTime() - begin;
                  assertEquals(200, response.statusCode());
                  bytes[thread] += response.body().length;
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    Arrays.sort(nanos);
    System.out.printf(
        "%-13s threads=%d requests=%6d  %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  %7.0f B/answer%n",
        name,
        threads,
        requests,
        requests / seconds,
        nanos[requests / 2] / 1e6,
        nanos[requests * 99 / 100] / 1e6,
        (double) Arrays.stream(bytes).sum() / requests);
  }
}
