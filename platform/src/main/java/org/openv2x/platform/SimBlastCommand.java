package org.openv2x.platform;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openv2x.sim.Durations;
import org.openv2x.sim.SimulatedCorpus;
import org.openv2x.sim.blast.Blast;
import org.openv2x.sim.blast.BlastConfig;
import org.openv2x.sim.blast.BlastCorpus;
import org.openv2x.sim.blast.BlastResult;
import org.openv2x.sim.network.GridSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code v2x sim blast}: pre-encoded realistic frames at a target rate over many sessions. */
@Command(
    name = "blast",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Replays pre-encoded realistic frames to a gateway at a target rate, for load tests.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Runs a short simulation as fast as it goes (--corpus-grid, --corpus-vehicles,"
          + " --corpus-seconds) and keeps every frame its RSUs send: BSM, MAP, SPAT, RSI and RSM"
          + " in the proportions a deployment sends them. Then it opens --connections sessions of"
          + " the gateway's TCP protocol (HELLO, DATA frames of --batch messages with sequence"
          + " numbers 1, 2, ... per connection, at most --window unacknowledged) and replays the"
          + " corpus over them at --rate messages per second in all, for --duration (after a"
          + " --ramp), then waits up to --drain-timeout for the last ACKs. A lost connection is"
          + " reopened and its unacknowledged frames resent with their sequence numbers.",
      "It prints a line per second (sent, acknowledged, rejected, errors, ACK latency) and a"
          + " summary. Traffic goes only where --gateway says; it stops by itself.",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Exit codes:",
      "  0  every DATA frame sent was acknowledged",
      "  1  frames stayed unacknowledged, or the gateway could not be reached",
      "  2  usage error",
      "",
      "Examples:",
      "  v2x sim blast --gateway tcp://127.0.0.1:7400 --rate 1000000 --connections 200 --duration 60s",
      "  v2x sim blast --gateway tcp://127.0.0.1:7400 --rate MAX --connections 8 --duration 30s",
    })
