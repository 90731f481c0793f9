package org.openv2x.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openv2x.kafka.EmbeddedKafka;
import org.openv2x.proto.v1.FrameProtos;

/**
 * The gateway end to end against a real (in-JVM) Kafka broker: every message of every type over TCP
 * and UDP lands on its topic with its key and envelope; bad input is dead-lettered while the
 * connection goes on serving; downlink frames reach their RSU; metrics and health answer. Each test
 * uses its own topic prefix, so they do not see each other's records.
 */
class GatewayIT {
  private static EmbeddedKafka kafka;

  @TempDir Path dir;

  @BeforeAll
  static void startKafka() {
    kafka = EmbeddedKafka.builder().build();
    kafka.start();
  }

  @AfterAll
  static void stopKafka() {
    if (kafka != null) {
      kafka.close();
    }
  }

  private Gateway start(String prefix, Map<String, String> extra) throws Exception {
    Map<String, String> all = new HashMap<>(extra);
    all.put("kafka.topic-prefix", prefix);
    return Gateway.start(GatewayTestSupport.config(kafka.bootstrapServers(), dir, all));
  }

  private static List<String> topics(String prefix, String... suffixes) {
    List<String> names = new ArrayList<>();
    for (String suffix : suffixes) {
      names.add(prefix + suffix);
    }
    return names;
  }

  @Test
  void everyMessageOfEveryTypeOverTcpLandsOnItsTopicWithKeyAndEnvelope() throws Exception {
    TcpRoundTrip.run(kafka.bootstrapServers(), dir, "tcp1.");
  }

  @Test
  void everyMessageOverUdpLandsOnItsTopicWithTheRegisteredRsuId() throws Exception {
    String prefix = "udp1.";
    List<byte[]> vectors = GatewayTestSupport.vectors();
    int rounds = 10;
    try (Gateway gateway = start(prefix, Map.of("rsu.rsu-udp.addresses", "127.0.0.1"));
        DatagramSocket socket = new DatagramSocket()) {
      InetAddress loopback = InetAddress.getByName("127.0.0.1");
      for (int round = 0; round < rounds; round++) {
        for (byte[] vector : vectors) {
          socket.send(new DatagramPacket(vector, vector.length, loopback, gateway.udpPort()));
        }
        Thread.sleep(5);
      }
      int expected = vectors.size() * rounds;
      List<ConsumerRecord<byte[], byte[]>> records =
          TopicReader.readAll(
              kafka.bootstrapServers(),
              topics(prefix, "bsm", "map", "rsi", "rsm", "spat", "deadletter"),
              expected,
              Duration.ofSeconds(10),
              Duration.ofSeconds(60));
      // UDP may lose datagrams; every one is accounted for: read by the gateway (and then in
      // Kafka unless the gateway counted it as dropped) or dropped by the kernel (counted too).
      io.micrometer.core.instrument.MeterRegistry registry = gateway.metrics().registry();
      double read = registry.get("gateway.udp.datagrams").counter().count();
      double kernelDrops = registry.get("gateway.udp.kernel.drops").gauge().value();
      double gatewayDrops =
          registry.find("gateway.udp.dropped").counters().stream()
              .mapToDouble(io.micrometer.core.instrument.Counter::count)
              .sum();
      assertEquals(expected, read + kernelDrops, 0.0, "sent = read + dropped by the kernel");
      assertEquals(read - gatewayDrops, records.size(), 0.0, "read and not dropped = in Kafka");
      assertTrue(records.size() >= expected - 5, "at most a few datagrams lost: " + records.size());
      for (ConsumerRecord<byte[], byte[]> record : records) {
        FrameProtos.V2xEnvelope envelope = GatewayTestSupport.envelope(record);
        assertEquals("rsu-udp", envelope.getSourceRsuId());
        assertEquals(FrameProtos.Transport.TRANSPORT_UDP, envelope.getTransport());
      }
    }
  }

