package org.openv2x.gateway.journal;

import java.util.Arrays;
import net.openhft.chronicle.bytes.Bytes;

/**
 * Reads journal documents ({@link JournalBatch} layout): the document is copied out of the queue in
 * one piece and parsed from the array. Not thread-safe; reusable.
 */
public final class JournalDocument {
  private byte[] bytes = new byte[64 * 1024];
  private int length;
  private int position;

  /** Copies the document the queue's bytes hold (from their read position to the end). */
  public void load(Bytes<?> source) {
    length = (int) source.readRemaining();
    if (bytes.length < length) {
      bytes = Arrays.copyOf(bytes, Math.max(length, bytes.length * 2));
    }
    source.read(bytes, 0, length);
    position = JournalBatch.HEADER_BYTES;
  }

  /** Size of the document in bytes. */
  public int sizeBytes() {
    return length;
  }

  public int recordCount() {
    return (int) JournalBatch.INT.get(bytes, 0);
  }

  public long maxSequence() {
    return (long) JournalBatch.LONG.get(bytes, Integer.BYTES);
  }

  /** The next record's topic; then {@link #key()} and {@link #value()}, in that order. */
  public TopicCode nextTopic() {
    return TopicCode.ofCode(bytes[position++]);
  }

  public byte[] key() {
    int keyLength = (short) JournalBatch.SHORT.get(bytes, position) & 0xFFFF;
    position += 2;
    byte[] key = Arrays.copyOfRange(bytes, position, position + keyLength);
    position += keyLength;
    return key;
  }

  public byte[] value() {
    int valueLength = (int) JournalBatch.INT.get(bytes, position);
    position += 4;
    byte[] value = Arrays.copyOfRange(bytes, position, position + valueLength);
    position += valueLength;
    return value;
  }
}
