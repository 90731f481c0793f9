package org.openv2x.sim.blast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BlastConfigTest {

  private static BlastConfig.Builder valid() {
    return BlastConfig.builder().gateway("tcp://127.0.0.1:7400");
  }

  private static void assertRefused(String field, Consumer<BlastConfig.Builder> change) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> {
              BlastConfig.Builder builder = valid();
              change.accept(builder);
              builder.build();
            });
    assertTrue(
        e.getMessage().startsWith(field + " ") || e.getMessage().contains(field),
        "the message names " + field + ": " + e.getMessage());
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    BlastConfig config = valid().build();
    assertEquals("127.0.0.1", config.gatewayHost());
    assertEquals(7400, config.gatewayPort());
    assertTrue(config.unlimitedRate());
    assertEquals(BlastConfig.DEFAULT_CONNECTIONS, config.connections());
    assertEquals(50, config.batchMessages());
    assertEquals(32, config.windowFrames());
    assertEquals(1, config.ioThreads());
    assertEquals(Duration.ofSeconds(60), config.duration());
    assertEquals(Duration.ZERO, config.ramp());
    assertFalse(config.uniqueBsmIds());
    assertEquals("blast-00001", config.rsuId(0));
    assertEquals("blast-00200", config.rsuId(199));
    assertEquals(Duration.ofSeconds(60), config.sendTime());
    assertEquals(0, config.firstConnectionIndex());
    assertEquals(17, config.connectionIndex(17));
    assertFalse(config.recordSendTimes());
  }

  @Test
  void theFirstConnectionIndexShiftsIndicesAndRsuIds() {
    BlastConfig config = valid().connections(10).firstConnectionIndex(1_000).build();
    assertEquals(1_000, config.connectionIndex(0));
    assertEquals(1_009, config.connectionIndex(9));
    assertEquals("blast-01001", config.rsuId(config.connectionIndex(0)));
    assertEquals("blast-01010", config.rsuId(config.connectionIndex(9)));
    // Another blast with the range right after it: no index and no RSU id in common.
    BlastConfig next = valid().connections(10).firstConnectionIndex(1_010).build();
    for (int i = 0; i < 10; i++) {
      for (int j = 0; j < 10; j++) {
        assertNotEquals(config.connectionIndex(i), next.connectionIndex(j));
        assertNotEquals(
            config.rsuId(config.connectionIndex(i)), next.rsuId(next.connectionIndex(j)));
      }
    }
    // The largest index a BSM id can name is usable, with more digits in the RSU id.
    BlastConfig last =
        valid().connections(2).firstConnectionIndex(BsmIds.MAX_CONNECTION_INDEX - 1).build();
    assertEquals("blast-8388607", last.rsuId(last.connectionIndex(1)));
    assertEquals(
        BsmIds.MAX_CONNECTION_INDEX,
        BsmIds.connectionIndex(BsmIds.vehicleId(last.connectionIndex(1), 1)));
  }

  @Test
  void theConnectionIndexRangeIsValidatedNamingTheFields() {
    assertRefused("firstConnectionIndex", b -> b.firstConnectionIndex(-1));
    assertRefused(
        "firstConnectionIndex", b -> b.firstConnectionIndex(BsmIds.MAX_CONNECTION_INDEX + 1));
    IllegalArgumentException beyond =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                valid()
                    .connections(3)
                    .firstConnectionIndex(BsmIds.MAX_CONNECTION_INDEX - 1)
                    .build());
    assertTrue(
        beyond.getMessage().startsWith("firstConnectionIndex + connections - 1 "),
        beyond.getMessage());
    // The longest prefix leaves room for 6 digits; a 7-digit connection number does not fit.
    IllegalArgumentException tooLong =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                valid()
                    .connections(1)
                    .rsuIdPrefix("p".repeat(58))
                    .firstConnectionIndex(1_000_000)
                    .build());
    assertTrue(tooLong.getMessage().startsWith("rsuIdPrefix "), tooLong.getMessage());
    assertTrue(tooLong.getMessage().contains("firstConnectionIndex"), tooLong.getMessage());
    assertEquals(
        64,
        valid()
            .connections(1)
            .rsuIdPrefix("p".repeat(58))
            .firstConnectionIndex(999_998)
            .build()
            .rsuId(999_998)
            .length());
  }

  @Test
  void gatewayUriIsParsed() {
    BlastConfig config = BlastConfig.builder().gateway("tcp://gw.example:7401").build();
    assertEquals("gw.example", config.gatewayHost());
    assertEquals(7401, config.gatewayPort());
    BlastConfig v6 = BlastConfig.builder().gateway("tcp://[::1]:7400").build();
    assertEquals("::1", v6.gatewayHost());
    assertTrue(v6.toString().contains("tcp://[::1]:7400"), v6.toString());
  }

  @Test
  void toStringSaysWhatTheBlastDoes() {
    String text =
        valid()
            .rate("2M")
            .duration(Duration.ofMillis(1500))
            .ramp(Duration.ofSeconds(2))
            .uniqueBsmIds(true)
            .build()
            .toString();
    assertEquals(
        "gateway tcp://127.0.0.1:7400, rate 2,000,000 msg/s, 200 connections, 1.5 s after a ramp"
            + " of 2 s, 50 messages per DATA frame, window 32 frames, 1 I/O thread, drain timeout"
            + " 10 s, unique BSM ids",
        text);
    assertTrue(
        valid()
            .connections(4)
            .firstConnectionIndex(100)
            .recordSendTimes(true)
            .build()
            .toString()
            .endsWith(", connection indices 100..103, send times recorded"));
  }

  @Test
  void badGatewayUrisAreRefusedNamingTheValue() {
    for (String bad :
        new String[] {
          "http://127.0.0.1:7400",
          "tcp://127.0.0.1",
          "127.0.0.1:7400",
          "tcp://:7400",
          "tcp://h:7400/path",
          "tcp://h:7400?x=1",
          "tcp://a b:1"
        }) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> BlastConfig.builder().gateway(bad));
      assertTrue(e.getMessage().startsWith("gateway '" + bad + "'"), e.getMessage());
    }
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> BlastConfig.builder().gateway(" "));
    assertTrue(empty.getMessage().startsWith("gateway "), empty.getMessage());
    assertRefused("gatewayPort", b -> b.gateway("tcp://h:70000"));
    assertRefused("gatewayPort", b -> b.gateway("h", 0));
  }

  @Test
  void missingGatewayIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> BlastConfig.builder().build());
    assertTrue(e.getMessage().startsWith("gateway "), e.getMessage());
  }

  @Test
  void everyFieldIsValidatedByName() {
    assertRefused("ratePerSecond", b -> b.ratePerSecond(-1));
    assertRefused("rate", b -> b.rate("fast"));
    assertRefused("rate", b -> b.rate(""));
    assertRefused("connections", b -> b.connections(0));
    assertRefused("connections", b -> b.connections(BlastConfig.MAX_CONNECTIONS + 1));
    assertRefused("duration", b -> b.duration(Duration.ZERO));
    assertRefused("duration", b -> b.duration(null));
    assertRefused("ramp", b -> b.ramp(Duration.ofSeconds(-1)));
    assertRefused("rampSeconds", b -> b.rampSeconds(-1));
    assertRefused("batchMessages", b -> b.batchMessages(0));
    assertRefused("batchMessages", b -> b.batchMessages(65_536));
    assertRefused("windowFrames", b -> b.windowFrames(0));
    assertRefused("rsuIdPrefix", b -> b.rsuIdPrefix("bad id"));
    assertRefused("rsuIdPrefix", b -> b.rsuIdPrefix("x".repeat(59)));
    assertRefused("rsuIdPrefix", b -> b.rsuIdPrefix(null));
    assertRefused("software", b -> b.software("s".repeat(256)));
    assertRefused("ioThreads", b -> b.ioThreads(0));
    assertRefused("ioThreads", b -> b.ioThreads(BlastConfig.MAX_IO_THREADS + 1));
    assertRefused("ioThreads", b -> b.connections(2).ioThreads(3));
    assertRefused("drainTimeout", b -> b.drainTimeout(Duration.ofMillis(-1)));
    assertRefused("helloTimeout", b -> b.helloTimeout(Duration.ZERO));
    assertRefused(
        "reconnectInitialBackoff", b -> b.reconnectBackoff(Duration.ZERO, Duration.ofSeconds(1)));
    assertRefused(
        "reconnectMaxBackoff",
        b -> b.reconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertRefused("burst", b -> b.burst(Duration.ZERO));
    assertRefused("burst", b -> b.burst(Duration.ofSeconds(11)));
  }

  @Test
  void ratesParse() {
    assertEquals(0, BlastConfig.parseRate("MAX"));
    assertEquals(0, BlastConfig.parseRate("max"));
    assertEquals(2_000_000, BlastConfig.parseRate("2M"));
    assertEquals(500_000, BlastConfig.parseRate("500k"));
    assertEquals(2_000_000, BlastConfig.parseRate("2_000_000"));
    assertEquals(1_000, BlastConfig.parseRate("1,000"));
    assertEquals(0, valid().ratePerSecond(Long.MAX_VALUE).build().ratePerSecond());
    assertEquals(20_000, valid().rate("20k").build().ratePerSecond());
    assertRefused("rate", b -> b.rate("99999999999999999999"));
  }

  @Test
  void toBuilderKeepsEveryValue() {
    BlastConfig config =
        valid()
            .rate("1M")
            .connections(7)
            .ioThreads(2)
            .duration(Duration.ofSeconds(3))
            .ramp(Duration.ofSeconds(1))
            .batchMessages(10)
            .windowFrames(4)
            .rsuIdPrefix("rsu-")
            .software("x")
            .drainTimeout(Duration.ofSeconds(2))
            .uniqueBsmIds(true)
            .helloTimeout(Duration.ofSeconds(1))
            .reconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(20))
            .burst(Duration.ofMillis(5))
            .firstConnectionIndex(300)
            .recordSendTimes(true)
            .build();
    assertEquals(config, config.toBuilder().build());
    assertEquals(300, config.toBuilder().build().firstConnectionIndex());
    assertTrue(config.toBuilder().build().recordSendTimes());
    assertEquals("rsu-00307", config.rsuId(config.connectionIndex(6)));
  }
}
