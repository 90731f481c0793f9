package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Usage errors exit with 2, print nothing on stdout and explain themselves on stderr. */
class UsageTest {

  @Test
  void noCommand() {
    Cli.Result result = Cli.run("");
    result.assertUsageError();
    assertTrue(result.err().contains("Missing command"), result.err());
  }

  @Test
  void codecWithoutDecodeOrEncode() {
    Cli.Result result = Cli.run("", "codec");
    result.assertUsageError();
    assertTrue(result.err().contains("decode or encode"), result.err());
  }

  @Test
  void unknownCommand() {
    Cli.Result result = Cli.run("", "frobnicate");
    result.assertUsageError();
    assertTrue(result.err().contains("frobnicate"), result.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"decode", "encode"})
  void unknownOption(String command) {
    Cli.Result result = Cli.run("00\n", "codec", command, "--bogus");
    result.assertUsageError();
    assertTrue(result.err().contains("--bogus"), result.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"decode", "encode"})
  void unknownFormat(String command) {
    Cli.Result result = Cli.run("00\n", "codec", command, "--format", "xml");
    result.assertUsageError();
    assertTrue(result.err().contains("xml"), result.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"decode", "encode"})
  void formatWithoutValue(String command) {
    Cli.Result result = Cli.run("", "codec", command, "--format");
    result.assertUsageError();
    assertTrue(result.err().contains("--format"), result.err());
  }

  @Test
  void unexpectedArgument() {
    Cli.Result result = Cli.run("00\n", "codec", "decode", "frames.hex");
    result.assertUsageError();
    assertTrue(result.err().contains("frames.hex"), result.err());
  }

  @Test
  void prettyIsNotAnEncodeOption() {
    Cli.run("", "codec", "encode", "--pretty").assertUsageError();
  }

  @Test
  void missingInputFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing.hex");
    Path output = dir.resolve("out.jsonl");
    Cli.Result result =
        Cli.run(
            "", "codec", "decode", "--input", missing.toString(), "--output", output.toString());
    result.assertUsageError();
    assertTrue(result.err().contains("missing.hex"), result.err());
    assertTrue(!output.toFile().exists(), "no output file for a run that never started");
  }

  @Test
  void unwritableOutputFile(@TempDir Path dir) {
    Path output = dir.resolve("no-such-dir").resolve("out.jsonl");
    Cli.Result result = Cli.run("hello\n", "codec", "decode", "--output", output.toString());
    result.assertUsageError();
    assertTrue(result.err().contains("--output"), result.err());
  }

  @Test
  void topicsWithoutListOrTail() {
    Cli.Result result = Cli.run("", "topics");
    result.assertUsageError();
    assertTrue(result.err().contains("list or tail"), result.err());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "topics tail",
        "topics tail v2x.bsm --max 0",
        "topics tail v2x.bsm --max -3",
        "topics tail v2x.bsm --max many",
        "topics tail v2x.bsm --timeout -1",
        "topics tail v2x.bsm --timeout soon",
        "topics tail v2x.bsm --bogus",
        "topics tail v2x.bsm v2x.spat",
        "topics tail v2x.bsm --kafka",
        "topics list --timeout 0",
        "topics list --bogus",
        "kafka --port 0",
        "kafka --port 70000",
        "kafka --controller-port 9092",
        "kafka --bogus",
        "up --kafka-port 0",
        "up --kafka-port 9093",
        "up --kafka 127.0.0.1:9092 --kafka-port 19092",
        "up --bogus",
      })
  void badFlagsOfTheKafkaCommandsExit2(String command) {
    Cli.run("", command.split(" ")).assertUsageError();
  }
}
