package org.openv2x.platform;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.openv2x.kafka.PlatformTopics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code v2x up}: runs the platform on this machine, each component as a sub-command of this
 * launcher in its own JVM, supervised by a {@link Supervisor}.
 */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Starts the platform on this machine and supervises it until Ctrl-C or SIGTERM.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Starts each component as its own JVM (java <this JVM's flags> -cp <this jar>"
          + " org.openv2x.platform.V2xCommand <command>), in this order:",
      "  kafka    v2x kafka --data DIR/kafka --port 9092 --controller-port 9093",
      "           (not with --kafka, which names an existing cluster); up waits for its",
      "           ready line, then creates the platform topics (existing ones are kept)",
      "  gateway  v2x gateway --kafka BOOTSTRAP --data DIR/gateway [--config FILE]",
      "           (not with --no-gateway; FILE from --gateway-config)",
      "  map      v2x map serve --kafka BOOTSTRAP --data DIR/hd-map --port 8090 (not with",
      "           --no-map): the HD map service; it fills from the MAPs on v2x.map",
      "  sim      v2x sim --gateway tcp://127.0.0.1:<the gateway's TCP port> --grid 2x2",
      "           --vehicles 300 --truth DIR/sim/truth (not with --no-sim or --no-gateway):",
      "           a small simulated city whose RSUs send BSM, MAP, SPAT, RSI and RSM in",
      "           real time until up stops; --sim-grid and --sim-vehicles change its size",
      "",
      "Every line a component prints is echoed with its name in front ([kafka] ...): its stdout"
          + " on stdout, its stderr on stderr. When all are up, up prints the endpoints and"
          + " waits. A component that exits unexpectedly is restarted after a pause that grows"
          + " from 1 s to 30 s (back to 1 s after a run of 60 s); one that exits with 2 (usage"
          + " error) is not. Ctrl-C or SIGTERM stops the components in reverse order (SIGTERM,"
          + " then SIGKILL after 15 s) and up exits with 0. A component whose up was killed"
          + " outright exits by itself within a second.",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0  stopped by Ctrl-C or SIGTERM, every component stopped",
      "  1  the platform did not come up: the broker not ready in time, Kafka",
      "     unreachable, the topics not created",
      "  2  usage error",
      "",
      "Examples:",
      "  v2x up",
      "  v2x up --no-gateway --data /var/lib/v2x",
      "  v2x up --kafka kafka-1:9092,kafka-2:9092",
    })
final class UpCommand implements Callable<Integer> {
  /** The line by which {@code up} says that every component is up; the endpoints follow. */
  static final String UP_LINE = "[up] the platform is up";

  /** The last line {@code up} prints once up, after the endpoints. */
  static final String STOP_HINT_LINE = "[up] Ctrl-C or SIGTERM stops everything.";

  /** How long the embedded broker may take to print its ready line. */
  static final Duration KAFKA_READY_TIMEOUT = Duration.ofSeconds(120);

  /** How long an external cluster may take to answer, and the topic creation. */
  static final Duration KAFKA_ADMIN_TIMEOUT = Duration.ofSeconds(60);

  /** How long up waits for a service's ready line before it goes on without it. */
  static final Duration SERVICE_READY_TIMEOUT = Duration.ofSeconds(60);

