package org.openv2x.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A tiny component for the supervisor tests, run as {@code java -cp <test class path>
 * org.openv2x.platform.ChildMain MODE FILE}. Each start appends "started" to FILE and prints
 * "child: ready" on stdout and a line on stderr. Modes:
 *
 * <ul>
 *   <li>{@code serve}: runs until SIGTERM, then appends "stopped" to FILE;
 *   <li>{@code crash}: exits with 1 after 300 ms;
 *   <li>{@code stubborn}: ignores SIGTERM (its shutdown hook never ends);
 *   <li>{@code usage}: exits with 2 at once.
 * </ul>
 */
public final class ChildMain {
  private ChildMain() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path file = Path.of(args[1]);
    append(file, "started");
    if (mode.equals("usage")) {
      System.err.println("child: bad usage");
      System.exit(2);
    }
    // Hooks first: the supervisor may send SIGTERM as soon as it sees the ready line.
    switch (mode) {
      case "serve" ->
          Runtime.getRuntime().addShutdownHook(new Thread(() -> append(file, "stopped")));
      case "stubborn" ->
          Runtime.getRuntime()
              .addShutdownHook(
                  new Thread(
                      () -> {
                        try {
                          Thread.sleep(Long.MAX_VALUE);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                      }));
      case "crash" -> {}
      default -> throw new IllegalArgumentException(mode);
    }
    System.err.println("child: a line on stderr");
    System.err.flush();
    System.out.println("child: ready");
    System.out.flush();
    if (mode.equals("crash")) {
      Thread.sleep(300);
      System.exit(1);
    }
    Thread.sleep(Long.MAX_VALUE);
  }

  private static void append(Path file, String line) {
    try {
      Files.writeString(
          file,
          line + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
