package org.openv2x.gateway.journal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The records of one journal document, built by one thread in a plain array before it is appended
 * in one piece. A document is one TCP DATA frame, or the UDP datagrams of one read burst.
 *
 * <p>Layout, little-endian ({@link JournalDocument} reads it):
 *
 * <pre>
 * int  recordCount
 * long maxSequence            highest gateway sequence in the document
 * recordCount times:
 *   byte  topic code          {@link TopicCode#ordinal()}
 *   short key length, key     UTF-8
 *   int   value length, value the Kafka record value (protobuf)
 * </pre>
 */
public final class JournalBatch {
  static final int HEADER_BYTES = Integer.BYTES + Long.BYTES;
  static final VarHandle SHORT =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
  static final VarHandle INT =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  static final VarHandle LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] bytes = new byte[64 * 1024];
  private int length;
  private int count;
  private long maxSequence = -1;

  public JournalBatch() {
    clear();
  }

  /** Empties the batch for the next document. */
  public void clear() {
    length = HEADER_BYTES;
    count = 0;
    maxSequence = -1;
  }

  /** Adds one record. */
  public void add(TopicCode topic, String key, byte[] value, long sequence) {
    add(topic, key, value, value.length, sequence);
  }

  /** Adds one record whose value is {@code value[0, valueLength)}. */
  public void add(TopicCode topic, String key, byte[] value, int valueLength, long sequence) {
    int keyLength = key.length();
    ensure(1 + 2 + keyLength * 3 + 4 + valueLength);
    int start = length;
    bytes[length++] = (byte) topic.ordinal();
    length += 2;
    int keyBytes;
    if (isAscii(key)) {
      for (int i = 0; i < keyLength; i++) {
        bytes[length + i] = (byte) key.charAt(i);
      }
      keyBytes = keyLength;
    } else {
      byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
      System.arraycopy(utf8, 0, bytes, length, utf8.length);
      keyBytes = utf8.length;
    }
    SHORT.set(bytes, start + 1, (short) keyBytes);
    length += keyBytes;
    INT.set(bytes, length, valueLength);
    length += 4;
    System.arraycopy(value, 0, bytes, length, valueLength);
    length += valueLength;
    count++;
    if (sequence > maxSequence) {
      maxSequence = sequence;
    }
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
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
    return length;
  }

  /** The finished document: {@code bytes()[0, sizeBytes())}; valid until the next change. */
  byte[] document() {
    INT.set(bytes, 0, count);
    LONG.set(bytes, Integer.BYTES, maxSequence);
    return bytes;
  }
}
