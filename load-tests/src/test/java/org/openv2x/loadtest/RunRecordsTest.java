package org.openv2x.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.proto.v1.FrameProtos.V2xEnvelope;
import org.openv2x.sim.blast.BsmIds;

class RunRecordsTest {
  private static V2xEnvelope envelope(String vector) {
    MessageFrame frame = new UperCodec().decode(TestVectors.vector(vector));
    return V2xEnvelope.newBuilder()
        .setSourceRsuId("rsu-1")
        .setGatewayId("gw-1")
        .setGatewayReceiveTimeEpochUs(1_767_600_000_000_000L)
        .setGatewaySequence(42)
        .setFrame(ProtoCodec.toProto(frame))
        .build();
  }

  @Test
  void readsTheBsmIdOfAnEnvelopeWithoutParsingIt() throws IOException {
    for (String vector : new String[] {"bsm-01-car-required", "bsm-02-car-full"}) {
      V2xEnvelope envelope = envelope(vector);
      long expected = envelope.getFrame().getBsmFrame().getId();
      assertEquals(expected, RunRecords.bsmId(envelope.toByteArray()), vector);
      assertEquals(
          BsmIds.read(TestVectors.vector(vector), 0),
          RunRecords.bsmId(envelope.toByteArray()),
          vector + ": the envelope's id is the id in the UPER bytes");
    }
  }

  @Test
  void anEnvelopeWithoutBsmHasNoId() throws IOException {
    assertEquals(0, RunRecords.bsmId(envelope("map-01-4leg-intersection").toByteArray()));
    assertEquals(0, RunRecords.bsmId(new byte[0]));
  }
}
