package org.openv2x.sim.blast;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;
import org.openv2x.codec.session.ErrorCode;

/**
 * The outcome of a blast: exact totals and per-connection id accounting (the I/O threads had ended
 * when it was made), the per-second intervals, the ACK latency over the whole run, the CPU the I/O
 * threads used, and with {@link BlastConfig#recordSendTimes()} when each BSM was sent.
 */
public final class BlastResult {
  private final BlastConfig config;
  private final String corpus;
  private final long sendNanos;
  private final long totalNanos;
  private final BlastCounts totals;
  private final Map<Integer, Long> errorsByCode;
  private final Histogram ackLatency;
  private final long cpuNanos;
  private final List<BlastInterval> intervals;
  private final String failure;
  private final List<ConnectionIds> connectionIds;
  private final BlastSendLog[] sendLogs;

  BlastResult(
      BlastConfig config,
      String corpus,
      long sendNanos,
      long totalNanos,
      BlastCounts totals,
      Map<Integer, Long> errorsByCode,
      Histogram ackLatency,
      long cpuNanos,
      List<BlastInterval> intervals,
      String failure,
      List<ConnectionIds> connectionIds,
      BlastSendLog[] sendLogs) {
    this.config = config;
    this.corpus = corpus;
    this.sendNanos = sendNanos;
    this.totalNanos = totalNanos;
    this.totals = totals;
    this.errorsByCode = Map.copyOf(errorsByCode);
    this.ackLatency = ackLatency;
    this.cpuNanos = cpuNanos;
    this.intervals = List.copyOf(intervals);
    this.failure = failure;
    this.connectionIds = List.copyOf(connectionIds);
    this.sendLogs = sendLogs;
  }

  public BlastConfig config() {
    return config;
  }

  /** The corpus, described ({@link BlastCorpus#describe()}). */
  public String corpus() {
    return corpus;
  }

  /** The time from the start until sending stopped (ramp and duration, or until stopped). */
  public long sendNanos() {
    return sendNanos;
  }

  /** The time from the start until the connections were closed, drain included. */
  public long totalNanos() {
    return totalNanos;
  }

  /** The counters of the whole run; the gauges are 0 (every connection closed). */
  public BlastCounts totals() {
    return totals;
  }

  /** {@code ERROR} frames received, by wire code. */
  public Map<Integer, Long> errorsByCode() {
    return errorsByCode;
  }

  /** {@code ERROR} frames received with this code. */
  public long errors(ErrorCode code) {
    return errorsByCode.getOrDefault(code.code(), 0L);
  }

  /** A copy of the ACK latency histogram of the whole run, in microseconds. */
  public Histogram ackLatencyHistogram() {
    return ackLatency.copy();
  }

  public LatencySummary ackLatency() {
    return LatencySummary.of(ackLatency);
  }

  /** CPU time the I/O threads used, in nanoseconds. */
  public long cpuNanos() {
    return cpuNanos;
  }

  /** The per-second intervals, in order (the last one may be shorter). */
  public List<BlastInterval> intervals() {
    return intervals;
  }

  /** Why the blast stopped early (an I/O thread failed, the gateway's limits), if it did. */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Per connection, in connection order (connection {@code i} has index {@code
   * config().connectionIndex(i)}): the BSM counters it sent and had acknowledged. Their sums are
   * {@code totals().bsmsSent()}, {@code bsmsAcked()}, {@code messagesMalformedSent()} and {@code
   * messagesMalformedAcked()}.
   */
  public List<ConnectionIds> connectionIds() {
    return connectionIds;
  }