  @Test
  void unknownUdpSendersAreNamedByAddressOrRefused() throws Exception {
    byte[] bsm = GatewayTestSupport.vectors().get(0);
    try (Gateway gateway = start("udp2.", Map.of());
        DatagramSocket socket = new DatagramSocket()) {
      socket.send(
          new DatagramPacket(
              bsm, bsm.length, InetAddress.getByName("127.0.0.1"), gateway.udpPort()));
      List<ConsumerRecord<byte[], byte[]>> records =
          TopicReader.readAll(
              kafka.bootstrapServers(),
              List.of("udp2.bsm"),
              1,
              Duration.ofSeconds(10),
              Duration.ofSeconds(30));
      assertEquals(1, records.size());
      assertEquals(
          "udp:127.0.0.1:" + socket.getLocalPort(),
          GatewayTestSupport.envelope(records.get(0)).getSourceRsuId());
    }
    try (Gateway gateway = start("udp3.", Map.of("rsu.unknown", "refuse"));
        DatagramSocket socket = new DatagramSocket()) {
      socket.send(
          new DatagramPacket(
              bsm, bsm.length, InetAddress.getByName("127.0.0.1"), gateway.udpPort()));
      List<ConsumerRecord<byte[], byte[]>> records =
          TopicReader.readAll(
              kafka.bootstrapServers(),
              List.of("udp3.bsm", "udp3.deadletter"),
              1,
              Duration.ofSeconds(10),
              Duration.ofSeconds(30));
      assertEquals(1, records.size());
      assertEquals("udp3.deadletter", records.get(0).topic());
      FrameProtos.DeadLetter letter = GatewayTestSupport.deadLetter(records.get(0));
      assertEquals("UNKNOWN_RSU", letter.getReason());
      assertEquals(ByteBufferHex.hex(bsm), ByteBufferHex.hex(letter.getRaw().toByteArray()));
    }
  }

  @Test
  void badInputIsDeadLetteredWithItsReasonAndTheConnectionKeepsServing() throws Exception {
    String prefix = "bad1.";
    List<byte[]> vectors = GatewayTestSupport.vectors();
    Map<String, byte[]> invalid = GatewayTestSupport.invalidRows();
    try (Gateway gateway = start(prefix, Map.of("tcp.max-frame-bytes", "4096"));
        RawSession session = new RawSession("127.0.0.1", gateway.tcpPort())) {
      session.hello("rsu-bad");
      // 1: every invalid.tsv row among good messages, in one batch
      List<byte[]> mixed = new ArrayList<>(vectors);
      mixed.addAll(invalid.values());
      session.data(1, mixed);
      session.flush();
      RawSession.Frame ack = session.expect(RawSession.ACK);
      assertEquals(1, ack.ackSequence());
      assertEquals(vectors.size(), ack.ackAccepted());
      assertEquals(invalid.size(), ack.ackRejected());

      // 2: garbage as a message
      session.data(2, List.of(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff}, vectors.get(0)));
      session.flush();
      ack = session.expect(RawSession.ACK);
      assertEquals(1, ack.ackAccepted());
      assertEquals(1, ack.ackRejected());

      // 3: a DATA whose second message lies about its length
      byte[] lying = RawSession.dataPayload(3, List.of(vectors.get(0), vectors.get(1)));
      ByteBuffer.wrap(lying).putShort(10 + 2 + vectors.get(0).length, (short) 999);
      session.write(RawSession.frame(RawSession.DATA, lying));
      session.flush();
      RawSession.Frame error = session.expect(RawSession.ERROR);
      assertEquals(102, error.errorCode());
      assertFalse(error.errorClosing());
      assertEquals(3, error.errorSequence());
      ack = session.expect(RawSession.ACK);
      assertEquals(3, ack.ackSequence());
      assertEquals(1, ack.ackAccepted());
      assertEquals(1, ack.ackRejected());

      // 4: a frame over tcp.max-frame-bytes: skipped, dead-lettered, acknowledged as rejected
      List<byte[]> many = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        many.add(vectors.get(3));
      }
      session.data(4, many);
      session.flush();
      error = session.expect(RawSession.ERROR);
      assertEquals(100, error.errorCode());
      assertEquals(4, error.errorSequence());
      ack = session.expect(RawSession.ACK);
      assertEquals(4, ack.ackSequence());
      assertEquals(0, ack.ackAccepted());
      assertEquals(1, ack.ackRejected());

      // 5: an unknown frame type
      session.write(RawSession.frame(0x42, new byte[] {1, 2, 3}));
      session.flush();
      error = session.expect(RawSession.ERROR);
      assertEquals(101, error.errorCode());
      assertFalse(error.errorClosing());

      // 6: and good traffic still flows on the same connection
      session.data(6, vectors);
      session.flush();
      ack = session.expect(RawSession.ACK);
      assertEquals(6, ack.ackSequence());
      assertEquals(vectors.size(), ack.ackAccepted());

