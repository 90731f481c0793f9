package org.openv2x.codec.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.session.SessionFrame.Ack;
import org.openv2x.codec.session.SessionFrame.Data;
import org.openv2x.codec.session.SessionFrame.ErrorFrame;
import org.openv2x.codec.session.SessionFrame.Heartbeat;
import org.openv2x.codec.session.SessionFrame.Hello;
import org.openv2x.codec.session.SessionFrame.HelloAck;

/**
 * Every hex example of ingest-gateway/PROTOCOL.md parses to the values its text states and is
 * written again byte for byte, both from the parsed frame and from the stated values.
 */
class ProtocolExamplesTest {
  private static final Path PROTOCOL = Path.of("../ingest-gateway/PROTOCOL.md");
  private static final Pattern CODE_BLOCK = Pattern.compile("```\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern HEX_LINE = Pattern.compile("[0-9a-f]{2}( +[0-9a-f]{2})*");

  /** The examples by their description (the paragraph before the block), in document order. */
  private static Map<String, byte[]> examples;

  @BeforeAll
  static void readExamples() throws IOException {
    String text = Files.readString(PROTOCOL);
    examples = new LinkedHashMap<>();
    Matcher block = CODE_BLOCK.matcher(text);
    while (block.find()) {
      String firstLine = block.group(1).lines().findFirst().orElse("").trim();
      if (!HEX_LINE.matcher(firstLine).matches()) {
        continue;
      }
      String before = text.substring(0, block.start()).stripTrailing();
      String description = before.substring(before.lastIndexOf('\n') + 1);
      examples.put(description, hex(firstLine));
    }
  }

  @Test
  void theDocumentHasOneExampleOfEachFrameTypeButDownlink() {
    assertEquals(
        List.of(
            "`HELLO` from RSU `rsu-17`, software `sim/1.0`:",
            "`HELLO_ACK` from gateway `gw-1`, max frame 1 MiB, idle timeout 60 s, no rate limit:",
            "`DATA` sequence 1 with two messages of 3 and 2 bytes (placeholders, not real frames):",
            "`ACK` of sequence 1, both accepted:",
            "`ERROR 205 IDLE_TIMEOUT`, closing, about no sequence, message `idle`:",
            "`HEARTBEAT` at 2026-11-24T00:00:00Z (1795478400000000 µs):"),
        List.copyOf(examples.keySet()));
  }

  @Test
  void hello() {
    byte[] bytes = example("`HELLO`");
    assertEquals(new Hello("rsu-17", "sim/1.0"), SessionFrames.parse(bytes));
    assertArrayEquals(bytes, SessionFrames.hello("rsu-17", "sim/1.0"));
    assertArrayEquals(bytes, SessionFrames.write(SessionFrames.parse(bytes)));
  }

  @Test
  void helloAck() {
    byte[] bytes = example("`HELLO_ACK`");
    HelloAck expected = new HelloAck("gw-1", 1 << 20, 60_000, 0);
    assertEquals(expected, SessionFrames.parse(bytes));
    assertArrayEquals(bytes, SessionFrames.helloAck("gw-1", 1 << 20, 60_000, 0));
    assertArrayEquals(bytes, SessionFrames.write(SessionFrames.parse(bytes)));
  }

  @Test
  void data() {
    byte[] bytes = example("`DATA`");
    List<byte[]> messages =
        List.of(
            new byte[] {(byte) 0xaa, (byte) 0xbb, (byte) 0xcc},
            new byte[] {(byte) 0xdd, (byte) 0xee});
    Data parsed = (Data) SessionFrames.parse(bytes);
    assertEquals(1, parsed.sequence());
    assertEquals(2, parsed.messages().size());
    assertArrayEquals(messages.get(0), parsed.messages().get(0));
    assertArrayEquals(messages.get(1), parsed.messages().get(1));
    assertArrayEquals(bytes, SessionFrames.data(1, messages));
    assertArrayEquals(bytes, SessionFrames.write(parsed));
    byte[] source = {0x11, (byte) 0xdd, (byte) 0xee, 0x22, (byte) 0xaa, (byte) 0xbb, (byte) 0xcc};
    assertArrayEquals(
        bytes, SessionFrames.data(1, source, new int[] {4, 1}, new int[] {3, 2}, 0, 2));
  }

  @Test
  void ack() {
    byte[] bytes = example("`ACK`");
    assertEquals(new Ack(1, 2, 0), SessionFrames.parse(bytes));
    assertArrayEquals(bytes, SessionFrames.ack(1, 2, 0));
    assertArrayEquals(bytes, SessionFrames.write(SessionFrames.parse(bytes)));
  }

  @Test
  void error() {
    byte[] bytes = example("`ERROR");
    ErrorFrame parsed = (ErrorFrame) SessionFrames.parse(bytes);
    assertEquals(new ErrorFrame(205, true, 0, "idle"), parsed);
    assertEquals(ErrorCode.IDLE_TIMEOUT, parsed.errorCode().orElseThrow());
    assertEquals(ErrorCode.IDLE_TIMEOUT.closing(), parsed.closing());
    assertArrayEquals(bytes, SessionFrames.error(ErrorCode.IDLE_TIMEOUT, true, 0, "idle"));
    assertArrayEquals(
        bytes, SessionFrames.write(new ErrorFrame(ErrorCode.IDLE_TIMEOUT, 0, "idle")));
    assertArrayEquals(bytes, SessionFrames.write(parsed));
  }

  @Test
  void heartbeat() {
    byte[] bytes = example("`HEARTBEAT`");
    long timeEpochUs = java.time.Instant.parse("2026-11-24T00:00:00Z").toEpochMilli() * 1_000;
    assertEquals(1_795_478_400_000_000L, timeEpochUs);
    assertEquals(new Heartbeat(timeEpochUs), SessionFrames.parse(bytes));
    assertArrayEquals(bytes, SessionFrames.heartbeat(timeEpochUs));
    assertArrayEquals(bytes, SessionFrames.write(SessionFrames.parse(bytes)));
  }

  @Test
  void everyExampleParsesWhateverTheChunking() {
    for (byte[] bytes : examples.values()) {
      SessionFrame whole = SessionFrames.parse(bytes);
      SessionFrameParser parser = new SessionFrameParser();
      SessionFrame last = null;
      for (byte b : bytes) {
        SessionFrame frame = parser.next(java.nio.ByteBuffer.wrap(new byte[] {b}));
        if (frame != null) {
          last = frame;
        }
      }
      assertEquals(whole, last);
      assertTrue(!parser.hasPartialFrame());
    }
  }

  private static byte[] example(String descriptionStart) {
    List<byte[]> matching =
        examples.entrySet().stream()
            .filter(e -> e.getKey().startsWith(descriptionStart))
            .map(Map.Entry::getValue)
            .toList();
    assertEquals(1, matching.size(), "examples starting with " + descriptionStart);
    return matching.get(0);
  }

  private static byte[] hex(String line) {
    String[] pairs = line.trim().split(" +");
    byte[] bytes = new byte[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      bytes[i] = (byte) Integer.parseInt(pairs[i], 16);
    }
    return bytes;
  }
}
