package org.openv2x.sim.blast;

/**
 * Counters of a blast (since its start, or over an interval as the difference of two snapshots),
 * summed over all connections. Messages are counted in whole {@code DATA} frames.
 *
 * @param messagesSent messages in {@code DATA} frames sent for the first time
 * @param framesSent {@code DATA} frames sent for the first time
 * @param framesResent {@code DATA} frames written again on a new connection (same sequence)
 * @param messagesAcked the sum of the {@code ACK}s' {@code accepted + rejected}
 * @param messagesAccepted the sum of the {@code ACK}s' {@code accepted}
 * @param messagesRejected the sum of the {@code ACK}s' {@code rejected}
 * @param bsmsSent BSMs (malformed ones included) in {@code DATA} frames sent for the first time:
 *     the per-connection BSM counters handed out ({@link BsmIds})
 * @param bsmsAcked BSMs (malformed ones included) in {@code DATA} frames released by an {@code ACK}
 * @param messagesMalformedSent malformed BSMs ({@link BlastCorpus#withMalformedBsms}) in {@code
 *     DATA} frames sent for the first time
 * @param messagesMalformedAcked malformed BSMs in {@code DATA} frames released by an {@code ACK}:
 *     what a gateway that refuses them reports in the {@code ACK}s' {@code rejected}
 * @param framesAcked {@code DATA} frames released by an {@code ACK}
 * @param unexpectedAcks {@code ACK}s of a sequence not waiting for one (ignored)
 * @param errorFrames {@code ERROR} frames received (by code in {@link BlastResult#errorsByCode()})
 * @param heartbeatsSent {@code HEARTBEAT}s sent on idle connections
 * @param heartbeatsReceived {@code HEARTBEAT}s received
 * @param downlinksReceived {@code DOWNLINK} frames received (not used further)
 * @param malformedFrames frames from the gateway that did not parse
 * @param unexpectedFrames frames of a type the gateway does not send
 * @param connectFailures connection attempts that ended before {@code HELLO_ACK} (refused, timed
 *     out, closed, or a closing {@code ERROR})
 * @param connectionsLost established sessions that ended before the blast closed them
 * @param reconnects sessions established again after a failure or a loss
 * @param bytesSent bytes written to the sockets (all frames, resends included)
 * @param connectionsUp sessions established at the snapshot (a gauge: not a difference)
 * @param unackedFrames {@code DATA} frames waiting for their {@code ACK} at the snapshot (a gauge)
 */
public record BlastCounts(
    long messagesSent,
    long framesSent,
    long framesResent,
    long messagesAcked,
    long messagesAccepted,
    long messagesRejected,
    long bsmsSent,
    long bsmsAcked,
    long messagesMalformedSent,
    long messagesMalformedAcked,
    long framesAcked,
    long unexpectedAcks,
    long errorFrames,
    long heartbeatsSent,
    long heartbeatsReceived,
    long downlinksReceived,
    long malformedFrames,
    long unexpectedFrames,
    long connectFailures,
    long connectionsLost,
    long reconnects,
    long bytesSent,
    long connectionsUp,
    long unackedFrames) {

  /** All zero. */
  public static final BlastCounts ZERO =
      new BlastCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** The sum of two snapshots (of different threads), gauges included. */
  public BlastCounts plus(BlastCounts other) {
    return new BlastCounts(
        messagesSent + other.messagesSent,
        framesSent + other.framesSent,
        framesResent + other.framesResent,
        messagesAcked + other.messagesAcked,
        messagesAccepted + other.messagesAccepted,
        messagesRejected + other.messagesRejected,
        bsmsSent + other.bsmsSent,
        bsmsAcked + other.bsmsAcked,
        messagesMalformedSent + other.messagesMalformedSent,
        messagesMalformedAcked + other.messagesMalformedAcked,
        framesAcked + other.framesAcked,
        unexpectedAcks + other.unexpectedAcks,
        errorFrames + other.errorFrames,
        heartbeatsSent + other.heartbeatsSent,
        heartbeatsReceived + other.heartbeatsReceived,
        downlinksReceived + other.downlinksReceived,
        malformedFrames + other.malformedFrames,
        unexpectedFrames + other.unexpectedFrames,
        connectFailures + other.connectFailures,
        connectionsLost + other.connectionsLost,
        reconnects + other.reconnects,
        bytesSent + other.bytesSent,
        connectionsUp + other.connectionsUp,
        unackedFrames + other.unackedFrames);
  }

  /** The counters since {@code earlier}; the gauges are this snapshot's. */
  public BlastCounts since(BlastCounts earlier) {
    return new BlastCounts(
        messagesSent - earlier.messagesSent,
        framesSent - earlier.framesSent,
        framesResent - earlier.framesResent,
        messagesAcked - earlier.messagesAcked,
        messagesAccepted - earlier.messagesAccepted,
        messagesRejected - earlier.messagesRejected,
        bsmsSent - earlier.bsmsSent,
        bsmsAcked - earlier.bsmsAcked,
        messagesMalformedSent - earlier.messagesMalformedSent,
        messagesMalformedAcked - earlier.messagesMalformedAcked,
        framesAcked - earlier.framesAcked,
        unexpectedAcks - earlier.unexpectedAcks,
        errorFrames - earlier.errorFrames,
        heartbeatsSent - earlier.heartbeatsSent,
        heartbeatsReceived - earlier.heartbeatsReceived,
        downlinksReceived - earlier.downlinksReceived,
        malformedFrames - earlier.malformedFrames,
        unexpectedFrames - earlier.unexpectedFrames,
        connectFailures - earlier.connectFailures,
        connectionsLost - earlier.connectionsLost,
        reconnects - earlier.reconnects,
        bytesSent - earlier.bytesSent,
        connectionsUp,
        unackedFrames);
  }
}
