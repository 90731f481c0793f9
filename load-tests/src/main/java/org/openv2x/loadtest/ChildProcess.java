package org.openv2x.loadtest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A child JVM of a load test (the broker, the gateway, the producer baseline, idle RSUs): started
 * with this JVM's class path, its output appended to a log file, and watched for a ready line.
 * {@link #kill()} is SIGKILL, {@link #terminate(Duration)} SIGTERM and a wait.
 */
final class ChildProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final CompletableFuture<String> ready = new CompletableFuture<>();
  private final List<String> tail = new ArrayList<>();

  private ChildProcess(String name, Process process, Path log, Predicate<String> readyLine) {
    this.name = name;
    this.process = process;
    Thread pump =
        new Thread(
            () -> pump(process.getInputStream(), log, readyLine), "loadtest-" + name + "-out");
    pump.setDaemon(true);
    pump.start();
  }

  /**
   * Starts {@code java <jvmFlags> -cp <this class path> <mainClass> <arguments>}, its output
   * (stdout and stderr) appended to {@code log}.
   */
  static ChildProcess start(
      String name,
      List<String> jvmFlags,
      String mainClass,
      List<String> arguments,
      Path log,
      Predicate<String> readyLine)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(absoluteClassPath(System.getProperty("java.class.path")));
    command.add(mainClass);
    command.addAll(arguments);
    Files.createDirectories(log.toAbsolutePath().getParent());
    Files.writeString(
        log,
        "=== " + String.join(" ", command) + System.lineSeparator(),
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    return new ChildProcess(name, process, log, readyLine);
  }

  /** The JVM flags a child needs to run the gateway's journal (Chronicle Queue), and a heap. */
  static List<String> jvmFlags(String maxHeap, List<String> extra) {
    List<String> flags = new ArrayList<>();
    flags.add("-Xmx" + maxHeap);
    flags.add("-XX:+UseG1GC");
    try (InputStream in = ChildProcess.class.getResourceAsStream("jvm.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      for (String flag : properties.getProperty("chronicle.jvm.flags", "").trim().split("\\s+")) {
        if (!flag.isEmpty()) {
          flags.add(flag);
        }
      }
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("load-tests: jvm.properties missing from the class path", e);
    }
    flags.addAll(extra);
    return flags;
  }

  private void pump(InputStream in, Path log, Predicate<String> readyLine) {
    try (BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        PrintWriter out =
            new PrintWriter(
                Files.newBufferedWriter(
                    log,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND))) {
      String line;
      while ((line = reader.readLine()) != null) {
        out.println(line);
        out.flush();
        synchronized (tail) {
          tail.add(line);
          if (tail.size() > 20) {
            tail.remove(0);
          }
        }
        if (!ready.isDone() && readyLine.test(line)) {
          ready.complete(line);
        }
      }
    } catch (IOException e) {
      // The process has gone; waitReady reports it.
    } finally {
      ready.completeExceptionally(new IllegalStateException(name + " ended"));
    }
  }

  /** Waits for the ready line and returns it; fails with the last lines of output if it ends. */
  String awaitReady(Duration timeout) {
    try {
      return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          name + " not ready after " + timeout.toSeconds() + " s; last output: " + lastLines());
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          name + " ended before it was ready; last output: " + lastLines());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + name);
    }
  }

  /** The last lines the process wrote. */
  String lastLines() {
    synchronized (tail) {
      return String.join(" | ", tail);
    }
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  ProcessStats stats() {
    return ProcessStats.of(process.pid());
  }

  /** SIGKILL, then waits until it is gone. */
  void kill() {
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(30));
  }

  /** SIGTERM, then waits up to {@code grace} before SIGKILL; returns the exit code. */
  int terminate(Duration grace) {
    process.destroy();
    if (!waitFor(grace)) {
      process.destroyForcibly();
      waitFor(Duration.ofSeconds(30));
    }
    return process.isAlive() ? -1 : process.exitValue();
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      terminate(Duration.ofSeconds(20));
    }
  }

  /** Every entry of {@code classPath} made absolute, so the child may run anywhere. */
  static String absoluteClassPath(String classPath) {
    List<String> entries = new ArrayList<>();
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty()) {
        entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
      }
    }
    return String.join(java.io.File.pathSeparator, entries);
  }
}
