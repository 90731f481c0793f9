package org.openv2x.sim.rsu;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.openv2x.codec.MessageType;

/**
 * Thread-safe counters of frames by message type, behind {@link FrameStatistics}: the fleet counts
 * what it produces, the transports what they send, what is acknowledged and what comes down.
 */
final class FrameCounters {
  private static final MessageType[] TYPES = MessageType.values();

  final AtomicLongArray producedFrames = new AtomicLongArray(TYPES.length);
  final AtomicLongArray producedBytes = new AtomicLongArray(TYPES.length);
  final AtomicLongArray sentFrames = new AtomicLongArray(TYPES.length);
  final AtomicLongArray sentBytes = new AtomicLongArray(TYPES.length);
  final AtomicLongArray ackedFrames = new AtomicLongArray(TYPES.length);
  final AtomicLongArray downlinkFrames = new AtomicLongArray(TYPES.length);
  final LongAdder bsmsEncoded = new LongAdder();
  final LongAdder buildErrors = new LongAdder();
  final LongAdder dataFramesSent = new LongAdder();
  final LongAdder sendErrors = new LongAdder();
  final LongAdder downlinkBytes = new LongAdder();
  final LongAdder downlinkUndecodable = new LongAdder();

  void produced(MessageType type, int bytes) {
    producedFrames.incrementAndGet(type.ordinal());
    producedBytes.addAndGet(type.ordinal(), bytes);
  }

  void sent(MessageType type, int bytes) {
    sentFrames.incrementAndGet(type.ordinal());
    sentBytes.addAndGet(type.ordinal(), bytes);
  }

  void acked(int[] framesByType) {
    for (int i = 0; i < framesByType.length; i++) {
      if (framesByType[i] != 0) {
        ackedFrames.addAndGet(i, framesByType[i]);
      }
    }
  }

  /** A snapshot; {@code resent} and {@code reconnects} come from the transport's sessions. */
  FrameStatistics snapshot(long dataFramesAcked, long dataFramesResent, long reconnects) {
    return new FrameStatistics(
        byType(producedFrames),
        byType(producedBytes),
        bsmsEncoded.sum(),
        buildErrors.sum(),
        byType(sentFrames),
        byType(sentBytes),
        byType(ackedFrames),
        dataFramesSent.sum(),
        dataFramesAcked,
        dataFramesResent,
        reconnects,
        sendErrors.sum(),
        byType(downlinkFrames),
        downlinkBytes.sum(),
        downlinkUndecodable.sum());
  }

  FrameStatistics snapshot() {
    return snapshot(0, 0, 0);
  }

  private static Map<MessageType, Long> byType(AtomicLongArray counts) {
    Map<MessageType, Long> map = new EnumMap<>(MessageType.class);
    for (MessageType type : TYPES) {
      map.put(type, counts.get(type.ordinal()));
    }
    return map;
  }
}
