package org.openv2x.loadtest;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.openv2x.kafka.EmbeddedKafka;

/**
 * The Kafka broker of a load test, in its own JVM so that its CPU and memory are its own and it can
 * be stopped and started again: {@code BrokerMain <dataDir> <brokerPort> <controllerPort>}. Prints
 * {@code broker: ready <bootstrap>} once it takes clients; stops cleanly on SIGTERM.
 */
public final class BrokerMain {
  /** The start of the line printed once the broker takes clients. */
  public static final String READY = "broker: ready ";

  private BrokerMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3) {
      System.err.println("usage: BrokerMain <dataDir> <brokerPort> <controllerPort>");
      System.exit(2);
    }
    EmbeddedKafka kafka =
        EmbeddedKafka.builder()
            .dataDirectory(Path.of(args[0]))
            .brokerPort(Integer.parseInt(args[1]))
            .controllerPort(Integer.parseInt(args[2]))
            .build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  kafka.stop();
                  stopped.countDown();
                },
                "broker-stop"));
    try {
      kafka.start();
    } catch (RuntimeException e) {
      System.err.println("broker: cannot start: " + e.getMessage());
      System.exit(1);
    }
    System.out.println(READY + kafka.bootstrapServers());
    System.out.flush();
    stopped.await();
  }
}
