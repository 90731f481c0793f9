package org.openv2x.sim.blast;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.bsm.BasicSafetyMessage;

/**
 * An immutable list of UPER-encoded T/CSAE 53-2020 {@code MessageFrame}s for a blast, each with its
 * {@link MessageType}. {@link #of} decodes every frame once, so a corpus holds only frames the
 * gateway can decode, and checks that each BSM's vehicle id sits where {@link BsmIds} patches it.
 *
 * <p>{@link #withMalformedBsms} makes a corpus in which some BSMs are replaced by bytes the
 * gateway's decoder refuses, for a test of how bad input is handled; they keep the BSM's first
 * {@value #MALFORMED_KEPT_BYTES} bytes, so their ids are patched and can be read back ({@link
 * BsmIds#read}) from what the gateway dead-letters.
 */
public final class BlastCorpus {
  /**
   * The bytes of a BSM MessageFrame a malformed variant keeps: the CHOICE, the BSM's flags, {@code
   * msgCnt} and the 64-bit id (bits 0..82, {@link BsmIds}).
   */
  public static final int MALFORMED_KEPT_BYTES = (BsmIds.ID_BIT_OFFSET + 64 + 7) / 8;

  private final byte[][] frames;
  private final MessageType[] types;
  private final boolean[] malformed;
  private final int malformedCount;
  private final Map<MessageType, Integer> mix;
  private final long totalBytes;
  private final int maxFrameBytes;

  private BlastCorpus(byte[][] frames, MessageType[] types, boolean[] malformed) {
    this.frames = frames;
    this.types = types;
    this.malformed = malformed;
    int malformedFrames = 0;
    for (boolean bad : malformed) {
      malformedFrames += bad ? 1 : 0;
    }
    this.malformedCount = malformedFrames;
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
    return new BlastCorpus(frames, types, new boolean[frames.length]);
  }

  /**
   * A copy of this corpus in which about {@code share} of the BSMs are replaced by a malformed
   * variant: {@code round(share × BSMs)} of them, at least one if {@code share > 0} and there is a
   * BSM, chosen by a {@link Random} with {@code seed} (the same seed gives the same corpus). The
   * variants alternate, in corpus order, between
   *
   * <ul>
   *   <li>cut short: the first {@code length} bytes, {@code length} drawn from {@value
   *       #MALFORMED_KEPT_BYTES}..(the frame's length − 1), and
   *   <li>trailing data: the whole frame and one more non-zero byte (a strict UPER decoder refuses
   *       bytes after the end).
   * </ul>
   *
   * Both keep the BSM's first {@value #MALFORMED_KEPT_BYTES} bytes (the id at bit {@value
   * BsmIds#ID_BIT_OFFSET}), and each is checked to be refused by {@link UperCodec} (a {@link
   * CodecException}, as the gateway's decoder throws it). A malformed frame keeps type {@link
   * MessageType#BSM} and counts as a BSM for ids and {@link #mix()}; {@link #malformed(int)} tells
   * it apart.
   *
   * @param share the share of the BSMs to make malformed, 0..1
   * @throws IllegalArgumentException if {@code share} is not in 0..1
   * @throws IllegalStateException if this corpus already has malformed BSMs
   */
  public BlastCorpus withMalformedBsms(double share, long seed) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("share must be 0..1, is " + share);
    }
    if (malformedCount > 0) {
      throw new IllegalStateException(
          "the corpus already has " + malformedCount + " malformed BSMs");
    }
    int[] bsms = new int[frames.length];
    int bsmCount = 0;
    for (int i = 0; i < frames.length; i++) {
      if (types[i] == MessageType.BSM) {
        bsms[bsmCount++] = i;
      }
    }
    int chosen = (int) Math.min(bsmCount, Math.round(share * bsmCount));
    if (share > 0 && bsmCount > 0) {
      chosen = Math.max(1, chosen);
    }
    Random random = new Random(seed);
    // A partial Fisher-Yates shuffle: the first `chosen` entries are a uniform sample.
    for (int i = 0; i < chosen; i++) {
      int j = i + random.nextInt(bsmCount - i);
      int swap = bsms[i];
      bsms[i] = bsms[j];
      bsms[j] = swap;
    }
    int[] picked = Arrays.copyOf(bsms, chosen);
    Arrays.sort(picked);
    byte[][] newFrames = frames.clone();
    boolean[] newMalformed = new boolean[frames.length];
    UperCodec codec = new UperCodec();
    for (int k = 0; k < picked.length; k++) {
      int index = picked[k];
      newFrames[index] = malformedVariant(frames[index], k % 2 == 0, random, codec, index);
      newMalformed[index] = true;
    }
    return new BlastCorpus(newFrames, types.clone(), newMalformed);
  }

  /** A variant of BSM {@code bsm} that {@code codec} refuses: cut short or with a trailing byte. */
  private static byte[] malformedVariant(
      byte[] bsm, boolean cutShort, Random random, UperCodec codec, int index) {
    boolean canCut = bsm.length > MALFORMED_KEPT_BYTES;
    boolean canExtend = bsm.length < BlastBatches.MAX_MESSAGE_BYTES;
    if (cutShort ? canCut : !canExtend) {
      int lengths = bsm.length - MALFORMED_KEPT_BYTES;
      int first = random.nextInt(lengths);
      // Every cut is all but certain to be refused; should one decode, the next length is tried.
      for (int tried = 0; tried < lengths; tried++) {
        byte[] cut = Arrays.copyOf(bsm, MALFORMED_KEPT_BYTES + (first + tried) % lengths);
        if (refused(codec, cut)) {
          return cut;
        }
      }
    } else if (canExtend) {
      byte[] extended = Arrays.copyOf(bsm, bsm.length + 1);
      extended[bsm.length] = (byte) (1 + random.nextInt(255));
      if (refused(codec, extended)) {
        return extended;
      }
    }
    throw new IllegalStateException(
        "frame " + index + " (" + bsm.length + " bytes): no malformed variant the decoder refuses");
  }

  private static boolean refused(UperCodec codec, byte[] bytes) {
    try {
      codec.decode(bytes);
      return false;
    } catch (CodecException e) {
      return true;
    }
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

  /** The message type of frame {@code index} (a malformed BSM's is {@link MessageType#BSM}). */
  public MessageType type(int index) {
    return types[index];
  }

  /**
   * Whether frame {@code index} is a malformed BSM ({@link #withMalformedBsms}): the gateway
   * refuses it, rejected in the {@code ACK} and dead-lettered.
   */
  public boolean malformed(int index) {
    return malformed[index];
  }

  /** The number of malformed BSMs. */
  public int malformedCount() {
    return malformedCount;
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

  /**
   * For example {@code 1,000 frames, 92.4 bytes on average: BSM 88.0 %, SPAT 7.0 %, ...}, and with
   * malformed BSMs {@code ...; 44 of the 880 BSMs malformed (5.0 %)}.
   */
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
    if (malformedCount > 0) {
      int bsms = mix.getOrDefault(MessageType.BSM, 0);
      text.append(
          String.format(
              Locale.ROOT,
              "; %,d of the %,d BSMs malformed (%.1f %%)",
              malformedCount,
              bsms,
              100.0 * malformedCount / bsms));
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return "BlastCorpus[" + describe() + "]";
  }
}
