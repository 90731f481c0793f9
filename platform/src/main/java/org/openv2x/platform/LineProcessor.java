package org.openv2x.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import org.openv2x.codec.CodecException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loop of a line filter: reads lines, skips blank ones and {@code #} comments, converts each of
 * the rest with a {@link LineFunction} and writes one result per line. A line that fails gives an
 * {@link ErrorObject} in place of its result, and the loop goes on: a {@link CodecException} with
 * its own reason, any other {@link RuntimeException} (or a stack overflow) as {@code INTERNAL}.
 * Only I/O failures of the input or output stop it.
 */
final class LineProcessor {
  /** Longest line accepted, in characters: far above the hex or JSON of the largest message. */
  static final int MAX_LINE_CHARS = 4 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(LineProcessor.class);

  private final LineFunction function;
  private final boolean prettyErrors;
  private final int maxLineChars;
  private long internalFailures;

  /** Converts the text of one line (trimmed, not blank, not a comment) to its result. */
  @FunctionalInterface
  interface LineFunction {
    String apply(String line);
  }

  /** How many lines were converted and how many were refused. */
  record Counts(long good, long failed) {}

  LineProcessor(LineFunction function, boolean prettyErrors, int maxLineChars) {
    this.function = function;
    this.prettyErrors = prettyErrors;
    this.maxLineChars = maxLineChars;
  }

  Counts run(Reader in, Writer out) throws IOException {
    LineReader lines = new LineReader(in, maxLineChars, out::flush);
    long number = 0;
    long good = 0;
    long failed = 0;
    String line;
    while ((line = lines.next()) != null) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.charAt(0) == '#') {
        continue;
      }
      String result;
      if (lines.tooLong()) {
        result =
            ErrorObject.of(
                number,
                CodecException.Reason.LIMIT_EXCEEDED.name(),
                "",
                -1,
                "line longer than " + maxLineChars + " characters",
                prettyErrors);
        failed++;
      } else {
        try {
          result = function.apply(text);
          good++;
        } catch (CodecException e) {
          result = ErrorObject.of(number, e, prettyErrors);
          failed++;
        } catch (RuntimeException | StackOverflowError e) {
          if (internalFailures++ == 0) {
            LOG.warn("line {}: unexpected failure (any further ones: debug level)", number, e);
          } else {
            LOG.debug("line {}: unexpected failure", number, e);
          }
          result = ErrorObject.of(number, ErrorObject.INTERNAL, "", -1, describe(e), prettyErrors);
          failed++;
        }
      }
      out.write(result);
      out.write('\n');
    }
    out.flush();
    return new Counts(good, failed);
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getName() : e.getClass().getName() + ": " + message;
  }
}
