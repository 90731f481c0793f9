package org.openv2x.gateway.bench;

import com.sun.tools.attach.VirtualMachine;
import java.util.List;
import java.util.Set;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Reads the Kafka producer's own metrics ({@code kafka.producer:type=producer-metrics}) out of
 * another JVM on this machine, through the attach API and its local JMX agent: how the records were
 * batched, which explains much of the broker's CPU per record. The figures are the producer's own
 * windowed averages (its last ~30 s).
 */
public final class ProducerJmx {
  /** The producer metrics put in the figures, by their Kafka names. */
  static final List<String> ATTRIBUTES =
      List.of(
          "record-send-rate",
          "request-rate",
          "records-per-request-avg",
          "batch-size-avg",
          "record-size-avg",
          "compression-rate-avg",
          "record-queue-time-avg",
          "request-latency-avg",
          "bufferpool-wait-ratio");

  private ProducerJmx() {}

  /**
   * Puts {@code <prefix>.<metric>} for each of {@link #ATTRIBUTES} of the (first) producer in the
   * JVM {@code pid}; puts {@code <prefix>.error} instead when it cannot be read.
   */
  public static void read(long pid, String prefix, Figures figures) {
    try {
      VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
      String address;
      try {
        address = vm.startLocalManagementAgent();
      } finally {
        vm.detach();
      }
      try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
        MBeanServerConnection server = connector.getMBeanServerConnection();
        Set<ObjectName> names =
            server.queryNames(new ObjectName("kafka.producer:type=producer-metrics,*"), null);
        if (names.isEmpty()) {
          figures.put(prefix + ".error", "no kafka.producer metrics in JVM " + pid);
          return;
        }
        ObjectName name = names.iterator().next();
        for (String attribute : ATTRIBUTES) {
          Object value = server.getAttribute(name, attribute);
          if (value instanceof Number number) {
            figures.put(prefix + "." + attribute, number.doubleValue());
          }
        }
      }
    } catch (Exception e) {
      figures.put(prefix + ".error", e.toString().replace('\n', ' '));
    }
  }
}
