package org.openv2x.sim.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.sensor.Pedestrians;
import org.openv2x.sim.sensor.SensedObject;
import org.openv2x.sim.sensor.SensedObjectSource;
import org.openv2x.sim.signal.LightColor;
import org.openv2x.sim.traffic.TrafficListener;
import org.openv2x.sim.traffic.Vehicle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Injects the events of an {@link EventPlan} into a running simulation and reports them: the active
 * ones to RSUs ({@link #activeEvents()}), the ended ones to the ground truth ({@link
 * #addEventListener}), the vehicle of a wrong-way event to roadside sensors ({@link #collect}).
 *
 * <p>An event starts at its planned time when a suitable vehicle or place exists; otherwise it is
 * tried again every {@value #RETRY_INTERVAL_S} s and given up (logged) {@value #MAX_WAIT_S} s after
 * its planned time. Default durations: hard braking 1.5 s, stalled vehicle 120 s, wrong-way driver
 * 30 s, road works 600 s, accident zone 300 s; a red-light runner lasts until 5 s after it crossed
 * the stop line, a pedestrian conflict until the pedestrian has crossed.
 *
 * <p>Deterministic: every choice comes from {@code simulation.random("events")}. An event never
 * makes the simulation throw: a failure is logged and counted ({@link #failures()}), and the event
 * is ended. Not thread-safe except {@link #activeEvents()}, which any thread may call.
 */
public final class EventInjector
    implements EventSource, Simulation.StepObserver, TrafficListener, SensedObjectSource {
  private static final Logger LOG = LoggerFactory.getLogger(EventInjector.class);

  /** How often an event that found no vehicle or place is tried again. */
  public static final double RETRY_INTERVAL_S = 1.0;

  /** How long after its planned time an event that cannot start is given up. */
  public static final double MAX_WAIT_S = 180;

  private final Simulation simulation;
  private final EventContext context;
  private final List<Pending> pending = new ArrayList<>();
  private final List<RunningEvent> running = new ArrayList<>();
  private final List<EventRecord> finished = new ArrayList<>();
  private final List<Consumer<EventRecord>> listeners = new ArrayList<>();
  private final EventPlan.RandomEvents random;
  private double nextRandomS = Double.POSITIVE_INFINITY;
  private volatile List<ActiveEvent> active = List.of();
  private int nextId = 1;
  private long givenUp;
  private long failures;

  /** A planned event not started yet. */
  private static final class Pending {
    final PlannedEvent event;
    double nextTryS;
    boolean reported;

    Pending(PlannedEvent event) {
      this.event = event;
      this.nextTryS = event.atS();
    }
  }

  /**
   * @param pedestrians the crossers pedestrian conflicts send people through; null: no such events
   */
  public EventInjector(Simulation simulation, Pedestrians pedestrians, EventPlan plan) {
    this.simulation = simulation;
    this.context = new EventContext(simulation, pedestrians);
    for (PlannedEvent event : plan.events()) {
      pending.add(new Pending(event));
    }
    this.random = plan.random().orElse(null);
    if (random != null) {
      nextRandomS = random.fromS() + interval();
    }
  }

  /** Creates an injector and makes the simulation step it and tell it of stop-line crossings. */
  public static EventInjector attach(
      Simulation simulation, Pedestrians pedestrians, EventPlan plan) {
    EventInjector injector = new EventInjector(simulation, pedestrians, plan);
    simulation.addObserver(injector);
    simulation.traffic().addListener(injector);
    return injector;
  }

  /** {@code listener} is told of each event when it ends, on the simulation thread. */
  public void addEventListener(Consumer<EventRecord> listener) {
    listeners.add(listener);
  }

  /** Plans one more event. */
  public void plan(PlannedEvent event) {
    pending.add(new Pending(event));
  }

  @Override
  public List<ActiveEvent> activeEvents() {
    return active;
  }

  /** The truth of the events running now, marked ongoing, as of now. */
  public List<EventRecord> runningRecords() {
    List<EventRecord> records = new ArrayList<>();
    for (RunningEvent event : running) {
      records.add(event.record(simulation.timeS(), true));
    }
    return records;
  }

  /** The events that have ended, in the order they ended. */
  public List<EventRecord> finishedEvents() {
    return Collections.unmodifiableList(finished);
  }

  /** Planned events given up because no vehicle or place suited them in time. */
  public long givenUp() {
    return givenUp;
  }

  /** Events that failed with an exception (ended at once; should stay 0). */
  public long failures() {
    return failures;
  }

  /** The events running now (for tests in this package). */
  List<RunningEvent> running() {
    return Collections.unmodifiableList(running);
  }

  /** Events waiting to start. */
  public int pendingCount() {
    return pending.size();
  }

  @Override
  public void afterStep(Simulation sim) {
    double nowS = sim.timeS();
    while (nextRandomS <= nowS) {
      EventType type = random.types().get(context.random.nextInt(random.types().size()));
      pending.add(new Pending(new PlannedEvent(nextRandomS, type, OptionalDouble.empty())));
      nextRandomS += interval();
    }
    for (int i = 0; i < running.size(); i++) {
      RunningEvent event = running.get(i);
      boolean goesOn;
      try {
        goesOn = event.step(context, nowS);
      } catch (RuntimeException e) {
        failures++;
        LOG.error("event {} ({}) failed and is ended", event.id, event.type.truthName(), e);
        stopQuietly(event, nowS);
        goesOn = false;
      }
      if (!goesOn) {
        running.remove(i--);
        end(event.record(nowS, false));
      }
    }
    for (int i = 0; i < pending.size(); i++) {
      Pending next = pending.get(i);
      if (next.nextTryS > nowS + 1e-9) {
        continue;
      }
      RunningEvent event = tryStart(next.event, nowS);
      if (event != null) {
        pending.remove(i--);
        running.add(event);
        LOG.info(
            "event {} {} started at {} s: {}",
            event.id,
            event.type.truthName(),
            String.format(java.util.Locale.ROOT, "%.1f", nowS),
            event.description);
      } else if (nowS - next.event.atS() >= MAX_WAIT_S) {
        pending.remove(i--);
        givenUp++;
        LOG.warn(
            "event {} planned at {} s given up: no suitable vehicle or place for {} s",
            next.event.type().truthName(),
            next.event.atS(),
            MAX_WAIT_S);
      } else {
        if (!next.reported) {
          next.reported = true;
          LOG.info(
              "event {} planned at {} s: no suitable vehicle or place yet, trying again every {} s",
              next.event.type().truthName(),
              next.event.atS(),
              RETRY_INTERVAL_S);
        }
        next.nextTryS = nowS + RETRY_INTERVAL_S;
      }
    }
    List<ActiveEvent> now = new ArrayList<>(running.size());
    for (RunningEvent event : running) {
      now.add(event.active());
    }
    active = List.copyOf(now);
  }

  private RunningEvent tryStart(PlannedEvent planned, double nowS) {
    int id = nextId;
    RunningEvent event;
    try {
      event =
          switch (planned.type()) {
            case HARD_BRAKING ->
                HardBrakingEvent.start(
                    context, id, planned.durationS().orElse(HardBrakingEvent.DEFAULT_DURATION_S));
            case STALLED_VEHICLE ->
                StalledVehicleEvent.start(
                    context,
                    id,
                    planned.durationS().orElse(StalledVehicleEvent.DEFAULT_DURATION_S));
            case WRONG_WAY_DRIVER ->
                WrongWayDriverEvent.start(
                    context,
                    id,
                    planned.durationS().orElse(WrongWayDriverEvent.DEFAULT_DURATION_S));
            case RED_LIGHT_RUNNER -> RedLightRunnerEvent.start(context, id);
            case PEDESTRIAN_CONFLICT -> PedestrianConflictEvent.start(context, id);
            case ROAD_WORKS ->
                RoadWorksEvent.start(
                    context, id, planned.durationS().orElse(RoadWorksEvent.DEFAULT_DURATION_S));
            case ACCIDENT_ZONE ->
                AccidentZoneEvent.start(
                    context, id, planned.durationS().orElse(AccidentZoneEvent.DEFAULT_DURATION_S));
          };
    } catch (RuntimeException e) {
      failures++;
      LOG.error("event {} could not start", planned.type().truthName(), e);
      return null;
    }
    if (event != null) {
      nextId++;
    }
    return event;
  }

  private void stopQuietly(RunningEvent event, double nowS) {
    try {
      event.stop(context, nowS);
    } catch (RuntimeException e) {
      LOG.error("event {} could not be undone", event.id, e);
    }
  }

  private void end(EventRecord record) {
    finished.add(record);
    LOG.info(
        "event {} {} ended at {} s",
        record.id(),
        record.type().truthName(),
        String.format(java.util.Locale.ROOT, "%.1f", record.endS()));
    for (Consumer<EventRecord> listener : listeners) {
      listener.accept(record);
    }
  }

  @Override
  public void stopLineCrossed(
      Vehicle vehicle, Lane from, Connection connection, LightColor light, double nowS) {
    for (RunningEvent event : running) {
      if (event instanceof RedLightRunnerEvent runner) {
        runner.stopLineCrossed(vehicle, from, light, nowS);
      }
    }
  }

  @Override
  public void collect(List<SensedObject> out) {
    for (RunningEvent event : running) {
      if (event instanceof WrongWayDriverEvent wrongWay) {
        out.add(wrongWay.sensed());
      }
    }
  }

  private double interval() {
    return -random.meanIntervalS() * Math.log(1 - context.random.nextDouble());
  }
}
