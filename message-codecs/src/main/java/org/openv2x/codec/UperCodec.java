package org.openv2x.codec;

import org.openv2x.codec.bsm.BasicSafetyMessage;
import org.openv2x.codec.bsm.BsmUper;
import org.openv2x.codec.map.MapData;
import org.openv2x.codec.map.MapUper;
import org.openv2x.codec.rsi.RoadSideInformation;
import org.openv2x.codec.rsi.RsiUper;
import org.openv2x.codec.rsm.RoadsideSafetyMessage;
import org.openv2x.codec.rsm.RsmUper;
import org.openv2x.codec.spat.Spat;
import org.openv2x.codec.spat.SpatUper;
import org.openv2x.codec.uper.UperReader;
import org.openv2x.codec.uper.UperWriter;

/**
 * Encodes and decodes a T/CSAE 53-2020 {@code MessageFrame} in UPER (ITU-T X.691, unaligned).
 * Decoding is strict: the whole input must be one MessageFrame, padded with zero bits to an octet
 * and followed by nothing; unknown extension additions of SEQUENCEs are skipped.
 *
 * <p>Not thread-safe (it reuses its reader and writer and allocates nothing beyond the decoded
 * values); use one per thread.
 */
public final class UperCodec {
  private static final int FRAME_ALTERNATIVES = MessageType.values().length;
  private static final MessageType[] TYPES = MessageType.values();

  private final UperReader reader;
  private final UperWriter writer = new UperWriter(1024);

  /** A codec with {@link DecoderLimits#DEFAULTS}. */
  public UperCodec() {
    this(DecoderLimits.DEFAULTS);
  }

  public UperCodec(DecoderLimits limits) {
    this.reader = new UperReader(limits);
  }

  /** Decodes one MessageFrame that fills {@code bytes} exactly. */
  public MessageFrame decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  /** Decodes one MessageFrame that fills {@code length} bytes from {@code offset} exactly. */
  public MessageFrame decode(byte[] bytes, int offset, int length) {
    try {
      return decodeFrame(reader.trackPath(false), bytes, offset, length);
    } catch (CodecException untracked) {
      // Decoding is deterministic: the same input fails at the same place again, and this time
      // the exception names the field path. Valid input never pays for tracking the path.
      decodeFrame(reader.trackPath(true), bytes, offset, length);
      throw new IllegalStateException("input failed once and then decoded", untracked);
    }
  }

  private static MessageFrame decodeFrame(UperReader reader, byte[] bytes, int offset, int length) {
    reader.reset(bytes, offset, length);
    MessageType type = TYPES[reader.readChoiceIndex(FRAME_ALTERNATIVES, true, "")];
    String field = type.frameName();
    MessageFrame frame =
        switch (type) {
          case BSM -> BsmUper.decodeBasicSafetyMessage(reader, field);
          case MAP -> MapUper.decodeMapData(reader, field);
          case RSM -> RsmUper.decodeRoadsideSafetyMessage(reader, field);
          case SPAT -> SpatUper.decodeSpat(reader, field);
          case RSI -> RsiUper.decodeRoadSideInformation(reader, field);
        };
    reader.finish();
    return frame;
  }

  /** The UPER encoding of {@code frame}. */
  public byte[] encode(MessageFrame frame) {
    write(frame);
    return writer.toByteArray();
  }

  /**
   * Encodes {@code frame} into {@code target} from {@code offset}, without allocating; returns the
   * number of bytes written.
   *
   * @throws IndexOutOfBoundsException if {@code target} is too small
   */
  public int encode(MessageFrame frame, byte[] target, int offset) {
    write(frame);
    if (writer.encodedLength() > target.length - offset) {
      throw new IndexOutOfBoundsException(
          writer.encodedLength() + " bytes do not fit at " + offset + " of " + target.length);
    }
    return writer.copyTo(target, offset);
  }

  private void write(MessageFrame frame) {
    writer.reset();
    writer.writeChoiceIndex(frame.type().ordinal(), FRAME_ALTERNATIVES, true);
    switch (frame.type()) {
      case BSM -> BsmUper.encodeBasicSafetyMessage(writer, (BasicSafetyMessage) frame);
      case MAP -> MapUper.encodeMapData(writer, (MapData) frame);
      case RSM -> RsmUper.encodeRoadsideSafetyMessage(writer, (RoadsideSafetyMessage) frame);
      case SPAT -> SpatUper.encodeSpat(writer, (Spat) frame);
      case RSI -> RsiUper.encodeRoadSideInformation(writer, (RoadSideInformation) frame);
    }
  }
}
