package org.openv2x.loadtest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a load test does (see load-tests/README.md). */
public enum Scenario {
  /** The target rate for the duration. */
  STEADY("steady"),
  /** Rising rates, until one misses the SLO: the highest sustained rate. */
  STEP("step"),
  /** The broker stops mid-run for a while and starts again: nothing acknowledged is lost. */
  BROKER_OUTAGE("broker-outage"),
  /** The gateway is killed (SIGKILL) mid-run and started again: nothing acknowledged is lost. */
  GATEWAY_CRASH("gateway-crash"),
  /** A share of the messages are malformed: each one dead-lettered, every good one delivered. */
  GARBAGE("garbage"),
  /** Many mostly idle RSU connections plus a steady load: accepted, served, memory stated. */
  CONNECTIONS("connections"),
  /** A long steady run: memory and latency drift. */
  SOAK("soak");

  private final String label;

  Scenario(String label) {
    this.label = label;
  }

  /** The name on the command line and in reports. */
  public String label() {
    return label;
  }

  /** The scenario called {@code name}; the error lists the names. */
  public static Scenario parse(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (Scenario scenario : values()) {
      if (scenario.label.equals(wanted)) {
        return scenario;
      }
    }
    throw new IllegalArgumentException(
        "unknown scenario '"
            + name
            + "': one of "
            + Arrays.stream(values()).map(Scenario::label).collect(Collectors.joining(", ")));
  }

  /** Whether it stops or kills a component, which an external one cannot be. */
  boolean needsOwnComponents() {
    return this == BROKER_OUTAGE || this == GATEWAY_CRASH;
  }
}
