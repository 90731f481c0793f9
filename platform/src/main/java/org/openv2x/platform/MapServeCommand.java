package org.openv2x.platform;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openv2x.hdmap.server.ConfigException;
import org.openv2x.hdmap.server.HdMapConfig;
import org.openv2x.hdmap.server.HdMapServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code v2x map serve}: the HD map service in the foreground, until Ctrl-C or SIGTERM. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header =
        "Runs the HD map service: the lane-level map in RocksDB, its HTTP API and Kafka feeds.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Keeps every version of every intersection's map in RocksDB (DIR), takes the MAP messages"
          + " the gateway publishes on v2x.map (a changed MAP becomes a new version, an unchanged"
          + " one costs nothing, an invalid one is refused with its reasons and the version in"
          + " service stays), publishes each new version to the compacted topic v2x.hdmap, and"
          + " serves the HTTP API: intersections, lanes, versions, GeoJSON, map matching and"
          + " import (http://HOST:8090/api/v1/openapi.yaml describes it).",
      "Once it serves it prints one line on stdout:",
      "  hd-map: ready http=8090",
      "Configuration keys and their defaults: v2x map serve --keys (hd-map-service/README.md).",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  143  stopped by SIGTERM or Ctrl-C (after a clean stop: the store closed)",
      "  1    did not start (the port in use, the data directory unusable or locked)",
      "  2    usage error or bad configuration (the message names the key)",
      "",
      "Examples:",
      "  v2x map serve --kafka 127.0.0.1:9092 --data data/hd-map --port 8090",
      "  v2x map serve --no-kafka --data /var/lib/v2x/hd-map",
    })
final class MapServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--kafka",
      order = 1,
      paramLabel = "HOST:PORT[,...]",
      description = "Kafka bootstrap servers (default: kafka.bootstrap-servers, 127.0.0.1:9092).")
  String kafka;

  @Option(
      names = "--no-kafka",
      order = 2,
      description = "No MAP intake and no snapshots: the store and the HTTP API only.")
  boolean noKafka;

  @Option(
      names = "--data",
      order = 3,
      paramLabel = "DIR",
      description = "Directory of the map store (default: data.dir, data/hd-map).")
  Path data;

  @Option(
      names = "--port",
      order = 4,
      paramLabel = "PORT",
      description = "HTTP port (default: http.port, 8090; 0: any free port).")
  Integer port;

  @Option(
      names = "--config",
      order = 5,
      paramLabel = "FILE",
      description = "A properties file of configuration keys.")
  Path config;

  @Option(
      names = "--set",
      order = 6,
      paramLabel = "KEY=VALUE",
      description = "Set one configuration key (repeatable; wins over --config and the options).")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(
      names = "--keys",
      order = 7,
      description = "Print every configuration key with its default and meaning, then exit.")
  boolean listKeys;

  @Override
  public Integer call() throws InterruptedException {
    V2xCommand root = (V2xCommand) spec.root().userObject();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(root.stdout(), StandardCharsets.UTF_8), true);
    PrintWriter err = spec.commandLine().getErr();
    if (listKeys) {
      for (HdMapConfig.Key<?> key : HdMapConfig.KEYS) {
        out.println(key.name() + " = " + key.defaultText());
        out.println("    " + key.doc());
      }
      out.println(
          HdMapConfig.CONSUMER_PREFIX
              + "<property>, "
              + HdMapConfig.PRODUCER_PREFIX
              + "<property>");
      out.println("    Passed to the Kafka clients as they are.");
      return V2xCommand.EXIT_OK;
    }
    Map<String, String> settings = new LinkedHashMap<>();
    if (kafka != null) {
      if (kafka.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--kafka needs HOST:PORT[,...]");
      }
      settings.put(HdMapConfig.KAFKA_BOOTSTRAP_SERVERS.name(), kafka);
    }
    if (noKafka) {
      settings.put(HdMapConfig.KAFKA_ENABLED.name(), "false");
    }
    if (data != null) {
      settings.put(HdMapConfig.DATA_DIR.name(), data.toString());
    }
    if (port != null) {
      settings.put(HdMapConfig.HTTP_PORT.name(), String.valueOf(port));
    }
    settings.putAll(overrides);
    HdMapConfig mapConfig;
    try {
      mapConfig = HdMapConfig.load(config, settings);
    } catch (ConfigException e) {
      throw new ParameterException(spec.commandLine(), "bad configuration: " + e.getMessage());
    }
    HdMapServer server;
    try {
      server = HdMapServer.start(mapConfig);
    } catch (Exception e) {
      err.println("hd-map: cannot start: " + e.getMessage());
      err.flush();
      return V2xCommand.EXIT_NOT_STARTED;
    }
    server.serveUntilShutdown(
        line -> {
          out.println(line);
          out.flush();
        });
    return V2xCommand.EXIT_OK;
  }
}
