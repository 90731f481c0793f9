package org.openv2x.sim.blast;

import java.util.Locale;

/**
 * What one interval of a blast did (normally one second; the last one may be shorter).
 *
 * @param second the interval's number from 1: it ends {@code second} seconds after the start (the
 *     last one earlier)
 * @param intervalNanos the interval's length
 * @param counts the counters over the interval; its gauges ({@code connectionsUp}, {@code
 *     unackedFrames}) at its end
 * @param ackLatency ACK latency of the frames acknowledged in the interval
 * @param cpuNanos CPU time the blast's I/O threads used in the interval
 * @param sending whether sending was still under way at the interval's end (not yet draining)
 */
public record BlastInterval(
    int second,
    long intervalNanos,
    BlastCounts counts,
    LatencySummary ackLatency,
    long cpuNanos,
    boolean sending) {

  private double seconds() {
    return Math.max(intervalNanos, 1) / 1e9;
  }

  /** Messages sent per second over the interval. */
  public double messagesSentPerSecond() {
    return counts.messagesSent() / seconds();
  }

  /** Messages acknowledged ({@code accepted + rejected}) per second over the interval. */
  public double messagesAckedPerSecond() {
    return counts.messagesAcked() / seconds();
  }

  /** The I/O threads' CPU time over the interval's length: 1.0 is one core busy. */
  public double cpuCores() {
    return cpuNanos / (double) Math.max(intervalNanos, 1);
  }

  /**
   * One progress line, for example {@code t= 3s up 200 sent 2,000,100 msg/s acked 1,999,950 msg/s
   * rejected 0 errors 0 reconnects 0 unacked 3,120 frames 193.5 MB/s ack p50 1.20 ms ... cpu 0.71}.
   */
  public String toLine() {
    return String.format(
        Locale.ROOT,
        "t=%3ds%s up %,d sent %,.0f msg/s acked %,.0f msg/s rejected %,d errors %,d"
            + " reconnects %,d fails %,d unacked %,d frames %.1f MB/s ack %s cpu %.2f cores",
        second,
        sending ? "" : " draining",
        counts.connectionsUp(),
        messagesSentPerSecond(),
        messagesAckedPerSecond(),
        counts.messagesRejected(),
        counts.errorFrames(),
        counts.reconnects(),
        counts.connectFailures() + counts.connectionsLost(),
        counts.unackedFrames(),
        counts.bytesSent() / seconds() / 1e6,
        ackLatency.toText(),
        cpuCores());
  }
}