final class SimBlastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--gateway",
      order = 1,
      required = true,
      paramLabel = "tcp://HOST:PORT",
      description = "The gateway's TCP session port.")
  String gateway;

  @Option(
      names = "--rate",
      order = 2,
      paramLabel = "MSG/S",
      defaultValue = "100000",
      description =
          "Messages per second in all: a number (2000000, 2M, 500k) or MAX for as fast as the"
              + " ACK windows allow (default: ${DEFAULT-VALUE}).")
  String rate;

  @Option(
      names = "--connections",
      order = 3,
      paramLabel = "N",
      defaultValue = "200",
      description = "Sessions (RSUs blast-00001, ...) (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(
      names = "--duration",
      order = 4,
      paramLabel = "TIME",
      defaultValue = "60s",
      description = "How long to send, after the ramp (default: ${DEFAULT-VALUE}).")
  String duration;

  @Option(
      names = "--ramp",
      order = 5,
      paramLabel = "TIME",
      defaultValue = "0s",
      description = "Rises linearly to --rate over this time first (default: ${DEFAULT-VALUE}).")
  String ramp;

  @Option(
      names = "--batch",
      order = 6,
      paramLabel = "N",
      defaultValue = "50",
      description = "Messages per DATA frame (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(
      names = "--window",
      order = 7,
      paramLabel = "FRAMES",
      defaultValue = "32",
      description = "Unacknowledged DATA frames per connection (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(
      names = "--io-threads",
      order = 8,
      paramLabel = "N",
      defaultValue = "1",
      description = "Sending threads (default: ${DEFAULT-VALUE}).")
  int ioThreads;

  @Option(
      names = "--drain-timeout",
      order = 9,
      paramLabel = "TIME",
      defaultValue = "10s",
      description = "How long to wait for the last ACKs (default: ${DEFAULT-VALUE}).")
  String drainTimeout;

  @Option(
      names = "--unique-bsm-ids",
      order = 10,
      description =
          "Give every BSM sent a vehicle id of its own (connection and counter), so that what"
              + " reaches Kafka can be matched one by one.")
  boolean uniqueBsmIds;

  @Option(
      names = "--corpus-grid",
      order = 11,
      paramLabel = "COLUMNSxROWS",
      defaultValue = "3x3",
      description = "Grid of the corpus simulation (default: ${DEFAULT-VALUE}).")
  String corpusGrid;

  @Option(
      names = "--corpus-vehicles",
      order = 12,
      paramLabel = "N",
      defaultValue = "600",
      description = "Vehicles of the corpus simulation (default: ${DEFAULT-VALUE}).")
  int corpusVehicles;

  @Option(
      names = "--corpus-seconds",
      order = 13,
      paramLabel = "S",
      defaultValue = "30",
      description = "Simulated seconds of the corpus simulation (default: ${DEFAULT-VALUE}).")
  double corpusSeconds;

  @Option(
      names = "--seed",
      order = 14,
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed of the corpus simulation (default: ${DEFAULT-VALUE}).")
  long seed;

  /** The most frames a corpus keeps. */
  static final int MAX_CORPUS_FRAMES = 500_000;

  @Override
  public Integer call() throws InterruptedException {
    V2xCommand root = (V2xCommand) spec.root().userObject();
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(root.stdout(), StandardCharsets.UTF_8), true);
    PrintWriter err = spec.commandLine().getErr();
    BlastConfig config;
    GridSpec grid;
    try {
      config =
          BlastConfig.builder()
              .gateway(gateway)
              .rate(rate)
              .connections(connections)
              .duration(parse(duration, "--duration"))
              .ramp(parse(ramp, "--ramp"))
              .batchMessages(batch)
              .windowFrames(window)
              .ioThreads(ioThreads)
              .drainTimeout(parse(drainTimeout, "--drain-timeout"))
              .uniqueBsmIds(uniqueBsmIds)
              .build();
      grid = GridSpec.parse(corpusGrid);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (corpusVehicles < 1 || corpusVehicles > 100_000) {
      throw new ParameterException(spec.commandLine(), "--corpus-vehicles must be 1..100000");
    }
    if (!(corpusSeconds >= 1 && corpusSeconds <= 3600)) {
      throw new ParameterException(spec.commandLine(), "--corpus-seconds must be 1..3600");
    }
    BlastCorpus corpus;
    try {
      long started = System.nanoTime();
      List<byte[]> frames =
          SimulatedCorpus.frames(grid, corpusVehicles, corpusSeconds, seed, MAX_CORPUS_FRAMES);
      corpus = BlastCorpus.of(frames);
      out.printf(
          "blast: corpus of %s from %.0f s of a %s grid with %d vehicles (%.1f s)%n",
          corpus.describe(),
          corpusSeconds,
          corpusGrid,
          corpusVehicles,
          (System.nanoTime() - started) / 1e9);
    } catch (IOException | RuntimeException e) {
      err.println("blast: cannot build the corpus: " + e.getMessage());
      return V2xCommand.EXIT_NOT_STARTED;
    }
    Blast blast;
    try {
      blast = Blast.start(config, corpus, interval -> out.println(interval.toLine()));
    } catch (IllegalArgumentException e) {
      err.println("blast: cannot start: " + e.getMessage());
      return V2xCommand.EXIT_NOT_STARTED;
    }
    CountDownLatch finished = new CountDownLatch(1);
    Thread onSignal =
        new Thread(
            () -> {
              blast.stop();
              try {
                finished.await(config.drainTimeout().toSeconds() + 5, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "v2x-blast-stop");
    Runtime.getRuntime().addShutdownHook(onSignal);
    try {
      BlastResult result = blast.await();
      out.println(result.summary());
      result.failure().ifPresent(failure -> err.println("blast: " + failure));
      return result.allAcked() && result.failure().isEmpty()
          ? V2xCommand.EXIT_OK
          : V2xCommand.EXIT_NOT_STARTED;
    } finally {
      blast.close();
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(onSignal);
      } catch (IllegalStateException e) {
        // Shutting down already: the hook is running.
      }
      out.flush();
    }
  }

  private Duration parse(String text, String option) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
    }
  }
}
