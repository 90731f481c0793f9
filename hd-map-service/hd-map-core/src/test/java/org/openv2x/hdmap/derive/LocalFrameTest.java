package org.openv2x.hdmap.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.openv2x.hdmap.GeoPoint;

class LocalFrameTest {
  private static final GeoPoint SHANGHAI = GeoPoint.of(31.2304, 121.4737);
  private final LocalFrame frame = new LocalFrame(SHANGHAI);

  @Test
  void originIsZero() {
    assertEquals(0, frame.eastM(SHANGHAI));
    assertEquals(0, frame.northM(SHANGHAI));
  }

  @Test
  void oneThousandthOfADegreeIsKnownMetres() {
    // north: R × π/180 / 1000 = 111.1951 m; east: that × cos(31.2304°) = 95.0817 m
    assertEquals(111.1951, frame.northM(31.2314, 121.4737), 1e-4);
    assertEquals(95.0817, frame.eastM(31.2304, 121.4747), 1e-4);
    assertEquals(-95.0817, frame.eastM(GeoPoint.of(31.2304, 121.4727)), 1e-4);
  }

  @Test
  void toGeoIsTheInverse() {
    GeoPoint point = frame.toGeo(-321.5, 1234.25);
    assertEquals(-321.5, frame.eastM(point), 1e-6);
    assertEquals(1234.25, frame.northM(point), 1e-6);
    assertEquals(SHANGHAI, frame.toGeo(0, 0));
  }

  @Test
  void localDistancesAgreeWithHaversineWithinTheDocumentedError() {
    assertEquals(200, LocalFrame.distanceM(SHANGHAI, frame.toGeo(120, -160)), 0.01);
    assertEquals(2000, LocalFrame.distanceM(SHANGHAI, frame.toGeo(1200, -1600)), 0.4);
  }

  @Test
  void distanceOfOneDegreeOfLatitude() {
    assertEquals(
        111_195.08, LocalFrame.distanceM(GeoPoint.of(31, 121), GeoPoint.of(32, 121)), 0.01);
    assertEquals(0, LocalFrame.distanceM(SHANGHAI, SHANGHAI));
  }

  @Test
  void bearingsClockwiseFromNorth() {
    assertEquals(0, LocalFrame.bearingDeg(SHANGHAI, frame.toGeo(0, 100)), 1e-6);
    assertEquals(90, LocalFrame.bearingDeg(SHANGHAI, frame.toGeo(100, 0)), 1e-3);
    assertEquals(180, LocalFrame.bearingDeg(SHANGHAI, frame.toGeo(0, -100)), 1e-6);
    assertEquals(270, LocalFrame.bearingDeg(SHANGHAI, frame.toGeo(-100, 0)), 1e-3);
    assertEquals(45, LocalFrame.bearingDeg(SHANGHAI, frame.toGeo(100, 100)), 1e-3);
    assertEquals(0, LocalFrame.bearingDeg(SHANGHAI, SHANGHAI));
  }

  @Test
  void acrossTheAntimeridianTheShortWay() {
    LocalFrame fiji = new LocalFrame(GeoPoint.of(-17, 179.9995));
    GeoPoint east = GeoPoint.of(-17, -179.9995);
    assertEquals(106.336, fiji.eastM(east), 0.01);
    GeoPoint back = fiji.toGeo(106.336, 0);
    assertEquals(-179.9995, back.lonDeg(), 1e-7);
  }

  @Test
  void refusesAPoleAndNoOrigin() {
    IllegalArgumentException pole =
        assertThrows(IllegalArgumentException.class, () -> new LocalFrame(GeoPoint.of(90, 0)));
    assertEquals(
        "a local frame's origin must not be at a pole, latitude is 90.0", pole.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new LocalFrame(null));
  }
}
