package org.openv2x.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/** Idempotent topic creation through an {@link Admin}. */
final class Topics {
  /** The pause between attempts while the cluster answers with a retriable error. */
  private static final long RETRY_PAUSE_MS = 200;

  private Topics() {}

  /** An admin client for {@code bootstrapServers} whose calls give up after {@code timeout}. */
  static Admin admin(String bootstrapServers, Duration timeout) {
    int timeoutMs = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMs, 30_000));
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "v2x-topics");
    return Admin.create(config);
  }

  /** {@link #createIfAbsent(Admin, Collection, Duration)} with a new admin client. */
  static Set<String> createIfAbsent(
      String bootstrapServers, Collection<NewTopic> topics, Duration timeout) {
    try (Admin admin = admin(bootstrapServers, timeout)) {
      return createIfAbsent(admin, topics, timeout);
    }
  }

  /**
   * Creates those of {@code topics} that do not exist; retries retriable errors (a broker still
   * starting) until {@code timeout} has passed.
   *
   * @return the names of the topics this call created
   * @throws IllegalStateException when a topic can be neither created nor found in time
   */
  static Set<String> createIfAbsent(Admin admin, Collection<NewTopic> topics, Duration timeout) {
    long deadlineNanos = System.nanoTime() + timeout.toNanos();
    Map<String, NewTopic> pending = new LinkedHashMap<>();
    for (NewTopic topic : topics) {
      pending.put(topic.name(), topic);
    }
    Set<String> names = Set.copyOf(pending.keySet());
    Set<String> created = new LinkedHashSet<>();
    while (true) {
      long leftMs = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
      CreateTopicsResult result =
          admin.createTopics(
              pending.values(),
              new CreateTopicsOptions().timeoutMs((int) Math.min(Integer.MAX_VALUE, leftMs)));
      RuntimeException lastRetriable = null;
      for (Map.Entry<String, KafkaFuture<Void>> entry : result.values().entrySet()) {
        String name = entry.getKey();
        try {
          entry.getValue().get(leftMs, TimeUnit.MILLISECONDS);
          created.add(name);
          pending.remove(name);
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof TopicExistsException) {
            pending.remove(name);
          } else if (cause instanceof RetriableException retriable) {
            lastRetriable = retriable;
          } else {
            throw new IllegalStateException("cannot create topic " + name + ": " + cause, cause);
          }
        } catch (java.util.concurrent.TimeoutException e) {
          lastRetriable = new IllegalStateException("no answer in time", e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while creating topics", e);
        }
      }
      if (pending.isEmpty()) {
        awaitVisible(admin, names, deadlineNanos, timeout);
        return created;
      }
      if (System.nanoTime() + RETRY_PAUSE_MS * 1_000_000 - deadlineNanos > 0) {
        throw new IllegalStateException(
            "cannot create topics "
                + pending.keySet()
                + " within "
                + timeout
                + ": "
                + lastRetriable,
            lastRetriable);
      }
      try {
        Thread.sleep(RETRY_PAUSE_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while creating topics", e);
      }
    }
  }

  /**
   * Waits until the broker that answers describes every one of {@code names}: a topic just created
   * by the controller may still be missing from a broker's metadata for a moment.
   */
  private static void awaitVisible(
      Admin admin, Set<String> names, long deadlineNanos, Duration timeout) {
    while (true) {
      long leftMs = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000);
      try {
        admin.describeTopics(names).allTopicNames().get(leftMs, TimeUnit.MILLISECONDS);
        return;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof RetriableException)) {
          throw new IllegalStateException(
              "cannot describe topics " + names + ": " + e.getCause(), e.getCause());
        }
      } catch (java.util.concurrent.TimeoutException e) {
        // checked below
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for topics", e);
      }
      if (System.nanoTime() + RETRY_PAUSE_MS * 1_000_000 - deadlineNanos > 0) {
        throw new IllegalStateException("topics " + names + " not visible within " + timeout);
      }
      try {
        Thread.sleep(RETRY_PAUSE_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for topics", e);
      }
    }
  }
}
