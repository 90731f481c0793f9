package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openv2x.codec.CodecException.Reason;

/**
 * The codec commands against the test vectors of message-codecs: every {@code *.hex} round-trips
 * through JER and through protobuf JSON to the same bytes, and every line of {@code invalid.tsv}
 * gives an error object with the reason its description names.
 */
class VectorTest {
  /** The vectors, read from the file system next to this module. */
  static final Path VECTORS =
      Path.of("..", "message-codecs", "src", "test", "resources", "vectors");

  /** One {@code NAME.hex} vector: its name and its hex, lower case, trimmed. */
  record Vector(String name, String hex) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Vector> vectors() {
    try (Stream<Path> files = Files.list(VECTORS)) {
      List<Vector> vectors = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".hex")).sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.hex$", "");
        String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
        vectors.add(new Vector(name, hex.toLowerCase(Locale.ROOT)));
      }
      assertFalse(vectors.isEmpty(), "no *.hex in " + VECTORS.toAbsolutePath());
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of {@code invalid.tsv} without its header: description and hex. */
  static Stream<Arguments> invalidRows() throws IOException {
    List<String> lines = Files.readAllLines(VECTORS.resolve("invalid.tsv"), StandardCharsets.UTF_8);
    assertEquals("description\thex", lines.get(0), "header of invalid.tsv");
    List<Arguments> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      assertEquals(2, columns.length, () -> "columns of " + line);
      rows.add(Arguments.of(columns[0], columns[1]));
    }
    assertFalse(rows.isEmpty(), "invalid.tsv has no rows");
    return rows.stream();
  }

  /** The JER member of a MessageFrame of a vector, from its name: {@code bsm-01-...} → bsmFrame. */
  private static String frameMember(Vector vector) {
    return vector.name().substring(0, vector.name().indexOf('-')) + "Frame";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void hexToJerAndBack(Vector vector) {
    Cli.Result decoded = Cli.run(vector.hex() + "\n", "codec", "decode");
    assertEquals(0, decoded.exit(), () -> decoded.out() + decoded.err());
    List<JsonNode> json = decoded.json();
    assertEquals(1, json.size(), decoded.out());
    assertTrue(json.get(0).has(frameMember(vector)), () -> "JER of " + vector + ": " + json);
    assertEquals(1, json.get(0).size(), "one CHOICE member");
    assertTrue(decoded.err().contains("decoded 1, failed 0"), decoded.err());

    Cli.Result encoded = Cli.run(decoded.out(), "codec", "encode");
    assertEquals(0, encoded.exit(), () -> encoded.out() + encoded.err());
    assertEquals(vector.hex() + "\n", encoded.out());
    assertTrue(encoded.err().contains("encoded 1, failed 0"), encoded.err());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void hexToProtoJsonAndBack(Vector vector) {
    Cli.Result decoded = Cli.run(vector.hex() + "\n", "codec", "decode", "--format", "proto");
    assertEquals(0, decoded.exit(), () -> decoded.out() + decoded.err());
    assertEquals(1, decoded.json().size(), decoded.out());

    Cli.Result encoded = Cli.run(decoded.out(), "codec", "encode", "--format", "proto");
    assertEquals(0, encoded.exit(), () -> encoded.out() + encoded.err());
    assertEquals(vector.hex() + "\n", encoded.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void upperCaseHexAndSurroundingWhitespace(Vector vector) {
    Cli.Result lower = Cli.run(vector.hex() + "\n", "codec", "decode");
    Cli.Result upper =
        Cli.run("  " + vector.hex().toUpperCase(Locale.ROOT) + " \r\n", "codec", "decode");
    assertEquals(0, upper.exit(), () -> upper.out() + upper.err());
    assertEquals(lower.out(), upper.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void prettyIsTheSameJson(Vector vector) {
    Cli.Result compact = Cli.run(vector.hex() + "\n", "codec", "decode");
    Cli.Result pretty = Cli.run(vector.hex() + "\n", "codec", "decode", "--pretty");
    assertEquals(0, pretty.exit(), () -> pretty.out() + pretty.err());
    assertTrue(pretty.out().trim().contains("\n"), "indented");
    assertEquals(Cli.parse(compact.out()), Cli.parse(pretty.out()));
  }

  @Test
  void allVectorsInOneRun() {
    List<Vector> vectors = vectors();
    StringBuilder input = new StringBuilder("# every vector\n");
    StringBuilder hex = new StringBuilder();
    for (Vector vector : vectors) {
      input.append(vector.hex()).append('\n');
      hex.append(vector.hex()).append('\n');
    }
    Cli.Result jer = Cli.run(input.toString(), "codec", "decode");
    assertEquals(0, jer.exit(), () -> jer.out() + jer.err());
    assertEquals(vectors.size(), jer.lines().size());
    assertTrue(jer.err().contains("decoded " + vectors.size() + ", failed 0"), jer.err());
    Cli.Result back = Cli.run(jer.out(), "codec", "encode");
    assertEquals(0, back.exit(), () -> back.out() + back.err());
    assertEquals(hex.toString(), back.out());

    Cli.Result proto = Cli.run(input.toString(), "codec", "decode", "-f", "proto");
    assertEquals(0, proto.exit(), () -> proto.out() + proto.err());
    Cli.Result protoBack = Cli.run(proto.out(), "codec", "encode", "-f", "proto");
    assertEquals(0, protoBack.exit(), () -> protoBack.out() + protoBack.err());
    assertEquals(hex.toString(), protoBack.out());
  }

  @Test
  void aGoodLineAfterABadOneIsStillDecoded() {
    Vector vector = vectors().get(0);
    String input = "hello\n" + vector.hex() + "\nabc\n" + vector.hex() + "\n";
    Cli.Result result = Cli.run(input, "codec", "decode");
    assertEquals(1, result.exit(), () -> result.out() + result.err());
    List<JsonNode> out = result.json();
    assertEquals(4, out.size(), result.out());
    Cli.assertError(out.get(0), 1, "BAD_HEX");
    assertTrue(out.get(1).has(frameMember(vector)), () -> out.get(1).toString());
    Cli.assertError(out.get(2), 3, "BAD_HEX");
    assertEquals(out.get(1), out.get(3));
    assertTrue(result.err().contains("decoded 2, failed 2"), result.err());
  }

  @Test
  void aGoodJsonLineAfterABadOneIsStillEncoded() {
    Vector vector = vectors().get(0);
    String jer = Cli.run(vector.hex() + "\n", "codec", "decode").out().strip();
    Cli.Result result = Cli.run("{oops\n" + jer + "\n", "codec", "encode");
    assertEquals(1, result.exit(), () -> result.out() + result.err());
    List<String> lines = result.lines();
    assertEquals(2, lines.size(), result.out());
    Cli.assertError(Cli.parse(lines.get(0)), 1, "BAD_JSON");
    assertEquals(vector.hex(), lines.get(1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRows")
  void invalidInputGivesTheFittingReason(String description, String hex) {
    Reason expected = expectedReason(description);
    Cli.Result result = Cli.run(hex + "\n", "codec", "decode");
    assertEquals(1, result.exit(), () -> result.out() + result.err());
    List<JsonNode> out = result.json();
    assertEquals(1, out.size(), result.out());
    JsonNode error = Cli.assertError(out.get(0), 1, expected.name());
    if (expected == Reason.BAD_HEX) {
      assertFalse(error.has("bitOffset"), error.toString());
    } else {
      assertTrue(error.has("bitOffset"), () -> "a UPER error carries its bit offset: " + error);
    }
    assertTrue(result.err().contains("decoded 0, failed 1"), result.err());
  }

  @Test
  void allInvalidRowsInOneRun() throws IOException {
    List<Arguments> rows = invalidRows().toList();
    StringBuilder input = new StringBuilder();
    for (Arguments row : rows) {
      input.append(row.get()[1]).append('\n');
    }
    Cli.Result result = Cli.run(input.toString(), "codec", "decode");
    assertEquals(1, result.exit());
    List<JsonNode> out = result.json();
    assertEquals(rows.size(), out.size(), result.out());
    for (int i = 0; i < rows.size(); i++) {
      Cli.assertError(out.get(i), i + 1, expectedReason((String) rows.get(i).get()[0]).name());
    }
  }

  /** The reason the description of an {@code invalid.tsv} row names. */
  static Reason expectedReason(String description) {
    String text = description.toLowerCase(Locale.ROOT);
    if (text.contains("non-hex") || text.contains("odd hex")) {
      return Reason.BAD_HEX;
    }
    if (text.contains("trailing")) {
      return Reason.TRAILING_DATA;
    }
    if (text.contains("padding")) {
      return Reason.NONZERO_PADDING;
    }
    if (text.contains("timemark") && text.contains("36001")) {
      return Reason.VALUE_OUT_OF_RANGE;
    }
    if (text.contains("extension alternative")) {
      return Reason.UNKNOWN_EXTENSION;
    }
    if (text.contains("root index 5") || text.contains("index 7")) {
      return Reason.UNKNOWN_CHOICE_INDEX;
    }
    if (text.contains("truncated")
        || text.contains("msgcnt field only")
        || text.contains("single zero byte")) {
      return Reason.TRUNCATED;
    }
    return fail("invalid.tsv row without an expected reason here: " + description);
  }
}
