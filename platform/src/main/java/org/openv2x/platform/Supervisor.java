package org.openv2x.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs components as child processes, echoes every line they print prefixed with their name ({@code
 * [kafka] ...}: their stdout to {@code out}, their stderr to {@code err}), restarts a component
 * that exits unexpectedly after a growing back-off, and stops them all in reverse start order:
 * SIGTERM, then SIGKILL after a grace period.
 *
 * <p>A component that exits with {@link V2xCommand#EXIT_USAGE} is not restarted: its command line
 * is wrong, and running it again cannot help.
 */
final class Supervisor implements AutoCloseable {
  /**
   * One component: its name (the prefix of its lines), its command line, and the beginning of the
   * stdout line by which it says it is ready ({@code null}: ready once started).
   */
  record Component(String name, List<String> command, String readyMarker) {
    Component {
      Objects.requireNonNull(name, "name");
      command = List.copyOf(command);
    }
  }

  /**
   * The timing of restarts and stops.
   *
   * @param firstBackoff the pause before the first restart; it doubles with each further restart
   * @param maxBackoff the longest pause between restarts
   * @param stableRun a run at least this long resets the back-off to {@code firstBackoff}
   * @param stopGrace how long a component may take to exit after SIGTERM before it is killed
   */
  record Timing(
      Duration firstBackoff, Duration maxBackoff, Duration stableRun, Duration stopGrace) {
    /** What {@code v2x up} uses. */
    static final Timing DEFAULT =
        new Timing(
            Duration.ofSeconds(1),
            Duration.ofSeconds(30),
            Duration.ofSeconds(60),
            Duration.ofSeconds(15));
  }

  /** How long an exit waits for a stop in progress before it counts as unexpected. */
  private static final Duration EXIT_SETTLE = Duration.ofMillis(300);

  private final PrintWriter out;
  private final PrintWriter err;
  private final Timing timing;
  private final Map<String, String> environment;
  private final Object lock = new Object();
  private final List<Child> children = new ArrayList<>();
  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private boolean stopping;

  /**
   * @param out where the children's stdout lines and the supervisor's own messages go
   * @param err where the children's stderr lines and the restart messages go
   * @param environment variables added to each child's environment
   */
  Supervisor(PrintWriter out, PrintWriter err, Timing timing, Map<String, String> environment) {
    this.out = out;
    this.err = err;
    this.timing = timing;
    this.environment = Map.copyOf(environment);
  }

  /**
   * Starts {@code component} and keeps it running until {@link #stopAll()}.
   *
   * @throws IOException when its process cannot be started at all (no restart then)
   * @throws IllegalStateException after {@link #stopAll()}
   */
  Child start(Component component) throws IOException {
    Child child = new Child(component);
    synchronized (lock) {
      if (stopping) {
        throw new IllegalStateException("stopping");
      }
      child.launch();
      children.add(child);
    }
    Thread monitor = new Thread(child::monitor, "v2x-up-" + component.name());
    monitor.setDaemon(true);
    monitor.start();
    return child;
  }

  /**
   * Stops every component in reverse start order: SIGTERM, wait up to the grace period, then
   * SIGKILL. No component is restarted afterwards. Idempotent.
   */
  void stopAll() {
    List<Child> toStop;
    synchronized (lock) {
      if (stopping) {
        toStop = List.of();
      } else {
        stopping = true;
        toStop = new ArrayList<>(children);
      }
    }
    stopSignal.countDown();
    for (int i = toStop.size() - 1; i >= 0; i--) {
      toStop.get(i).stop();
    }
  }

  @Override
  public void close() {
    stopAll();
  }

  /** Whether {@link #stopAll()} was called. */
  boolean isStopping() {
    synchronized (lock) {
      return stopping;
    }
  }

  private void say(String message) {
    out.println("[up] " + message);
    out.flush();
  }

  private void warn(String message) {
    err.println("[up] " + message);
    err.flush();
  }

  /** A started component: its current process, restarts and readiness. */
  final class Child {
    private final Component component;
    private final Object state = new Object();
    private Process process; // guarded by lock
    private long startedNanos; // guarded by lock
    private List<Thread> pumps = List.of(); // guarded by lock
    private int starts; // guarded by state
    private boolean ready; // guarded by state
    private String readyLine; // guarded by state
    private boolean gaveUp; // guarded by state

    private Child(Component component) {
      this.component = component;
    }

    /** The component. */
    Component component() {
      return component;
    }

    /** How many times its process was started (1 + restarts). */
    int starts() {
      synchronized (state) {
        return starts;
      }
    }

    /** Its current process. */
    Optional<ProcessHandle> process() {
      synchronized (lock) {
        return Optional.ofNullable(process).map(Process::toHandle);
      }
    }

    /**
     * Waits until the current run printed its ready line.
     *
     * @return whether it is ready; {@code false} after {@code timeout}, or when it exited for good
     */
    boolean awaitReady(Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      synchronized (state) {
        while (!ready && !gaveUp) {
          long leftNanos = deadline - System.nanoTime();
          if (leftNanos <= 0) {
            return false;
          }
          TimeUnit.NANOSECONDS.timedWait(state, leftNanos);
        }
        return ready;
      }
    }

    /** The ready line its latest run printed, once it printed one. */
    Optional<String> readyLine() {
      synchronized (state) {
        return Optional.ofNullable(readyLine);
      }
    }

    /** Whether it exited and will not be restarted (a usage error). */
    boolean gaveUp() {
      synchronized (state) {
        return gaveUp;
      }
    }

    /** Starts a process; called with {@code lock} held. */
    private void launch() throws IOException {
      ProcessBuilder builder = new ProcessBuilder(component.command());
      builder.environment().putAll(environment);
      Process started = builder.start();
      started.getOutputStream().close();
      int run;
      synchronized (state) {
        starts++;
        run = starts;
        ready = component.readyMarker() == null;
      }
      process = started;
      startedNanos = System.nanoTime();
      pumps =
          List.of(
              pump(started.getInputStream(), out, run, true),
              pump(started.getErrorStream(), err, run, false));
      say(
          "started "
              + component.name()
              + " (pid "
              + started.pid()
              + (run > 1 ? ", restart " + (run - 1) : "")
              + ")");
    }

    private Thread pump(InputStream stream, PrintWriter target, int run, boolean watchReady) {
      String prefix = "[" + component.name() + "] ";
      Thread thread =
          new Thread(
              () -> {
                try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                  for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    target.println(prefix + line);
                    target.flush();
                    if (watchReady && component.readyMarker() != null) {
                      if (line.startsWith(component.readyMarker())) {
                        markReady(run, line);
                      }
                    }
                  }
                } catch (IOException e) {
                  // The process is gone; its last lines are lost with it.
                }
              },
              "v2x-up-" + component.name() + (watchReady ? "-out" : "-err"));
      thread.setDaemon(true);
      thread.start();
      return thread;
    }

    private void markReady(int run, String line) {
      synchronized (state) {
        if (run != starts || ready) {
          return;
        }
        ready = true;
        readyLine = line;
        state.notifyAll();
      }
      if (run > 1) {
        say(component.name() + " is ready again");
      }
    }

    /** Waits for each exit of the process and restarts it, until the supervisor stops. */
    private void monitor() {
      long backoffMs = timing.firstBackoff().toMillis();
      while (true) {
        Process current;
        long startNanos;
        List<Thread> currentPumps;
        synchronized (lock) {
          current = process;
          startNanos = startedNanos;
          currentPumps = pumps;
        }
        int exit = waitForExit(current);
        long ranMs = (System.nanoTime() - startNanos) / 1_000_000;
        joinPumps(currentPumps);
        if (awaitStop(EXIT_SETTLE.toMillis())) {
          return;
        }
        if (exit == V2xCommand.EXIT_USAGE) {
          warn(
              component.name()
                  + " exited with code "
                  + exit
                  + " (usage error) after "
                  + seconds(ranMs)
                  + "; not restarting it");
          synchronized (state) {
            gaveUp = true;
            state.notifyAll();
          }
          return;
        }
        if (ranMs >= timing.stableRun().toMillis()) {
          backoffMs = timing.firstBackoff().toMillis();
        }
        warn(
            component.name()
                + " exited unexpectedly with code "
                + exit
                + " after "
                + seconds(ranMs)
                + "; restarting it in "
                + seconds(backoffMs));
        if (awaitStop(backoffMs)) {
          return;
        }
        backoffMs = Math.min(backoffMs * 2, timing.maxBackoff().toMillis());
        synchronized (lock) {
          if (stopping) {
            return;
          }
          try {
            launch();
          } catch (IOException e) {
            warn("cannot restart " + component.name() + ": " + e.getMessage());
            synchronized (state) {
              gaveUp = true;
              state.notifyAll();
            }
            return;
          }
        }
      }
    }

    /** Stops the current process: SIGTERM, then SIGKILL after the grace period. */
    private void stop() {
      Process current;
      synchronized (lock) {
        current = process;
      }
      if (current == null || !current.isAlive()) {
        return;
      }
      say("stopping " + component.name() + " (pid " + current.pid() + ")");
      long startNanos = System.nanoTime();
      // Through the handle: Process.destroy() would also close the pipes, and the last lines of
      // the component (its shutdown) would be lost.
      current.toHandle().destroy();
      boolean exited = waitFor(current, timing.stopGrace());
      if (!exited) {
        warn(
            component.name()
                + " did not exit within "
                + seconds(timing.stopGrace().toMillis())
                + " of SIGTERM; killing it");
        current.toHandle().destroyForcibly();
        waitFor(current, Duration.ofSeconds(10));
      }
      List<Thread> currentPumps;
      synchronized (lock) {
        currentPumps = pumps;
      }
      joinPumps(currentPumps);
      say(
          component.name()
              + " stopped (exit code "
              + (current.isAlive() ? "unknown" : current.exitValue())
              + ") after "
              + seconds((System.nanoTime() - startNanos) / 1_000_000));
    }

    private boolean awaitStop(long millis) {
      try {
        return stopSignal.await(millis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return true;
      }
    }
  }

  private static int waitForExit(Process process) {
    while (true) {
      try {
        return process.waitFor();
      } catch (InterruptedException e) {
        // The monitor threads are daemons; keep waiting.
      }
    }
  }

  private static boolean waitFor(Process process, Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  private static void joinPumps(List<Thread> pumps) {
    for (Thread pump : pumps) {
      try {
        pump.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** {@code 1.5 s}. */
  static String seconds(long millis) {
    return millis % 1000 == 0
        ? (millis / 1000) + " s"
        : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
