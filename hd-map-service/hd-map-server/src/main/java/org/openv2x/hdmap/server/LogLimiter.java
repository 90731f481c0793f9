package org.openv2x.hdmap.server;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets one log line per reason through per interval and counts the ones held back, so a flood of
 * bad input or a long outage does not flood the log. Thread-safe.
 */
public final class LogLimiter {
  private final long intervalNanos;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  public LogLimiter(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /**
   * Whether a line about {@code reason} may be logged now: returns -1 when not, else the number of
   * lines about it held back since the last one let through.
   */
  public long acquire(String reason) {
    Window window = windows.computeIfAbsent(reason, r -> new Window());
    long now = System.nanoTime();
    synchronized (window) {
      if (window.started && now - window.lastNanos < intervalNanos) {
        window.suppressed++;
        return -1;
      }
      window.started = true;
      window.lastNanos = now;
      long held = window.suppressed;
      window.suppressed = 0;
      return held;
    }
  }

  private static final class Window {
    private boolean started;
    private long lastNanos;
    private long suppressed;
  }
}
