package org.openv2x.gateway.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The journal index up to which Kafka has acknowledged every record, kept in a memory-mapped file
 * so that every update is in the page cache at once and survives the process being killed.
 */
final class CommittedIndexFile implements AutoCloseable {
  /** Written when nothing has been committed yet. */
  static final long NONE = -1;

  private static final long MAGIC = 0x5632_4A4E_4C43_4D54L; // "V2JNLCMT"

  private final FileChannel channel;
  private final MappedByteBuffer buffer;

  CommittedIndexFile(Path file) {
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the journal's committed index " + file, e);
    }
    if (buffer.getLong(0) != MAGIC) {
      buffer.putLong(8, NONE);
      buffer.putLong(0, MAGIC);
    }
  }

  long read() {
    return buffer.getLong(8);
  }

  void write(long index) {
    buffer.putLong(8, index);
  }

  @Override
  public void close() {
    buffer.force();
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
