package org.openv2x.gateway.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;

class ValidatorTest {
  private final UperCodec codec = new UperCodec();

  @Test
  void everySharedVectorPasses() {
    Validator validator = new Validator(Duration.ZERO);
    for (String name :
        java.util.List.of(
            "bsm-01-car-required",
            "bsm-02-car-full",
            "map-01-4leg-intersection",
            "map-02-4leg-geometry",
            "rsi-01-rte-accident",
            "rsi-02-rts-speed-limit",
            "rsm-01-car-ped-bike",
            "rsm-02-mixed-full",
            "spat-01-4phase-countdown",
            "spat-02-utc-timing")) {
      assertNull(validator.check(codec.decode(TestVectors.vector(name)), 0), name);
    }
  }

  @Test
  void clockSkewIsMeasuredOnTheMinuteCircle() {
    MessageFrame bsm = codec.decode(TestVectors.vector("bsm-01-car-required"));
    int secMark = ((org.openv2x.codec.bsm.BasicSafetyMessage) bsm).secMarkMs();
    Validator validator = new Validator(Duration.ofSeconds(2));
    long minuteStartUs = 1_795_478_400_000_000L; // a whole minute
    assertNull(validator.check(bsm, minuteStartUs + ((secMark + 1500) % 60_000) * 1000L));
    Violation late = validator.check(bsm, minuteStartUs + ((secMark + 5000) % 60_000) * 1000L);
    assertEquals("CLOCK_SKEW", late.reason());
    assertEquals("bsmFrame.secMark", late.fieldPath());
  }

  @Test
  void msgCntGapsAndDuplicatesAreCountedPerVehicle() {
    BsmMsgCntTracker tracker = new BsmMsgCntTracker(10);
    assertEquals(BsmMsgCntTracker.Outcome.FIRST, tracker.record("r", 1, 126));
    assertEquals(BsmMsgCntTracker.Outcome.NEXT, tracker.record("r", 1, 127));
    assertEquals(BsmMsgCntTracker.Outcome.NEXT, tracker.record("r", 1, 0));
    assertEquals(BsmMsgCntTracker.Outcome.DUPLICATE, tracker.record("r", 1, 0));
    assertEquals(BsmMsgCntTracker.Outcome.GAP, tracker.record("r", 1, 4));
    assertEquals(3, tracker.lastGap());
    assertEquals(BsmMsgCntTracker.Outcome.FIRST, tracker.record("other-rsu", 1, 9));
  }
}
