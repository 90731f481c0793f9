package org.openv2x.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The Kafka topics of the platform (DESIGN.md, "Kafka topics") with their partition counts for one
 * machine, and their creation on any cluster.
 */
public final class PlatformTopics {
  /** Basic safety messages, key: vehicle temporary id. */
  public static final String BSM = "v2x.bsm";

  /** Signal phase and timing, key: intersection id. */
  public static final String SPAT = "v2x.spat";

  /** MAP messages as received from RSUs, key: intersection id. */
  public static final String MAP = "v2x.map";

  /** Road-side information, key: RSU id. */
  public static final String RSI = "v2x.rsi";

  /** Road-side safety messages, key: RSU id. */
  public static final String RSM = "v2x.rsm";

  /** Every input the gateway refused ({@code DeadLetter}), key: RSU id. */
  public static final String DEADLETTER = "v2x.deadletter";

  /** UPER MessageFrames for the gateway to send to an RSU, key: RSU id. */
  public static final String DOWNLINK = "v2x.downlink";

  /** Alerts of the stream jobs, key: area or intersection id. */
  public static final String ALERTS = "v2x.alerts";

  /** HD map snapshots, key: intersection id; compacted. */
  public static final String HDMAP = "v2x.hdmap";

  /** One platform topic: its name, partition count on one machine, and topic configuration. */
  public record Topic(String name, int partitions, Map<String, String> configs) {
    public Topic {
      configs = Map.copyOf(configs);
    }

    /**
     * The topic to create; the replication factor is the cluster's {@code
     * default.replication.factor}.
     */
    public NewTopic newTopic() {
      return new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(configs);
    }
  }

  /** Every platform topic, in the order of DESIGN.md. */
  public static final List<Topic> ALL =
      List.of(
          new Topic(BSM, 6, Map.of()),
          new Topic(SPAT, 3, Map.of()),
          new Topic(MAP, 3, Map.of()),
          new Topic(RSI, 3, Map.of()),
          new Topic(RSM, 3, Map.of()),
          new Topic(DEADLETTER, 3, Map.of()),
          new Topic(DOWNLINK, 3, Map.of()),
          new Topic(ALERTS, 3, Map.of()),
          new Topic(HDMAP, 3, Map.of("cleanup.policy", "compact")));

  /** The message topics whose values are {@code V2xEnvelope}s. */
  public static final Set<String> ENVELOPE_TOPICS = Set.of(BSM, SPAT, MAP, RSI, RSM);

  private PlatformTopics() {}

  /**
   * Creates every platform topic that does not exist yet on the cluster at {@code
   * bootstrapServers}; existing topics are left as they are.
   *
   * @param timeout how long to keep trying while the cluster is unreachable or still starting
   * @return the names of the topics this call created
   * @throws IllegalStateException when the topics could not be created in time
   */
  public static Set<String> createAll(String bootstrapServers, Duration timeout) {
    try (Admin admin = Topics.admin(bootstrapServers, timeout)) {
      return createAll(admin, timeout);
    }
  }

  /** {@link #createAll(String, Duration)} through an existing admin client. */
  public static Set<String> createAll(Admin admin, Duration timeout) {
    return Topics.createIfAbsent(admin, ALL.stream().map(Topic::newTopic).toList(), timeout);
  }
}
