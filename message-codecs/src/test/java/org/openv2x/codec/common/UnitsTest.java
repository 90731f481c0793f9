package org.openv2x.codec.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnitsTest {
  @Test
  void sentinelsBecomeEmpty() {
    assertTrue(Units.latitudeDeg(900_000_001).isEmpty());
    assertTrue(Units.longitudeDeg(1_800_000_001).isEmpty());
    assertTrue(Units.elevationM(-4096).isEmpty());
    assertTrue(Units.speedMps(8191).isEmpty());
    assertTrue(Units.headingDeg(28800).isEmpty());
    assertTrue(Units.accelerationMps2(2001).isEmpty());
    assertTrue(Units.verticalAccelerationMps2(-127).isEmpty());
    assertTrue(Units.timeMarkS(36001).isEmpty());
    assertTrue(Units.minuteOfTheYear(2024, 527040).isEmpty());
  }

  @Test
  void scaledValuesBecomeSi() {
    assertEquals(39.7801234, Units.latitudeDeg(397801234).getAsDouble(), 1e-9);
    assertEquals(43.8, Units.elevationM(438).getAsDouble(), 1e-9);
    assertEquals(20.0, Units.speedMps(1000).getAsDouble(), 1e-9);
    assertEquals(45.5, Units.headingDeg(3640).getAsDouble(), 1e-9);
    assertEquals(-1.2, Units.accelerationMps2(-120).getAsDouble(), 1e-9);
    assertEquals(1.85, Units.cmToM(185), 1e-9);
    assertEquals(1.5, Units.vehicleHeightM(30), 1e-9);
    assertEquals(1000, Units.speed0p02Mps(20.0));
    assertEquals(0, Units.heading0p0125Deg(360.0));
    assertEquals(28000, Units.heading0p0125Deg(-10.0));
  }

  @Test
  void minuteOfTheYearRoundTrips() {
    Instant instant = Instant.parse("2024-05-17T03:25:00Z");
    int moy = Units.minuteOfTheYear(instant);
    assertEquals(instant, Units.minuteOfTheYear(2024, moy).orElseThrow());
    assertEquals(59_000, Units.dSecondMs(Instant.parse("2024-05-17T03:25:59Z")));
  }
}
