package org.openv2x.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openv2x.sim.blast.BsmIds;

class IdLedgerTest {
  @Test
  void countsDeliveredLostDuplicatedAndUnackedPerConnection() {
    IdLedger ledger = new IdLedger();
    // Connection 3 acked 1..100 and sent 1..120; 7 is missing, 50 came twice, 110 came unacked.
    for (long counter = 1; counter <= 100; counter++) {
      if (counter != 7) {
        assertTrue(ledger.delivered(BsmIds.vehicleId(3, counter)));
      }
    }
    assertFalse(ledger.delivered(BsmIds.vehicleId(3, 50)), "a second copy is a duplicate");
    ledger.delivered(BsmIds.vehicleId(3, 110));
    // Connection 9 acked 1..1000, dead letters 10 and 20, the rest delivered.
    for (long counter = 1; counter <= 1000; counter++) {
      if (counter == 10 || counter == 20) {
        ledger.deadLettered(BsmIds.vehicleId(9, counter));
      } else {
        ledger.delivered(BsmIds.vehicleId(9, counter));
      }
    }
    IdLedger.Tally tally =
        ledger.tally(new int[] {3, 9}, new long[] {100, 1000}, new long[] {120, 1000});
    assertEquals(1100, tally.acked());
    assertEquals(99 + 998, tally.ackedDelivered());
    assertEquals(2, tally.ackedDeadLettered());
    assertEquals(1, tally.lost());
    assertEquals(List.of(BsmIds.vehicleId(3, 7)), tally.lostExamples());
    assertEquals(1, tally.unackedDelivered());
    assertEquals(1, tally.duplicates());
    assertEquals(99 + 1 + 998, ledger.deliveredCount());
    assertEquals(2, ledger.deadLetteredCount());
  }

  @Test
  void aConnectionNeverSeenHasEveryAckedIdLost() {
    IdLedger ledger = new IdLedger();
    IdLedger.Tally tally = ledger.tally(new int[] {5}, new long[] {3}, new long[] {3});
    assertEquals(3, tally.lost());
    assertEquals(0, tally.ackedDelivered());
  }

  @Test
  void idsOfOtherTrafficAreCountedApart() {
    IdLedger ledger = new IdLedger();
    ledger.delivered(0x1122L); // connection index -1: not an id a blast makes
    assertEquals(1, ledger.foreignIds());
    assertEquals(0, ledger.deliveredCount());
  }

  @Test
  void bitsGrowForLongRuns() {
    IdLedger ledger = new IdLedger();
    long counter = 5_000_000;
    ledger.delivered(BsmIds.vehicleId(0, counter));
    IdLedger.Tally tally = ledger.tally(new int[] {0}, new long[] {counter}, new long[] {counter});
    assertEquals(counter - 1, tally.lost());
    assertEquals(1, tally.ackedDelivered());
  }
}
