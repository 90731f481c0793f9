package org.openv2x.gateway.ingest;

import com.google.protobuf.ByteString;
import io.netty.buffer.ByteBuf;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.DecoderLimits;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.RecordKeys;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.bsm.BasicSafetyMessage;
import org.openv2x.gateway.journal.JournalBatch;
import org.openv2x.gateway.journal.TopicCode;
import org.openv2x.gateway.metrics.GatewayMetrics;
import org.openv2x.proto.v1.FrameProtos;

/**
 * Turns received bytes into journal records: decode (UPER), validate, key, wrap in the envelope
 * (protobuf) — or, for anything refused, a dead letter with the raw bytes, the reason, the field
 * path and the source. One per I/O thread (the codec is not thread-safe).
 */
public final class Ingestor {
  private final String gatewayId;
  private final GatewayMetrics metrics;
  private final Validator validator;
  private final int maxRawBytes;
  private final UperCodec codec;
  private final BsmMsgCntTracker msgCntTracker;
  private final EnvelopeWriter envelopes;
  private byte[] scratch = new byte[4096];

  public Ingestor(
      String gatewayId,
      GatewayMetrics metrics,
      Validator validator,
      int maxRawBytes,
      int maxTrackedVehicles) {
    this.gatewayId = gatewayId;
    this.metrics = metrics;
    this.validator = validator;
    this.maxRawBytes = maxRawBytes;
    this.codec = new UperCodec(DecoderLimits.DEFAULTS);
    this.msgCntTracker = new BsmMsgCntTracker(maxTrackedVehicles);
    this.envelopes = new EnvelopeWriter(gatewayId);
  }

  /**
   * Decodes one MessageFrame from {@code buf[index, index + length)} and adds its record (or its
   * dead letter) to the batch. Returns true when accepted, false when dead-lettered.
   */
  public boolean ingest(
      ByteBuf buf,
      int index,
      int length,
      Source source,
      long receiveTimeEpochUs,
      long sequence,
      long batchSequence,
      JournalBatch batch) {
    byte[] bytes;
    int offset;
    if (buf.hasArray()) {
      bytes = buf.array();
      offset = buf.arrayOffset() + index;
    } else {
      if (scratch.length < length) {
        scratch = new byte[Math.max(length, scratch.length * 2)];
      }
      buf.getBytes(index, scratch, 0, length);
      bytes = scratch;
      offset = 0;
    }
    MessageFrame frame;
    try {
      frame = codec.decode(bytes, offset, length);
    } catch (CodecException e) {
      reject(
          bytes,
          offset,
          length,
          source,
          receiveTimeEpochUs,
          sequence,
          batchSequence,
          e.reason().name(),
          e.fieldPath(),
          e.bitOffset(),
          e.detail(),
          batch);
      return false;
    }
    Violation violation = validator.check(frame, receiveTimeEpochUs);
    if (violation != null) {
      reject(
          bytes,
          offset,
          length,
          source,
          receiveTimeEpochUs,
          sequence,
          batchSequence,
          violation.reason(),
          violation.fieldPath(),
          -1,
          violation.detail(),
          batch);
      return false;
    }
    envelopes.write(source.rsuId(), receiveTimeEpochUs, source.transport(), frame, sequence);
    batch.add(
        TopicCode.of(frame.type()),
        RecordKeys.keyOf(frame, source.rsuId()),
        envelopes.buffer(),
        envelopes.length(),
        sequence);
    metrics.messagesIn(source.transport(), frame.type()).increment();
    source.meters().messages().increment();
    if (frame instanceof BasicSafetyMessage bsm) {
      switch (msgCntTracker.record(source.rsuId(), bsm.id(), bsm.msgCnt())) {
        case GAP -> source.meters().bsmMsgCntGaps().increment(msgCntTracker.lastGap());
        case DUPLICATE -> source.meters().bsmMsgCntDuplicates().increment();
        default -> {}
      }
    }
    return true;
  }

  /** Dead-letters bytes of a buffer (an unparseable frame, an oversize one, ...). */
  public void reject(
      ByteBuf buf,
      int index,
      int length,
      int fullLength,
      Source source,
      long receiveTimeEpochUs,
      long sequence,
      long batchSequence,
      String reason,
      String detail,
      JournalBatch batch) {
    int kept = Math.min(length, maxRawBytes);
    byte[] raw = new byte[kept];
    buf.getBytes(index, raw);
    addDeadLetter(
        raw,
        fullLength,
        source,
        receiveTimeEpochUs,
        sequence,
        batchSequence,
        reason,
        "",
        -1,
        detail,
        batch);
  }

  private void reject(
      byte[] bytes,
      int offset,
      int length,
      Source source,
      long receiveTimeEpochUs,
      long sequence,
      long batchSequence,
      String reason,
      String fieldPath,
      long bitOffset,
      String detail,
      JournalBatch batch) {
    int kept = Math.min(length, maxRawBytes);
    byte[] raw = new byte[kept];
    System.arraycopy(bytes, offset, raw, 0, kept);
    addDeadLetter(
        raw,
        length,
        source,
        receiveTimeEpochUs,
        sequence,
        batchSequence,
        reason,
        fieldPath,
        bitOffset,
        detail,
        batch);
  }

  private void addDeadLetter(
      byte[] raw,
      int fullLength,
      Source source,
      long receiveTimeEpochUs,
      long sequence,
      long batchSequence,
      String reason,
      String fieldPath,
      long bitOffset,
      String detail,
      JournalBatch batch) {
    FrameProtos.DeadLetter deadLetter =
        FrameProtos.DeadLetter.newBuilder()
            .setSourceRsuId(source.rsuId())
            .setSourceAddress(source.address())
            .setGatewayId(gatewayId)
            .setGatewaySequence(sequence)
            .setGatewayReceiveTimeEpochUs(receiveTimeEpochUs)
            .setTransport(source.transport())
            .setReason(reason)
            .setFieldPath(fieldPath == null ? "" : fieldPath)
            .setBitOffset(bitOffset)
            .setDetail(detail == null ? "" : detail)
            .setRaw(ByteString.copyFrom(raw))
            .setRawLength(fullLength)
            .setBatchSequence(batchSequence)
            .build();
    batch.add(TopicCode.DEADLETTER, source.rsuId(), deadLetter.toByteArray(), sequence);
    metrics.rejects(reason).increment();
    source.meters().rejects().increment();
  }
}
