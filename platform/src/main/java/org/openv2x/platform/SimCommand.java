package org.openv2x.platform;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openv2x.sim.Durations;
import org.openv2x.sim.SimulationRunner;
import org.openv2x.sim.Simulator;
import org.openv2x.sim.event.EventPlan;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.network.NetworkException;
import org.openv2x.sim.network.RoadNetwork;
import org.openv2x.sim.network.ScenarioFile;
import org.openv2x.sim.sensor.PedestrianConfig;
import org.openv2x.sim.traffic.TrafficConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code v2x sim}: the road-network simulator and its RSUs, sending to a gateway. */
@Command(
    name = "sim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header =
        "Simulates a city's traffic and its RSUs, which send standard V2X messages to a gateway.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Builds a road network (a grid of signalised intersections, or a scenario file), fills it"
          + " with vehicles that follow each other (IDM), stop for red and turn by their routes,"
          + " people on the crosswalks and injected events (hard braking, a stalled vehicle, a"
          + " wrong-way driver, a red-light runner, a pedestrian conflict, road works, an accident"
          + " zone). Each signalised intersection has an RSU that sends CSAE 53-2020 UPER"
          + " MessageFrames: BSMs of the connected vehicles in range (10 Hz), MAP (1 Hz), SPAT"
          + " (10 Hz), RSI for events, RSM for what its sensors see, over the gateway's TCP"
          + " session protocol (acknowledged, resent after a reconnect) or UDP.",
      "The same seed and --start give the same world and the same frames.",
      "Once running it prints 'sim: running ...', then a progress line every --progress. Ctrl-C or"
          + " SIGTERM stops it: it waits up to 10 s for the gateway's acknowledgements and closes"
          + " the truth files.",
      "'v2x sim blast' replays pre-encoded frames at millions per second for load tests.",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0  ran for --duration or until stopped, everything sent acknowledged",
      "  1  the gateway could not be reached, or frames stayed unacknowledged at the end",
      "  2  usage error (bad option, unreadable or invalid scenario file)",
      "",
      "Examples:",
      "  v2x sim --gateway tcp://localhost:7400 --grid 3x3 --vehicles 500 --duration 10m --seed 1",
      "  v2x sim --grid 10x10 --vehicles 20000 --speed max --duration 5m --truth out/",
      "  v2x sim --scenario edge-rsu-sim/examples/one-intersection.yaml --gateway udp://127.0.0.1:7401",
      "  v2x sim --grid 4x2 --write-scenario city.yaml",
    },
    subcommands = {SimBlastCommand.class})
final class SimCommand implements Callable<Integer> {
  /** How long a stop by signal waits for the gateway's acknowledgements. */
  static final Duration SIGNAL_DRAIN_TIMEOUT = Duration.ofSeconds(10);

  @Spec CommandSpec spec;

  @Option(
      names = "--gateway",
      order = 1,
      paramLabel = "URI",
      defaultValue = "none",
      description =
          "Where the RSUs send: tcp://HOST:PORT (the session protocol), udp://HOST:PORT, or none"
              + " (default: ${DEFAULT-VALUE}: frames are produced and counted only).")
  String gateway;

  @Option(
      names = "--grid",
      order = 2,
      paramLabel = "COLUMNSxROWS",
      defaultValue = "3x3",
      description = "A grid of signalised intersections (default: ${DEFAULT-VALUE}).")
  String grid;

  @Option(
      names = "--scenario",
      order = 3,
      paramLabel = "FILE",
      description = "A scenario file (YAML or JSON, see edge-rsu-sim/README.md) instead of a grid.")
  Path scenario;

  @Option(
      names = "--lanes",
      order = 4,
      paramLabel = "N",
      defaultValue = "2",
      description = "Through lanes per approach in the grid, 1..4 (default: ${DEFAULT-VALUE}).")
  int lanes;

