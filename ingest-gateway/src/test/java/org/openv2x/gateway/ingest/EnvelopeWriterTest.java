package org.openv2x.gateway.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.TestVectors;
import org.openv2x.codec.UperCodec;
import org.openv2x.proto.v1.FrameProtos;

class EnvelopeWriterTest {
  @Test
  void theBytesAreTheGeneratedBuildersBytes() {
    UperCodec codec = new UperCodec();
    EnvelopeWriter writer = new EnvelopeWriter("gw-1");
    for (String name :
        List.of(
            "bsm-01-car-required",
            "bsm-02-car-full",
            "map-02-4leg-geometry",
            "rsi-01-rte-accident",
            "rsm-02-mixed-full",
            "spat-02-utc-timing")) {
      MessageFrame frame = codec.decode(TestVectors.vector(name));
      for (long sequence : new long[] {0, 1, 1_795_478_400_000_000_123L}) {
        for (FrameProtos.Transport transport :
            List.of(FrameProtos.Transport.TRANSPORT_TCP, FrameProtos.Transport.TRANSPORT_UDP)) {
          for (String rsu : List.of("rsu-17", "")) {
            byte[] expected =
                FrameProtos.V2xEnvelope.newBuilder()
                    .setSourceRsuId(rsu)
                    .setGatewayId("gw-1")
                    .setGatewayReceiveTimeEpochUs(1_795_478_400_123_456L)
                    .setTransport(transport)
                    .setMessageType(ProtoCodec.toProto(frame.type()))
                    .setFrame(ProtoCodec.toProto(frame))
                    .setGatewaySequence(sequence)
                    .build()
                    .toByteArray();
            writer.write(rsu, 1_795_478_400_123_456L, transport, frame, sequence);
            assertArrayEquals(
                expected,
                Arrays.copyOf(writer.buffer(), writer.length()),
                name + " seq " + sequence + " " + transport + " rsu '" + rsu + "'");
          }
        }
      }
    }
  }
}
