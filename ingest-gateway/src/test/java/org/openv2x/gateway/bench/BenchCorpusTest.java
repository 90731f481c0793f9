package org.openv2x.gateway.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.bsm.BasicSafetyMessage;

class BenchCorpusTest {
  private static BenchCorpus corpus;

  @BeforeAll
  static void build() {
    corpus = BenchCorpus.build(220, 7);
  }

  @Test
  void everyBlockOfAHundredHoldsTheMix() {
    assertEquals(22_000, corpus.size());
    for (int block = 0; block < corpus.size() / 100; block++) {
      Map<MessageType, Integer> counts = new EnumMap<>(MessageType.class);
      for (int i = block * 100; i < block * 100 + 100; i++) {
        counts.merge(corpus.type(i), 1, Integer::sum);
      }
      assertEquals(
          Map.of(
              MessageType.BSM, 94,
              MessageType.SPAT, 3,
              MessageType.MAP, 1,
              MessageType.RSI, 1,
              MessageType.RSM, 1),
          counts,
          "block " + block);
    }
  }

  @Test
  void everyMessageDecodesAsItsTypeAndTheBsmsCoverTenThousandVehicles() {
    UperCodec codec = new UperCodec();
    Set<Long> vehicles = new HashSet<>();
    for (int i = 0; i < corpus.size(); i++) {
      MessageFrame frame = codec.decode(corpus.bytes(), corpus.offsets()[i], corpus.lengths()[i]);
      assertEquals(corpus.type(i), frame.type(), "message " + i);
      if (frame instanceof BasicSafetyMessage bsm) {
        assertTrue(bsm.id() >= BenchCorpus.FIRST_VEHICLE_ID, "vehicle id of message " + i);
        vehicles.add(bsm.id());
      }
    }
    assertEquals(BenchCorpus.VEHICLES, vehicles.size());
  }

  @Test
  void theSameSeedGivesTheSameSequence() {
    BenchCorpus again = BenchCorpus.build(220, 7);
    for (int i = 0; i < corpus.size(); i++) {
      assertEquals(corpus.type(i), again.type(i), "message " + i);
      assertEquals(corpus.lengths()[i], again.lengths()[i], "message " + i);
    }
  }
}
