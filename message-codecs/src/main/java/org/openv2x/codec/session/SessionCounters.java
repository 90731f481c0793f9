package org.openv2x.codec.session;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The live counters behind {@link SessionStatistics}. */
final class SessionCounters {
  final LongAdder sentFrames = new LongAdder();
  final LongAdder sentMessages = new LongAdder();
  final LongAdder resentFrames = new LongAdder();
  final LongAdder ackedFrames = new LongAdder();
  final LongAdder ackedMessages = new LongAdder();
  final LongAdder acceptedMessages = new LongAdder();
  final LongAdder rejectedMessages = new LongAdder();
  final LongAdder unexpectedAcks = new LongAdder();
  final LongAdder downlinksReceived = new LongAdder();
  final LongAdder heartbeatsSent = new LongAdder();
  final LongAdder heartbeatsReceived = new LongAdder();
  final LongAdder malformedFramesReceived = new LongAdder();
  final LongAdder unexpectedFramesReceived = new LongAdder();
  final LongAdder reconnects = new LongAdder();
  private final ConcurrentHashMap<Integer, LongAdder> errorsByCode = new ConcurrentHashMap<>();

  void error(int code) {
    errorsByCode.computeIfAbsent(code, c -> new LongAdder()).increment();
  }

  SessionStatistics snapshot(int unackedFrames) {
    Map<Integer, Long> errors = new TreeMap<>();
    errorsByCode.forEach((code, count) -> errors.put(code, count.sum()));
    return new SessionStatistics(
        sentFrames.sum(),
        sentMessages.sum(),
        resentFrames.sum(),
        ackedFrames.sum(),
        ackedMessages.sum(),
        acceptedMessages.sum(),
        rejectedMessages.sum(),
        unexpectedAcks.sum(),
        downlinksReceived.sum(),
        heartbeatsSent.sum(),
        heartbeatsReceived.sum(),
        errors,
        malformedFramesReceived.sum(),
        unexpectedFramesReceived.sum(),
        reconnects.sum(),
        unackedFrames);
  }
}
