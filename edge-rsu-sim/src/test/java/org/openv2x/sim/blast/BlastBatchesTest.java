package org.openv2x.sim.blast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.MessageType;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.bsm.BasicSafetyMessage;
import org.openv2x.codec.session.SessionFrame;
import org.openv2x.codec.session.SessionFrames;

class BlastBatchesTest {
  private final UperCodec codec = new UperCodec();

  /** Batch {@code batch} sent with {@code sequence} (and ids from {@code firstId} unless 0). */
  private static SessionFrame.Data send(
      BlastBatches batches, int batch, long sequence, long firstId) {
    ByteBuffer target = ByteBuffer.allocateDirect(batches.maxFrameBytes() + 100);
    target.position(37); // not at the buffer's start, as in a send buffer holding other frames
    int start = batches.copyFrame(batches.view(), batch, sequence, target);
    assertEquals(37, start);
    assertEquals(37 + batches.frameBytes(batch), target.position());
    if (firstId != 0) {
      batches.patchBsmIds(target, start, batch, firstId);
    }
    byte[] frame = new byte[batches.frameBytes(batch)];
    target.get(start, frame);
    return (SessionFrame.Data) SessionFrames.parse(frame);
  }

  @Test
  void batchesAreDataFramesOfTheCorpusInOrderWrappingRound() {
    BlastCorpus corpus = TestCorpus.realisticMix(250, 7);
    BlastBatches batches = BlastBatches.build(corpus, 100);
    assertEquals(3, batches.batchCount());
    for (int batch = 0; batch < 3; batch++) {
      SessionFrame.Data data = send(batches, batch, 1_000_000_007L + batch, 0);
      assertEquals(1_000_000_007L + batch, data.sequence());
      assertEquals(100, data.messages().size());
      int bsms = 0;
      for (int m = 0; m < 100; m++) {
        int index = (batch * 100 + m) % 250;
        assertArrayEquals(corpus.frame(index), data.messages().get(m), "message " + m);
        bsms += corpus.type(index) == MessageType.BSM ? 1 : 0;
      }
      assertEquals(bsms, batches.bsmCount(batch));
    }
    assertEquals(
        batches.frameBytes(0) + batches.frameBytes(1) + batches.frameBytes(2),
        batches.totalBytes());
  }

  @Test
  void aCorpusSmallerThanABatchRepeats() {
    BlastCorpus corpus = BlastCorpus.of(List.of(TestVectors.vector("spat-02-utc-timing")));
    BlastBatches batches = BlastBatches.build(corpus, 3);
    assertEquals(1, batches.batchCount());
    SessionFrame.Data data = send(batches, 0, 1, 0);
    assertEquals(3, data.messages().size());
    assertEquals(0, batches.bsmCount(0));
  }

  @Test
  void uniqueBsmIdsAreDistinctDecodableAndChangeNothingElse() throws Exception {
    BlastCorpus corpus = TestCorpus.realisticMix(400, 3);
    BlastBatches batches = BlastBatches.build(corpus, 50);
    Set<Long> ids = new HashSet<>();
    long counter = 1;
    int connection = 41;
    for (int batch = 0; batch < batches.batchCount(); batch++) {
      long firstId = BsmIds.vehicleId(connection, counter);
      SessionFrame.Data data = send(batches, batch, batch + 1, firstId);
      int bsm = 0;
      for (int m = 0; m < data.messages().size(); m++) {
        byte[] original = corpus.frame(batch * 50 + m);
        byte[] sent = data.messages().get(m);
        MessageFrame decoded = codec.decode(sent);
        if (corpus.type(batch * 50 + m) != MessageType.BSM) {
          assertArrayEquals(original, sent, "only BSMs are patched");
          continue;
        }
        long id = ((BasicSafetyMessage) decoded).id();
        assertEquals(BsmIds.vehicleId(connection, counter + bsm), id);
        assertEquals(connection, BsmIds.connectionIndex(id));
        assertEquals(counter + bsm, BsmIds.counter(id));
        assertTrue(ids.add(id), "ids are distinct");
        assertEquals(id, BsmIds.read(sent, 0));
        // Every other field is unchanged.
        BasicSafetyMessage before = (BasicSafetyMessage) codec.decode(original);
        for (RecordComponent component : BasicSafetyMessage.class.getRecordComponents()) {
          if (!component.getName().equals("id")) {
            assertEquals(
                component.getAccessor().invoke(before),
                component.getAccessor().invoke(decoded),
                component.getName());
          }
        }
        assertNotEquals(before.id(), id);
        // And the bytes differ only in the id: writing the old id back restores them.
        ByteBuffer restored = ByteBuffer.wrap(sent.clone());
        BsmIds.write(restored, 0, before.id());
        assertArrayEquals(original, restored.array());
        bsm++;
      }
      assertEquals(batches.bsmCount(batch), bsm);
      counter += bsm;
    }
    assertEquals(corpus.mix().get(MessageType.BSM), ids.size());
  }

