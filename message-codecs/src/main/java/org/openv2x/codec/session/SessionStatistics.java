package org.openv2x.codec.session;

import java.util.Map;

/**
 * A snapshot of an {@link RsuSessionClient}'s counters since it was created.
 *
 * @param sentFrames {@code DATA} frames taken by {@code send}
 * @param sentMessages messages in those frames
 * @param resentFrames {@code DATA} frames written again on a new connection
 * @param ackedFrames {@code DATA} frames released by an {@code ACK} (their own or a later one's)
 * @param ackedMessages messages in the acknowledged frames
 * @param acceptedMessages the sum of the {@code ACK}s' {@code accepted}
 * @param rejectedMessages the sum of the {@code ACK}s' {@code rejected}
 * @param unexpectedAcks {@code ACK}s of a sequence not waiting for one (ignored)
 * @param downlinksReceived {@code DOWNLINK} frames received
 * @param heartbeatsSent {@code HEARTBEAT}s sent when idle
 * @param heartbeatsReceived {@code HEARTBEAT}s received
 * @param errorsByCode {@code ERROR} frames received, by wire code (unknown codes included)
 * @param malformedFramesReceived frames from the gateway the parser refused
 * @param unexpectedFramesReceived frames of a type the gateway does not send, or unknown types
 * @param reconnects sessions established again after a lost connection or {@code reconnect()}
 * @param unackedFrames {@code DATA} frames waiting for their {@code ACK} at the snapshot
 */
public record SessionStatistics(
    long sentFrames,
    long sentMessages,
    long resentFrames,
    long ackedFrames,
    long ackedMessages,
    long acceptedMessages,
    long rejectedMessages,
    long unexpectedAcks,
    long downlinksReceived,
    long heartbeatsSent,
    long heartbeatsReceived,
    Map<Integer, Long> errorsByCode,
    long malformedFramesReceived,
    long unexpectedFramesReceived,
    long reconnects,
    int unackedFrames) {

  public SessionStatistics {
    errorsByCode = Map.copyOf(errorsByCode);
  }

  /** {@code ERROR} frames received with this code. */
  public long errors(ErrorCode code) {
    return errorsByCode.getOrDefault(code.code(), 0L);
  }
}
