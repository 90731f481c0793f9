package org.openv2x.sim.truth;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.openv2x.sim.Simulation;
import org.openv2x.sim.network.Lane;
import org.openv2x.sim.traffic.Vehicle;

/**
 * The per-lane, per-minute figures of {@code lanes.jsonl}: minutes of the simulated UTC clock; the
 * state after each step is one sample of the minute its time falls in (see TRUTH.md).
 */
final class LaneMinutes {
  static final long MINUTE_MS = 60_000;

  /** Samples in a full minute. */
  static final int FULL_MINUTE_SAMPLES = (int) (MINUTE_MS / Simulation.STEP_MS);

  private final Simulation simulation;
  private final List<Lane> lanes;
  private final JsonLines out;
  private final int[] volume;
  private final double[] speedSumMps;
  private final long[] vehicleSamples;
  private final double[] queueSumM;
  private final double[] queueMaxM;
  private int samples;
  private long minuteStartMs = Long.MIN_VALUE;

  LaneMinutes(Simulation simulation, JsonLines out) {
    this.simulation = simulation;
    this.lanes = simulation.network().lanes();
    this.out = out;
    int n = lanes.size();
    volume = new int[n];
    speedSumMps = new double[n];
    vehicleSamples = new long[n];
    queueSumM = new double[n];
    queueMaxM = new double[n];
  }

  /** Moves on to the minute of {@code epochMs}, writing the previous one. */
  void roll(long epochMs) {
    long minute = Math.floorDiv(epochMs, MINUTE_MS) * MINUTE_MS;
    if (minute == minuteStartMs) {
      return;
    }
    if (minuteStartMs != Long.MIN_VALUE) {
      write();
    }
    minuteStartMs = minute;
    samples = 0;
    Arrays.fill(volume, 0);
    Arrays.fill(speedSumMps, 0);
    Arrays.fill(vehicleSamples, 0);
    Arrays.fill(queueSumM, 0);
    Arrays.fill(queueMaxM, 0);
  }

  /** A vehicle crossed the lane's stop line or left the network at its end. */
  void counted(Lane lane) {
    roll(simulation.epochMs());
    volume[lane.index()]++;
  }

  /** One sample of a lane: the vehicles on it and its queue. */
  void sample(Lane lane, double queueLengthM) {
    int index = lane.index();
    for (Vehicle vehicle : simulation.traffic().vehiclesOn(lane)) {
      if (vehicle.connection() == null) {
        speedSumMps[index] += vehicle.speedMps();
        vehicleSamples[index]++;
      }
    }
    queueSumM[index] += queueLengthM;
    queueMaxM[index] = Math.max(queueMaxM[index], queueLengthM);
  }

  /** Every lane has been sampled for this step. */
  void sampled() {
    samples++;
  }

  /** Writes the current minute (at the end of a run: as far as it got). */
  void write() {
    if (minuteStartMs == Long.MIN_VALUE) {
      return;
    }
    try {
      for (Lane lane : lanes) {
        int i = lane.index();
        JsonGenerator json = out.begin();
        JsonLines.time(json, "minuteStart", minuteStartMs);
        json.writeStringField("laneKey", lane.key());
        json.writeStringField("linkId", lane.link().id());
        json.writeNumberField("region", lane.link().to().region());
        json.writeNumberField("intersectionId", lane.link().to().id());
        json.writeNumberField("laneId", lane.laneId());
        json.writeBooleanField("signalised", lane.link().to().signalised());
        json.writeNumberField("lengthM", JsonLines.round(lane.lengthM(), 2));
        json.writeNumberField("samples", samples);
        json.writeBooleanField("partial", samples < FULL_MINUTE_SAMPLES);
        json.writeNumberField("volume", volume[i]);
        if (vehicleSamples[i] > 0) {
          json.writeNumberField(
              "meanSpeedMps", JsonLines.round(speedSumMps[i] / vehicleSamples[i], 3));
        } else {
          json.writeNullField("meanSpeedMps");
        }
        double meanVehicles = samples == 0 ? 0 : (double) vehicleSamples[i] / samples;
        json.writeNumberField(
            "densityVehPerKm", JsonLines.round(meanVehicles / (lane.lengthM() / 1000), 3));
        json.writeNumberField(
            "meanQueueLengthM", JsonLines.round(samples == 0 ? 0 : queueSumM[i] / samples, 2));
        json.writeNumberField("maxQueueLengthM", JsonLines.round(queueMaxM[i], 2));
        out.end();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
