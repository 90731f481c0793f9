package org.openv2x.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a {@link Simulation} for a bounded time on the calling thread: in real time, {@code speed}
 * times faster, or as fast as it goes ({@code speed} 0). A run that falls behind its schedule
 * catches up without sleeping and reports how far behind it was.
 */
public final class SimulationRunner {
  private SimulationRunner() {}

  /**
   * @param duration simulated time to run; null runs until {@code stop} says so
   * @param speed simulated seconds per wall-clock second; 0 for as fast as possible
   * @param progressInterval wall-clock time between progress lines
   */
  public record Options(Duration duration, double speed, Duration progressInterval) {
    public Options {
      if (!(speed >= 0) || Double.isInfinite(speed)) {
        throw new IllegalArgumentException("speed must be 0 (as fast as possible) or more");
      }
      if (duration != null && duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative");
      }
    }
  }

  /** What a run did. */
  public record Summary(
      long steps, double simulatedS, double wallS, double cpuS, double maxBehindS) {
    /** Simulated seconds per wall-clock second. */
    public double speed() {
      return wallS > 0 ? simulatedS / wallS : 0;
    }

    @Override
    public String toString() {
      return String.format(
          "%d steps, %.1f s simulated in %.1f s (%.1fx), %.1f s CPU of the simulation thread,"
              + " at most %.2f s behind schedule",
          steps, simulatedS, wallS, speed(), cpuS, maxBehindS);
    }
  }

  /**
   * Steps {@code simulation} until {@code options.duration()} of simulated time has passed or
   * {@code stop} returns true, printing {@code status.get()} to {@code progress} at the interval.
   */
  public static Summary run(
      Simulation simulation,
      Options options,
      BooleanSupplier stop,
      Consumer<String> progress,
      Supplier<String> status) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart =
        threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    long maxSteps =
        options.duration() == null
            ? Long.MAX_VALUE
            : options.duration().toMillis() / Simulation.STEP_MS;
    long startNanos = System.nanoTime();
    long stepNanos =
        options.speed() > 0
            ? (long) (TimeUnit.MILLISECONDS.toNanos(Simulation.STEP_MS) / options.speed())
            : 0;
    long progressNanos =
        options.progressInterval() == null ? Long.MAX_VALUE : options.progressInterval().toNanos();
    long nextProgress = startNanos + progressNanos;
    double maxBehindS = 0;
    long steps = 0;
    while (steps < maxSteps && !stop.getAsBoolean()) {
      if (stepNanos > 0) {
        long due = startNanos + steps * stepNanos;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
          continue;
        }
        maxBehindS = Math.max(maxBehindS, -wait / 1e9);
      }
      simulation.step();
      steps++;
      long now = System.nanoTime();
      if (now >= nextProgress) {
        progress.accept(status.get());
        nextProgress = now + progressNanos;
      }
    }
    double wallS = (System.nanoTime() - startNanos) / 1e9;
    double cpuS =
        threads.isCurrentThreadCpuTimeSupported()
            ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9
            : Double.NaN;
    return new Summary(steps, steps * Simulation.STEP_S, wallS, cpuS, maxBehindS);
  }
}
