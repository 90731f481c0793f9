package org.openv2x.gateway.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayConfigTest {
  @TempDir Path dir;

  @Test
  void defaultsAreTheDocumentedOnes() {
    GatewayConfig config = GatewayConfig.defaults();
    assertEquals(7400, config.get(GatewayConfig.TCP_PORT));
    assertEquals(7401, config.get(GatewayConfig.UDP_PORT));
    assertEquals(7480, config.get(GatewayConfig.HTTP_PORT));
    assertEquals(1 << 20, config.get(GatewayConfig.TCP_MAX_FRAME_BYTES));
    assertEquals(Duration.ofSeconds(60), config.get(GatewayConfig.TCP_IDLE_TIMEOUT));
    assertEquals(4L << 30, config.get(GatewayConfig.JOURNAL_MAX_BYTES));
    assertEquals(Path.of("data/gateway/journal"), config.get(GatewayConfig.JOURNAL_DIR));
    assertTrue(config.get(GatewayConfig.GATEWAY_ID).startsWith("gw-"));
  }

  @Test
  void everyDefaultParses() {
    for (ConfigKey<?> key : GatewayConfig.KEYS) {
      if (key != GatewayConfig.GATEWAY_ID) {
        key.parse(key.defaultText());
      }
      assertTrue(key.doc().length() > 10, key.name() + " has a doc string");
    }
  }

  @Test
  void sizesAndDurationsTakeUnits() {
    GatewayConfig config =
        GatewayConfig.from(
            Map.of(
                "journal.max-bytes", "512MiB",
                "tcp.idle-timeout", "90s",
                "tcp.hello-timeout", "500ms",
                "downlink.ttl", "2m",
                "udp.receive-buffer-bytes", "4m"));
    assertEquals(512L << 20, config.get(GatewayConfig.JOURNAL_MAX_BYTES));
    assertEquals(Duration.ofSeconds(90), config.get(GatewayConfig.TCP_IDLE_TIMEOUT));
    assertEquals(Duration.ofMillis(500), config.get(GatewayConfig.TCP_HELLO_TIMEOUT));
    assertEquals(Duration.ofMinutes(2), config.get(GatewayConfig.DOWNLINK_TTL));
    assertEquals(4L << 20, config.get(GatewayConfig.UDP_RECEIVE_BUFFER_BYTES));
  }

  @Test
  void badValuesNameTheirKey() {
    assertMessage(
        Map.of("tcp.port", "seventy"), "tcp.port: 'seventy' is not valid: expected a whole number");
    assertMessage(
        Map.of("tcp.port", "70000"), "tcp.port: '70000' is not valid: must be between 0 and 65535");
    assertMessage(
        Map.of("journal.max-bytes", "4 parsecs"),
        "journal.max-bytes: '4 parsecs' is not valid: unknown unit 'parsecs' (use B, KiB, MiB, GiB or TiB)");
    assertMessage(
        Map.of("tcp.idle-timeout", "10"),
        "tcp.idle-timeout: '10' is not valid: expected a duration such as 500ms, 10s, 5m or 1h");
    assertMessage(
        Map.of("rsu.unknown", "maybe"),
        "rsu.unknown: 'maybe' is not valid: expected one of [accept, refuse]");
    assertMessage(
        Map.of("gateway.id", "has space"),
        "gateway.id: 'has space' is not valid: must be 1..64 characters of [A-Za-z0-9._:-]");
    assertMessage(
        Map.of("udp.enabled", "perhaps"),
        "udp.enabled: 'perhaps' is not valid: expected true or false");
    assertMessage(
        Map.of("rsu.r1.addresses", "rsu.example.com"),
        "rsu.r1.addresses: 'rsu.example.com' is not valid: expected an IP address, not a host name");
    assertMessage(
        Map.of("journal.roll-cycle", "YEARLY"),
        "journal.roll-cycle: 'YEARLY' is not valid: expected one of");
  }

  @Test
  void unknownKeysAreRefusedWithASuggestion() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> GatewayConfig.from(Map.of("tcp.prot", "7400")));
    assertEquals("tcp.prot", e.key());
    assertEquals("tcp.prot: unknown key (did you mean tcp.port?)", e.getMessage());
  }

  @Test
  void openFamiliesPassThrough() {
    GatewayConfig config =
        GatewayConfig.from(
            Map.of(
                "kafka.producer.linger.ms", "20",
                "kafka.consumer.fetch.min.bytes", "1",
                "rsu.rsu-17.addresses", "10.0.0.5, 10.0.0.6:5000,[fe80::1]:7000"));
    assertEquals(Map.of("linger.ms", "20"), config.producerProperties());
    assertEquals(Map.of("fetch.min.bytes", "1"), config.consumerProperties());
    assertEquals(
        List.of("10.0.0.5", "10.0.0.6:5000", "[fe80::1]:7000"),
        config.rsuAddresses().get("rsu-17"));
  }

  @Test
  void aFileIsReadAndOverridesWin() throws Exception {
    Path file = dir.resolve("gateway.properties");
    Files.writeString(file, "# comment\ntcp.port = 9000\nudp.port=9001\n");
    GatewayConfig config = GatewayConfig.load(file, Map.of("udp.port", "9002"));
    assertEquals(9000, config.get(GatewayConfig.TCP_PORT));
    assertEquals(9002, config.get(GatewayConfig.UDP_PORT));
    ConfigException missing =
        assertThrows(
            ConfigException.class, () -> GatewayConfig.load(dir.resolve("nope"), Map.of()));
    assertTrue(missing.getMessage().startsWith("cannot read config file"), missing.getMessage());
  }

  @Test
  void theReadmeDocumentsEveryKey() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    for (ConfigKey<?> key : GatewayConfig.KEYS) {
      assertTrue(readme.contains("`" + key.name() + "`"), "README.md documents " + key.name());
    }
  }

  private static void assertMessage(Map<String, String> text, String expectedStart) {
    ConfigException e = assertThrows(ConfigException.class, () -> GatewayConfig.from(text));
    assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
  }
}
