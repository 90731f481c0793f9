package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.CodecException.Reason;

/** The filter loop on its own, with conversions that fail on purpose. */
class LineProcessorTest {

  private static List<JsonNode> lines(StringWriter out) {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isEmpty()) {
        nodes.add(Cli.parse(line));
      }
    }
    return nodes;
  }

  @Test
  void unexpectedExceptionsAreInternalErrorsAndTheRunGoesOn() throws IOException {
    LineProcessor processor =
        new LineProcessor(
            line ->
                switch (line) {
                  case "npe" -> throw new NullPointerException("boom");
                  case "deep" -> throw new StackOverflowError();
                  case "uper" ->
                      throw new CodecException(Reason.TRUNCATED, "bsmFrame.pos.lat", 96, "cut");
                  default -> "{\"ok\":\"" + line + "\"}";
                },
            false,
            1000);
    StringWriter out = new StringWriter();
    LineProcessor.Counts counts =
        processor.run(new StringReader("a\nnpe\nb\ndeep\nuper\nc\n"), out);
    assertEquals(new LineProcessor.Counts(3, 3), counts);
    List<JsonNode> nodes = lines(out);
    assertEquals(6, nodes.size(), out.toString());
    assertEquals("a", nodes.get(0).get("ok").asText());
    JsonNode npe = Cli.assertError(nodes.get(1), 2, "INTERNAL");
    assertTrue(npe.get("detail").asText().contains("NullPointerException: boom"), npe.toString());
    assertFalse(npe.has("bitOffset"));
    assertEquals("b", nodes.get(2).get("ok").asText());
    Cli.assertError(nodes.get(3), 4, "INTERNAL");
    JsonNode uper = Cli.assertError(nodes.get(4), 5, "TRUNCATED");
    assertEquals("bsmFrame.pos.lat", uper.get("fieldPath").asText());
    assertEquals(96, uper.get("bitOffset").asLong());
    assertEquals("cut", uper.get("detail").asText());
    assertEquals("c", nodes.get(5).get("ok").asText());
  }

  @Test
  void anOverlongLineIsAnErrorAndTheNextLineIsRead() throws IOException {
    LineProcessor processor = new LineProcessor(line -> "\"" + line + "\"", false, 8);
    StringWriter out = new StringWriter();
    LineProcessor.Counts counts =
        processor.run(
            new StringReader("12345678\n123456789abcdef\n# comment longer than 8\nok\n"), out);
    assertEquals(new LineProcessor.Counts(2, 1), counts);
    List<JsonNode> nodes = lines(out);
    assertEquals("12345678", nodes.get(0).asText());
    JsonNode error = Cli.assertError(nodes.get(1), 2, "LIMIT_EXCEEDED");
    assertTrue(error.get("detail").asText().contains("8"), error.toString());
    assertEquals("ok", nodes.get(2).asText());
  }

  @Test
  void linesLongerThanTheReadBufferAreWhole() throws IOException {
    String longLine = "ab".repeat(100_000);
    LineReader reader =
        new LineReader(new StringReader(longLine + "\r\n" + longLine), 1_000_000, () -> {});
    assertEquals(longLine + "\r", reader.next());
    assertFalse(reader.tooLong());
    assertEquals(longLine, reader.next());
    assertNull(reader.next());
  }

  @Test
  void outputIsFlushedOnlyBeforeAReadThatMayBlock() throws IOException {
    int[] flushes = {0};
    Reader neverReady =
        new FilterReader(new StringReader("a\nb\n")) {
          @Override
          public boolean ready() {
            return false;
          }
        };
    LineReader reader = new LineReader(neverReady, 10, () -> flushes[0]++);
    assertEquals("a", reader.next());
    assertEquals(1, flushes[0], "before the first read");
    assertEquals("b", reader.next());
    assertEquals(1, flushes[0], "b was already buffered");
    assertNull(reader.next());
    assertEquals(2, flushes[0], "before the read that finds the end");

    int[] none = {0};
    LineReader ready = new LineReader(new StringReader("a\nb\n"), 10, () -> none[0]++);
    while (ready.next() != null) {}
    assertEquals(0, none[0], "input that is ready never waits");
  }
}
