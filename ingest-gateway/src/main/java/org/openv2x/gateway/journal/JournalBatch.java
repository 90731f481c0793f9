package org.openv2x.gateway.journal;

import java.nio.charset.StandardCharsets;
import net.openhft.chronicle.bytes.Bytes;

/**
 * The records of one journal document, built by one thread before it is appended in one piece. A
 * document is one TCP DATA frame, or the UDP datagrams of one read burst.
 *
 * <p>Layout (big-endian is not implied: Chronicle's native order, read back by {@link
 * JournalDrainer} on the same machine):
 *
 * <pre>
 * int  recordCount
 * long maxSequence           highest gateway sequence in the document
 * recordCount times:
 *   byte  topic code         {@link TopicCode#ordinal()}
 *   short key length, key    UTF-8
 *   int   value length, value the Kafka record value (protobuf)
 * </pre>
 */
public final class JournalBatch {
  static final int HEADER_BYTES = Integer.BYTES + Long.BYTES;

  private final Bytes<?> bytes = Bytes.allocateElasticOnHeap(64 * 1024);
  private int count;
  private long maxSequence = -1;

  public JournalBatch() {
    clear();
  }

  /** Empties the batch for the next document. */
  public void clear() {
    bytes.clear();
    bytes.writeInt(0);
    bytes.writeLong(-1);
    count = 0;
    maxSequence = -1;
  }

  /** Adds one record. */
  public void add(TopicCode topic, String key, byte[] value, long sequence) {
    add(topic, key, value, value.length, sequence);
  }

  /** Adds one record whose value is {@code value[0, valueLength)}. */
  public void add(TopicCode topic, String key, byte[] value, int valueLength, long sequence) {
    byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
    bytes.writeByte((byte) topic.ordinal());
    bytes.writeShort((short) keyBytes.length);
    bytes.write(keyBytes);
    bytes.writeInt(valueLength);
    bytes.write(value, 0, valueLength);
    count++;
    if (sequence > maxSequence) {
      maxSequence = sequence;
    }
  }

  public int count() {
    return count;
  }

  public boolean isEmpty() {
    return count == 0;
  }

  /** Size of the document in bytes. */
  public long sizeBytes() {
    return bytes.writePosition();
  }

  /** The finished document; valid until the next change. */
  Bytes<?> document() {
    bytes.writeInt(0, count);
    bytes.writeLong(Integer.BYTES, maxSequence);
    return bytes;
  }
}
