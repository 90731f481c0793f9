package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --help} and {@code --version} on every command. */
class HelpAndUpTest {

  @Test
  void rootHelpListsTheCommands() {
    Cli.Result result = Cli.run("", "--help");
    assertEquals(0, result.exit());
    assertTrue(result.out().contains("Usage: v2x"), result.out());
    assertTrue(result.out().contains("codec"), result.out());
    assertTrue(result.out().contains("up"), result.out());
    assertTrue(result.out().contains("Exit codes"), result.out());
    assertEquals("", result.err());
  }

  @Test
  void helpCommand() {
    Cli.Result result = Cli.run("", "help", "codec");
    assertEquals(0, result.exit());
    assertTrue(result.out().contains("Usage: v2x codec"), result.out());
    assertTrue(result.out().contains("decode"), result.out());
    assertTrue(result.out().contains("encode"), result.out());
  }

  @Test
  void decodeHelpExplainsFormatsErrorsAndExitCodes() {
    Cli.Result result = Cli.run("", "codec", "decode", "--help");
    assertEquals(0, result.exit());
    String help = result.out();
    for (String expected :
        new String[] {
          "Usage: v2x codec decode",
          "--format",
          "jer",
          "proto",
          "X.697",
          "--pretty",
          "--input",
          "--output",
          "\"error\"",
          "BAD_HEX",
          "INTERNAL",
          "bitOffset",
          "Exit codes",
          "decoded N, failed M",
        }) {
      assertTrue(help.contains(expected), () -> "'" + expected + "' missing from\n" + help);
    }
  }

  @Test
  void encodeHelpExplainsFormatsErrorsAndExitCodes() {
    Cli.Result result = Cli.run("", "codec", "encode", "--help");
    assertEquals(0, result.exit());
    String help = result.out();
    for (String expected :
        new String[] {
          "Usage: v2x codec encode", "--format", "jer", "proto", "BAD_JSON", "Exit codes", "hex",
        }) {
      assertTrue(help.contains(expected), () -> "'" + expected + "' missing from\n" + help);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "codec",
        "codec decode",
        "codec encode",
        "up",
        "kafka",
        "topics",
        "topics list",
        "topics tail"
      })
  void helpAndVersionEverywhere(String command) {
    String[] words = command.isEmpty() ? new String[0] : command.split(" ");
    for (String flag : new String[] {"--help", "-h"}) {
      Cli.Result help = Cli.run("", append(words, flag));
      assertEquals(0, help.exit(), flag + " of '" + command + "'");
      assertTrue(help.out().contains("Usage: v2x"), help.out());
    }
    for (String flag : new String[] {"--version", "-V"}) {
      Cli.Result version = Cli.run("", append(words, flag));
      assertEquals(0, version.exit(), flag + " of '" + command + "'");
      assertTrue(version.out().startsWith("v2x " + VersionProvider.version()), () -> version.out());
      assertTrue(!VersionProvider.version().equals("unknown"), "version.properties is filtered");
    }
  }

  @Test
  void rootHelpListsTheNewCommands() {
    String help = Cli.run("", "--help").out();
    for (String expected : new String[] {"kafka", "topics", "up", "codec"}) {
      assertTrue(help.contains("  " + expected), () -> expected + " missing from\n" + help);
    }
  }

  @Test
  void upHelpNamesWhatItStartsAndItsOptions() {
    Cli.Result result = Cli.run("", "up", "--help");
    assertEquals(0, result.exit());
    String help = result.out();
    for (String expected :
        new String[] {
          "Usage: v2x up",
          "--data",
          "--kafka",
          "--no-gateway",
          "--kafka-port",
          "--kafka-controller-port",
          "kafka --data DIR/kafka --port 9092 --controller-port 9093",
          "gateway --kafka BOOTSTRAP --data DIR/gateway",
          "SIGTERM",
          "Exit codes",
        }) {
      assertTrue(help.contains(expected), () -> "'" + expected + "' missing from\n" + help);
    }
  }

  @Test
  void kafkaAndTopicsHelp() {
    String kafka = Cli.run("", "kafka", "--help").out();
    for (String expected :
        new String[] {"--data", "--port", "--controller-port", "kafka: ready at", "Exit codes"}) {
      assertTrue(kafka.contains(expected), () -> "'" + expected + "' missing from\n" + kafka);
    }
    String tail = Cli.run("", "topics", "tail", "--help").out();
    for (String expected :
        new String[] {
          "--kafka",
          "--from-beginning",
          "--max",
          "--timeout",
          "--group",
          "rawHex",
          "valueHex",
          "Exit codes",
          "default: 10",
          "127.0.0.1:9092",
        }) {
      assertTrue(tail.contains(expected), () -> "'" + expected + "' missing from\n" + tail);
    }
    String list = Cli.run("", "topics", "list", "--help").out();
    assertTrue(list.contains("--kafka"), list);
  }

  private static String[] append(String[] words, String last) {
    String[] all = Arrays.copyOf(words, words.length + 1);
    all[words.length] = last;
    return all;
  }
}
