package org.openv2x.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.common.NodeReferenceId;

class RecordKeysTest {
  @Test
  void vehicleKeyIsSixteenLowerCaseHexDigitsBigEndian() {
    assertEquals("0a1b2c3d4e5f6071", RecordKeys.vehicleKey(0x0a1b2c3d4e5f6071L));
    assertEquals("ffffffffffffffff", RecordKeys.vehicleKey(-1L));
    assertEquals("0000000000000000", RecordKeys.vehicleKey(0L));
  }

  @Test
  void intersectionKeyHasRegionOnlyWhenPresent() {
    assertEquals(
        "12:345", RecordKeys.intersectionKey(new NodeReferenceId(OptionalInt.of(12), 345)));
    assertEquals("345", RecordKeys.intersectionKey(new NodeReferenceId(OptionalInt.empty(), 345)));
  }

  @Test
  void keyOfEveryVectorFollowsItsType() throws Exception {
    UperCodec codec = new UperCodec();
    MessageFrame bsm = codec.decode(TestVectors.vector("bsm-01-car-required"));
    assertEquals(16, RecordKeys.keyOf(bsm, "rsu-1").length());
    MessageFrame rsm = codec.decode(TestVectors.vector("rsm-01-car-ped-bike"));
    assertEquals("rsu-1", RecordKeys.keyOf(rsm, "rsu-1"));
    MessageFrame spat = codec.decode(TestVectors.vector("spat-01-4phase-countdown"));
    assertEquals(
        RecordKeys.intersectionKey(
            ((org.openv2x.codec.spat.Spat) spat).intersections().get(0).intersectionId()),
        RecordKeys.keyOf(spat, "rsu-1"));
  }
}
