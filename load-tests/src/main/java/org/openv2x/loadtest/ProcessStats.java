package org.openv2x.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time, resident memory and open files of a process, read from Linux's {@code /proc}. Every
 * figure is {@code -1} where {@code /proc} does not have it (another OS, a process that has ended).
 *
 * @param cpuNanos user + system CPU time of every thread so far
 * @param rssBytes resident set size now
 * @param openFiles open file descriptors now
 * @param maxOpenFiles the soft limit on open file descriptors
 */
public record ProcessStats(long cpuNanos, long rssBytes, long openFiles, long maxOpenFiles) {
  /** Clock ticks per second of {@code /proc/<pid>/stat}: 100 on every Linux the JDK supports. */
  static final long CLOCK_TICKS_PER_SECOND = 100;

  private static final ProcessStats UNKNOWN = new ProcessStats(-1, -1, -1, -1);

  /** The figures of process {@code pid} now. */
  public static ProcessStats of(long pid) {
    Path proc = Path.of("/proc", Long.toString(pid));
    try {
      long cpu = parseCpuNanos(Files.readString(proc.resolve("stat")));
      long rss = parseRssBytes(Files.readAllLines(proc.resolve("status")));
      long open = -1;
      try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
        open = fds.count();
      } catch (IOException e) {
        // Not ours to list: leave it unknown.
      }
      long limit = parseMaxOpenFiles(Files.readAllLines(proc.resolve("limits")));
      return new ProcessStats(cpu, rss, open, limit);
    } catch (NoSuchFileException e) {
      return UNKNOWN;
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    }
  }

  /** The figures of this JVM. */
  public static ProcessStats self() {
    return of(ProcessHandle.current().pid());
  }

  /** utime + stime (fields 14 and 15) of a {@code /proc/<pid>/stat} line, in nanoseconds. */
  static long parseCpuNanos(String stat) {
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    int close = stat.lastIndexOf(')');
    String[] fields = stat.substring(close + 2).trim().split("\\s+");
    // fields[0] is field 3 (state): utime is field 14, stime field 15.
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
  }

  /** {@code VmRSS} of {@code /proc/<pid>/status}, in bytes. */
  static long parseRssBytes(List<String> status) {
    for (String line : status) {
      if (line.startsWith("VmRSS:")) {
        String[] parts = line.substring(6).trim().split("\\s+");
        return Long.parseLong(parts[0]) * 1024;
      }
    }
    return -1;
  }

  /** The soft limit of "Max open files" in {@code /proc/<pid>/limits}. */
  static long parseMaxOpenFiles(List<String> limits) {
    for (String line : limits) {
      if (line.startsWith("Max open files")) {
        String[] parts = line.substring("Max open files".length()).trim().split("\\s+");
        return parts[0].equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(parts[0]);
      }
    }
    return -1;
  }
}
