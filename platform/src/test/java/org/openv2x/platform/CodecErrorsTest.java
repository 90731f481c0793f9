package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that is refused before any message is decoded: every bad line gives an error object in its
 * place on stdout, the run goes on, the summary goes to stderr, and the exit code is 1.
 */
class CodecErrorsTest {

  @Test
  void nonHexText() {
    Cli.Result result = Cli.run("nothex\n", "codec", "decode");
    assertEquals(1, result.exit());
    List<JsonNode> out = result.json();
    assertEquals(1, out.size(), result.out());
    JsonNode error = Cli.assertError(out.get(0), 1, "BAD_HEX");
    assertFalse(error.has("bitOffset"), "hex text has no bit offset: " + error);
    assertEquals("", error.get("fieldPath").asText());
    assertTrue(error.get("detail").asText().contains("'n'"), error.toString());
    assertTrue(result.err().contains("decoded 0, failed 1"), result.err());
  }

  @Test
  void oddNumberOfDigits() {
    Cli.Result result = Cli.run("000228494\n", "codec", "decode");
    assertEquals(1, result.exit());
    JsonNode error = Cli.assertError(result.json().get(0), 1, "BAD_HEX");
    assertTrue(error.get("detail").asText().contains("odd"), error.toString());
  }

  @Test
  void separatorsInsideTheHexAreRefused() {
    Cli.Result result = Cli.run("00 02\n", "codec", "decode");
    assertEquals(1, result.exit());
    Cli.assertError(result.json().get(0), 1, "BAD_HEX");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jer", "proto", "JER", "Proto"})
  void everyFormatReportsBadHex(String format) {
    Cli.Result result = Cli.run("xyz1\n", "codec", "decode", "--format", format);
    assertEquals(1, result.exit());
    Cli.assertError(result.json().get(0), 1, "BAD_HEX");
  }

  @Test
  void everyBadLineIsReportedInOrderWithItsInputLineNumber() {
    String input = "\n# a comment\n  hello  \r\n\t\n0g\n   # indented comment\nabc\n";
    Cli.Result result = Cli.run(input, "codec", "decode");
    assertEquals(1, result.exit());
    List<JsonNode> out = result.json();
    assertEquals(3, out.size(), result.out());
    Cli.assertError(out.get(0), 3, "BAD_HEX");
    Cli.assertError(out.get(1), 5, "BAD_HEX");
    Cli.assertError(out.get(2), 7, "BAD_HEX");
    assertTrue(result.err().contains("decoded 0, failed 3"), result.err());
    assertFalse(result.out().contains("decoded"), "the summary is not data");
  }

  @Test
  void lastLineWithoutNewline() {
    Cli.Result result = Cli.run("# header\nnothex", "codec", "decode");
    assertEquals(1, result.exit());
    Cli.assertError(result.json().get(0), 2, "BAD_HEX");
  }

  @Test
  void emptyInputIsSuccess() {
    Cli.Result result = Cli.run("", "codec", "decode");
    assertEquals(0, result.exit());
    assertEquals("", result.out());
    assertTrue(result.err().contains("decoded 0, failed 0"), result.err());
  }

  @Test
  void onlyCommentsAndBlankLinesIsSuccess() {
    Cli.Result result = Cli.run("# vectors\n\n   \n#\n", "codec", "encode");
    assertEquals(0, result.exit());
    assertEquals("", result.out());
    assertTrue(result.err().contains("encoded 0, failed 0"), result.err());
  }

  @Test
  void prettyErrorObject() {
    Cli.Result result = Cli.run("hello\n", "codec", "decode", "--pretty");
    assertEquals(1, result.exit());
    assertTrue(result.out().trim().contains("\n"), "indented: " + result.out());
    Cli.assertError(Cli.parse(result.out()), 1, "BAD_HEX");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jer", "proto"})
  void encodeRefusesTextThatIsNotJson(String format) {
    Cli.Result result = Cli.run("not json\n{\"unclosed\":\n", "codec", "encode", "-f", format);
    assertEquals(1, result.exit());
    List<JsonNode> out = result.json();
    assertEquals(2, out.size(), result.out());
    Cli.assertError(out.get(0), 1, "BAD_JSON");
    Cli.assertError(out.get(1), 2, "BAD_JSON");
    assertFalse(out.get(0).get("error").has("bitOffset"));
    assertTrue(result.err().contains("encoded 0, failed 2"), result.err());
  }

  @Test
  void encodeRefusesAnUnknownMessage() {
    Cli.Result result = Cli.run("{\"noSuchFrame\":{}}\n", "codec", "encode");
    assertEquals(1, result.exit());
    JsonNode node = result.json().get(0);
    assertTrue(node.has("error"), node.toString());
    assertEquals(1, node.get("error").get("line").asInt());
    assertFalse(node.get("error").get("reason").asText().equals("INTERNAL"), node.toString());
  }

  @Test
  void inputAndOutputFiles(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("in.hex");
    Path output = dir.resolve("out.jsonl");
    Files.writeString(input, "# two bad lines\nzz\nabc\n");
    Files.writeString(output, "old content that must be replaced\n");
    Cli.Result result =
        Cli.run(
            "ignored stdin\n",
            "codec",
            "decode",
            "--input",
            input.toString(),
            "--output",
            output.toString());
    assertEquals(1, result.exit());
    assertEquals("", result.out(), "data went to the file");
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertEquals(2, lines.size(), lines.toString());
    Cli.assertError(Cli.parse(lines.get(0)), 2, "BAD_HEX");
    Cli.assertError(Cli.parse(lines.get(1)), 3, "BAD_HEX");
    assertTrue(result.err().contains("decoded 0, failed 2"), result.err());
  }

  @Test
  void dashMeansTheStandardStreams() {
    Cli.Result result = Cli.run("hello\n", "codec", "decode", "-i", "-", "-o", "-");
    assertEquals(1, result.exit());
    Cli.assertError(result.json().get(0), 1, "BAD_HEX");
  }
}
