package org.openv2x.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.TestVectors;
import org.openv2x.proto.v1.FrameProtos;

/** The JSON line of one record, per topic kind, and the error objects of unparsable values. */
class RecordJsonTest {
  private final RecordJson render = new RecordJson();

  private JsonNode line(String topic, byte[] key, byte[] value) {
    RecordJson.Line line = render.render(topic, 2, 41, 1_767_225_600_000L, key, value, null);
    assertFalse(line.json().contains("\n"), "one line");
    return Cli.parse(line.json());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource({
    "v2x.bsm, bsm-01-car-required",
    "v2x.bsm, bsm-02-car-full",
    "v2x.spat, spat-01-4phase-countdown",
    "v2x.map, map-01-4leg-intersection",
    "v2x.rsi, rsi-01-rte-accident",
    "v2x.rsm, rsm-02-mixed-full",
  })
  void envelopeTopicsPrintTheEnvelopeInProtobufJson(String topic, String vector) {
    FrameProtos.V2xEnvelope envelope = TestRecords.envelope(vector, 12);
    JsonNode line = line(topic, utf8("veh-1"), envelope.toByteArray());

    assertEquals(topic, line.get("topic").asText());
    assertEquals(2, line.get("partition").asInt());
    assertEquals(41, line.get("offset").asLong());
    assertEquals(1_767_225_600_000L, line.get("timestampMs").asLong());
    assertEquals("veh-1", line.get("key").asText());
    assertFalse(line.has("error"), line::toString);
    JsonNode value = line.get("value");
    assertEquals("rsu-17", value.get("sourceRsuId").asText());
    assertEquals("gw-1", value.get("gatewayId").asText());
    assertEquals("12", value.get("gatewaySequence").asText(), "int64 as protobuf JSON prints it");
    assertEquals("TRANSPORT_TCP", value.get("transport").asText());
    MessageFrame frame = TestRecords.frame(vector);
    assertEquals(Cli.parse(ProtoCodec.toJson(frame)), value.get("frame"), "as codec decode prints");
  }

  @Test
  void deadLetterHasEveryFieldAndRawHex() {
    FrameProtos.DeadLetter letter = TestRecords.deadLetter();
    JsonNode line = line("v2x.deadletter", utf8("rsu-9"), letter.toByteArray());
    JsonNode value = line.get("value");
    assertEquals("VALUE_OUT_OF_RANGE", value.get("reason").asText());
    assertEquals("bsmFrame.speed", value.get("fieldPath").asText());
    assertEquals("8191 is above 8190", value.get("detail").asText());
    assertEquals("rsu-9", value.get("sourceRsuId").asText());
    assertEquals("10.0.0.9:40000", value.get("sourceAddress").asText());
    assertEquals("TRANSPORT_UDP", value.get("transport").asText());
    assertEquals("77", value.get("gatewaySequence").asText());
    assertEquals("93", value.get("bitOffset").asText());
    assertEquals(3, value.get("rawLength").asInt());
    assertEquals("01ab7f", value.get("rawHex").asText());
    assertFalse(value.has("raw"), "no base64 copy");
    assertEquals("0", value.get("batchSequence").asText(), "fields at their default are printed");
  }

  @Test
  void emptyDeadLetterStillHasItsFields() {
    JsonNode value = line("v2x.deadletter", null, new byte[0]).get("value");
    assertEquals("", value.get("reason").asText());
    assertEquals("", value.get("fieldPath").asText());
    assertEquals("", value.get("rawHex").asText());
    assertEquals("TRANSPORT_UNSPECIFIED", value.get("transport").asText());
  }

  @Test
  void downlinkPrintsHexAndJer() {
    byte[] uper = TestVectors.vector("spat-02-utc-timing");
    JsonNode line = line("v2x.downlink", utf8("rsu-3"), uper);
    JsonNode value = line.get("value");
    assertEquals(HexFormat.of().formatHex(uper), value.get("hex").asText());
    assertEquals(
        Cli.parse(JerCodec.toJson(TestRecords.frame("spat-02-utc-timing"))), value.get("jer"));
  }

  @Test
  void downlinkThatDoesNotDecodeIsAnErrorWithThePath() {
    byte[] uper = TestVectors.vector("bsm-01-car-required");
    byte[] cut = Arrays.copyOf(uper, 5);
    RecordJson.Line rendered = render.render("v2x.downlink", 0, 1, 2, null, cut, null);
    assertTrue(rendered.failed());
    JsonNode line = Cli.parse(rendered.json());
    assertFalse(line.has("value"));
    assertEquals("TRUNCATED", line.get("error").get("reason").asText());
    assertTrue(line.get("error").get("fieldPath").asText().startsWith("bsmFrame"), line::toString);
    assertTrue(line.get("error").get("bitOffset").asLong() >= 0);
    assertFalse(line.get("error").get("detail").asText().isEmpty());
    assertEquals(HexFormat.of().formatHex(cut), line.get("valueHex").asText());
  }

  @ParameterizedTest
  @CsvSource({"v2x.bsm", "v2x.rsm", "v2x.deadletter"})
  void garbageInAProtobufTopicIsAnError(String topic) {
    byte[] garbage = {(byte) 0xff, (byte) 0xff, (byte) 0xff};
    RecordJson.Line rendered = render.render(topic, 0, 5, 6, utf8("k"), garbage, null);
    assertTrue(rendered.failed());
    JsonNode line = Cli.parse(rendered.json());
    assertEquals(RecordJson.BAD_PROTOBUF, line.get("error").get("reason").asText());
    assertEquals("ffffff", line.get("valueHex").asText());
    assertEquals(5, line.get("offset").asLong(), "the record is still located");
    assertFalse(line.has("value"));
  }

  @Test
  void otherTopicsPrintUtf8TextOrHex() {
    JsonNode text = line("v2x.alerts", null, utf8("{\"a\":\"Ünïcödé\"}\n"));
    assertEquals("{\"a\":\"Ünïcödé\"}\n", text.get("value").asText());
    assertTrue(text.get("key").isNull());

    RecordJson.Line binary =
        render.render("v2x.alerts", 0, 0, 0, null, new byte[] {(byte) 0xc3, 0x28}, null);
    assertFalse(binary.failed(), "not UTF-8 is no error for another topic");
    JsonNode line = Cli.parse(binary.json());
    assertEquals("c328", line.get("valueHex").asText());
    assertFalse(line.has("value"));
  }

  @Test
  void mapSnapshotsPrintAsProtobufJsonAndGarbageIsAnError() {
    org.openv2x.hdmap.Intersection node =
        new org.openv2x.hdmap.Intersection(
            org.openv2x.hdmap.IntersectionId.of(1, 7),
            java.util.Optional.of("End of the road"),
            org.openv2x.hdmap.GeoPoint.of(31.2304, 121.4737),
            java.util.OptionalDouble.empty(),
            java.util.List.of());
    org.openv2x.hdmap.IntersectionVersion version =
        new org.openv2x.hdmap.IntersectionVersion(
            node,
            new org.openv2x.hdmap.VersionInfo(
                3,
                org.openv2x.hdmap.MapSource.MAP_MESSAGE,
                java.time.Instant.parse("2026-11-24T10:00:00Z"),
                org.openv2x.hdmap.MapContent.hash(node),
                java.util.OptionalInt.of(5),
                java.util.Optional.empty(),
                java.util.Optional.of("rsu-7")),
            org.openv2x.hdmap.derive.MapDerivation.derive(
                node, org.openv2x.hdmap.derive.RemoteLanes.NONE));
    JsonNode snapshot =
        line("v2x.hdmap", utf8("1:7"), org.openv2x.hdmap.convert.HdMapProto.toBytes(version));
    assertEquals("1:7", snapshot.get("key").asText());
    assertEquals("End of the road", snapshot.get("value").get("content").get("name").asText());
    assertEquals(3, snapshot.get("value").get("info").get("version").asInt());
    assertEquals("rsu-7", snapshot.get("value").get("info").get("origin").asText());

    RecordJson.Line garbage =
        render.render("v2x.hdmap", 0, 1, 0, utf8("1:7"), new byte[] {(byte) 0xff, 0x01}, null);
    assertTrue(garbage.failed());
    assertEquals(
        RecordJson.BAD_PROTOBUF, Cli.parse(garbage.json()).get("error").get("reason").asText());
  }

  @Test
  void tombstonesKeysAndHeaders() {
    JsonNode tombstone = line("v2x.hdmap", utf8("42"), null);
    assertTrue(tombstone.has("value") && tombstone.get("value").isNull(), tombstone::toString);
    assertEquals("42", tombstone.get("key").asText());

    JsonNode binaryKey = line("x", new byte[] {(byte) 0xff, 0x00}, utf8("v"));
    assertTrue(binaryKey.get("key").isNull());
    assertEquals("ff00", binaryKey.get("keyHex").asText());

    RecordHeaders headers = new RecordHeaders();
    headers.add("source", utf8("rsu-1"));
    headers.add("bin", new byte[] {(byte) 0xfe});
    JsonNode withHeaders = Cli.parse(render.render("x", 0, 0, 0, null, utf8("v"), headers).json());
    assertEquals("source", withHeaders.get("headers").get(0).get("key").asText());
    assertEquals("rsu-1", withHeaders.get("headers").get(0).get("value").asText());
    assertEquals("fe", withHeaders.get("headers").get(1).get("valueHex").asText());
    assertFalse(line("x", null, utf8("v")).has("headers"), "no headers, no member");
  }
}
