package org.openv2x.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {
  @Test
  void durationsInTheUnitsOfTheCommandLine() {
    assertEquals(Duration.ofMillis(250), Durations.parse("250ms"));
    assertEquals(Duration.ofSeconds(90), Durations.parse("90s"));
    assertEquals(Duration.ofSeconds(90), Durations.parse("90"));
    assertEquals(Duration.ofMinutes(10), Durations.parse("10m"));
    assertEquals(Duration.ofMinutes(90), Durations.parse("1.5h"));
    assertEquals(Duration.ofSeconds(90), Durations.parse("PT1M30S"));
    IllegalArgumentException unit =
        assertThrows(IllegalArgumentException.class, () -> Durations.parse("10 parsecs"));
    assertTrue(unit.getMessage().contains("unknown unit 'parsecs'"), unit.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Durations.parse("ten minutes"));
    assertThrows(IllegalArgumentException.class, () -> Durations.parse(""));
  }

  @Test
  void speeds() {
    assertEquals(1, Durations.parseSpeed("1x"));
    assertEquals(10, Durations.parseSpeed("10x"));
    assertEquals(0.5, Durations.parseSpeed("0.5"));
    assertEquals(0, Durations.parseSpeed("max"));
    assertThrows(IllegalArgumentException.class, () -> Durations.parseSpeed("0x"));
    assertThrows(IllegalArgumentException.class, () -> Durations.parseSpeed("fast"));
  }
}