  @Test
  void malformedBsmsKeepTheirIdOffsetsAndAreCountedPerBatch() {
    BlastCorpus corpus = TestCorpus.realisticMix(400, 3).withMalformedBsms(0.2, 9);
    BlastBatches batches = BlastBatches.build(corpus, 50);
    long counter = 1;
    int connection = 12;
    int malformedSeen = 0;
    for (int batch = 0; batch < batches.batchCount(); batch++) {
      long firstId = BsmIds.vehicleId(connection, counter);
      SessionFrame.Data data = send(batches, batch, batch + 1, firstId);
      int bsm = 0;
      int malformed = 0;
      for (int m = 0; m < data.messages().size(); m++) {
        int index = batch * 50 + m;
        byte[] sent = data.messages().get(m);
        if (corpus.type(index) != MessageType.BSM) {
          assertArrayEquals(corpus.frame(index), sent, "only BSMs are patched");
          continue;
        }
        // Malformed or not, a BSM gets the next id and it reads back from its bytes.
        assertEquals(BsmIds.vehicleId(connection, counter + bsm), BsmIds.read(sent, 0));
        if (corpus.malformed(index)) {
          malformed++;
          assertThrows(CodecException.class, () -> codec.decode(sent), "still refused");
          // Only the id changed: writing the original id back restores the corpus bytes.
          ByteBuffer restored = ByteBuffer.wrap(sent.clone());
          BsmIds.write(restored, 0, BsmIds.read(corpus.frame(index), 0));
          assertArrayEquals(corpus.frame(index), restored.array());
        } else {
          assertEquals(
              BsmIds.vehicleId(connection, counter + bsm),
              ((BasicSafetyMessage) codec.decode(sent)).id());
        }
        bsm++;
      }
      assertEquals(bsm, batches.bsmCount(batch), "malformed BSMs count as BSMs");
      assertEquals(bsm, batches.bsmOffsets(batch).length);
      assertEquals(malformed, batches.malformedCount(batch));
      malformedSeen += malformed;
      counter += bsm;
    }
    assertEquals(corpus.malformedCount(), malformedSeen);
    assertTrue(malformedSeen > 0);
  }

  @Test
  void bsmIdWritesTouchOnlyTheirSixtyFourBits() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      byte[] bytes = new byte[24];
      random.nextBytes(bytes);
      int frameOffset = random.nextInt(8);
      long id = random.nextLong();
      ByteBuffer buffer = ByteBuffer.wrap(bytes.clone());
      BsmIds.write(buffer, frameOffset, id);
      String before = TestVectors.bits(bytes);
      String after = TestVectors.bits(buffer.array());
      int from = frameOffset * 8 + BsmIds.ID_BIT_OFFSET;
      assertEquals(before.substring(0, from), after.substring(0, from));
      assertEquals(before.substring(from + 64), after.substring(from + 64));
      assertEquals(TestVectors.number(id, 64), after.substring(from, from + 64));
      assertEquals(id, BsmIds.read(buffer.array(), frameOffset));
    }
  }
}
