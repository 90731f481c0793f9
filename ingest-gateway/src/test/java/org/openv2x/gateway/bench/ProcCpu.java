package org.openv2x.gateway.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of processes, their threads and the whole machine, from {@code /proc} (Linux): the
 * {@code utime} and {@code stime} fields of {@code /proc/<pid>/stat}, in clock ticks. {@link
 * #clockTicksPerS} comes from the system property {@code bench.clkTck} ({@code getconf CLK_TCK}),
 * 100 if unset.
 */
public final class ProcCpu {
  private ProcCpu() {}

  /** Clock ticks per second of the {@code /proc} CPU counters. */
  public static long clockTicksPerS() {
    return Long.getLong("bench.clkTck", 100L);
  }

  /** utime + stime of a process (all its threads, not its children), in ticks; -1 if gone. */
  public static long processTicks(long pid) {
    long[] ticks = processUserSystemTicks(pid);
    return ticks[0] < 0 ? -1 : ticks[0] + ticks[1];
  }

  /** {@code [utime, stime]} of a process in ticks; {@code [-1, -1]} if it is gone. */
  public static long[] processUserSystemTicks(long pid) {
    try {
      return userSystemTicksOfStatLine(
          Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    } catch (IOException e) {
      return new long[] {-1, -1};
    }
  }

  /**
   * {@code [utime, stime]} of each thread of a process, summed by thread name ({@code comm}, at
   * most 15 characters; Netty's {@code gateway-io-3-1} and {@code gateway-io-3-2} stay apart), in
   * ticks.
   */
  public static Map<String, long[]> threadTicksByName(long pid) {
    Map<String, long[]> ticks = new TreeMap<>();
    Path tasks = Path.of("/proc", Long.toString(pid), "task");
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        try {
          String line = Files.readString(thread.resolve("stat"), StandardCharsets.UTF_8);
          ticks.merge(
              commOfStatLine(line),
              userSystemTicksOfStatLine(line),
              (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        } catch (IOException e) {
          // the thread ended meanwhile
        }
      }
    } catch (IOException e) {
      // the process ended
    }
    return ticks;
  }

  /**
   * The machine's CPU ticks from the first line of {@code /proc/stat}: {@code [busy, total]}, busy
   * being everything but idle and iowait.
   */
  public static long[] machineTicks() {
    try {
      String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
      return machineTicksOfLine(first);
    } catch (IOException e) {
      return new long[] {-1, -1};
    }
  }

  /** utime (field 14) + stime (field 15) of a {@code stat} line. */
  static long ticksOfStatLine(String line) {
    long[] ticks = userSystemTicksOfStatLine(line);
    return ticks[0] + ticks[1];
  }

  /** {@code [utime (field 14), stime (field 15)]} of a {@code stat} line. */
  static long[] userSystemTicksOfStatLine(String line) {
    // comm (field 2) is in parentheses and may hold spaces and ')': split after the last ')'.
    String[] fields = line.substring(line.lastIndexOf(')') + 2).trim().split(" +");
    // fields[0] is field 3 (state): field n is fields[n - 3].
    return new long[] {Long.parseLong(fields[14 - 3]), Long.parseLong(fields[15 - 3])};
  }

  /** The {@code comm} field of a {@code stat} line. */
  static String commOfStatLine(String line) {
    return line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
  }

  /** {@code [busy, total]} ticks of the {@code cpu} line of {@code /proc/stat}. */
  static long[] machineTicksOfLine(String cpuLine) {
    String[] fields = cpuLine.trim().split(" +");
    long total = 0;
    long idle = 0;
    for (int i = 1; i < fields.length; i++) {
      long value = Long.parseLong(fields[i]);
      // user nice system idle iowait irq softirq steal guest guest_nice: guest time is already
      // counted in user/nice.
      if (i <= 8) {
        total += value;
      }
      if (i == 4 || i == 5) {
        idle += value;
      }
    }
    return new long[] {total - idle, total};
  }
}
