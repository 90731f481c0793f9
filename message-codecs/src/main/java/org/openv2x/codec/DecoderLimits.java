package org.openv2x.codec;

/**
 * Explicit limits of a UPER decoder. Every limit is checked before anything is allocated for the
 * value it guards; exceeding one gives {@link CodecException.Reason#LIMIT_EXCEEDED}.
 *
 * @param maxMessageBytes largest encoded MessageFrame accepted, in bytes
 * @param maxListSize largest element count of any SEQUENCE OF, on top of the type's own SIZE
 *     constraint (the standard's largest is 63)
 * @param maxDepth deepest nesting of constructed values (SEQUENCE, CHOICE, SEQUENCE OF) accepted;
 *     the standard's messages need at most {@value #STANDARD_MAX_DEPTH}
 * @param maxOpenTypeBytes largest open type (unknown extension addition) accepted, in bytes
 */
public record DecoderLimits(
    int maxMessageBytes, int maxListSize, int maxDepth, int maxOpenTypeBytes) {

  /** Default for {@link #maxMessageBytes}: 64 KiB, far above any real MAP. */
  public static final int DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024;

  /** Default for {@link #maxListSize}: not tighter than any SIZE constraint of the standard. */
  public static final int DEFAULT_MAX_LIST_SIZE = 63;

  /**
   * Deepest nesting that a valid message of this standard reaches: a MAP, at
   * mapFrame.nodes[i].inLinks[j].lanes[k].points[l].posOffset.offsetLL.position-LLn.
   */
  public static final int STANDARD_MAX_DEPTH = 16;

  /** Default for {@link #maxDepth}: the standard's depth with room for extension additions. */
  public static final int DEFAULT_MAX_DEPTH = 24;

  /** Default for {@link #maxOpenTypeBytes}. */
  public static final int DEFAULT_MAX_OPEN_TYPE_BYTES = 4096;

  /** The defaults. */
  public static final DecoderLimits DEFAULTS =
      new DecoderLimits(
          DEFAULT_MAX_MESSAGE_BYTES,
          DEFAULT_MAX_LIST_SIZE,
          DEFAULT_MAX_DEPTH,
          DEFAULT_MAX_OPEN_TYPE_BYTES);

  public DecoderLimits {
    requirePositive(maxMessageBytes, "maxMessageBytes");
    requirePositive(maxListSize, "maxListSize");
    requirePositive(maxDepth, "maxDepth");
    requirePositive(maxOpenTypeBytes, "maxOpenTypeBytes");
  }

  private static void requirePositive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
  }
}
