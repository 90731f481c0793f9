package org.openv2x.sim.truth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.openv2x.codec.RecordKeys;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.event.EventInjector;
import org.openv2x.sim.event.EventRecord;
import org.openv2x.sim.geo.GeoFrame;
import org.openv2x.sim.network.Connection;
import org.openv2x.sim.network.Intersection;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.signal.LightColor;
import org.openv2x.sim.traffic.Traffic;
import org.openv2x.sim.traffic.TrafficListener;
import org.openv2x.sim.traffic.Vehicle;

/**
 * Writes the ground truth of a run into a directory as JSON lines: {@code events.jsonl} (every
 * injected event, when it ends), {@code lanes.jsonl} (per lane and simulated minute) and {@code
 * signals.jsonl} (per signal group and cycle). TRUTH.md in the module defines every field.
 *
 * <p>All times come from the simulated clock. {@link #close()} writes what is still open — the
 * running minute and cycles (marked partial / incomplete) and the running events (marked ongoing) —
 * and closes the files. Runs on the simulation thread.
 */
public final class TruthWriter implements Simulation.StepObserver, TrafficListener, Closeable {
  public static final String EVENTS_FILE = "events.jsonl";
  public static final String LANES_FILE = "lanes.jsonl";
  public static final String SIGNALS_FILE = "signals.jsonl";

  /** A vehicle arrives at a signal at the latest this far before the stop line. */
  public static final double ARRIVAL_DISTANCE_M = 60;

  private final Simulation simulation;
  private final Traffic traffic;
  private final EventInjector events;
  private final GeoFrame geo;
  private final JsonLines eventLines;
  private final JsonLines laneLines;
  private final JsonLines signalLines;
  private final LaneMinutes laneMinutes;
  private final SignalCycles signalCycles;
  private final double[] queueLengthM = new double[1];

  /** Per vehicle serial: the index of the lane it last arrived on, -1 for none. */
  private int[] arrivedLane = new int[1024];

  private boolean closed;

  /**
   * Opens the files in {@code directory} (created if missing; existing files are replaced). Call
   * {@link #attach} or register it yourself as a step observer and traffic listener.
   *
   * @param events the injector whose events to record; null: {@code events.jsonl} stays empty
   */
  public TruthWriter(Path directory, Simulation simulation, EventInjector events)
      throws IOException {
    this.simulation = simulation;
    this.traffic = simulation.traffic();
    this.events = events;
    this.geo = simulation.network().geoFrame();
    Files.createDirectories(directory);
    this.eventLines = new JsonLines(directory.resolve(EVENTS_FILE));
    this.laneLines = new JsonLines(directory.resolve(LANES_FILE));
    this.signalLines = new JsonLines(directory.resolve(SIGNALS_FILE));
    this.laneMinutes = new LaneMinutes(simulation, laneLines);
    this.signalCycles = new SignalCycles(simulation, signalLines);
    Arrays.fill(arrivedLane, -1);
    if (events != null) {
      events.addEventListener(record -> writeEvent(record));
    }
  }

  /** Opens the truth files and makes the simulation tell the writer of every step and crossing. */
  public static TruthWriter attach(Path directory, Simulation simulation, EventInjector events)
      throws IOException {
    TruthWriter writer = new TruthWriter(directory, simulation, events);
    simulation.addObserver(writer);
    simulation.traffic().addListener(writer);
    return writer;
  }

  @Override
  public void afterStep(Simulation sim) {
    if (closed) {
      return;
    }
    laneMinutes.roll(sim.epochMs());
    signalCycles.rollAll();
    for (Lane lane : sim.network().lanes()) {
      int queued = Queues.measure(traffic, lane, queueLengthM);
      laneMinutes.sample(lane, queueLengthM[0]);
      if (lane.link().to().signalised()) {
        arrivals(lane, queued);
      }
    }
    laneMinutes.sampled();
    signalCycles.sampleLights();
  }

  /** Marks the vehicles of a signalised approach that arrive now (see TRUTH.md). */
  private void arrivals(Lane lane, int queued) {
    int index = 0;
    for (Vehicle vehicle : traffic.vehiclesOn(lane)) {
      if (vehicle.connection() != null) {
        break;
      }
      boolean arrives = index < queued || vehicle.distanceToStopLineM() <= ARRIVAL_DISTANCE_M;
      index++;
      if (!arrives) {
        continue;
      }
      int serial = vehicle.serial();
      if (serial >= arrivedLane.length) {
        int old = arrivedLane.length;
        arrivedLane = Arrays.copyOf(arrivedLane, Math.max(serial + 1, old * 2));
        Arrays.fill(arrivedLane, old, arrivedLane.length, -1);
      }
      if (arrivedLane[serial] == lane.index()) {
        continue;
      }
      arrivedLane[serial] = lane.index();
      Connection next = vehicle.nextConnection();
      if (next != null && next.signalGroup() > 0) {
        signalCycles.arrival(lane.link().to(), next.signalGroup());
      }
    }
  }

