package org.openv2x.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.gateway.Gateway;
import org.openv2x.gateway.config.GatewayConfig;
import org.openv2x.kafka.EmbeddedKafka;

/**
 * {@code --gateway} and {@code --kafka}: a load test that drives a gateway and a broker it did not
 * start, reads back only what came after it began (the topics already held other records) and still
 * finds every acknowledged message by its id.
 */
class RunningGatewayIT {
  @TempDir Path dir;

  @Test
  void drivesARunningGatewayAndReadsOnlyItsOwnRecords() throws Exception {
    try (EmbeddedKafka kafka = EmbeddedKafka.builder().build()) {
      kafka.start();
      String prefix = "deployed.";
      for (String suffix : List.of("bsm", "map", "spat", "rsi", "rsm", "deadletter", "downlink")) {
        kafka.createTopic(prefix + suffix, 2);
      }
      // Earlier traffic that is not an envelope: a run that read it would count it unreadable.
      Properties producerConfig = new Properties();
      producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
      try (KafkaProducer<byte[], byte[]> producer =
          new KafkaProducer<>(
              producerConfig, new ByteArraySerializer(), new ByteArraySerializer())) {
        for (int i = 0; i < 10; i++) {
          producer.send(new ProducerRecord<>(prefix + "bsm", new byte[] {1, 2, 3})).get();
        }
      }
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put("gateway.id", "deployed-gw");
      settings.put("bind.address", "127.0.0.1");
      settings.put("tcp.port", "0");
      settings.put("udp.enabled", "false");
      settings.put("http.port", "0");
      settings.put("kafka.bootstrap-servers", kafka.bootstrapServers());
      settings.put("kafka.topic-prefix", prefix);
      settings.put("journal.dir", dir.resolve("journal").toString());
      settings.put("downlink.enabled", "false");
      try (Gateway gateway = Gateway.start(GatewayConfig.from(settings))) {
        LoadTestOptions options =
            LoadTestOptions.builder()
                .gatewayAddress("tcp://127.0.0.1:" + gateway.tcpPort())
                .gatewayMetricsUrl("http://127.0.0.1:" + gateway.httpPort() + "/metrics")
                .topicPrefix(prefix)
                .kafkaBootstrapServers(kafka.bootstrapServers())
                .ratePerSecond(10_000)
                .connections(4)
                .duration(Duration.ofSeconds(4))
                .ramp(Duration.ofSeconds(1))
                .warmup(Duration.ZERO)
                .corpusVehicles(100)
                .baselineRecords(10_000)
                .reportDirectory(dir.resolve("report"))
                .build();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        LoadTest.Outcome outcome;
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
          outcome = LoadTest.run(options, out);
        }
        String text = output.toString(StandardCharsets.UTF_8);
        System.out.println(text);
        assertTrue(outcome.passed(), text);
        JsonNode summary = outcome.summary();
        JsonNode counts = summary.path("counts");
        assertTrue(counts.path("acked").asLong() > 0);
        assertEquals(0, counts.path("lost").asLong());
        assertEquals(counts.path("acked").asLong(), counts.path("matched").asLong());
        assertEquals(0, counts.path("unreadableRecords").asLong(), "earlier records were not read");
        assertEquals(counts.path("acked").asLong(), counts.path("inKafka").asLong());
        assertFalse(
            summary.path("gateway").has("cpuSeconds"), "a running gateway's CPU is not known");
        assertEquals(10_000, summary.path("baseline").path("records").asLong());
        assertTrue(gateway.tcpPort() > 0);
      }
    }
  }
}