      // 7: broken framing: ERROR closing, then the connection is closed
      session.write(new byte[] {0x12, 0x34, 1, 3, 0, 0, 0, 0});
      session.flush();
      error = session.expect(RawSession.ERROR);
      assertEquals(200, error.errorCode());
      assertTrue(error.errorClosing());
      assertNull(session.readOrNull(), "the gateway closes after a framing error");
      GatewayTestSupport.awaitJournalDrained(gateway);
    }
    int expectedDeadLetters = invalid.size() + 1 + 1 + 1 + 1 + 1;
    List<ConsumerRecord<byte[], byte[]>> letters =
        TopicReader.readAll(
            kafka.bootstrapServers(),
            List.of(prefix + "deadletter"),
            expectedDeadLetters,
            Duration.ofSeconds(10),
            Duration.ofSeconds(60));
    assertEquals(expectedDeadLetters, letters.size());
    Map<String, Integer> reasons = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> record : letters) {
      FrameProtos.DeadLetter letter = GatewayTestSupport.deadLetter(record);
      assertEquals("rsu-bad", letter.getSourceRsuId());
      assertEquals("rsu-bad", new String(record.key(), StandardCharsets.UTF_8));
      assertTrue(letter.getSourceAddress().startsWith("127.0.0.1:"));
      assertEquals(FrameProtos.Transport.TRANSPORT_TCP, letter.getTransport());
      assertFalse(letter.getDetail().isEmpty(), "every dead letter says why");
      assertTrue(letter.getRawLength() >= letter.getRaw().size());
      reasons.merge(letter.getReason(), 1, Integer::sum);
    }
    for (String reason :
        List.of(
            "TRUNCATED",
            "TRAILING_DATA",
            "NONZERO_PADDING",
            "VALUE_OUT_OF_RANGE",
            "MALFORMED_PAYLOAD",
            "FRAME_TOO_LARGE",
            "UNKNOWN_FRAME_TYPE",
            "BAD_MAGIC")) {
      assertTrue(reasons.containsKey(reason), "a dead letter for " + reason + " in " + reasons);
    }
    FrameProtos.DeadLetter outOfRange =
        letters.stream()
            .map(GatewayTestSupport::deadLetter)
            .filter(l -> l.getReason().equals("VALUE_OUT_OF_RANGE"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "spatFrame.intersections[0].phases[0].phaseStates[2].timing.counting.nextStartTime",
        outOfRange.getFieldPath());
    assertEquals(1, outOfRange.getBatchSequence());
    assertTrue(outOfRange.getBitOffset() > 0);
  }

  @Test
  void dataBeforeHelloIsRefusedAndClosed() throws Exception {
    try (Gateway gateway = start("hello1.", Map.of());
        RawSession session = new RawSession("127.0.0.1", gateway.tcpPort())) {
      session.data(1, GatewayTestSupport.vectors());
      session.flush();
      RawSession.Frame error = session.expect(RawSession.ERROR);
      assertEquals(202, error.errorCode());
      assertTrue(error.errorClosing());
      assertNull(session.readOrNull());
    }
  }

  @Test
  void unknownRsuIsRefusedWhenThePolicySaysSo() throws Exception {
    try (Gateway gateway =
            start(
                "hello2.", Map.of("rsu.unknown", "refuse", "rsu.rsu-known.addresses", "10.1.1.1"));
        RawSession known = new RawSession("127.0.0.1", gateway.tcpPort());
        RawSession unknown = new RawSession("127.0.0.1", gateway.tcpPort())) {
      known.hello("rsu-known");
      unknown.write(RawSession.frame(RawSession.HELLO, RawSession.helloPayload("rsu-stranger")));
      unknown.flush();
      RawSession.Frame error = unknown.expect(RawSession.ERROR);
      assertEquals(203, error.errorCode());
      assertNull(unknown.readOrNull());
    }
  }

  @Test
  void downlinkFramesReachTheRsuTheyAreKeyedBy() throws Exception {
    String prefix = "down1.";
    kafka.createTopic(prefix + "downlink", 3);
    byte[] frame = GatewayTestSupport.vectors().get(4); // an RSI to broadcast
    Map<String, Object> producerProperties = new HashMap<>();
    producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    producerProperties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    producerProperties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    try (Gateway gateway = start(prefix, Map.of());
        RawSession target = new RawSession("127.0.0.1", gateway.tcpPort());
        RawSession other = new RawSession("127.0.0.1", gateway.tcpPort());
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProperties)) {
      target.hello("rsu-target");
      other.hello("rsu-other");
      // The consumer group starts at the end: wait until it has its partitions.
      waitForDownlinkConsumer(gateway, producer, prefix);
      producer
          .send(
              new ProducerRecord<>(
                  prefix + "downlink", "rsu-target".getBytes(StandardCharsets.UTF_8), frame))
          .get();
      RawSession.Frame downlink = target.expect(RawSession.DOWNLINK);
      ByteBuffer payload = downlink.buffer();
      payload.getLong();
      int length = payload.getShort() & 0xFFFF;
      byte[] received = new byte[length];
      payload.get(received);
      assertEquals(ByteBufferHex.hex(frame), ByteBufferHex.hex(received));
      other.setReadTimeoutMs(1000);
      assertThrowsTimeout(other);

      // A frame for an RSU that connects later is delivered on HELLO.
      producer
          .send(
              new ProducerRecord<>(
                  prefix + "downlink", "rsu-late".getBytes(StandardCharsets.UTF_8), frame))
          .get();
      Thread.sleep(1000);
      try (RawSession late = new RawSession("127.0.0.1", gateway.tcpPort())) {
        late.hello("rsu-late");
        assertNotNull(late.expect(RawSession.DOWNLINK));
      }
    }
  }

  private static void waitForDownlinkConsumer(
      Gateway gateway, KafkaProducer<byte[], byte[]> producer, String prefix) throws Exception {
    // Probe frames to an RSU nobody is: once one is counted, the consumer is reading.
    byte[] probe = GatewayTestSupport.vectors().get(4);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      producer
          .send(
              new ProducerRecord<>(
                  prefix + "downlink", "nobody".getBytes(StandardCharsets.UTF_8), probe))
          .get();
      Thread.sleep(300);
      if (gateway.metrics().scrape().contains("gateway_downlink_received_total 1")
          || gateway.metrics().counter("gateway.downlink.received", "").count() > 0) {
        return;
      }
    }
    throw new AssertionError("the downlink consumer did not start reading");
  }

  private static void assertThrowsTimeout(RawSession session) throws Exception {
    try {
      RawSession.Frame frame = session.read();
      throw new AssertionError("expected nothing for the other RSU, got type " + frame.type());
    } catch (java.net.SocketTimeoutException expected) {
      // nothing arrived: right
    }
  }

  @Test
  void connectionsBeyondTheLimitAreRefused() throws Exception {
    try (Gateway gateway = start("limit1.", Map.of("tcp.max-connections", "1"));
        RawSession first = new RawSession("127.0.0.1", gateway.tcpPort())) {
      first.hello("rsu-first");
      RawSession second = new RawSession("127.0.0.1", gateway.tcpPort());
      RawSession.Frame error = second.expect(RawSession.ERROR);
      assertEquals(204, error.errorCode());
      assertTrue(error.errorClosing());
      assertNull(second.readOrNull());
      second.close();
      first.data(1, GatewayTestSupport.vectors());
      first.flush();
      assertEquals(1, first.expect(RawSession.ACK).ackSequence(), "the first one is served");
    }
  }

  @Test
  void anRsuAboveItsRateIsSlowedDownNotRefused() throws Exception {
    List<byte[]> hundred = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      hundred.addAll(GatewayTestSupport.vectors());
    }
    try (Gateway gateway = start("rate1.", Map.of("rsu.max-messages-per-second", "100"));
        RawSession session = new RawSession("127.0.0.1", gateway.tcpPort())) {
      session.hello("rsu-chatty");
      long start = System.nanoTime();
      for (int sequence = 1; sequence <= 4; sequence++) {
        session.data(sequence, hundred);
      }
      session.flush();
      for (int sequence = 1; sequence <= 4; sequence++) {
        RawSession.Frame ack = session.expect(RawSession.ACK);
        assertEquals(100, ack.ackAccepted(), "nothing is refused for being too fast");
      }
      long elapsedMs = (System.nanoTime() - start) / 1_000_000;
      // 300 messages at 100/s with a burst of 100: reading pauses for about 2 s in all.
      assertTrue(
          elapsedMs >= 1000, "reading was paused by the rate limit, took " + elapsedMs + " ms");
      assertTrue(
          gateway
                  .metrics()
                  .counter("gateway.tcp.reads.paused", "", "reason", "rate_limited")
                  .count()
              > 0);
    }
  }

  @Test
  void metricsAndHealthAnswerOverHttp() throws Exception {
    try (Gateway gateway = start("http1.", Map.of());
        RawSession session = new RawSession("127.0.0.1", gateway.tcpPort())) {
      session.hello("rsu-m");
      session.data(1, GatewayTestSupport.vectors());
      session.flush();
      session.expect(RawSession.ACK);
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> metrics =
          client.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + gateway.httpPort() + "/metrics"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, metrics.statusCode());
      String body = metrics.body();
      assertTrue(
          body.contains("gateway_messages_in_total{transport=\"tcp\",type=\"bsm\"} 2.0"), body);
      assertTrue(body.contains("gateway_rsu_messages_total{rsu=\"rsu-m\"} 10.0"), body);
      assertTrue(body.contains("gateway_journal_pending_bytes"), body);
      assertTrue(body.contains("gateway_tcp_connections 1.0"), body);
      HttpResponse<String> health =
          client.send(
              HttpRequest.newBuilder(
                      URI.create("http://127.0.0.1:" + gateway.httpPort() + "/health"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
      HttpResponse<String> missing =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.httpPort() + "/nope"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(404, missing.statusCode());
    }
  }
}
