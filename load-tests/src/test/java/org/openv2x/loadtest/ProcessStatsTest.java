package org.openv2x.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessStatsTest {
  @Test
  void parsesCpuTicksEvenWithSpacesInTheCommandName() {
    String stat =
        "1234 (java (main) x) S 1 1234 1234 0 -1 4194560 100 0 0 0 250 150 0 0 20 0 30 0 5 1 2";
    assertEquals((250 + 150) * 10_000_000L, ProcessStats.parseCpuNanos(stat));
  }

  @Test
  void parsesRssAndTheOpenFilesLimit() {
    assertEquals(
        2048L * 1024, ProcessStats.parseRssBytes(List.of("Name: java", "VmRSS:\t    2048 kB")));
    assertEquals(
        20000,
        ProcessStats.parseMaxOpenFiles(
            List.of(
                "Limit                     Soft Limit           Hard Limit           Units",
                "Max open files            20000                20000                files")));
  }

  @Test
  void readsThisJvm() {
    ProcessStats self = ProcessStats.self();
    if (!System.getProperty("os.name").startsWith("Linux")) {
      assertEquals(-1, self.cpuNanos());
      return;
    }
    assertTrue(self.cpuNanos() > 0, "a running JVM has used CPU");
    assertTrue(self.rssBytes() > 1 << 20, "and holds memory");
    assertTrue(self.openFiles() > 0 && self.openFiles() <= self.maxOpenFiles());
  }

  @Test
  void aProcessThatIsGoneIsUnknown() {
    assertEquals(-1, ProcessStats.of(Integer.MAX_VALUE - 1).cpuNanos());
  }
}
