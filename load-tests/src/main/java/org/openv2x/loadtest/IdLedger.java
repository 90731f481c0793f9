package org.openv2x.loadtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openv2x.sim.blast.BsmIds;

/**
 * Which unique BSM ids (see {@link BsmIds}) were found where: in the BSM topic (delivered), in the
 * dead-letter topic, and how often. One bit per id and place, grouped by the connection the id
 * names; ids are {@code counter = 1, 2, ...} per connection, so the bits are dense. Not
 * thread-safe.
 */
final class IdLedger {
  /** The ids of one connection. */
  static final class Connection {
    long[] delivered = new long[16];
    long[] deadLettered = new long[16];
    long duplicates;
    long deliveredCount;
    long deadLetteredCount;

    private static boolean testAndSet(long[][] holder, long counter) {
      long[] bits = holder[0];
      int word = (int) (counter >>> 6);
      if (word >= bits.length) {
        int size = bits.length;
        while (size <= word) {
          size *= 2;
        }
        bits = java.util.Arrays.copyOf(bits, size);
        holder[0] = bits;
      }
      long mask = 1L << (counter & 63);
      boolean was = (bits[word] & mask) != 0;
      bits[word] |= mask;
      return was;
    }

    private static boolean test(long[] bits, long counter) {
      int word = (int) (counter >>> 6);
      return word < bits.length && (bits[word] & (1L << (counter & 63))) != 0;
    }

    boolean isDelivered(long counter) {
      return test(delivered, counter);
    }

    boolean isDeadLettered(long counter) {
      return test(deadLettered, counter);
    }
  }

  /** What the ledger holds for the acknowledged and the sent ids of some connections. */
  record Tally(
      long acked,
      long ackedDelivered,
      long ackedDeadLettered,
      long lost,
      long unackedDelivered,
      long duplicates,
      List<Long> lostExamples) {}

  private final Map<Integer, Connection> connections = new HashMap<>();
  private final long[][] scratch = new long[1][];
  private int lastIndex = -1;
  private Connection last;
  private long foreignIds;

  private Connection connection(int index) {
    if (index == lastIndex) {
      return last;
    }
    Connection c = connections.computeIfAbsent(index, i -> new Connection());
    lastIndex = index;
    last = c;
    return c;
  }

  /**
   * Records that the BSM with {@code id} was delivered to the BSM topic.
   *
   * @return false when it had been delivered before (a duplicate)
   */
  boolean delivered(long id) {
    return record(id, false);
  }

  /** Records that the BSM with {@code id} was dead-lettered; false when it had been before. */
  boolean deadLettered(long id) {
    return record(id, true);
  }

  private boolean record(long id, boolean deadLetter) {
    int index = BsmIds.connectionIndex(id);
    long counter = BsmIds.counter(id);
    if (index < 0 || counter == 0) {
      foreignIds++;
      return true;
    }
    Connection c = connection(index);
    scratch[0] = deadLetter ? c.deadLettered : c.delivered;
    boolean was = Connection.testAndSet(scratch, counter);
    if (deadLetter) {
      c.deadLettered = scratch[0];
    } else {
      c.delivered = scratch[0];
    }
    if (was) {
      c.duplicates++;
      return false;
    }
    if (deadLetter) {
      c.deadLetteredCount++;
    } else {
      c.deliveredCount++;
    }
    return true;
  }

  /** Ids that name no connection of a blast (other traffic on the same topics). */
  long foreignIds() {
    return foreignIds;
  }

  /** Distinct ids delivered, over every connection. */
  long deliveredCount() {
    long sum = 0;
    for (Connection c : connections.values()) {
      sum += c.deliveredCount;
    }
    return sum;
  }

  /** Distinct ids dead-lettered, over every connection. */
  long deadLetteredCount() {
    long sum = 0;
    for (Connection c : connections.values()) {
      sum += c.deadLetteredCount;
    }
    return sum;
  }

  /**
   * Counts, over connections whose ids {@code 1..acked[i]} were acknowledged and {@code 1..sent[i]}
   * sent: acknowledged ids delivered or dead-lettered, acknowledged ids found nowhere (lost), ids
   * sent but not acknowledged that were delivered anyway, and duplicates.
   *
   * @param indexes the connections' indexes
   * @param acked per connection, the acknowledged prefix of its counters
   * @param sent per connection, the counters it sent
   */
  Tally tally(int[] indexes, long[] acked, long[] sent) {
    long ackedTotal = 0;
    long ackedDelivered = 0;
    long ackedDead = 0;
    long lost = 0;
    long unackedDelivered = 0;
    long duplicates = 0;
    List<Long> examples = new ArrayList<>();
    for (int i = 0; i < indexes.length; i++) {
      Connection c = connections.get(indexes[i]);
      ackedTotal += acked[i];
      for (long counter = 1; counter <= acked[i]; counter++) {
        boolean delivered = c != null && c.isDelivered(counter);
        boolean dead = c != null && c.isDeadLettered(counter);
        if (delivered) {
          ackedDelivered++;
        }
        if (dead) {
          ackedDead++;
        }
        if (!delivered && !dead) {
          lost++;
          if (examples.size() < 10) {
            examples.add(BsmIds.vehicleId(indexes[i], counter));
          }
        }
      }
      if (c != null) {
        for (long counter = acked[i] + 1; counter <= sent[i]; counter++) {
          if (c.isDelivered(counter) || c.isDeadLettered(counter)) {
            unackedDelivered++;
          }
        }
        duplicates += c.duplicates;
      }
    }
    return new Tally(
        ackedTotal,
        ackedDelivered,
        ackedDead,
        lost,
        unackedDelivered,
        duplicates,
        List.copyOf(examples));
  }
}
