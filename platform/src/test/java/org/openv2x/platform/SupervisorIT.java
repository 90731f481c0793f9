package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The supervisor with real child JVMs ({@link ChildMain}): echo, restart, stop, kill. */
class SupervisorIT {
  private static final Supervisor.Timing FAST =
      new Supervisor.Timing(
          Duration.ofMillis(100),
          Duration.ofMillis(400),
          Duration.ofSeconds(60),
          Duration.ofSeconds(2));

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private Supervisor supervisor() {
    return new Supervisor(new PrintWriter(out, true), new PrintWriter(err, true), FAST, Map.of());
  }

  private static Supervisor.Component child(String name, String mode, Path file) {
    return new Supervisor.Component(
        name,
        ChildJvm.command(ChildMain.class.getName(), List.of(mode, file.toString())),
        "child: ready");
  }

  private static List<String> lines(Path file) throws Exception {
    return Files.exists(file) ? Files.readAllLines(file) : List.of();
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out waiting: " + what);
      Thread.sleep(50);
    }
  }

  @Test
  void echoesLinesWithTheNameAndStopsWithSigterm(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.txt");
    Supervisor supervisor = supervisor();
    Supervisor.Child child = supervisor.start(child("alpha", "serve", file));
    assertTrue(child.awaitReady(Duration.ofSeconds(60)), "ready line seen");
    ProcessHandle process = child.process().orElseThrow();
    assertTrue(process.isAlive());

    supervisor.stopAll();
    assertFalse(process.isAlive(), "stopAll returns once the child is gone");
    assertEquals(List.of("started", "stopped"), lines(file), "stopped by SIGTERM, hooks ran");
    assertEquals(1, child.starts(), "a stop is no crash: no restart");
    assertTrue(out.toString().contains("[alpha] child: ready"), out.toString());
    assertTrue(err.toString().contains("[alpha] child: a line on stderr"), err.toString());
    assertTrue(out.toString().contains("[up] alpha stopped"), out.toString());
  }

  @Test
  void aCrashingComponentIsRestartedWithGrowingBackoff(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.txt");
    Supervisor supervisor = supervisor();
    Supervisor.Child child = supervisor.start(child("crasher", "crash", file));
    await(
        "three runs",
        () -> {
          try {
            return lines(file).size() >= 3 && child.starts() >= 3;
          } catch (Exception e) {
            return false;
          }
        });
    supervisor.stopAll();
    int starts = child.starts();
    Thread.sleep(1_000);
    assertEquals(starts, child.starts(), "no restart after stopAll");
    String messages = err.toString();
    assertTrue(messages.contains("[up] crasher exited unexpectedly with code 1"), messages);
    assertTrue(messages.contains("restarting it in 0.1 s"), messages);
    assertTrue(messages.contains("restarting it in 0.2 s"), "the pause grows: " + messages);
    assertTrue(out.toString().contains("[up] crasher is ready again"), out.toString());
  }

  @Test
  void aUsageErrorIsNotRestarted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("u.txt");
    Supervisor supervisor = supervisor();
    Supervisor.Child child = supervisor.start(child("wrong", "usage", file));
    assertFalse(child.awaitReady(Duration.ofSeconds(60)), "it never gets ready");
    assertTrue(child.gaveUp());
    Thread.sleep(500);
    assertEquals(1, child.starts());
    assertEquals(List.of("started"), lines(file));
    assertTrue(err.toString().contains("(usage error)"), err.toString());
    supervisor.stopAll();
  }

  @Test
  void aComponentIgnoringSigtermIsKilledAfterTheGrace(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.txt");
    Supervisor supervisor = supervisor();
    Supervisor.Child child = supervisor.start(child("stubborn", "stubborn", file));
    assertTrue(child.awaitReady(Duration.ofSeconds(60)));
    ProcessHandle process = child.process().orElseThrow();
    supervisor.stopAll();
    assertFalse(process.isAlive());
    assertTrue(
        err.toString().contains("did not exit within 2 s of SIGTERM; killing it"), err.toString());
  }

  @Test
  void stopsInReverseStartOrder(@TempDir Path dir) throws Exception {
    Supervisor supervisor = supervisor();
    Supervisor.Child first = supervisor.start(child("first", "serve", dir.resolve("1.txt")));
    Supervisor.Child second = supervisor.start(child("second", "serve", dir.resolve("2.txt")));
    assertTrue(first.awaitReady(Duration.ofSeconds(60)));
    assertTrue(second.awaitReady(Duration.ofSeconds(60)));
    supervisor.stopAll();
    String messages = out.toString();
    int secondStopped = messages.indexOf("[up] second stopped");
    int firstStopping = messages.indexOf("[up] stopping first");
    assertTrue(secondStopped >= 0 && firstStopping > secondStopped, messages);
    assertFalse(first.process().orElseThrow().isAlive());
    assertFalse(second.process().orElseThrow().isAlive());
  }
}
