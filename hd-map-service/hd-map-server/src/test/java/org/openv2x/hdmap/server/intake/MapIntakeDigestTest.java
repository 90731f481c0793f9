package org.openv2x.hdmap.server.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openv2x.hdmap.server.KafkaTestSupport.envelope;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.map.MapData;
import org.openv2x.hdmap.GeoPoint;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.convert.MapMessages;
import org.openv2x.hdmap.testing.GridMaps;
import org.openv2x.proto.v1.FrameProtos;

/** The content digest by which the intake knows a repeated MAP without decoding it. */
class MapIntakeDigestTest {
  private static final Intersection NODE =
      GridMaps.grid(1, 1, GeoPoint.of(31.2304, 121.4737), 300).get(0);

  private static MapData map(Intersection intersection, int msgCnt, int minute) {
    return MapMessages.toMapData(List.of(intersection), msgCnt, OptionalInt.of(minute));
  }

  @Test
  void msgCountTimeStampAndTheEnvelopeAroundDoNotChangeTheDigest() {
    var first = MapIntake.contentDigest(envelope(map(NODE, 1, 1000), "rsu-1", 1_000_000L, 1));
    var repeat = MapIntake.contentDigest(envelope(map(NODE, 2, 1001), "rsu-2", 9_000_000L, 77));
    assertTrue(first.isPresent());
    assertEquals(first, repeat);
    assertEquals(32, first.get().size(), "SHA-256");
  }

  @Test
  void anyChangeOfTheContentChangesTheDigest() {
    Intersection renamed =
        new Intersection(
            NODE.id(),
            Optional.of("renamed"),
            NODE.refPoint(),
            NODE.elevationM(),
            NODE.approaches());
    Intersection moved =
        new Intersection(
            NODE.id(),
            NODE.name(),
            GeoPoint.of(NODE.refPoint().latDeg() + 1e-6, NODE.refPoint().lonDeg()),
            NODE.elevationM(),
            NODE.approaches());
    var original = MapIntake.contentDigest(envelope(map(NODE, 1, 0), "rsu", 1, 1));
    assertNotEquals(original, MapIntake.contentDigest(envelope(map(renamed, 1, 0), "rsu", 1, 1)));
    assertNotEquals(original, MapIntake.contentDigest(envelope(map(moved, 1, 0), "rsu", 1, 1)));
  }

  @Test
  void recordsWithoutAMapHaveNoDigest() {
    assertEquals(Optional.empty(), MapIntake.contentDigest(new byte[0]));
    byte[] notAMap =
        FrameProtos.V2xEnvelope.newBuilder()
            .setSourceRsuId("rsu")
            .setFrame(FrameProtos.MessageFrame.getDefaultInstance())
            .build()
            .toByteArray();
    assertEquals(Optional.empty(), MapIntake.contentDigest(notAMap));
    byte[] good = envelope(map(NODE, 1, 0), "rsu", 1, 1);
    Optional<?> whole = MapIntake.contentDigest(good);
    for (int cut = 0; cut < good.length; cut++) {
      byte[] truncated = java.util.Arrays.copyOf(good, cut);
      // A cut envelope that protobuf still reads with its whole MAP (cut between two later
      // fields) has the MAP's digest; any other has none, and the full path says why.
      boolean stillAMap;
      try {
        stillAMap = FrameProtos.V2xEnvelope.parseFrom(truncated).getFrame().hasMapFrame();
      } catch (com.google.protobuf.InvalidProtocolBufferException e) {
        stillAMap = false;
      }
      assertEquals(
          stillAMap ? whole : Optional.empty(),
          MapIntake.contentDigest(truncated),
          "cut at " + cut);
    }
    Random random = new Random(6);
    for (int i = 0; i < 2_000; i++) {
      byte[] garbage = new byte[random.nextInt(64)];
      random.nextBytes(garbage);
      MapIntake.contentDigest(garbage); // never throws
    }
  }

  @Test
  void theDigestIsOfTheFrameTheFullPathDecodes() throws Exception {
    byte[] bytes = envelope(map(NODE, 5, 10), "rsu", 1, 1);
    FrameProtos.V2xEnvelope parsed = FrameProtos.V2xEnvelope.parseFrom(bytes);
    MapData decoded = (MapData) ProtoCodec.fromProto(parsed.getFrame());
    assertEquals(
        MapIntake.contentDigest(bytes),
        MapIntake.contentDigest(envelope(decoded, "other", 2, 2)),
        "re-encoding the decoded MAP gives the same digest");
  }
}