  @Option(
      names = "--left-turn-lanes",
      negatable = true,
      order = 5,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "A left-turn lane per approach with its own signal stage (default: on;"
              + " --no-left-turn-lanes: left turns share the through lanes and stages).")
  boolean leftTurnLanes;

  @Option(
      names = "--link-length",
      order = 6,
      paramLabel = "METRES",
      defaultValue = "400",
      description = "Distance between neighbouring intersections (default: ${DEFAULT-VALUE}).")
  double linkLengthM;

  @Option(
      names = "--speed-limit",
      order = 7,
      paramLabel = "KM/H",
      defaultValue = "50",
      description = "Speed limit of the grid's roads (default: ${DEFAULT-VALUE}).")
  double speedLimitKph;

  @Option(
      names = "--actuated",
      order = 8,
      description = "Actuated signals (green between a minimum and a maximum by demand).")
  boolean actuated;

  @Option(
      names = "--region",
      order = 9,
      paramLabel = "N",
      defaultValue = "1",
      description = "RoadRegulatorID of the grid's intersections (default: ${DEFAULT-VALUE}).")
  int region;

  @Option(
      names = "--origin",
      order = 10,
      paramLabel = "LAT,LON",
      defaultValue = "31.2304,121.4737",
      description = "WGS-84 centre of the grid (default: ${DEFAULT-VALUE}).")
  String origin;

  @Option(
      names = "--vehicles",
      order = 11,
      paramLabel = "N",
      defaultValue = "500",
      description =
          "Vehicles on the roads: placed at the start, kept by new ones entering at the edges"
              + " (default: ${DEFAULT-VALUE}).")
  int vehicles;

  @Option(
      names = "--connected-share",
      order = 12,
      paramLabel = "0..1",
      defaultValue = "0.7",
      description =
          "Share of vehicles with an on-board unit (BSMs); sensors see the others"
              + " (default: ${DEFAULT-VALUE}).")
  double connectedShare;

  @Option(
      names = "--duration",
      order = 13,
      paramLabel = "TIME",
      description = "Simulated time to run, e.g. 90s, 10m, 2h (default: until Ctrl-C or SIGTERM).")
  String duration;

  @Option(
      names = "--speed",
      order = 14,
      paramLabel = "FACTOR",
      defaultValue = "1x",
      description = "1x real time, 10x ten times faster, max as fast as it goes (default: 1x).")
  String speed;

