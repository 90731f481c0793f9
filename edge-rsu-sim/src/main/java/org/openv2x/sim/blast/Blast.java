package org.openv2x.sim.blast;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.openv2x.codec.session.SessionFrames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running blast: replays a {@link BlastCorpus} over {@link BlastConfig#connections()} TCP
 * sessions to the gateway at the configured total rate, for the ramp plus the duration, then waits
 * up to the drain timeout for the last {@code ACK}s and closes the connections.
 *
 * <pre>{@code
 * BlastConfig config = BlastConfig.builder().gateway("tcp://127.0.0.1:7400").rate("1M")
 *     .connections(200).duration(Duration.ofSeconds(60)).build();
 * BlastResult result = Blast.run(config, corpus, interval -> System.out.println(interval.toLine()));
 * System.out.println(result.summary());
 * }</pre>
 *
 * <p>{@link #start} returns at once; the work happens on {@code ioThreads} I/O threads ({@code
 * blast-io-N}, non-blocking NIO, each owning a share of the connections) and a progress thread
 * ({@code blast-progress}) that hands a {@link BlastInterval} to the consumer once a second and
 * makes the {@link BlastResult} at the end. The consumer runs on that thread and should be quick.
 */
public final class Blast implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Blast.class);
  private static final long SECOND_NANOS = TimeUnit.SECONDS.toNanos(1);

  /** A last interval shorter than this is folded into none (it holds only the close). */
  private static final long MIN_LAST_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final BlastConfig config;
  private final BlastCorpus corpus;
  private final Consumer<BlastInterval> progress;
  private final BlastControl control;
  private final List<BlastIoThread> ioThreads = new ArrayList<>();
  private final BlastConnection[] connections;
  private final List<Thread> threads = new ArrayList<>();
  private final CountDownLatch ioDone;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread reporter;
  private volatile BlastResult result;

  private Blast(
      BlastConfig config,
      BlastCorpus corpus,
      Consumer<BlastInterval> progress,
      BlastBatches batches,
      InetSocketAddress address) {
    this.config = config;
    this.corpus = corpus;
    this.progress = progress == null ? interval -> {} : progress;
    long startNanos = System.nanoTime();
    // The one wall-clock reading; send times are derived from nanoTime and this pair.
    Instant startInstant = Instant.now();
    long startEpochUs = startInstant.getEpochSecond() * 1_000_000L + startInstant.getNano() / 1_000;
    this.control = new BlastControl(startNanos, startEpochUs, config.sendTime().toNanos());
    BlastRateLimiter limiter =
        config.unlimitedRate()
            ? null
            : new BlastRateLimiter(
                startNanos,
                config.ratePerSecond(),
                config.ramp().toNanos(),
                config.ratePerSecond() * (config.burst().toNanos() / 1e9),
                config.batchMessages());
    int sendBufferBytes = Math.max(64 * 1024, 2 * batches.maxFrameBytes());
    List<List<BlastConnection>> shares = new ArrayList<>();
    for (int t = 0; t < config.ioThreads(); t++) {
      shares.add(new ArrayList<>());
    }
    this.connections = new BlastConnection[config.connections()];
    for (int i = 0; i < config.connections(); i++) {
      int connectionIndex = config.connectionIndex(i);
      String rsuId = config.rsuId(connectionIndex);
      BlastConnection connection =
          new BlastConnection(
              connectionIndex,
              rsuId,
              SessionFrames.hello(rsuId, config.software()),
              config.windowFrames(),
              sendBufferBytes,
              config.recordSendTimes());
      connections[i] = connection;
      // Connections start at different batches, so they do not send the same frames in step.
      connection.nextBatch = (int) ((long) i * batches.batchCount() / config.connections());
      shares.get(i % config.ioThreads()).add(connection);
    }
    this.ioDone = new CountDownLatch(config.ioThreads());
    for (int t = 0; t < config.ioThreads(); t++) {
      BlastIoThread io =
          new BlastIoThread(config, batches, shares.get(t), limiter, address, control);
      ioThreads.add(io);
      Thread thread =
          new Thread(
              () -> {
                try {
                  io.run();
                } finally {
                  ioDone.countDown();
                }
              },
              "blast-io-" + t);
      thread.setDaemon(true);
      threads.add(thread);
    }
    this.reporter = new Thread(this::report, "blast-progress");
    this.reporter.setDaemon(true);
  }

  /**
   * Starts a blast and returns at once.
   *
   * @param progress receives one {@link BlastInterval} per second (null: none)
   * @throws IllegalArgumentException if the gateway's host cannot be resolved, or the corpus in
   *     batches of {@code batchMessages} makes frames too large
   */
  public static Blast start(
      BlastConfig config, BlastCorpus corpus, Consumer<BlastInterval> progress) {
    if (config == null || corpus == null) {
      throw new IllegalArgumentException("config and corpus are required");
    }
    InetSocketAddress address = new InetSocketAddress(config.gatewayHost(), config.gatewayPort());
    if (address.isUnresolved()) {
      throw new IllegalArgumentException(
          "gateway host '" + config.gatewayHost() + "' cannot be resolved");
    }
    BlastBatches batches = BlastBatches.build(corpus, config.batchMessages());
    Blast blast = new Blast(config, corpus, progress, batches, address);
    LOG.info("blast: {}; corpus {}", config, corpus.describe());
    blast.threads.forEach(Thread::start);
    blast.reporter.start();
    return blast;
  }

  /** Runs a blast to its end ({@link #start} and {@link #await()}). */
  public static BlastResult run(
      BlastConfig config, BlastCorpus corpus, Consumer<BlastInterval> progress)
      throws InterruptedException {
    Blast blast = start(config, corpus, progress);
    try {
      return blast.await();
    } finally {
      blast.close();
    }
  }

  /** Stops sending now (before the duration is over); the drain and the close follow as usual. */
  public void stop() {
    control.stopSending(System.nanoTime());
    ioThreads.forEach(BlastIoThread::wakeup);
  }

  /** Waits for the end of the blast (sending, drain, close) and returns its result. */
  public BlastResult await() throws InterruptedException {
    finished.await();
    return result;
  }

  /** Waits at most {@code timeout} for the end of the blast; empty if it is still running. */
  public Optional<BlastResult> await(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS)
        ? Optional.of(result)
        : Optional.empty();
  }

  /** Whether the blast has ended. */
  public boolean isDone() {
    return finished.getCount() == 0;
  }

  /** The counters since the start, summed over the I/O threads (close to, not exactly, now). */
  public BlastCounts counts() {
    BlastCounts sum = BlastCounts.ZERO;
    for (BlastIoThread io : ioThreads) {
      sum = sum.plus(io.counters().snapshot());
    }
    return sum;
  }

  /**
   * Stops sending and waits (at most the drain timeout and a little more) for the blast to end. The
   * threads are daemons: one that does not end does not keep the JVM alive.
   */
  @Override
  public void close() {
    if (isDone()) {
      return;
    }
    stop();
    try {
      finished.await(config.drainTimeout().toMillis() + 10_000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- the progress thread ----

  private void report() {
    long startNanos = control.startNanos;
    List<BlastInterval> intervals = new ArrayList<>();
    Histogram total = new Histogram(BlastIoThread.MAX_LATENCY_US, 3);
    long sendEndSeenNanos = 0;
    try {
      BlastCounts previous = BlastCounts.ZERO;
      long previousCpuNanos = 0;
      long previousNanos = startNanos;
      int second = 1;
      boolean ended = false;
      while (!ended) {
        long waitNanos = startNanos + second * SECOND_NANOS - System.nanoTime();
        ended =
            waitNanos <= 0 ? ioDone.getCount() == 0 : ioDone.await(waitNanos, TimeUnit.NANOSECONDS);
        if (ended) {
          joinThreads();
        }
        long now = System.nanoTime();
        if (ended && now - previousNanos < MIN_LAST_INTERVAL_NANOS && !intervals.isEmpty()) {
          // A last sliver (the close): its counts are in the totals, not in an interval.
          break;
        }
        boolean sending = now - control.sendEndNanos() < 0 && control.failure() == null;
        if (!sending && sendEndSeenNanos == 0) {
          sendEndSeenNanos = Math.min(now, control.sendEndNanos());
        }
        BlastCounts counts = counts();
        long cpuNanos = cpuNanos();
        Histogram latency = new Histogram(BlastIoThread.MAX_LATENCY_US, 3);
        for (BlastIoThread io : ioThreads) {
          latency.add(io.intervalLatency());
        }
        total.add(latency);
        BlastInterval interval =
            new BlastInterval(
                second,
                now - previousNanos,
                counts.since(previous),
                LatencySummary.of(latency),
                cpuNanos - previousCpuNanos,
                sending);
        intervals.add(interval);
        deliver(interval);
        previous = counts;
        previousCpuNanos = cpuNanos;
        previousNanos = now;
        second++;
        // After a stall, go on with the next whole second rather than a burst of short ones.
        while (startNanos + second * SECOND_NANOS - now <= 0) {
          second++;
        }
      }
      for (BlastIoThread io : ioThreads) {
        total.add(io.intervalLatency());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      control.fail("the progress thread was interrupted");
    } catch (RuntimeException e) {
      LOG.error("blast progress thread failed", e);
      control.fail("the progress thread failed: " + e);
    } finally {
      long endNanos = System.nanoTime();
      if (sendEndSeenNanos == 0) {
        sendEndSeenNanos = Math.min(endNanos, control.sendEndNanos());
      }
      // The I/O threads have ended and been joined (unless this thread failed): their plain
      // per-connection fields are final.
      List<ConnectionIds> connectionIds = new ArrayList<>(connections.length);
      BlastSendLog[] sendLogs = new BlastSendLog[connections.length];
      for (int i = 0; i < connections.length; i++) {
        connectionIds.add(connections[i].ids());
        sendLogs[i] = connections[i].sendLog;
      }
      result =
          new BlastResult(
              config,
              corpus.describe(),
              Math.max(0, sendEndSeenNanos - startNanos),
              endNanos - startNanos,
              counts(),
              control.errorsByCode(),
              total,
              cpuNanos(),
              intervals,
              control.failure(),
              connectionIds,
              config.recordSendTimes() ? sendLogs : null);
      LOG.debug("blast done:\n{}", result.summary());
      finished.countDown();
    }
  }

  private void joinThreads() throws InterruptedException {
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private long cpuNanos() {
    long sum = 0;
    for (BlastIoThread io : ioThreads) {
      sum += io.cpuNanos();
    }
    return sum;
  }

  private void deliver(BlastInterval interval) {
    try {
      progress.accept(interval);
    } catch (RuntimeException e) {
      LOG.warn("the blast's progress consumer failed on {}", interval, e);
    }
  }
}
