package org.openv2x.codec.rsi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.common.PositionOffsetLl;
import org.openv2x.codec.common.TimeConfidence;
import org.openv2x.proto.v1.FrameProtos;

/** Property round trips of random RSI messages through UPER, JER, protobuf and protobuf JSON. */
class RsiRoundTripTest {
  private static final int TRIES = 2000;
  private static final long SEED = 0x5251_2020_0053L;

  private final UperCodec codec = new UperCodec();

  @Test
  void randomMessagesRoundTripEveryEncoding() throws Exception {
    for (int i = 0; i < TRIES; i++) {
      long seed = SEED + i;
      RoadSideInformation rsi = RsiRandom.roadSideInformation(new Random(seed));
      String context = "seed " + seed;

      byte[] uper = codec.encode(rsi);
      MessageFrame decoded = codec.decode(uper);
      assertEquals(rsi, decoded, context);
      assertArrayEquals(uper, codec.encode(decoded), context);

      assertEquals(rsi, JerCodec.fromJson(JerCodec.toJson(rsi)), context);

      FrameProtos.MessageFrame proto = ProtoCodec.toProto(rsi);
      assertEquals(rsi, ProtoCodec.fromProto(proto), context);
      assertEquals(
          rsi,
          ProtoCodec.fromProto(FrameProtos.MessageFrame.parseFrom(proto.toByteArray())),
          context);
      assertEquals(rsi, ProtoCodec.fromJson(ProtoCodec.toJson(rsi)), context);
    }
  }

  /** The generator reaches every alternative, enumeration value and the ends of every list. */
  @Test
  void randomMessagesCoverTheModel() {
    Set<EventSource> sources = EnumSet.noneOf(EventSource.class);
    Set<TimeConfidence> confidences = EnumSet.noneOf(TimeConfidence.class);
    Set<PositionOffsetLl.Kind> kinds = EnumSet.noneOf(PositionOffsetLl.Kind.class);
    boolean textString = false;
    boolean textGb2312 = false;
    boolean longestText = false;
    int mostRtes = 0;
    int mostRtss = 0;
    int mostPaths = 0;
    int mostPoints = 0;
    int mostLinks = 0;
    Random random = new Random(SEED);
    for (int i = 0; i < TRIES; i++) {
      RoadSideInformation rsi = RsiRandom.roadSideInformation(random);
      if (rsi.rtes().isPresent()) {
        mostRtes = Math.max(mostRtes, rsi.rtes().get().size());
        for (RteData rte : rsi.rtes().get()) {
          sources.add(rte.eventSource());
          rte.eventPos().ifPresent(p -> kinds.add(p.offsetLl().kind()));
          rte.timeDetails().flatMap(RsiTimeDetails::endTimeConfidence).ifPresent(confidences::add);
          if (rte.description().isPresent()) {
            Description d = rte.description().get();
            textString |= d instanceof Description.TextString;
            textGb2312 |= d instanceof Description.TextGb2312;
            longestText |=
                d instanceof Description.TextString t
                    && t.text().length() == Description.TextString.MAX_LENGTH;
          }
          if (rte.referencePaths().isPresent()) {
            mostPaths = Math.max(mostPaths, rte.referencePaths().get().size());
            for (ReferencePath path : rte.referencePaths().get()) {
              mostPoints = Math.max(mostPoints, path.activePath().size());
            }
          }
          if (rte.referenceLinks().isPresent()) {
            mostLinks = Math.max(mostLinks, rte.referenceLinks().get().size());
          }
        }
      }
      if (rsi.rtss().isPresent()) {
        mostRtss = Math.max(mostRtss, rsi.rtss().get().size());
      }
    }
    assertEquals(EnumSet.allOf(EventSource.class), sources);
    assertEquals(EnumSet.allOf(TimeConfidence.class), confidences);
    assertEquals(EnumSet.allOf(PositionOffsetLl.Kind.class), kinds);
    assertTrue(textString && textGb2312 && longestText);
    assertEquals(RoadSideInformation.RTES_MAX, mostRtes);
    assertEquals(RoadSideInformation.RTSS_MAX, mostRtss);
    assertEquals(RteData.REFERENCE_PATHS_MAX, mostPaths);
    assertEquals(ReferencePath.ACTIVE_PATH_MAX, mostPoints);
    assertEquals(RteData.REFERENCE_LINKS_MAX, mostLinks);
  }
}
