package org.openv2x.platform;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openv2x.gateway.Gateway;
import org.openv2x.gateway.config.ConfigException;
import org.openv2x.gateway.config.ConfigKey;
import org.openv2x.gateway.config.GatewayConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code v2x gateway}: the ingest gateway in the foreground, until Ctrl-C or SIGTERM. */
@Command(
    name = "gateway",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Runs the ingest gateway: RSU traffic over TCP and UDP into Kafka.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Takes standard CSAE 53-2020 MessageFrames from RSUs over TCP (the session protocol of"
          + " ingest-gateway/PROTOCOL.md, port 7400) and UDP (one frame per datagram, port 7401),"
          + " decodes and validates them, and publishes them to v2x.bsm, v2x.spat, v2x.map,"
          + " v2x.rsi and v2x.rsm; refused input goes to v2x.deadletter with the reason. A batch"
          + " is acknowledged once it is in the local journal (DIR/journal), which keeps it until"
          + " Kafka has it. Frames on v2x.downlink go to the RSU they are keyed by.",
      "Once it takes traffic it prints one line on stdout:",
      "  gateway: ready tcp=7400 udp=7401 http=7480",
      "Metrics: http://HOST:7480/metrics (Prometheus), health: http://HOST:7480/health."
          + " Ctrl-C or SIGTERM stops it cleanly; what Kafka does not have yet stays in the"
          + " journal and is sent after the next start.",
      "Configuration keys and their defaults: v2x gateway --keys (ingest-gateway/README.md).",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0    stopped",
      "  1    did not start (a port in use, an unusable journal directory)",
      "  2    usage error or bad configuration (the message names the key)",
      "",
      "Examples:",
      "  v2x gateway --kafka 127.0.0.1:9092 --data data/gateway",
      "  v2x gateway --kafka k1:9092,k2:9092 --config gateway.properties --set tcp.port=17400",
    })
final class GatewayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--kafka",
      order = 1,
      paramLabel = "HOST:PORT[,...]",
      description = "Kafka bootstrap servers (default: kafka.bootstrap-servers, 127.0.0.1:9092).")
  String kafka;

  @Option(
      names = "--config",
      order = 2,
      paramLabel = "FILE",
      description = "A properties file of configuration keys.")
  Path config;

  @Option(
      names = "--data",
      order = 3,
      paramLabel = "DIR",
      description = "Data directory: the journal goes to DIR/journal (default: data/gateway).")
  Path data;

  @Option(
      names = "--set",
      order = 4,
      paramLabel = "KEY=VALUE",
      description = "Set one configuration key (repeatable; wins over --config).")
  Map<String, String> overrides = new LinkedHashMap<>();

  @Option(
      names = "--keys",
      order = 5,
      description = "Print every configuration key with its default and meaning, then exit.")
  boolean listKeys;

  @Override
  public Integer call() throws InterruptedException {
    V2xCommand root = (V2xCommand) spec.root().userObject();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(root.stdout(), StandardCharsets.UTF_8), true);
    PrintWriter err = spec.commandLine().getErr();
    if (listKeys) {
      for (ConfigKey<?> key : GatewayConfig.KEYS) {
        out.println(key.name() + " = " + key.defaultText());
        out.println("    " + key.doc());
      }
      out.println("rsu.<id>.addresses = IP[:PORT],...");
      out.println("    Registers an RSU and the source addresses of its UDP datagrams.");
      out.println("kafka.producer.<property>, kafka.consumer.<property>");
      out.println("    Passed to the Kafka clients as they are.");
      return V2xCommand.EXIT_OK;
    }
    GatewayConfig gatewayConfig;
    try {
      gatewayConfig =
          Gateway.configure(
              config, kafka, data == null ? Path.of("data/gateway") : data, overrides);
    } catch (ConfigException e) {
      throw new ParameterException(spec.commandLine(), "bad configuration: " + e.getMessage());
    }
    Gateway gateway;
    try {
      gateway = Gateway.start(gatewayConfig);
    } catch (Exception e) {
      err.println("gateway: cannot start: " + e.getMessage());
      err.flush();
      return V2xCommand.EXIT_NOT_STARTED;
    }
    gateway.serveUntilShutdown(
        line -> {
          out.println(line);
          out.flush();
        });
    return V2xCommand.EXIT_OK;
  }
}
