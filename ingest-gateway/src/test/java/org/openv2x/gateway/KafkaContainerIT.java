package org.openv2x.gateway;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same TCP end-to-end scenario as {@link GatewayIT}, against Kafka in a container (the {@code
 * apache/kafka} image), where a Docker engine runs. Without one the class is skipped
 * ("disabledWithoutDocker is true and Docker is not available").
 */
@Testcontainers(disabledWithoutDocker = true)
class KafkaContainerIT {
  @Container static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.2.1");

  @TempDir Path dir;

  @Test
  void everyMessageOfEveryTypeOverTcpLandsOnItsTopic() throws Exception {
    TcpRoundTrip.run(KAFKA.getBootstrapServers(), dir, "container.");
  }
}