  /**
   * A service that {@code up} starts after Kafka and the topics, in this order.
   *
   * @param arguments the {@code v2x} sub-command and its arguments
   * @param readyMarker the start of the stdout line by which it says it is ready
   * @param endpoints what it serves, printed once all are up
   */
  record Service(String name, List<String> arguments, String readyMarker, List<String> endpoints) {}

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      order = 1,
      paramLabel = "DIR",
      defaultValue = "data",
      description =
          "Data directory; each component keeps its data in DIR/<name> (default: ./data).")
  Path data;

  @Option(
      names = "--kafka",
      order = 2,
      paramLabel = "HOST:PORT[,...]",
      description =
          "Use this existing Kafka cluster (bootstrap servers) instead of starting the embedded"
              + " broker.")
  String externalKafka;

  @Option(names = "--no-gateway", order = 3, description = "Do not start the ingest gateway.")
  boolean noGateway;

  @Option(names = "--no-map", order = 7, description = "Do not start the HD map service.")
  boolean noMap;

  @Option(
      names = "--map-port",
      order = 8,
      paramLabel = "PORT",
      defaultValue = "8090",
      description = "HTTP port of the HD map service (default: ${DEFAULT-VALUE}).")
  int mapPort;

  @Option(
      names = "--no-sim",
      order = 9,
      description = "Do not start the simulator (the traffic of a simulated city).")
  boolean noSim;

  @Option(
      names = "--sim-grid",
      order = 10,
      paramLabel = "COLUMNSxROWS",
      defaultValue = "2x2",
      description = "The simulator's grid of signalised intersections (default: ${DEFAULT-VALUE}).")
  String simGrid;

  @Option(
      names = "--sim-vehicles",
      order = 11,
      paramLabel = "N",
      defaultValue = "300",
      description =
          "How many vehicles the simulator keeps on its roads (default: ${DEFAULT-VALUE}).")
  int simVehicles;

  @Option(
      names = "--gateway-config",
      order = 6,
      paramLabel = "FILE",
      description =
          "Configuration file of the gateway (ingest-gateway/README.md: ports, limits, RSU"
              + " registry).")
  Path gatewayConfig;

  @Option(
      names = "--kafka-port",
      order = 4,
      paramLabel = "PORT",
      defaultValue = "9092",
      description = "Client port of the embedded broker (default: ${DEFAULT-VALUE}).")
  int kafkaPort;

  @Option(
      names = "--kafka-controller-port",
      order = 5,
      paramLabel = "PORT",
      defaultValue = "9093",
      description = "KRaft controller port of the embedded broker (default: ${DEFAULT-VALUE}).")
  int kafkaControllerPort;

  /**
   * The services after Kafka, in start order (stopped in reverse): the table to extend with each
   * new component.
   */
  List<Service> services(String bootstrapServers) {
    List<Service> services = new ArrayList<>();
    if (!noGateway) {
      List<String> arguments =
          new ArrayList<>(
              List.of(
                  "gateway",
                  "--kafka",
                  bootstrapServers,
                  "--data",
                  data.resolve("gateway").toString()));
      List<String> endpoints =
          List.of(
              "gateway TCP    127.0.0.1:7400 (framed)",
              "gateway UDP    127.0.0.1:7401",
              "gateway HTTP   http://127.0.0.1:7480/metrics  http://127.0.0.1:7480/health");
      if (gatewayConfig != null) {
        arguments.add("--config");
        arguments.add(gatewayConfig.toString());
        endpoints =
            List.of("gateway        ports as set in " + gatewayConfig + " (its ready line above)");
      }
      services.add(new Service("gateway", List.copyOf(arguments), "gateway: ready", endpoints));
    }
    if (!noMap) {
      services.add(
          new Service(
              "map",
              List.of(
                  "map",
                  "serve",
                  "--kafka",
                  bootstrapServers,
                  "--data",
                  data.resolve("hd-map").toString(),
                  "--port",
                  String.valueOf(mapPort)),
              MAP_READY_MARKER,
              List.of(
                  "map service    http://127.0.0.1:"
                      + mapPort
                      + "/api/v1/intersections  (API: http://127.0.0.1:"
                      + mapPort
                      + "/api/v1/openapi.yaml)")));
    }
    if (!noGateway) {
      if (!noSim) {
        services.add(
            new Service(
                "sim",
                List.of(
                    "sim",
                    "--gateway",
                    "tcp://127.0.0.1:" + GATEWAY_TCP_PORT,
                    "--grid",
                    simGrid,
                    "--vehicles",
                    String.valueOf(simVehicles),
                    "--truth",
                    data.resolve("sim").resolve("truth").toString()),
                SIM_READY_MARKER,
                List.of(
                    "simulator      "
                        + simGrid
                        + " grid, "
                        + simVehicles
                        + " vehicles, ground truth in "
                        + data.resolve("sim").resolve("truth"))));
      }
    }
    return services;
  }

  /** In a service's arguments: the TCP port from the gateway's ready line. */
  static final String GATEWAY_TCP_PORT = "${gateway.tcp}";

  /** The start of the map service's ready line. */
  static final String MAP_READY_MARKER = "hd-map: ready";

  /** The start of the simulator's ready line. */
  static final String SIM_READY_MARKER = "sim: running";

  private static final java.util.regex.Pattern TCP_PORT_IN_READY_LINE =
      java.util.regex.Pattern.compile("\\btcp=(\\d+)");

  /** Replaces the placeholders in {@code arguments}; empty when one is still unknown. */
  static java.util.Optional<List<String>> resolve(
      List<String> arguments, Map<String, String> placeholders) {
    List<String> resolved = new ArrayList<>();
    for (String argument : arguments) {
      String value = argument;
      for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
        value = value.replace(placeholder.getKey(), placeholder.getValue());
      }
      if (value.contains("${")) {
        return java.util.Optional.empty();
      }
      resolved.add(value);
    }
    return java.util.Optional.of(resolved);
  }

  /** The arguments of the embedded broker's {@code v2x kafka}. */
  List<String> kafkaArguments() {
    return List.of(
        "kafka",
        "--data",
        data.resolve("kafka").toString(),
        "--port",
        String.valueOf(kafkaPort),
        "--controller-port",
        String.valueOf(kafkaControllerPort));
  }

  @Override
  public Integer call() throws InterruptedException {
    validate();
    V2xCommand root = (V2xCommand) spec.root().userObject();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(root.stdout(), StandardCharsets.UTF_8), true);
    PrintWriter err = spec.commandLine().getErr();
    Set<String> commands = spec.root().subcommands().keySet();

    Supervisor supervisor =
        new Supervisor(
            out,
            err,
            Supervisor.Timing.DEFAULT,
            Map.of(
                SupervisorWatch.ENVIRONMENT_VARIABLE,
                String.valueOf(ProcessHandle.current().pid())));
    CountDownLatch stopped = new CountDownLatch(1);
    // Ctrl-C and SIGTERM start the JVM's shutdown: stop the children in order, then end the
    // process with 0, since stopping this way is the normal end of 'up'.
    Thread onSignal =
        new Thread(
            () -> {
              out.println("[up] stopping (signal)");
              supervisor.stopAll();
              out.println("[up] stopped");
              out.flush();
              err.flush();
              stopped.countDown();
              Runtime.getRuntime().halt(V2xCommand.EXIT_OK);
            },
            "v2x-up-stop");
    Runtime.getRuntime().addShutdownHook(onSignal);
    try {
      String bootstrap;
      if (externalKafka == null) {
        bootstrap = "127.0.0.1:" + kafkaPort;
        out.println("[up] starting the embedded Kafka broker (data " + data.resolve("kafka") + ")");
        Supervisor.Child kafka =
            supervisor.start(
                new Supervisor.Component(
                    "kafka",
                    ChildJvm.command(V2xCommand.class.getName(), kafkaArguments()),
                    KafkaCommand.READY_LINE));
        if (!kafka.awaitReady(KAFKA_READY_TIMEOUT)) {
          err.println(
              "[up] the Kafka broker did not get ready"
                  + (kafka.gaveUp()
                      ? ""
                      : " within " + Supervisor.seconds(KAFKA_READY_TIMEOUT.toMillis()))
                  + "; stopping");
          return fail(supervisor, onSignal);
        }
      } else {
        bootstrap = externalKafka;
        out.println("[up] using the Kafka cluster at " + bootstrap);
      }
      try {
        Set<String> created = PlatformTopics.createAll(bootstrap, KAFKA_ADMIN_TIMEOUT);
        out.println(
            "[up] platform topics ready at "
                + bootstrap
                + (created.isEmpty()
                    ? " (all existed)"
                    : " (created " + String.join(", ", created) + ")"));
      } catch (RuntimeException e) {
        err.println(
            "[up] cannot create the platform topics at " + bootstrap + ": " + e.getMessage());
        return fail(supervisor, onSignal);
      }

      List<String> endpoints = new ArrayList<>();
      Map<String, String> placeholders = new java.util.HashMap<>();
      endpoints.add("Kafka          " + bootstrap + " (bootstrap servers)");
      for (Service service : services(bootstrap)) {
        String command = service.arguments().get(0);
        if (!commands.contains(command)) {
          out.println(
              "[up] "
                  + service.name()
                  + ": this build has no '"
                  + command
                  + "' command yet; not started");
          continue;
        }
        java.util.Optional<List<String>> arguments = resolve(service.arguments(), placeholders);
        if (arguments.isEmpty()) {
          out.println(
              "[up] "
                  + service.name()
                  + ": not started, it needs a component that is not ready ("
                  + String.join(" ", service.arguments())
                  + ")");
          continue;
        }
        Supervisor.Child child =
            supervisor.start(
                new Supervisor.Component(
                    service.name(),
                    ChildJvm.command(V2xCommand.class.getName(), arguments.get()),
                    service.readyMarker()));
        if (child.awaitReady(SERVICE_READY_TIMEOUT)) {
          endpoints.addAll(service.endpoints());
          if (service.name().equals("gateway")) {
            child
                .readyLine()
                .map(TCP_PORT_IN_READY_LINE::matcher)
                .filter(java.util.regex.Matcher::find)
                .ifPresent(matcher -> placeholders.put(GATEWAY_TCP_PORT, matcher.group(1)));
          }
        } else {
          err.println(
              "[up] "
                  + service.name()
                  + (child.gaveUp()
                      ? " exited and is not restarted"
                      : " has not printed '"
                          + service.readyMarker()
                          + "' within "
                          + Supervisor.seconds(SERVICE_READY_TIMEOUT.toMillis()))
                  + "; going on without waiting for it");
        }
      }

      out.println(UP_LINE + ":");
      for (String endpoint : endpoints) {
        out.println("[up]   " + endpoint);
      }
      out.println(STOP_HINT_LINE);
      out.flush();
      stopped.await();
      return V2xCommand.EXIT_OK;
    } catch (IOException e) {
      err.println("[up] cannot start a component: " + e.getMessage());
      return fail(supervisor, onSignal);
    }
  }

  private void validate() {
    if (externalKafka != null) {
      if (externalKafka.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--kafka needs HOST:PORT[,...]");
      }
      if (spec.commandLine().getParseResult().hasMatchedOption("--kafka-port")
          || spec.commandLine().getParseResult().hasMatchedOption("--kafka-controller-port")) {
        throw new ParameterException(
            spec.commandLine(),
            "--kafka-port and --kafka-controller-port are for the embedded broker, not with --kafka");
      }
    }
    KafkaCommand.checkPorts(
        spec, kafkaPort, "--kafka-port", kafkaControllerPort, "--kafka-controller-port");
    try {
      org.openv2x.sim.network.GridSpec.parse(simGrid);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--sim-grid: " + e.getMessage());
    }
    if (mapPort < 1 || mapPort > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--map-port must be 1..65535, is " + mapPort);
    }
    if (simVehicles < 0 || simVehicles > 1_000_000) {
      throw new ParameterException(
          spec.commandLine(), "--sim-vehicles must be 0..1000000, is " + simVehicles);
    }
  }

  private static int fail(Supervisor supervisor, Thread onSignal) {
    try {
      Runtime.getRuntime().removeShutdownHook(onSignal);
    } catch (IllegalStateException e) {
      // Shutting down already: the hook stops everything.
    }
    supervisor.stopAll();
    return V2xCommand.EXIT_NOT_STARTED;
  }
}
