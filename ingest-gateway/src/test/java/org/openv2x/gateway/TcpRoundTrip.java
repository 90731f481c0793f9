package org.openv2x.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.RecordKeys;
import org.openv2x.codec.UperCodec;
import org.openv2x.proto.v1.FrameProtos;

/** The TCP end-to-end scenario, run against any Kafka (in-JVM broker, container). */
final class TcpRoundTrip {
  private TcpRoundTrip() {}

  /** Sends every vector in 20 batches and checks every record that lands. */
  static void run(String bootstrap, Path dir, String prefix) throws Exception {
    List<byte[]> vectors = GatewayTestSupport.vectors();
    int batches = 20;
    try (Gateway gateway =
            Gateway.start(
                GatewayTestSupport.config(bootstrap, dir, Map.of("kafka.topic-prefix", prefix)));
        RawSession session = new RawSession("127.0.0.1", gateway.tcpPort())) {
      session.hello("rsu-7");
      for (int sequence = 1; sequence <= batches; sequence++) {
        session.data(sequence, vectors);
      }
      session.flush();
      for (int sequence = 1; sequence <= batches; sequence++) {
        RawSession.Frame ack = session.expect(RawSession.ACK);
        assertEquals(sequence, ack.ackSequence(), "ACKs come in order");
        assertEquals(vectors.size(), ack.ackAccepted());
        assertEquals(0, ack.ackRejected());
      }
      GatewayTestSupport.awaitJournalDrained(gateway);
    }
    int expected = vectors.size() * batches;
    List<ConsumerRecord<byte[], byte[]>> records =
        TopicReader.readAll(
            bootstrap,
            List.of(
                prefix + "bsm",
                prefix + "map",
                prefix + "rsi",
                prefix + "rsm",
                prefix + "spat",
                prefix + "deadletter"),
            expected,
            Duration.ofSeconds(10),
            Duration.ofSeconds(60));
    assertEquals(expected, records.size(), "exactly one record per message, nothing dead-lettered");

    UperCodec codec = new UperCodec();
    Map<String, Integer> perTopic = new HashMap<>();
    Set<Long> sequences = new HashSet<>();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      FrameProtos.V2xEnvelope envelope = GatewayTestSupport.envelope(record);
      MessageFrame frame = ProtoCodec.fromProto(envelope.getFrame());
      assertEquals(prefix + frame.type().name().toLowerCase(), record.topic());
      assertEquals(
          RecordKeys.keyOf(frame, "rsu-7"), new String(record.key(), StandardCharsets.UTF_8));
      assertEquals("rsu-7", envelope.getSourceRsuId());
      assertEquals("gw-test", envelope.getGatewayId());
      assertEquals(FrameProtos.Transport.TRANSPORT_TCP, envelope.getTransport());
      assertEquals(ProtoCodec.toProto(frame.type()), envelope.getMessageType());
      long nowUs = System.currentTimeMillis() * 1000;
      assertTrue(
          Math.abs(nowUs - envelope.getGatewayReceiveTimeEpochUs()) < 120_000_000L,
          "receive time is now-ish");
      assertTrue(sequences.add(envelope.getGatewaySequence()), "sequences are unique");
      // The payload is the message itself: re-encoding gives one of the vectors back.
      byte[] encoded = codec.encode(frame);
      assertTrue(
          vectors.stream().anyMatch(v -> java.util.Arrays.equals(v, encoded)),
          "the envelope's frame re-encodes to a sent vector");
      perTopic.merge(record.topic(), 1, Integer::sum);
    }
    for (String type : List.of("bsm", "map", "rsi", "rsm", "spat")) {
      assertEquals(2 * batches, perTopic.get(prefix + type), type);
    }
  }
}
