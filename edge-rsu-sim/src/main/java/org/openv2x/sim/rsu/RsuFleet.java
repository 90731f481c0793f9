package org.openv2x.sim.rsu;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.map.MapData;
import org.openv2x.codec.map.Node;
import org.openv2x.codec.rsm.RoadsideSafetyMessage;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.event.ActiveEvent;
import org.openv2x.sim.event.EventSource;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.RoadNetwork;
import org.openv2x.sim.sensor.Detection;
import org.openv2x.sim.sensor.SensorSource;
import org.openv2x.sim.signal.SignalController;
import org.openv2x.sim.traffic.Vehicle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSUs of a simulation and what they send after every step (0.1 s), to one {@link FrameSink}:
 *
 * <ul>
 *   <li>BSM, 10 Hz: every connected vehicle sends one per step (its MsgCount advances whether or
 *       not an RSU hears it); each RSU within range forwards it. A vehicle's BSM is built and
 *       encoded once per step, only if some RSU hears it, and forwarded as the same bytes by all
 *       that do. The RSUs that may hear a vehicle come from a {@link RangeGrid}, not a test against
 *       every RSU;
 *   <li>MAP, 1 Hz, by intersection RSUs: built once, re-encoded only when its content changes (its
 *       timeStamp, the minute of the year, once a minute), its MsgCount advancing then;
 *   <li>SPAT, 10 Hz, by intersection RSUs, from the intersection's controller;
 *   <li>RSI, 1 Hz while events are in range, and at once in the step an event comes into range;
 *   <li>RSM, 10 Hz, by intersection RSUs while their sensors see someone (several RSMs beyond 16
 *       participants).
 * </ul>
 *
 * <p>The 1 Hz messages of the RSUs are spread over the ten steps of a second (by RSU index). Every
 * MsgCount starts at a value drawn from {@code simulation.random("rsu")}, so a seed gives the same
 * frames every run. Per step an RSU sends MAP, SPAT, RSI, RSM, then the BSMs it hears in the order
 * the vehicles entered the network. A message that cannot be built is counted ({@link
 * FrameStatistics#buildErrors()}) and logged, and the step goes on. Runs on the simulation thread.
 */
public final class RsuFleet implements Simulation.StepObserver {
  private static final Logger LOG = LoggerFactory.getLogger(RsuFleet.class);

  private static final int STEPS_PER_SECOND = 10;
  private static final int MAP_TICK = 0;
  private static final int RSI_TICK = 5;
  private static final int MAX_LOGGED_ERRORS = 20;

  private final Simulation simulation;
  private final EventSource events;
  private final SensorSource sensors;
  private FrameSink sink; // set once, by the public constructors
  private final List<Rsu> rsus;
  private final Rsu[] rsuArray;
  private final RangeGrid grid;
  private final UperCodec codec = new UperCodec();
  private final BsmFactory bsmFactory;
  private final MapFactory mapFactory;
  private final SpatFactory spatFactory = new SpatFactory();
  private final RsiFactory rsiFactory;
  private final RsmFactory rsmFactory;
  private final FrameCounters counters = new FrameCounters();
  private final IntersectionRsu[] intersections;
  private final List<ActiveEvent> inRange = new ArrayList<>();

  /** Per RSU, the ids of the events in its range at the last step. */
  private final Set<Integer>[] announcedEvents;

  private long loggedErrors;

  /** What an intersection RSU keeps between steps. */
  private static final class IntersectionRsu {
    final Intersection intersection;
    final int[] signalGroups;
    final Node mapNode;
    byte[] mapBytes;
    int mapMinute = -1;

    IntersectionRsu(Intersection intersection, Node mapNode) {
      this.intersection = intersection;
      this.signalGroups = intersection.signalGroups();
      this.mapNode = mapNode;
    }
  }

  /**
   * RSUs at every signalised intersection of the simulation's network and at the config's link
   * sites. Register it with {@code simulation.addObserver(fleet)}.
   */
  public RsuFleet(
      Simulation simulation,
      RsuFleetConfig config,
      EventSource events,
      SensorSource sensors,
      FrameSink sink) {
    this(simulation, config, events, sensors);
    this.sink = sink;
  }

  /**
   * Like {@link #RsuFleet(Simulation, RsuFleetConfig, EventSource, SensorSource, FrameSink)} for a
   * sink that needs the RSUs to open (a transport): {@code sinks} opens it once they exist.
   *
   * @throws IOException if the sink cannot be opened
   */
  public RsuFleet(
      Simulation simulation,
      RsuFleetConfig config,
      EventSource events,
      SensorSource sensors,
      FrameSink.Factory sinks)
      throws IOException {
    this(simulation, config, events, sensors);
    this.sink = sinks.open(rsus);
  }

  @SuppressWarnings("unchecked")
  private RsuFleet(
      Simulation simulation, RsuFleetConfig config, EventSource events, SensorSource sensors) {
    this.simulation = simulation;
    this.events = events;
    this.sensors = sensors;
    RoadNetwork network = simulation.network();
    GeoOffsets geo = new GeoOffsets(network.geoFrame());
    this.bsmFactory = new BsmFactory(geo);
    this.mapFactory = new MapFactory(geo);
    this.rsiFactory = new RsiFactory(geo, simulation.startEpochMs());
    this.rsmFactory = new RsmFactory(geo);
    List<Rsu> list = new ArrayList<>();
    for (Intersection intersection : network.signalisedIntersections()) {
      list.add(
          new Rsu(
              list.size(),
              "rsu-" + intersection.region() + "-" + intersection.id(),
              ((long) intersection.region() << 32) | intersection.id(),
              intersection.region(),
              intersection,
              intersection.eastM(),
              intersection.northM(),
              config.rangeM(),
              geo.position(intersection.eastM(), intersection.northM())));
    }
    int region = network.intersections().isEmpty() ? 0 : network.intersections().get(0).region();
    int linkNumber = 0;
    for (LinkRsuSite site : config.linkSites()) {
      linkNumber++;
      list.add(
          new Rsu(
              list.size(),
              "rsu-" + region + "-link-" + linkNumber,
              ((long) region << 32) | (Rsu.LINK_RSU_ID_BASE + linkNumber),
              region,
              null,
              site.eastM(),
              site.northM(),
              config.rangeM(),
              geo.position(site.eastM(), site.northM())));
    }
    this.rsus = Collections.unmodifiableList(list);
    this.rsuArray = list.toArray(new Rsu[0]);
    this.grid = new RangeGrid(list);
    this.intersections = new IntersectionRsu[rsuArray.length];
    this.announcedEvents = new Set[rsuArray.length];
    SplittableRandom random = simulation.random("rsu");
    for (Rsu rsu : rsuArray) {
      for (MessageType type : MessageType.values()) {
        rsu.msgCnt(type, random.nextInt(128));
      }
      announcedEvents[rsu.index()] = new HashSet<>();
      Intersection intersection = rsu.intersectionOrNull();
      if (intersection != null) {
        intersections[rsu.index()] =
            new IntersectionRsu(intersection, mapFactory.node(intersection));
      }
    }
  }

  /** Where the frames go. */
  public FrameSink sink() {
    return sink;
  }

  /** The RSUs: one per signalised intersection (network order), then those along links. */
  public List<Rsu> rsus() {
    return rsus;
  }

  /** What the RSUs have produced so far. */
  public FrameStatistics statistics() {
    return counters.snapshot();
  }

  @Override
  public void afterStep(Simulation sim) {
    long epochMs = sim.epochMs();
    double nowS = sim.timeS();
    long step = sim.steps();
    List<ActiveEvent> active = events.activeEvents();
    for (Rsu rsu : rsuArray) {
      int tick = (int) ((step + rsu.index()) % STEPS_PER_SECOND);
      IntersectionRsu state = intersections[rsu.index()];
      if (state != null) {
        if (tick == MAP_TICK) {
          sendMap(rsu, state, epochMs);
        }
        sendSpat(rsu, state, sim.controller(state.intersection), epochMs);
      }
      sendRsi(rsu, active, tick == RSI_TICK, epochMs);
      if (state != null) {
        sendRsms(rsu, state, epochMs);
      }
    }
    sendBsms(epochMs, nowS);
    sink.endOfStep(epochMs);
  }

  private void sendMap(Rsu rsu, IntersectionRsu state, long epochMs) {
    int minute = TimeFields.minuteOfTheYear(epochMs);
    if (minute != state.mapMinute || state.mapBytes == null) {
      try {
        MapData map =
            new MapData(
                rsu.nextMsgCnt(MessageType.MAP), OptionalInt.of(minute), List.of(state.mapNode));
        state.mapBytes = codec.encode(map);
        state.mapMinute = minute;
      } catch (RuntimeException e) {
        buildError(rsu, MessageType.MAP, e);
        return;
      }
    }
    emit(rsu, MessageType.MAP, state.mapBytes, epochMs);
  }

  private void sendSpat(Rsu rsu, IntersectionRsu state, SignalController controller, long epochMs) {
    if (controller == null || state.signalGroups.length == 0) {
      return;
    }
    encodeAndEmit(
        rsu,
        MessageType.SPAT,
        () ->
            spatFactory.build(
                state.intersection,
                state.signalGroups,
                controller,
                rsu.nextMsgCnt(MessageType.SPAT),
                epochMs),
        epochMs);
  }

  private void sendRsi(Rsu rsu, List<ActiveEvent> active, boolean due, long epochMs) {
    inRange.clear();
    Set<Integer> announced = announcedEvents[rsu.index()];
    boolean started = false;
    for (int i = 0; i < active.size(); i++) {
      ActiveEvent event = active.get(i);
      double reach = rsu.rangeM() + Math.max(0, event.radiusM());
      double dx = event.eastM() - rsu.eastM();
      double dy = event.northM() - rsu.northM();
      if (dx * dx + dy * dy <= reach * reach) {
        inRange.add(event);
        started |= !announced.contains(event.id());
      }
    }
    announced.clear();
    for (ActiveEvent event : inRange) {
      announced.add(event.id());
    }
    if (inRange.isEmpty() || !(due || started)) {
      return;
    }
    encodeAndEmit(
        rsu,
        MessageType.RSI,
        () -> rsiFactory.build(rsu, inRange, rsu.nextMsgCnt(MessageType.RSI), epochMs),
        epochMs);
  }

  private void sendRsms(Rsu rsu, IntersectionRsu state, long epochMs) {
    List<RoadsideSafetyMessage> messages;
    try {
      List<Detection> detections = sensors.detections(state.intersection);
      messages = rsmFactory.build(rsu, detections, () -> rsu.nextMsgCnt(MessageType.RSM), epochMs);
    } catch (RuntimeException e) {
      buildError(rsu, MessageType.RSM, e);
      return;
    }
    for (RoadsideSafetyMessage message : messages) {
      encodeAndEmit(rsu, MessageType.RSM, () -> message, epochMs);
    }
  }

  private void sendBsms(long epochMs, double nowS) {
    List<Vehicle> vehicles = simulation.traffic().vehicles();
    for (int v = 0, n = vehicles.size(); v < n; v++) {
      Vehicle vehicle = vehicles.get(v);
      if (!vehicle.connected()) {
        continue;
      }
      int msgCnt = vehicle.nextMessageCount();
      double east = vehicle.eastM();
      double north = vehicle.northM();
      byte[] bytes = null;
      for (int index : grid.candidates(east, north)) {
        Rsu rsu = rsuArray[index];
        if (!rsu.inRange(east, north)) {
          continue;
        }
        if (bytes == null) {
          try {
            bytes = codec.encode(bsmFactory.build(vehicle, msgCnt, epochMs, nowS));
          } catch (RuntimeException e) {
            buildError(rsu, MessageType.BSM, e);
            break;
          }
          counters.bsmsEncoded.increment();
        }
        emit(rsu, MessageType.BSM, bytes, epochMs);
      }
    }
  }

  /** What builds one message; may throw for a fault, which is counted and logged. */
  @FunctionalInterface
  private interface MessageBuilder {
    MessageFrame build();
  }

  private void encodeAndEmit(Rsu rsu, MessageType type, MessageBuilder builder, long epochMs) {
    byte[] bytes;
    try {
      bytes = codec.encode(builder.build());
    } catch (RuntimeException e) {
      buildError(rsu, type, e);
      return;
    }
    emit(rsu, type, bytes, epochMs);
  }

  private void emit(Rsu rsu, MessageType type, byte[] bytes, long epochMs) {
    counters.produced(type, bytes.length);
    sink.frame(rsu, type, bytes, epochMs);
  }

  private void buildError(Rsu rsu, MessageType type, RuntimeException e) {
    counters.buildErrors.increment();
    if (loggedErrors++ < MAX_LOGGED_ERRORS) {
      LOG.warn("{}: could not build a {} at {} s", rsu.id(), type, simulation.timeS(), e);
    }
  }
}