  @Override
  public void stopLineCrossed(
      Vehicle vehicle, Lane from, Connection connection, LightColor light, double nowS) {
    if (closed) {
      return;
    }
    laneMinutes.counted(from);
    if (connection.signalGroup() > 0) {
      signalCycles.served(connection.intersection(), connection.signalGroup());
    }
  }

  @Override
  public void vehicleLeft(Vehicle vehicle, Lane lane, double nowS) {
    if (closed) {
      return;
    }
    // Left at the end of an exit lane (not removed mid-lane by an event).
    if (lane.link().exit() && vehicle.positionM() >= lane.lengthM()) {
      laneMinutes.counted(lane);
    }
  }

  private long epochMs(double simulatedS) {
    return simulation.startEpochMs() + Math.round(simulatedS * 1000);
  }

  private void writeEvent(EventRecord record) {
    if (closed) {
      return;
    }
    try {
      JsonGenerator json = eventLines.begin();
      json.writeNumberField("id", record.id());
      json.writeStringField("type", record.type().truthName());
      JsonLines.time(json, "start", epochMs(record.startS()));
      JsonLines.time(json, "end", epochMs(record.endS()));
      json.writeBooleanField("ongoing", record.ongoing());
      json.writeNumberField("lat", JsonLines.round(geo.latitudeDeg(record.northM()), 7));
      json.writeNumberField("lon", JsonLines.round(geo.longitudeDeg(record.eastM()), 7));
      json.writeNumberField("endLat", JsonLines.round(geo.latitudeDeg(record.endNorthM()), 7));
      json.writeNumberField("endLon", JsonLines.round(geo.longitudeDeg(record.endEastM()), 7));
      if (record.intersection().isPresent()) {
        Intersection node = record.intersection().get();
        json.writeNumberField("region", node.region());
        json.writeNumberField("intersectionId", node.id());
      } else {
        json.writeNullField("region");
        json.writeNullField("intersectionId");
      }
      nullableString(json, "linkId", record.link().map(link -> link.id()).orElse(null));
      nullableString(json, "laneKey", record.lane().map(Lane::key).orElse(null));
      json.writeArrayFieldStart("vehicleIds");
      for (long id : record.vehicleIds()) {
        json.writeString(RecordKeys.vehicleKey(id));
      }
      json.writeEndArray();
      json.writeArrayFieldStart("pedestrianIds");
      for (int id : record.pedestrianIds()) {
        json.writeNumber(id);
      }
      json.writeEndArray();
      if (record.redLightCrossingS().isPresent()) {
        JsonLines.time(json, "redLightCrossing", epochMs(record.redLightCrossingS().get()));
      } else {
        json.writeNullField("redLightCrossingEpochMs");
        json.writeNullField("redLightCrossingUtc");
      }
      nullableString(json, "crossingLight", record.crossingLight().map(Enum::name).orElse(null));
      if (record.speedLimitMps().isPresent()) {
        double limit = record.speedLimitMps().get();
        json.writeNumberField("speedLimitKph", JsonLines.round(limit * 3.6, 1));
      } else {
        json.writeNullField("speedLimitKph");
      }
      if (record.maxDecelerationMps2().isPresent()) {
        json.writeNumberField(
            "maxDecelerationMps2", JsonLines.round(record.maxDecelerationMps2().get(), 2));
      } else {
        json.writeNullField("maxDecelerationMps2");
      }
      json.writeStringField("description", record.description());
      eventLines.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void nullableString(JsonGenerator json, String name, String value)
      throws IOException {
    if (value == null) {
      json.writeNullField(name);
    } else {
      json.writeStringField(name, value);
    }
  }

  /** Pushes what has been written so far to the files. */
  public void flush() throws IOException {
    eventLines.flush();
    laneLines.flush();
    signalLines.flush();
  }

  /** Lines written so far: events, lanes, signals. */
  public long[] linesWritten() {
    return new long[] {eventLines.lines(), laneLines.lines(), signalLines.lines()};
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    try {
      laneMinutes.write();
      signalCycles.writeRunning();
      if (events != null) {
        List<EventRecord> running = events.runningRecords();
        for (EventRecord record : running) {
          writeEvent(record);
        }
      }
    } finally {
      closed = true;
      simulation.removeObserver(this);
      try (eventLines;
          laneLines;
          signalLines) {
        flush();
      }
    }
  }
}
