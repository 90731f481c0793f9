package org.openv2x.sim.blast;

/**
 * Which BSM ids one connection of a blast sent and had acknowledged, exact after the run. The
 * connection numbers its BSMs (malformed ones included) from 1 in send order; with {@code
 * uniqueBsmIds} the BSM with counter {@code n} carries the id {@link BsmIds#vehicleId
 * BsmIds.vehicleId(connectionIndex, n)}. A resent frame carries the same counters again and is not
 * counted again.
 *
 * <p>{@code ACK}s cover every frame sent before theirs, so the acknowledged BSMs of a connection
 * are always a prefix: counters {@code 1..bsmsAcked}. Those are the BSMs the gateway has answered
 * for (accepted or rejected); {@code bsmsAcked + 1..bsmsSent} were sent and never acknowledged (the
 * drain timeout passed first, or they were still in flight when a failure stopped the blast).
 *
 * @param connectionIndex the connection's index ({@link BlastConfig#connectionIndex})
 * @param bsmsSent BSMs sent, malformed ones included: counters {@code 1..bsmsSent}
 * @param bsmsAcked BSMs covered by an {@code ACK}, malformed ones included: counters {@code
 *     1..bsmsAcked}
 * @param malformedSent malformed BSMs among the {@code bsmsSent}
 * @param malformedAcked malformed BSMs among the {@code bsmsAcked}
 */
public record ConnectionIds(
    int connectionIndex, long bsmsSent, long bsmsAcked, long malformedSent, long malformedAcked) {

  /** Whether every BSM the connection sent was acknowledged. */
  public boolean allAcked() {
    return bsmsAcked == bsmsSent;
  }

  /** The unique id of this connection's BSM with {@code counter} ({@link BsmIds#vehicleId}). */
  public long vehicleId(long counter) {
    return BsmIds.vehicleId(connectionIndex, counter);
  }
}
