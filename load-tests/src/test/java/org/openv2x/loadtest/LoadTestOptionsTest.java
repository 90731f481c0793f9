package org.openv2x.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadTestOptionsTest {
  private static String message(Runnable build) {
    return assertThrows(IllegalArgumentException.class, build::run).getMessage();
  }

  @Test
  void everyBadValueNamesItsOption() {
    assertTrue(message(() -> LoadTestOptions.builder().connections(0)).contains("--connections"));
    assertTrue(
        message(() -> LoadTestOptions.builder().duration(Duration.ZERO)).contains("--duration"));
    assertTrue(
        message(() -> LoadTestOptions.builder().garbageShare(1.5)).contains("--garbage-share"));
    assertTrue(
        message(() -> LoadTestOptions.builder().gatewayHeap("lots")).contains("--gateway-heap"));
    assertTrue(
        message(() -> LoadTestOptions.builder().kafkaBootstrapServers("nohost"))
            .contains("--kafka"));
    assertTrue(message(() -> LoadTestOptions.builder().stepFactor(1.0)).contains("--step-factor"));
    assertTrue(message(() -> Scenario.parse("chaos")).contains("steady, step, broker-outage"));
  }

  @Test
  void faultScenariosNeedTheirOwnBroker() {
    String error =
        message(
            () ->
                LoadTestOptions.builder()
                    .scenario(Scenario.BROKER_OUTAGE)
                    .kafkaBootstrapServers("kafka:9092")
                    .build());
    assertTrue(error.contains("broker-outage") && error.contains("--kafka"), error);
  }

  @Test
  void aRunningGatewayNeedsItsKafkaAndCannotBeKilled() {
    assertTrue(
        message(() -> LoadTestOptions.builder().gatewayAddress("tcp://127.0.0.1:7400").build())
            .contains("--gateway needs --kafka"));
    assertTrue(
        message(() -> LoadTestOptions.builder().gatewayAddress("http://127.0.0.1:7400"))
            .startsWith("--gateway: "));
    assertTrue(
        message(
                () ->
                    LoadTestOptions.builder()
                        .scenario(Scenario.GATEWAY_CRASH)
                        .gatewayAddress("tcp://127.0.0.1:7400")
                        .kafkaBootstrapServers("127.0.0.1:9092")
                        .build())
            .contains("drop --gateway"));
    assertTrue(
        message(() -> LoadTestOptions.builder().topicPrefix("a b")).contains("--topic-prefix"));
    assertTrue(
        message(() -> LoadTestOptions.builder().gatewayMetricsUrl("127.0.0.1:7480"))
            .contains("--gateway-metrics"));
  }

  @Test
  void stepNeedsARateToStartFrom() {
    assertTrue(
        message(() -> LoadTestOptions.builder().scenario(Scenario.STEP).ratePerSecond(0).build())
            .contains("--rate"));
  }

  @Test
  void scenariosParseByTheirLabels() {
    for (Scenario scenario : Scenario.values()) {
      assertEquals(scenario, Scenario.parse(scenario.label().toUpperCase()));
    }
  }

  @Test
  void slopeOfALine() {
    assertEquals(
        2.0,
        LoadTest.slope(List.of(new double[] {0, 1}, new double[] {1, 3}, new double[] {2, 5})),
        1e-9);
  }
}
