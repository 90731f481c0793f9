package org.openv2x.sim.blast;

import java.nio.ByteBuffer;

/**
 * The vehicle ids a blast with {@code uniqueBsmIds} writes into its BSMs, and where they go.
 *
 * <p>In a UPER {@code MessageFrame} whose CHOICE is {@code bsmFrame}, the BSM's {@code id} (OCTET
 * STRING (SIZE(8))) always starts at bit {@value #ID_BIT_OFFSET}: the CHOICE's extension bit and
 * 3-bit index (4 bits), the BasicSafetyMessage's extension bit and 7 OPTIONAL flags (8 bits), then
 * {@code msgCnt} (0..127, 7 bits). It is 64 bits long, so patching it changes nothing else.
 *
 * <p>A unique id is {@code (connectionIndex + 1) << 40 | counter}: the top 24 bits name the
 * connection (its index from 0, plus one), the low 40 bits count that connection's BSMs from 1. No
 * id is 0 (which the gateway refuses as {@code INVALID_VEHICLE_ID}), and two BSMs of one run share
 * an id only when one is a resend of the other.
 */
public final class BsmIds {
  /** The bit offset of the BSM's {@code id} inside its MessageFrame. */
  public static final int ID_BIT_OFFSET = 4 + 8 + 7;

  /** Bits of the per-connection counter in a unique id. */
  public static final int COUNTER_BITS = 40;

  /** The largest connection index a unique id can name. */
  public static final int MAX_CONNECTION_INDEX = (1 << (64 - COUNTER_BITS - 1)) - 2;

  private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;

  private BsmIds() {}

  /** The unique id of the {@code counter}-th BSM (from 1) of connection {@code connectionIndex}. */
  public static long vehicleId(int connectionIndex, long counter) {
    return ((long) (connectionIndex + 1) << COUNTER_BITS) | (counter & COUNTER_MASK);
  }

  /** The connection index a unique id names. */
  public static int connectionIndex(long vehicleId) {
    return (int) (vehicleId >>> COUNTER_BITS) - 1;
  }

  /** The per-connection counter of a unique id. */
  public static long counter(long vehicleId) {
    return vehicleId & COUNTER_MASK;
  }

  /** The id of the BSM MessageFrame that starts at byte {@code frameOffset} of {@code bytes}. */
  public static long read(byte[] bytes, int frameOffset) {
    long bit = (long) frameOffset * 8 + ID_BIT_OFFSET;
    long value = 0;
    for (int i = 0; i < 64; i++, bit++) {
      value = (value << 1) | ((bytes[(int) (bit >>> 3)] >>> (7 - (bit & 7))) & 1);
    }
    return value;
  }

  /**
   * Writes {@code id} into the BSM MessageFrame that starts at absolute byte {@code frameOffset} of
   * {@code buffer} (big-endian, as every buffer here is), leaving every other bit as it was.
   */
  static void write(ByteBuffer buffer, int frameOffset, long id) {
    // The id starts ID_BIT_OFFSET % 8 = 3 bits into byte 2 and spans 9 bytes.
    int first = frameOffset + ID_BIT_OFFSET / 8;
    int shift = ID_BIT_OFFSET % 8;
    long keepHigh = ~(-1L >>> shift);
    buffer.putLong(first, (buffer.getLong(first) & keepHigh) | (id >>> shift));
    int keepLow = 0xFF >>> shift;
    int last = buffer.get(first + 8) & keepLow;
    buffer.put(first + 8, (byte) (last | ((int) (id << (8 - shift)) & ~keepLow & 0xFF)));
  }
}
