package org.openv2x.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.geojson.GeoJsonMaps;
import org.openv2x.sim.network.NetworkException;
import org.openv2x.sim.network.RoadNetwork;
import org.openv2x.sim.network.ScenarioFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code v2x map import FILE}: sends a map to a running map service. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Imports a GeoJSON map or a simulator scenario into a running map service.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "FILE is a GeoJSON FeatureCollection of intersections, lanes and connections"
          + " (hd-map-service/GEOJSON.md), or a simulator scenario (YAML, or JSON with"
          + " 'intersections'; edge-rsu-sim/README.md), whose signalised intersections are imported"
          + " with the MAPs their RSUs would send. The file goes to POST /api/v1/import of the"
          + " service; all its intersections are stored or none: an invalid map is refused with"
          + " every problem named, and the versions in service stay. An intersection whose"
          + " content is unchanged keeps its version.",
      "It prints one line per stored intersection (id and new version) and one for those"
          + " unchanged; problems go to stderr.",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0  imported (or everything unchanged)",
      "  1  the map was refused (the problems are printed) or the file is not a valid scenario",
      "  2  usage error",
      "  3  the file cannot be read, or the service cannot be reached",
      "",
      "Examples:",
      "  v2x map import hd-map-service/examples/one-intersection.geojson",
      "  v2x map import edge-rsu-sim/examples/one-intersection.yaml --server http://maps:8090",
    })
final class MapImportCommand implements Callable<Integer> {
  /** The largest file read; the service has its own limit (http.max-import-bytes). */
  static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The file formats {@code import} reads. */
  enum Format {
    AUTO,
    GEOJSON,
    SCENARIO
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The map to import.")
  Path file;

  @Option(
      names = "--server",
      order = 1,
      paramLabel = "URL",
      defaultValue = MapCommand.DEFAULT_SERVER,
      description = "The map service (default: ${DEFAULT-VALUE}, the one of v2x up).")
  String server;

  @Option(
      names = "--format",
      order = 2,
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "auto (by the name and content: .yaml/.yml or a JSON object with 'intersections' is a"
              + " scenario, a FeatureCollection is GeoJSON), geojson or scenario (default:"
              + " ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--origin",
      order = 3,
      paramLabel = "NAME",
      description = "What the versions record as their origin (default: the file's name).")
  String origin;

  @Option(
      names = "--timeout",
      order = 4,
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "How long to wait for the service (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    URI base = serverUri();
    if (timeoutSeconds < 1 || timeoutSeconds > 3600) {
      throw new ParameterException(
          spec.commandLine(), "--timeout must be 1..3600 seconds, is " + timeoutSeconds);
    }
    byte[] content;
    try {
      if (!Files.isRegularFile(file)) {
        err.println("map import: " + file + " is not a file");
        return V2xCommand.EXIT_IO;
      }
      if (Files.size(file) > MAX_FILE_BYTES) {
        err.println(
            "map import: "
                + file
                + " has "
                + Files.size(file)
                + " bytes, more than the "
                + MAX_FILE_BYTES
                + " this command reads");
        return V2xCommand.EXIT_BAD_INPUT;
      }
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      err.println("map import: cannot read " + file + ": " + e.getMessage());
      return V2xCommand.EXIT_IO;
    }
    Format actual = format == Format.AUTO ? detect(content) : format;
    String source = "geojson";
    byte[] body = content;
    if (actual == Format.SCENARIO) {
      try {
        RoadNetwork network = ScenarioFile.read(file);
        List<Intersection> intersections = ScenarioMaps.intersections(network);
        if (intersections.isEmpty()) {
          err.println("map import: " + file + " has no signalised intersection, nothing to import");
          return V2xCommand.EXIT_BAD_INPUT;
        }
        body = GeoJsonMaps.writeContent(intersections);
        source = "scenario";
      } catch (NetworkException e) {
        err.println("map import: not a valid scenario: " + e.getMessage());
        return V2xCommand.EXIT_BAD_INPUT;
      }
    }
    String originName = origin != null ? origin : String.valueOf(file.getFileName());
    URI uri =
        base.resolve(
            "/api/v1/import?source="
                + source
                + "&origin="
                + URLEncoder.encode(originName, StandardCharsets.UTF_8));
    HttpClient client =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
    HttpResponse<String> response;
    try {
      response =
          client.send(
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofSeconds(timeoutSeconds))
                  .header("Content-Type", "application/geo+json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (ConnectException e) {
      err.println(
          "map import: cannot reach the map service at "
              + base
              + " (is 'v2x map serve' or 'v2x up' running?)");
      return V2xCommand.EXIT_IO;
    } catch (IOException e) {
      err.println("map import: the map service at " + base + " failed: " + e);
      return V2xCommand.EXIT_IO;
    }
    return report(response, out, err);
  }

  private int report(HttpResponse<String> response, PrintWriter out, PrintWriter err) {
    JsonNode answer;
    try {
      answer = JSON.readTree(response.body());
    } catch (IOException e) {
      answer = null;
    }
    if (response.statusCode() == 200 && answer != null) {
      for (JsonNode stored : answer.path("stored")) {
        out.println(
            "stored   "
                + stored.path("id").asText()
                + " version "
                + stored.path("version").asInt());
      }
      for (JsonNode unchanged : answer.path("unchanged")) {
        out.println("unchanged " + unchanged.asText());
      }
      out.flush();
      return V2xCommand.EXIT_OK;
    }
    String error =
        answer != null && answer.hasNonNull("error")
            ? answer.get("error").asText()
            : response.body();
    err.println("map import: refused (HTTP " + response.statusCode() + "): " + error);
    if (answer != null) {
      for (JsonNode problem : answer.path("problems")) {
        err.println(
            "  " + problem.path("element").asText() + ": " + problem.path("reason").asText());
      }
    }
    err.flush();
    return response.statusCode() >= 500 ? V2xCommand.EXIT_IO : V2xCommand.EXIT_BAD_INPUT;
  }

  private URI serverUri() {
    try {
      URI uri = URI.create(server);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || uri.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL with a host");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--server must be an http URL such as "
              + MapCommand.DEFAULT_SERVER
              + ", is '"
              + server
              + "'");
    }
  }

  /** Scenario for .yaml/.yml or a JSON object with "intersections"; GeoJSON otherwise. */
  private Format detect(byte[] content) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Format.SCENARIO;
    }
    try {
      JsonNode root = JSON.readTree(content);
      if (root != null && root.isObject() && root.has("intersections")) {
        return Format.SCENARIO;
      }
    } catch (IOException e) {
      // Not JSON: the service says what is wrong with it.
    }
    return Format.GEOJSON;
  }
}
