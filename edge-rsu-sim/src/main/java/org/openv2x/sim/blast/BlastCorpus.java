package org.openv2x.sim.blast;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.bsm.BasicSafetyMessage;

/**
 * An immutable list of UPER-encoded T/CSAE 53-2020 {@code MessageFrame}s for a blast, each with its
 * {@link MessageType}. {@link #of} decodes every frame once, so a corpus holds only frames the
 * gateway can decode, and checks that each BSM's vehicle id sits where {@link BsmIds} patches it.
 */
public final class BlastCorpus {
  private final byte[][] frames;
  private final MessageType[] types;
  private final Map<MessageType, Integer> mix;
  private final long totalBytes;
  private final int maxFrameBytes;

  private BlastCorpus(byte[][] frames, MessageType[] types) {
    this.frames = frames;
    this.types = types;
    Map<MessageType, Integer> counts = new EnumMap<>(MessageType.class);
    long bytes = 0;
    int max = 0;
    for (int i = 0; i < frames.length; i++) {
      counts.merge(types[i], 1, Integer::sum);
      bytes += frames[i].length;
      max = Math.max(max, frames[i].length);
    }
    this.mix = Collections.unmodifiableMap(counts);
    this.totalBytes = bytes;
    this.maxFrameBytes = max;
  }

  /**
   * A corpus of these UPER MessageFrames (copied), in this order.
   *
   * @throws IllegalArgumentException if the list is empty, or a frame is null, longer than 65535
   *     bytes (a {@code DATA} message's limit) or not one decodable MessageFrame; the message names
   *     the frame's index
   */
  public static BlastCorpus of(List<byte[]> uperFrames) {
    if (uperFrames == null || uperFrames.isEmpty()) {
      throw new IllegalArgumentException("uperFrames must hold at least one frame");
    }
    UperCodec codec = new UperCodec();
    byte[][] frames = new byte[uperFrames.size()][];
    MessageType[] types = new MessageType[uperFrames.size()];
    for (int i = 0; i < frames.length; i++) {
      byte[] frame = uperFrames.get(i);
      if (frame == null) {
        throw new IllegalArgumentException("uperFrames[" + i + "] is null");
      }
      if (frame.length < 1 || frame.length > BlastBatches.MAX_MESSAGE_BYTES) {
        throw new IllegalArgumentException(
            "uperFrames[" + i + "] has " + frame.length + " bytes, a DATA message 1..65535");
      }
      MessageFrame decoded;
      try {
        decoded = codec.decode(frame);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "uperFrames[" + i + "] is not a decodable MessageFrame: " + e.getMessage(), e);
      }
      if (decoded instanceof BasicSafetyMessage bsm && BsmIds.read(frame, 0) != bsm.id()) {
        throw new IllegalStateException(
            "uperFrames["
                + i
                + "]: the BSM's id is not at bit "
                + BsmIds.ID_BIT_OFFSET
                + " of its MessageFrame; the UPER layout is not the one BsmIds patches");
      }
      frames[i] = frame.clone();
      types[i] = decoded.type();
    }
    return new BlastCorpus(frames, types);
  }

  /** The number of frames. */
  public int size() {
    return frames.length;
  }

  /** A copy of frame {@code index}'s UPER bytes. */
  public byte[] frame(int index) {
    return frames[index].clone();
  }

  /** Frame {@code index}'s bytes, not copied: callers inside this package never modify them. */
  byte[] frameBytes(int index) {
    return frames[index];
  }

  /** The message type of frame {@code index}. */
  public MessageType type(int index) {
    return types[index];
  }

  /** How many frames of each type (types without a frame are absent). */
  public Map<MessageType, Integer> mix() {
    return mix;
  }

  /** The sum of the frames' lengths, in bytes. */
  public long totalBytes() {
    return totalBytes;
  }

  /** The mean frame length, in bytes. */
  public double meanBytes() {
    return (double) totalBytes / frames.length;
  }

  /** The longest frame, in bytes. */
  public int maxFrameBytes() {
    return maxFrameBytes;
  }

  /** For example {@code 1,000 frames, 92.4 bytes on average: BSM 88.0 %, SPAT 7.0 %, ...}. */
  public String describe() {
    StringBuilder text =
        new StringBuilder(
            String.format(
                Locale.ROOT, "%,d frames, %.1f bytes on average:", frames.length, meanBytes()));
    String separator = " ";
    for (Map.Entry<MessageType, Integer> entry : mix.entrySet()) {
      text.append(separator)
          .append(
              String.format(
                  Locale.ROOT,
                  "%s %.1f %%",
                  entry.getKey(),
                  100.0 * entry.getValue() / frames.length));
      separator = ", ";
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "BlastCorpus[" + describe() + "]";
  }
}
