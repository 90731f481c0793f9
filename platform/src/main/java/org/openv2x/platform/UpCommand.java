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
    return services;
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
        Supervisor.Child child =
            supervisor.start(
                new Supervisor.Component(
                    service.name(),
                    ChildJvm.command(V2xCommand.class.getName(), service.arguments()),
                    service.readyMarker()));
        if (child.awaitReady(SERVICE_READY_TIMEOUT)) {
          endpoints.addAll(service.endpoints());
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