  /**
   * When the BSM with {@code counter} of the connection with index {@code connectionIndex} was
   * first sent: the wall-clock time (epoch microseconds) of the first write of the {@code DATA}
   * frame that carried it (a resend does not change it). Found by binary search over the
   * connection's frame log. With {@code uniqueBsmIds} a BSM's id gives both arguments ({@link
   * BsmIds#connectionIndex}, {@link BsmIds#counter}).
   *
   * <p>The time is derived from {@link System#nanoTime()} and one wall-clock reading at the start
   * of the blast, so it follows the monotonic clock (see BLAST.md).
   *
   * @return the time, or -1 if unknown: send times were not recorded, the index is not one of this
   *     blast's, or the connection never sent that counter
   */
  public long bsmSendTimeEpochUs(int connectionIndex, long counter) {
    if (sendLogs == null) {
      return -1;
    }
    long connection = (long) connectionIndex - config.firstConnectionIndex();
    if (connection < 0 || connection >= sendLogs.length) {
      return -1;
    }
    if (counter < 1 || counter > connectionIds.get((int) connection).bsmsSent()) {
      return -1;
    }
    BlastSendLog log = sendLogs[(int) connection];
    int frame = log.frameOf(counter);
    return frame < 0 ? -1 : log.sendTimeEpochUs(frame);
  }

  /** Whether every {@code DATA} frame sent was acknowledged before the connections closed. */
  public boolean allAcked() {
    return totals.framesAcked() == totals.framesSent();
  }

  /** {@code DATA} frames sent and never acknowledged (the drain timeout passed first). */
  public long unackedFrames() {
    return totals.framesSent() - totals.framesAcked();
  }

  /** Messages sent per second over the send time. */
  public double offeredMessagesPerSecond() {
    return totals.messagesSent() / (double) Math.max(sendNanos, 1) * 1e9;
  }

  /** Messages acknowledged per second over the send time (the drain's ACKs included). */
  public double ackedMessagesPerSecond() {
    return totals.messagesAcked() / (double) Math.max(sendNanos, 1) * 1e9;
  }

  /** Messages sent per second of the I/O threads' CPU time. */
  public double messagesPerCpuSecond() {
    return cpuNanos == 0 ? 0 : totals.messagesSent() / (cpuNanos / 1e9);
  }

  /** A few lines for people: configuration, totals, rates, latency, CPU, errors. */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append("blast: ").append(config).append('\n');
    text.append("corpus: ").append(corpus).append('\n');
    text.append(
        String.format(
            Locale.ROOT,
            "sent %,d messages in %,d DATA frames (%,d resent) over %.1f s: %,.0f msg/s offered%n",
            totals.messagesSent(),
            totals.framesSent(),
            totals.framesResent(),
            sendNanos / 1e9,
            offeredMessagesPerSecond()));
    text.append(
        String.format(
            Locale.ROOT,
            "acked %,d messages (%,d accepted, %,d rejected) in %,d frames, %,d frames"
                + " unacknowledged; %,.0f msg/s%n",
            totals.messagesAcked(),
            totals.messagesAccepted(),
            totals.messagesRejected(),
            totals.framesAcked(),
            unackedFrames(),
            ackedMessagesPerSecond()));
    if (totals.messagesMalformedSent() > 0) {
      text.append(
          String.format(
              Locale.ROOT,
              "malformed BSMs: %,d sent, %,d in acknowledged frames (%,d rejected in the ACKs)%n",
              totals.messagesMalformedSent(),
              totals.messagesMalformedAcked(),
              totals.messagesRejected()));
    }
    text.append(
        String.format(
            Locale.ROOT,
            "ack latency %s over %,d frames%n",
            ackLatency().toText(),
            ackLatency.getTotalCount()));
    text.append(
        String.format(
            Locale.ROOT,
            "connections: %,d reconnects, %,d lost, %,d failed attempts; %,d ERROR frames %s;"
                + " %,.1f MB sent%n",
            totals.reconnects(),
            totals.connectionsLost(),
            totals.connectFailures(),
            totals.errorFrames(),
            errorsByCode,
            totals.bytesSent() / 1e6));
    text.append(
        String.format(
            Locale.ROOT,
            "cpu: %.2f s of the I/O threads over %.1f s, %,.0f messages per CPU-second",
            cpuNanos / 1e9,
            totalNanos / 1e9,
            messagesPerCpuSecond()));
    if (failure != null) {
      text.append("\nfailed: ").append(failure);
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return summary();
  }
}
