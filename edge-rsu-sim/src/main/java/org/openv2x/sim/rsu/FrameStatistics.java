package org.openv2x.sim.rsu;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.openv2x.codec.MessageType;

/**
 * A snapshot of frame counters by message type. The {@link RsuFleet} fills the production part; a
 * {@link FrameSink} the transport part (the rest stay 0).
 *
 * @param producedFrames MessageFrames the RSUs sent to the sink (a BSM heard by two RSUs counts
 *     twice)
 * @param producedBytes their UPER bytes
 * @param bsmsEncoded BSMs built and encoded (once per vehicle and step, however many RSUs hear it)
 * @param buildErrors messages that could not be built (a fault, logged)
 * @param sentFrames MessageFrames handed to the network
 * @param sentBytes their UPER bytes
 * @param ackedFrames MessageFrames in {@code DATA} frames the gateway acknowledged (TCP)
 * @param dataFramesSent {@code DATA} frames sent (TCP; UDP: datagrams)
 * @param dataFramesAcked {@code DATA} frames acknowledged (TCP)
 * @param dataFramesResent {@code DATA} frames sent again after a reconnect (TCP)
 * @param reconnects sessions established again after a lost connection (TCP)
 * @param sendErrors frames or batches that could not be sent
 * @param downlinkFrames MessageFrames the gateway sent down to the RSUs, by type
 * @param downlinkBytes their bytes
 * @param downlinkUndecodable downlink frames that did not decode (counted, logged, dropped)
 */
public record FrameStatistics(
    Map<MessageType, Long> producedFrames,
    Map<MessageType, Long> producedBytes,
    long bsmsEncoded,
    long buildErrors,
    Map<MessageType, Long> sentFrames,
    Map<MessageType, Long> sentBytes,
    Map<MessageType, Long> ackedFrames,
    long dataFramesSent,
    long dataFramesAcked,
    long dataFramesResent,
    long reconnects,
    long sendErrors,
    Map<MessageType, Long> downlinkFrames,
    long downlinkBytes,
    long downlinkUndecodable) {
  public FrameStatistics {
    producedFrames = copy(producedFrames);
    producedBytes = copy(producedBytes);
    sentFrames = copy(sentFrames);
    sentBytes = copy(sentBytes);
    ackedFrames = copy(ackedFrames);
    downlinkFrames = copy(downlinkFrames);
  }

  /**
   * The production part of {@code production} (the fleet's) with the transport part of {@code
   * transport} (the sink's).
   */
  public static FrameStatistics combine(FrameStatistics production, FrameStatistics transport) {
    return new FrameStatistics(
        production.producedFrames,
        production.producedBytes,
        production.bsmsEncoded,
        production.buildErrors,
        transport.sentFrames,
        transport.sentBytes,
        transport.ackedFrames,
        transport.dataFramesSent,
        transport.dataFramesAcked,
        transport.dataFramesResent,
        transport.reconnects,
        transport.sendErrors,
        transport.downlinkFrames,
        transport.downlinkBytes,
        transport.downlinkUndecodable);
  }

  public long produced(MessageType type) {
    return producedFrames.get(type);
  }

  public long sent(MessageType type) {
    return sentFrames.get(type);
  }

  public long acked(MessageType type) {
    return ackedFrames.get(type);
  }

  public long downlink(MessageType type) {
    return downlinkFrames.get(type);
  }

  public long totalProduced() {
    return sum(producedFrames);
  }

  public long totalSent() {
    return sum(sentFrames);
  }

  public long totalAcked() {
    return sum(ackedFrames);
  }

  /** One line for logs: produced, sent and acknowledged frames by type. */
  public String toLine() {
    StringBuilder line = new StringBuilder();
    for (MessageType type : MessageType.values()) {
      line.append(type)
          .append(' ')
          .append(produced(type))
          .append('/')
          .append(sent(type))
          .append('/')
          .append(acked(type))
          .append("  ");
    }
    line.append("(produced/sent/acked); DATA resent ")
        .append(dataFramesResent)
        .append(", send errors ")
        .append(sendErrors)
        .append(", downlink ")
        .append(sum(downlinkFrames));
    return line.toString();
  }

  private static long sum(Map<MessageType, Long> counts) {
    long total = 0;
    for (long count : counts.values()) {
      total += count;
    }
    return total;
  }

  private static Map<MessageType, Long> copy(Map<MessageType, Long> counts) {
    Map<MessageType, Long> copy = new EnumMap<>(MessageType.class);
    for (MessageType type : MessageType.values()) {
      copy.put(type, counts.getOrDefault(type, 0L));
    }
    return Collections.unmodifiableMap(copy);
  }
}
