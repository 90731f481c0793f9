package org.openv2x.platform;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most {@code maxChars} characters from a {@link Reader} without ever holding
 * more than that in memory: the rest of a longer line is read and dropped, and the line is marked
 * as too long. A line ends at {@code \n}; a {@code \r} before it stays in the text (callers trim).
 *
 * <p>Before each read that may block, {@code beforeBlocking} runs: a filter flushes its output
 * there, so a slow producer sees its results at once while a fast one gets them in big writes.
 */
final class LineReader {
  private final Reader in;
  private final int maxChars;
  private final IoAction beforeBlocking;
  private final char[] buffer = new char[64 * 1024];
  private final StringBuilder line = new StringBuilder(256);
  private int position;
  private int limit;
  private boolean tooLong;
  private boolean eof;

  /** An action that may throw an {@link IOException}. */
  @FunctionalInterface
  interface IoAction {
    void run() throws IOException;
  }

  LineReader(Reader in, int maxChars, IoAction beforeBlocking) {
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
    }
    this.in = in;
    this.maxChars = maxChars;
    this.beforeBlocking = beforeBlocking;
  }

  /**
   * The next line without its {@code \n}, cut to {@code maxChars} characters, or {@code null} at
   * the end of the input.
   */
  String next() throws IOException {
    line.setLength(0);
    tooLong = false;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        return any ? line.toString() : null;
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n') {
        position++;
      }
      append(start, position);
      if (position < limit) {
        position++; // the '\n'
        return line.toString();
      }
    }
  }

  /** Whether the line last returned by {@link #next()} was longer than {@code maxChars}. */
  boolean tooLong() {
    return tooLong;
  }

  private void append(int from, int to) {
    int room = maxChars - line.length();
    int count = to - from;
    if (count > room) {
      tooLong = true;
      count = room;
    }
    line.append(buffer, from, count);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (!in.ready()) {
      beforeBlocking.run();
    }
    int read;
    do {
      read = in.read(buffer, 0, buffer.length);
    } while (read == 0);
    if (read < 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = read;
    return true;
  }
}
