package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code v2x map serve} as a real process (RocksDB, HTTP, no Kafka) and {@code v2x map import}
 * against it: GeoJSON and simulator scenarios, unchanged imports, refusals, restarts.
 */
class MapCommandIT {
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final Path GEOJSON_EXAMPLE =
      REPOSITORY.resolve("hd-map-service/examples/one-intersection.geojson");
  private static final Path SCENARIO_EXAMPLE =
      REPOSITORY.resolve("edge-rsu-sim/examples/one-intersection.yaml");

  private record Run(int exitCode, String stdout, String stderr) {}

  private static Run v2x(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = V2xCommand.run(new ByteArrayInputStream(new byte[0]), out, err, args);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A running {@code v2x map serve}; its stdout collected. */
  private static final class Server implements AutoCloseable {
    final Process process;
    final List<String> lines = new ArrayList<>();

    Server(Path data, int port) throws IOException {
      process =
          new ProcessBuilder(
                  ChildJvm.command(
                      V2xCommand.class.getName(),
                      List.of(
                          "map",
                          "serve",
                          "--no-kafka",
                          "--data",
                          data.toString(),
                          "--port",
                          String.valueOf(port),
                          "--set",
                          "http.bind-address=127.0.0.1")))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (lines) {
                      lines.add(line);
                      lines.notifyAll();
                    }
                  }
                } catch (IOException e) {
                  // The process ended.
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    void awaitLine(String line) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      synchronized (lines) {
        while (!lines.contains(line)) {
          long left = deadline - System.nanoTime();
          assertTrue(left > 0, "no line '" + line + "' within 60 s, got " + lines);
          assertTrue(process.isAlive(), "map serve exited: " + lines);
          lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
      }
    }

    int stop() throws InterruptedException {
      process.toHandle().destroy(); // SIGTERM
      assertTrue(process.waitFor(30, TimeUnit.SECONDS), "map serve did not stop on SIGTERM");
      return process.exitValue();
    }

    @Override
    public void close() {
      process.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String get(String url) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), url + ": " + response.body());
    return response.body();
  }

  @Test
  void importsGeoJsonAndScenariosIntoARunningServiceWhichKeepsThemAcrossARestart(@TempDir Path dir)
      throws Exception {
    int port = freePort();
    String server = "http://127.0.0.1:" + port;
    try (Server map = new Server(dir.resolve("hd-map"), port)) {
      map.awaitLine("hd-map: ready http=" + port);

      Run imported = v2x("map", "import", GEOJSON_EXAMPLE.toString(), "--server", server);
      assertEquals(0, imported.exitCode(), imported.stderr());
      assertTrue(imported.stdout().contains("stored   1:101 version 1"), imported.stdout());

      Run again = v2x("map", "import", GEOJSON_EXAMPLE.toString(), "--server", server);
      assertEquals(0, again.exitCode(), again.stderr());
      assertTrue(again.stdout().contains("unchanged 1:101"), again.stdout());

      Run scenario = v2x("map", "import", SCENARIO_EXAMPLE.toString(), "--server", server);
      assertEquals(0, scenario.exitCode(), scenario.stderr());
      assertTrue(scenario.stdout().contains("stored   1:1 version 1"), scenario.stdout());
      String scenarioVersion = get(server + "/api/v1/intersections/1:1");
      assertTrue(scenarioVersion.contains("\"source\":\"scenario_import\""), scenarioVersion);
      assertTrue(scenarioVersion.contains("\"origin\":\"one-intersection.yaml\""), scenarioVersion);

      // A lane of one point: refused with the element named, nothing stored.
      Path invalid = dir.resolve("invalid.geojson");
      Files.writeString(
          invalid,
          Files.readString(GEOJSON_EXAMPLE)
              .replace(
                  "[[121.4738578, 31.2303843], [121.4747519, 31.2303843]]",
                  "[[121.4738578, 31.2303843]]"));
      Run refused = v2x("map", "import", invalid.toString(), "--server", server);
      assertEquals(1, refused.exitCode(), refused.stdout() + refused.stderr());
      assertTrue(refused.stderr().contains("refused (HTTP 422)"), refused.stderr());
      assertTrue(refused.stderr().contains("out1:102"), refused.stderr());
      assertTrue(get(server + "/api/v1/intersections/1:101/versions").contains("\"version\":1"));

      String match = get(server + "/api/v1/match?lat=31.2303843&lon=121.4731&heading=90&speed=10");
      assertTrue(match.contains("\"matched\":true"), match);
      assertTrue(match.contains("\"laneKey\":\"1:101.in1:100.1\""), match);

      assertEquals(143, map.stop(), "SIGTERM stops it (the JVM's exit code for SIGTERM)");
    }
    // Restarted on the same data: both intersections are still there, at the same versions.
    int secondPort = freePort();
    try (Server map = new Server(dir.resolve("hd-map"), secondPort)) {
      map.awaitLine("hd-map: ready http=" + secondPort);
      String list = get("http://127.0.0.1:" + secondPort + "/api/v1/intersections");
      assertTrue(list.contains("\"id\":\"1:101\"") && list.contains("\"id\":\"1:1\""), list);
      map.stop();
    }
  }

  @Test
  void importRefusesBadUsageUnreadableFilesAndAnUnreachableService(@TempDir Path dir)
      throws Exception {
    Run usage = v2x("map", "import", GEOJSON_EXAMPLE.toString(), "--server", "ftp://x");
    assertEquals(2, usage.exitCode(), usage.stderr());
    assertTrue(usage.stderr().contains("--server"), usage.stderr());

    Run missing = v2x("map", "import", dir.resolve("nothing.geojson").toString());
    assertEquals(3, missing.exitCode(), missing.stderr());
    assertTrue(missing.stderr().contains("is not a file"), missing.stderr());

    Path badScenario = dir.resolve("bad.yaml");
    Files.writeString(badScenario, "origin: {latitude: 91, longitude: 0}\nintersections: []\n");
    Run scenario = v2x("map", "import", badScenario.toString(), "--server", "http://127.0.0.1:1");
    assertEquals(1, scenario.exitCode(), scenario.stderr());
    assertTrue(scenario.stderr().contains("not a valid scenario"), scenario.stderr());

    int closed = freePort();
    Run unreachable =
        v2x("map", "import", GEOJSON_EXAMPLE.toString(), "--server", "http://127.0.0.1:" + closed);
    assertEquals(3, unreachable.exitCode(), unreachable.stderr());
    assertTrue(unreachable.stderr().contains("cannot reach the map service"), unreachable.stderr());

    Run badKey = v2x("map", "serve", "--set", "http.port=-1");
    assertEquals(2, badKey.exitCode(), badKey.stderr());
    assertTrue(badKey.stderr().contains("http.port"), badKey.stderr());
  }
}
