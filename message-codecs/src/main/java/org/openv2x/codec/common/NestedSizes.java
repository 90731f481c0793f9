package org.openv2x.codec.common;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.util.Arrays;

/**
 * The serialized sizes of the nested messages of one protobuf message, for writers that serialize
 * straight from the model ({@link org.openv2x.codec.ProtoWriter}). A length-delimited message field
 * needs its size before its bytes, so writing is two passes over the value:
 *
 * <ol>
 *   <li>the size pass: each message {@link #reserve()}s a slot <em>before</em> visiting its nested
 *       messages, sums its fields and {@link #set}s the slot; the slots end up in pre-order, the
 *       order in which the write pass opens the messages;
 *   <li>the write pass, after {@link #rewind()}: each message takes its size with {@link
 *       #writeHeader} and then writes its fields, visiting nested messages in the same order.
 * </ol>
 *
 * The array grows once to the largest message seen and is reused; nothing is allocated per field.
 * Not thread-safe.
 */
public final class NestedSizes {
  private static final int INITIAL_SLOTS = 64;

  private int[] sizes = new int[INITIAL_SLOTS];
  private int reserved;
  private int consumed;

  /** Forgets every slot: the start of a size pass. */
  public void clear() {
    reserved = 0;
    consumed = 0;
  }

  /** Goes back to the first slot: the start of a write pass over the same value. */
  public void rewind() {
    consumed = 0;
  }

  /** The next slot of the size pass, for the message about to be sized. */
  public int reserve() {
    if (reserved == sizes.length) {
      sizes = Arrays.copyOf(sizes, sizes.length * 2);
    }
    return reserved++;
  }

  /** Records {@code sizeBytes} in {@code slot} and returns it. */
  public int set(int slot, int sizeBytes) {
    sizes[slot] = sizeBytes;
    return sizeBytes;
  }

  /**
   * Writes the tag of message field {@code fieldNumber} and the size of the next slot: the start of
   * a nested message in the write pass.
   *
   * @throws IllegalStateException if the write pass opens more messages than the size pass sized
   */
  public void writeHeader(int fieldNumber, CodedOutputStream out) throws IOException {
    if (consumed == reserved) {
      throw new IllegalStateException(
          "the write pass opens more nested messages than the size pass sized (" + reserved + ")");
    }
    out.writeTag(fieldNumber, WireFormat.WIRETYPE_LENGTH_DELIMITED);
    out.writeUInt32NoTag(sizes[consumed++]);
  }

  /** Whether the write pass has used every slot of the size pass. */
  public boolean allConsumed() {
    return consumed == reserved;
  }

  /** The bytes of message field {@code fieldNumber} whose message has {@code sizeBytes}. */
  public static int fieldSize(int fieldNumber, int sizeBytes) {
    return CodedOutputStream.computeTagSize(fieldNumber)
        + CodedOutputStream.computeUInt32SizeNoTag(sizeBytes)
        + sizeBytes;
  }
}