  @Option(
      names = "--seed",
      order = 15,
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed of everything random (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--start",
      order = 16,
      paramLabel = "INSTANT",
      description =
          "The simulated clock's start, ISO-8601 UTC such as 2026-01-05T08:00:00Z (default: now)."
              + " Messages carry the simulated time.")
  String start;

  @Option(
      names = "--truth",
      order = 17,
      paramLabel = "DIR",
      description = "Write the ground truth (events, per lane-minute, per signal cycle) to DIR.")
  Path truth;

  @Option(
      names = "--events",
      order = 18,
      paramLabel = "PLAN",
      defaultValue = "random every 60s",
      description =
          "Injected events: 'none', or items separated by ';' such as 'at 120s hard_braking;"
              + " at 5m road_works for 10m; random every 90s types stalled_vehicle,road_works'"
              + " (default: ${DEFAULT-VALUE}).")
  String events;

  @Option(
      names = "--pedestrian-interval",
      order = 19,
      paramLabel = "TIME",
      defaultValue = "30s",
      description =
          "Mean time between people arriving at each crosswalk; 0 for none (default:"
              + " ${DEFAULT-VALUE}).")
  String pedestrianInterval;

  @Option(
      names = "--rsu-range",
      order = 20,
      paramLabel = "METRES",
      defaultValue = "300",
      description = "Radio range of the RSUs (default: ${DEFAULT-VALUE}).")
  double rsuRangeM;

  @Option(
      names = "--link-rsus",
      order = 20,
      description =
          "Also an RSU midway along every road between two signalised intersections (default:"
              + " one per signalised intersection only).")
  boolean linkRsus;

  @Option(
      names = "--sensor-range",
      order = 21,
      paramLabel = "METRES",
      defaultValue = "100",
      description =
          "Range of the roadside sensors around each intersection (default: ${DEFAULT-VALUE}).")
  double sensorRangeM;

  @Option(
      names = "--progress",
      order = 22,
      paramLabel = "TIME",
      defaultValue = "10s",
      description = "Wall-clock time between progress lines (default: ${DEFAULT-VALUE}).")
  String progress;

  @Option(
      names = "--write-scenario",
      order = 23,
      paramLabel = "FILE",
      description = "Write the network as a scenario file (.yaml or .json) and exit.")
  Path writeScenario;

  @Override
  public Integer call() throws InterruptedException {
    V2xCommand root = (V2xCommand) spec.root().userObject();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(root.stdout(), StandardCharsets.UTF_8), true);
    PrintWriter err = spec.commandLine().getErr();
    Simulator.Config config = config();
    if (writeScenario != null) {
      RoadNetwork network;
      try {
        network = Simulator.network(config);
        ScenarioFile.write(network, writeScenario);
      } catch (NetworkException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      } catch (IOException e) {
        err.println("sim: cannot write " + writeScenario + ": " + e.getMessage());
        return V2xCommand.EXIT_IO;
      }
      out.println(
          "sim: wrote "
              + writeScenario
              + " ("
              + network.intersections().size()
              + " nodes, "
              + network.links().size()
              + " links, "
              + network.lanes().size()
              + " lanes, "
              + network.connections().size()
              + " connections)");
      return V2xCommand.EXIT_OK;
    }
    SimulationRunner.Options options =
        new SimulationRunner.Options(
            duration == null ? null : parse(duration, "--duration"),
            parseSpeed(),
            parse(progress, "--progress"));
    Simulator simulator;
    try {
      simulator = Simulator.start(config);
    } catch (NetworkException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    } catch (IOException e) {
      err.println(
          "sim: cannot start: "
              + (config.gateway() == null ? "" : "gateway " + config.gateway() + ": ")
              + e.getMessage());
      return V2xCommand.EXIT_NOT_STARTED;
    }
    AtomicBoolean stopRequested = new AtomicBoolean();
    CountDownLatch finished = new CountDownLatch(1);
    Thread onSignal =
        new Thread(
            () -> {
              stopRequested.set(true);
              try {
                finished.await(SIGNAL_DRAIN_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "v2x-sim-stop");
    Runtime.getRuntime().addShutdownHook(onSignal);
    try {
      out.println(
          "sim: running "
              + simulator.simulation().network().signalisedIntersections().size()
              + " signalised intersections ("
              + simulator.fleet().rsus().size()
              + " RSUs), "
              + simulator.simulation().network().lanes().size()
              + " lanes, "
              + simulator.simulation().traffic().vehicleCount()
              + " vehicles, seed "
              + config.seed()
              + ", simulated clock from "
              + Instant.ofEpochMilli(config.startEpochMs())
              + ", sending to "
              + (config.gateway() == null ? "nowhere" : config.gateway()));
      SimulationRunner.Summary summary =
          simulator.run(options, stopRequested::get, line -> out.println(line));
      out.println("sim: " + summary);
      out.println(simulator.status());
      boolean drained =
          stopRequested.get()
              ? drain(simulator, SIGNAL_DRAIN_TIMEOUT)
              : drain(simulator, Simulator.DRAIN_TIMEOUT);
      out.println(
          "sim: stopped; "
              + (simulator.events().finishedEvents().size()
                  + simulator.events().runningRecords().size())
              + " events injected"
              + (config.truthDirectory() == null
                  ? ""
                  : ", ground truth in " + config.truthDirectory())
              + (drained ? "" : "; some frames were not acknowledged by the gateway"));
      return drained ? V2xCommand.EXIT_OK : V2xCommand.EXIT_NOT_STARTED;
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException e) {
        // Shutting down already: the hook is running.
      }
      out.flush();
      err.flush();
    }
  }

  private static boolean drain(Simulator simulator, Duration timeout) throws InterruptedException {
    boolean drained = true;
    try {
      if (simulator.fleet().sink() instanceof org.openv2x.sim.rsu.TcpFrameSink tcp) {
        drained = tcp.awaitAllAcked(timeout);
      }
    } finally {
      try {
        simulator.close();
      } catch (IOException e) {
        drained = false;
      }
    }
    return drained;
  }

  private Simulator.Config config() {
    URI gatewayUri;
    try {
      gatewayUri = Simulator.parseGateway(gateway);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--gateway: " + e.getMessage());
    }
    GridSpec gridSpec;
    try {
      gridSpec =
          GridSpec.parse(grid)
              .withThroughLanes(lanes)
              .withLeftTurnLane(leftTurnLanes)
              .withLinkLengthM(linkLengthM)
              .withSpeedLimitKph(speedLimitKph)
              .withRegion(region)
              .withActuated(actuated);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "grid: " + e.getMessage());
    }
    double[] originDeg = parseOrigin();
    TrafficConfig traffic;
    try {
      traffic = TrafficConfig.of(vehicles).withConnectedShare(connectedShare);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "--vehicles/--connected-share: " + e.getMessage());
    }
    long startEpochMs;
    if (start == null) {
      startEpochMs = System.currentTimeMillis() / 100 * 100;
    } else {
      try {
        startEpochMs = Instant.parse(start).toEpochMilli();
      } catch (DateTimeParseException e) {
        throw new ParameterException(
            spec.commandLine(),
            "--start: '" + start + "' is not an ISO-8601 instant such as 2026-01-05T08:00:00Z");
      }
    }
    EventPlan plan;
    try {
      plan = events.trim().equalsIgnoreCase("none") ? EventPlan.NONE : EventPlan.parse(events);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--events: " + e.getMessage());
    }
    Duration pedestrianGap = parse(pedestrianInterval, "--pedestrian-interval");
    PedestrianConfig pedestrians =
        pedestrianGap.isZero()
            ? PedestrianConfig.noArrivals()
            : PedestrianConfig.DEFAULT.withMeanArrivalIntervalS(pedestrianGap.toMillis() / 1000.0);
    if (!(rsuRangeM > 0 && rsuRangeM <= 5000)) {
      throw new ParameterException(
          spec.commandLine(), "--rsu-range must be above 0 and at most 5000 m");
    }
    if (!(sensorRangeM > 0 && sensorRangeM <= 1000)) {
      throw new ParameterException(
          spec.commandLine(), "--sensor-range must be above 0 and at most 1000 m");
    }
    if (scenario != null && spec.commandLine().getParseResult().hasMatchedOption("--grid")) {
      throw new ParameterException(spec.commandLine(), "--grid and --scenario exclude each other");
    }
    return new Simulator.Config(
        gridSpec,
        scenario,
        originDeg[0],
        originDeg[1],
        traffic,
        seed,
        startEpochMs,
        gatewayUri,
        truth,
        plan,
        pedestrians,
        rsuRangeM,
        sensorRangeM,
        linkRsus);
  }

  private double[] parseOrigin() {
    String[] parts = origin.split(",");
    try {
      if (parts.length == 2) {
        double latitude = Double.parseDouble(parts[0].trim());
        double longitude = Double.parseDouble(parts[1].trim());
        if (latitude >= -85 && latitude <= 85 && longitude >= -180 && longitude <= 180) {
          return new double[] {latitude, longitude};
        }
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new ParameterException(
        spec.commandLine(),
        "--origin must be LAT,LON in degrees (latitude -85..85, longitude -180..180), is '"
            + origin
            + "'");
  }

  private double parseSpeed() {
    try {
      return Durations.parseSpeed(speed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--speed: " + e.getMessage());
    }
  }

  private Duration parse(String text, String option) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
    }
  }
}
