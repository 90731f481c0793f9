package org.openv2x.platform;

import java.util.Optional;

/**
 * Makes a process started by {@code v2x up} exit when {@code up} is gone, even when {@code up} was
 * killed with SIGKILL and could not stop it: {@code up} puts its process id into the environment
 * variable {@value #ENVIRONMENT_VARIABLE} of each child, and the child's {@link
 * V2xCommand#main(String[])} watches that process. The exit runs the shutdown hooks, so a broker
 * still stops cleanly.
 */
final class SupervisorWatch {
  /** The environment variable holding the supervisor's process id. */
  static final String ENVIRONMENT_VARIABLE = "V2X_SUPERVISOR_PID";

  /** How often the supervisor's liveness is checked. */
  private static final long CHECK_INTERVAL_MS = 500;

  private SupervisorWatch() {}

  /**
   * Starts watching when {@value #ENVIRONMENT_VARIABLE} names a process; does nothing otherwise.
   */
  static void startIfSupervised() {
    String value = System.getenv(ENVIRONMENT_VARIABLE);
    if (value == null || value.isBlank()) {
      return;
    }
    long pid;
    try {
      pid = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return;
    }
    Optional<ProcessHandle> supervisor = ProcessHandle.of(pid);
    Thread watch =
        new Thread(
            () -> {
              while (supervisor.isPresent() && supervisor.get().isAlive()) {
                try {
                  Thread.sleep(CHECK_INTERVAL_MS);
                } catch (InterruptedException e) {
                  return;
                }
              }
              System.err.println("the supervisor (pid " + pid + ") is gone; exiting");
              System.exit(V2xCommand.EXIT_OK);
            },
            "v2x-supervisor-watch");
    watch.setDaemon(true);
    watch.start();
  }
}
