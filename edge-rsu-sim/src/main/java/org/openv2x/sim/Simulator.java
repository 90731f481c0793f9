package org.openv2x.sim;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.openv2x.sim.event.EventInjector;
import org.openv2x.sim.event.EventPlan;
import org.openv2x.sim.geo.GeoFrame;
import org.openv2x.sim.network.GridNetwork;
import org.openv2x.sim.network.GridSpec;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Link;
import org.openv2x.sim.network.RoadNetwork;
import org.openv2x.sim.network.ScenarioFile;
import org.openv2x.sim.rsu.CountingFrameSink;
import org.openv2x.sim.rsu.FrameSink;
import org.openv2x.sim.rsu.FrameStatistics;
import org.openv2x.sim.rsu.LinkRsuSite;
import org.openv2x.sim.rsu.RsuFleet;
import org.openv2x.sim.rsu.RsuFleetConfig;
import org.openv2x.sim.rsu.TcpFrameSink;
import org.openv2x.sim.rsu.UdpFrameSink;
import org.openv2x.sim.sensor.PedestrianConfig;
import org.openv2x.sim.sensor.Pedestrians;
import org.openv2x.sim.sensor.RoadsideSensors;
import org.openv2x.sim.traffic.TrafficConfig;
import org.openv2x.sim.truth.TruthWriter;

/**
 * The whole simulator put together: the network (a grid or a scenario file), the traffic, people on
 * the crosswalks, injected events, roadside sensors, the RSUs and their transport to the gateway,
 * and the ground truth. {@code ./v2x sim} runs one.
 */
