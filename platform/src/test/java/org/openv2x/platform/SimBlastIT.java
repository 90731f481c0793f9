package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.gateway.Gateway;
import org.openv2x.gateway.config.GatewayConfig;
import org.openv2x.kafka.EmbeddedKafka;
import org.openv2x.kafka.PlatformTopics;

/** {@code v2x sim blast} against the real gateway and an embedded broker. */
class SimBlastIT {
  @Test
  void blastReplaysASimulatedCorpusAndEveryFrameIsAcknowledged(@TempDir Path dir) throws Exception {
    try (EmbeddedKafka kafka =
        EmbeddedKafka.builder().dataDirectory(dir.resolve("kafka")).build()) {
      kafka.start();
      PlatformTopics.createAll(kafka.bootstrapServers(), Duration.ofSeconds(60));
      Gateway gateway =
          Gateway.start(
              GatewayConfig.from(
                  Map.of(
                      "bind.address", "127.0.0.1",
                      "tcp.port", "0",
                      "udp.port", "0",
                      "http.port", "0",
                      "kafka.bootstrap-servers", kafka.bootstrapServers(),
                      "journal.dir", dir.resolve("journal").toString())));
      try {
        Cli.Result result =
            Cli.run(
                "",
                "sim",
                "blast",
                "--gateway",
                "tcp://127.0.0.1:" + gateway.tcpPort(),
                "--rate",
                "20k",
                "--connections",
                "4",
                "--duration",
                "3s",
                "--corpus-grid",
                "1x1",
                "--corpus-vehicles",
                "60",
                "--corpus-seconds",
                "10");
        assertEquals(0, result.exit(), result.out() + "\n" + result.err());
        assertTrue(result.out().startsWith("blast: corpus of "), result.out());
        for (String type : new String[] {"BSM", "SPAT", "MAP", "RSM", "RSI"}) {
          assertTrue(result.out().lines().findFirst().orElseThrow().contains(type), result.out());
        }
      } finally {
        gateway.close();
      }
    }
  }
}
