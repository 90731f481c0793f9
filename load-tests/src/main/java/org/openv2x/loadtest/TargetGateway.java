package org.openv2x.loadtest;

/**
 * The gateway a load test drives: one it started ({@link GatewayProcess}) or one already running
 * ({@link ExternalGateway}), whose process figures are then unknown.
 */
interface TargetGateway extends AutoCloseable {
  /** CPU (over every incarnation), RSS and open files now; -1 where unknown. */
  ProcessStats sample();

  /** Its Prometheus metrics now; empty when it has none or does not answer. */
  PrometheusMetrics metrics();

  boolean isAlive();

  /** How many times it was started by the test (0 for an external one). */
  int incarnations();

  /** A full GC in the gateway, so that the heap in use is what is live; false if not possible. */
  boolean collectGarbage();

  @Override
  void close();
}