public final class Simulator implements AutoCloseable {
  /** How long {@link #close()} waits for the gateway to acknowledge what was sent. */
  public static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Everything a run is made of.
   *
   * @param grid the grid to build, when {@code scenario} is null
   * @param scenario a scenario file (YAML or JSON), or null for the grid
   * @param originLatitudeDeg where the grid's centre lies (scenario files carry their own origin)
   * @param originLongitudeDeg where the grid's centre lies
   * @param gateway {@code tcp://host:port} or {@code udp://host:port}; null: frames are produced
   *     and counted but sent nowhere
   * @param truthDirectory where the ground-truth files go, or null for none
   * @param rsuRangeM radio range of the RSUs
   * @param sensorRangeM range of the roadside sensors around each intersection
   * @param rsusAlongLinks also an RSU midway along every road between two signalised intersections
   */
  public record Config(
      GridSpec grid,
      Path scenario,
      double originLatitudeDeg,
      double originLongitudeDeg,
      TrafficConfig traffic,
      long seed,
      long startEpochMs,
      URI gateway,
      Path truthDirectory,
      EventPlan events,
      PedestrianConfig pedestrians,
      double rsuRangeM,
      double sensorRangeM,
      boolean rsusAlongLinks) {}

  private final Config config;
  private final Simulation simulation;
  private final Pedestrians pedestrians;
  private final EventInjector events;
  private final TruthWriter truth;
  private final RsuFleet fleet;

  private Simulator(
      Config config,
      Simulation simulation,
      Pedestrians pedestrians,
      EventInjector events,
      TruthWriter truth,
      RsuFleet fleet) {
    this.config = config;
    this.simulation = simulation;
    this.pedestrians = pedestrians;
    this.events = events;
    this.truth = truth;
    this.fleet = fleet;
  }

  /** The road network a config describes. */
  public static RoadNetwork network(Config config) {
    if (config.scenario() != null) {
      return ScenarioFile.read(config.scenario());
    }
    return GridNetwork.build(
        config.grid(), new GeoFrame(config.originLatitudeDeg(), config.originLongitudeDeg(), 4));
  }

  /**
   * Builds the world and connects the RSUs to the gateway.
   *
   * @throws IOException if the gateway cannot be reached or the truth files not opened
   */
  public static Simulator start(Config config) throws IOException {
    return start(config, sinkFactory(config.gateway()));
  }

  /**
   * Like {@link #start(Config)}, but the RSUs' frames go to the sink {@code sinks} opens instead of
   * the config's gateway (a collector for a corpus, a tee for tests).
   */
  public static Simulator start(Config config, FrameSink.Factory sinks) throws IOException {
    RoadNetwork network = network(config);
    Simulation simulation =
        new Simulation(network, config.traffic(), config.seed(), config.startEpochMs());
    Pedestrians pedestrians = Pedestrians.attach(simulation, config.pedestrians());
    EventInjector events = EventInjector.attach(simulation, pedestrians, config.events());
    TruthWriter truth = null;
    RsuFleet fleet = null;
    try {
      if (config.truthDirectory() != null) {
        truth = TruthWriter.attach(config.truthDirectory(), simulation, events);
      }
      RoadsideSensors sensors =
          new RoadsideSensors(simulation, config.sensorRangeM(), List.of(pedestrians, events));
      fleet =
          new RsuFleet(
              simulation,
              RsuFleetConfig.defaults()
                  .withRangeM(config.rsuRangeM())
                  .withLinkSites(config.rsusAlongLinks() ? linkSites(network) : List.of()),
              events,
              sensors,
              sinks);
      simulation.addObserver(fleet);
      return new Simulator(config, simulation, pedestrians, events, truth, fleet);
    } catch (IOException | RuntimeException e) {
      if (truth != null) {
        try {
          truth.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }

  /** The middle of every road between two signalised intersections (one RSU per road). */
  static List<LinkRsuSite> linkSites(RoadNetwork network) {
    List<LinkRsuSite> sites = new java.util.ArrayList<>();
    for (Link link : network.links()) {
      Intersection from = link.from();
      Intersection to = link.to();
      if (from.signalised() && to.signalised() && from.index() < to.index()) {
        sites.add(
            new LinkRsuSite((from.eastM() + to.eastM()) / 2, (from.northM() + to.northM()) / 2));
      }
    }
    return sites;
  }

  /** Parses {@code tcp://host:port} or {@code udp://host:port}; {@code none} gives null. */
  public static URI parseGateway(String text) {
    if (text == null || text.equalsIgnoreCase("none")) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(text.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "gateway '" + text + "' is not tcp://HOST:PORT or udp://HOST:PORT", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("tcp") && !scheme.equals("udp")) {
      throw new IllegalArgumentException(
          "gateway '" + text + "' must start with tcp:// or udp:// (or be none)");
    }
    if (uri.getHost() == null || uri.getPort() < 1) {
      throw new IllegalArgumentException(
          "gateway '" + text + "' needs a host and a port, e.g. " + scheme + "://127.0.0.1:7400");
    }
    return uri;
  }

  /** The transport to {@code gateway} ({@code tcp://} or {@code udp://}), or a counter for null. */
  public static FrameSink.Factory sinkFactory(URI gateway) {
    if (gateway == null) {
      return rsus -> new CountingFrameSink();
    }
    if (gateway.getScheme().equalsIgnoreCase("udp")) {
      return rsus ->
          new UdpFrameSink(new InetSocketAddress(gateway.getHost(), gateway.getPort()), rsus);
    }
    return rsus -> TcpFrameSink.connect(gateway.getHost(), gateway.getPort(), rsus);
  }

  public Simulation simulation() {
    return simulation;
  }

  public RsuFleet fleet() {
    return fleet;
  }

  public EventInjector events() {
    return events;
  }

  public Pedestrians pedestrians() {
    return pedestrians;
  }

  public Config config() {
    return config;
  }

  /** One line on what the world and the RSUs are doing. */
  public String status() {
    FrameStatistics frames = FrameStatistics.combine(fleet.statistics(), fleet.sink().statistics());
    return String.format(
        "sim: t=%.0f s, %d vehicles (%d entered, %d left), %d people crossing, %d events active"
            + " (%d so far); %s",
        simulation.timeS(),
        simulation.traffic().vehicleCount(),
        simulation.traffic().vehiclesEntered(),
        simulation.traffic().vehiclesLeft(),
        pedestrians.crossers().size(),
        events.activeEvents().size(),
        events.finishedEvents().size() + events.activeEvents().size(),
        frames.toLine());
  }

  /** Runs the simulation (see {@link SimulationRunner}). */
  public SimulationRunner.Summary run(
      SimulationRunner.Options options, BooleanSupplier stop, Consumer<String> progress) {
    return SimulationRunner.run(simulation, options, stop, progress, this::status);
  }

  /**
   * Waits (up to {@link #DRAIN_TIMEOUT}) for the gateway to acknowledge what was sent, then closes
   * the transport and the truth files.
   *
   * @return false if unacknowledged frames remained
   */
  public boolean drainAndClose() throws InterruptedException, IOException {
    boolean drained = true;
    if (fleet.sink() instanceof TcpFrameSink tcp) {
      drained = tcp.awaitAllAcked(DRAIN_TIMEOUT);
    }
    close();
    return drained;
  }

  @Override
  public void close() throws IOException {
    try {
      fleet.sink().close();
    } finally {
      if (truth != null) {
        truth.close();
      }
    }
  }
}
