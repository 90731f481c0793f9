package org.openv2x.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrometheusMetricsTest {
  @Test
  void sumsSamplesByNameAndLabel() {
    PrometheusMetrics metrics =
        PrometheusMetrics.parse(
            """
            # HELP jvm_memory_used_bytes The amount of used memory
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1000.0
            jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 500.0
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 70.0
            gateway_journal_pending_records 12.0
            broken line without value x
            """);
    assertEquals(1500.0, metrics.sum("jvm_memory_used_bytes", "area=\"heap\""));
    assertEquals(1570.0, metrics.sum("jvm_memory_used_bytes", ""));
    assertEquals(12.0, metrics.sum("gateway_journal_pending_records", ""));
    assertTrue(Double.isNaN(metrics.sum("absent", "")));
    assertTrue(PrometheusMetrics.parse("").isEmpty());
  }
}
