package org.openv2x.hdmap.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HdMapConfigTest {
  @TempDir Path dir;

  @Test
  void theDefaultsAreTheDocumentedOnes() {
    HdMapConfig config = HdMapConfig.defaults();
    assertEquals(8090, config.get(HdMapConfig.HTTP_PORT));
    assertEquals("0.0.0.0", config.get(HdMapConfig.HTTP_BIND_ADDRESS));
    assertEquals(16L << 20, config.get(HdMapConfig.HTTP_MAX_IMPORT_BYTES));
    assertEquals(Path.of("data/hd-map"), config.get(HdMapConfig.DATA_DIR));
    assertEquals(true, config.get(HdMapConfig.KAFKA_ENABLED));
    assertEquals("127.0.0.1:9092", config.get(HdMapConfig.KAFKA_BOOTSTRAP_SERVERS));
    assertEquals("v2x.map", config.get(HdMapConfig.KAFKA_MAP_TOPIC));
    assertEquals("v2x.hdmap", config.get(HdMapConfig.KAFKA_HDMAP_TOPIC));
    assertEquals("hd-map-service", config.get(HdMapConfig.KAFKA_GROUP_ID));
    assertEquals(Map.of(), config.consumerProperties());
    assertEquals(Map.of(), config.producerProperties());
  }

  @Test
  void everyKeyIsDefinedOnceWithADocAndAValidDefault() {
    Set<String> names = new HashSet<>();
    for (HdMapConfig.Key<?> key : HdMapConfig.KEYS) {
      assertTrue(names.add(key.name()), key.name() + " twice");
      assertTrue(!key.doc().isBlank(), key.name());
      key.parse(key.defaultText());
    }
    String table = HdMapConfig.markdownTable();
    for (String name : names) {
      assertTrue(table.contains("`" + name + "`"), name);
    }
  }

  @Test
  void aFileAndOverridesAreReadLaterWinning() throws Exception {
    Path file = dir.resolve("hd-map.properties");
    Files.writeString(
        file,
        "http.port=9000\nkafka.group-id=from-file\nkafka.consumer.max.poll.records=7\n"
            + "http.max-import-bytes=64KiB\n");
    HdMapConfig config =
        HdMapConfig.load(
            file,
            Map.of("http.port", "9001", "kafka.producer.linger.ms", "5", "kafka.enabled", "no"));
    assertEquals(9001, config.get(HdMapConfig.HTTP_PORT));
    assertEquals("from-file", config.get(HdMapConfig.KAFKA_GROUP_ID));
    assertEquals(64L << 10, config.get(HdMapConfig.HTTP_MAX_IMPORT_BYTES));
    assertEquals(false, config.get(HdMapConfig.KAFKA_ENABLED));
    assertEquals(Map.of("max.poll.records", "7"), config.consumerProperties());
    assertEquals(Map.of("linger.ms", "5"), config.producerProperties());

    HdMapConfig changed = config.with(Map.of("data.dir", "/var/lib/hd-map"));
    assertEquals(Path.of("/var/lib/hd-map"), changed.get(HdMapConfig.DATA_DIR));
    assertEquals(9001, changed.get(HdMapConfig.HTTP_PORT));
    assertEquals(Map.of("linger.ms", "5"), changed.producerProperties());
  }

  @Test
  void aBadValueOrAnUnknownKeyNamesTheKey() {
    for (Map.Entry<String, String> bad :
        List.of(
            Map.entry("http.port", "70000"),
            Map.entry("http.port", "eighty"),
            Map.entry("http.max-import-bytes", "12 parsecs"),
            Map.entry("http.max-import-bytes", "1"),
            Map.entry("kafka.enabled", "maybe"),
            Map.entry("kafka.map-topic", ""),
            Map.entry("data.dir", " "))) {
      ConfigException e =
          assertThrows(
              ConfigException.class, () -> HdMapConfig.from(Map.of(bad.getKey(), bad.getValue())));
      assertEquals(bad.getKey(), e.key());
      assertTrue(e.getMessage().startsWith(bad.getKey() + ": "), e.getMessage());
    }
    ConfigException typo =
        assertThrows(ConfigException.class, () -> HdMapConfig.from(Map.of("http.prot", "1")));
    assertEquals("http.prot", typo.key());
    assertTrue(typo.getMessage().contains("did you mean http.port?"), typo.getMessage());
  }

  @Test
  void anUnreadableFileIsNamed() {
    Path missing = dir.resolve("missing.properties");
    ConfigException e =
        assertThrows(ConfigException.class, () -> HdMapConfig.load(missing, Map.of()));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void theLaunchersOptionsBecomeKeys() {
    HdMapConfig config =
        HdMapServer.configure(null, "kafka-1:9092", Path.of("data"), Map.of("http.port", "0"));
    assertEquals("kafka-1:9092", config.get(HdMapConfig.KAFKA_BOOTSTRAP_SERVERS));
    assertEquals(Path.of("data/hd-map"), config.get(HdMapConfig.DATA_DIR));
    assertEquals(0, config.get(HdMapConfig.HTTP_PORT));
  }
}
