package org.openv2x.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.UperCodec;
import org.openv2x.kafka.PlatformTopics;
import org.openv2x.proto.v1.FrameProtos;
import org.openv2x.proto.v1.HdMapProtos;

/**
 * One Kafka record as one line of JSON, the output of {@code v2x topics tail}:
 *
 * <pre>{"topic":"v2x.bsm","partition":0,"offset":7,"timestampMs":1767225600000,"key":"...",
 * "value":{...}}</pre>
 *
 * <p>The value by topic:
 *
 * <ul>
 *   <li>{@code v2x.bsm}, {@code v2x.spat}, {@code v2x.map}, {@code v2x.rsi}, {@code v2x.rsm}: the
 *       {@code V2xEnvelope} in protobuf JSON, as {@code codec decode --format proto} prints frames;
 *   <li>{@code v2x.deadletter}: the {@code DeadLetter} in protobuf JSON with every field, also
 *       those at their default, and the refused bytes as lower-case {@code rawHex} in place of the
 *       base64 {@code raw};
 *   <li>{@code v2x.hdmap}: the {@code HdMapSnapshot} (one intersection version of the map service)
 *       in protobuf JSON;
 *   <li>{@code v2x.downlink}: {@code {"hex":"...","jer":{...}}}, the UPER MessageFrame and its JER
 *       (X.697) form;
 *   <li>any other topic: the value as a JSON string when it is valid UTF-8, else {@code valueHex}
 *       in place of {@code value}.
 * </ul>
 *
 * <p>A record without a value (a tombstone) has {@code "value":null}. A value that cannot be parsed
 * as its topic's payload has, in place of {@code value}, {@code "error":{"reason":...,
 * "detail":...}} (plus {@code fieldPath} and {@code bitOffset} for a MessageFrame) and {@code
 * valueHex}. A key that is not valid UTF-8 is {@code "key":null} plus {@code keyHex}. Headers, when
 * the record has any, are {@code "headers":[{"key":...,"value":...}]} (or {@code valueHex}).
 *
 * <p>Not thread-safe (it holds a {@link UperCodec}): one per thread.
 */
final class RecordJson {
  /** Reason of a value that is not the protobuf message its topic carries. */
  static final String BAD_PROTOBUF = "BAD_PROTOBUF";

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();
  private static final JsonFormat.Printer ENVELOPE_PRINTER =
      JsonFormat.printer().omittingInsignificantWhitespace();
  private static final JsonFormat.Printer DEADLETTER_PRINTER =
      JsonFormat.printer().alwaysPrintFieldsWithNoPresence().omittingInsignificantWhitespace();

  private final UperCodec uper = new UperCodec();

  /** Whether a line had an error object in place of its value. */
  record Line(String json, boolean failed) {}

  /** The JSON line of one record (without the line break). */
  Line render(
      String topic,
      int partition,
      long offset,
      long timestampMs,
      byte[] key,
      byte[] value,
      Headers headers) {
    String valueJson = null;
    Failure failure = null;
    if (value != null) {
      try {
        valueJson = valueJson(topic, value);
      } catch (Failure f) {
        failure = f;
      } catch (RuntimeException e) {
        failure = new Failure(ErrorObject.INTERNAL, null, -1, String.valueOf(e));
      }
    }
    StringWriter text = new StringWriter(256 + (value == null ? 0 : value.length * 3));
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("topic", topic);
      json.writeNumberField("partition", partition);
      json.writeNumberField("offset", offset);
      json.writeNumberField("timestampMs", timestampMs);
      String keyText = key == null ? null : utf8(key);
      json.writeStringField("key", keyText);
      if (key != null && keyText == null) {
        json.writeStringField("keyHex", HEX.formatHex(key));
      }
      if (value == null) {
        json.writeNullField("value");
      } else if (failure != null) {
        json.writeObjectFieldStart("error");
        json.writeStringField("reason", failure.reason);
        if (failure.fieldPath != null) {
          json.writeStringField("fieldPath", failure.fieldPath);
        }
        if (failure.bitOffset >= 0) {
          json.writeNumberField("bitOffset", failure.bitOffset);
        }
        json.writeStringField("detail", failure.detail);
        json.writeEndObject();
        json.writeStringField("valueHex", HEX.formatHex(value));
      } else if (valueJson != null) {
        json.writeFieldName("value");
        json.writeRawValue(valueJson);
      } else {
        // Any other topic: not UTF-8, so hex.
        json.writeStringField("valueHex", HEX.formatHex(value));
      }
      if (headers != null) {
        Iterator<Header> all = headers.iterator();
        if (all.hasNext()) {
          json.writeArrayFieldStart("headers");
          while (all.hasNext()) {
            Header header = all.next();
            json.writeStartObject();
            json.writeStringField("key", header.key());
            byte[] headerValue = header.value();
            String headerText = headerValue == null ? null : utf8(headerValue);
            if (headerValue != null && headerText == null) {
              json.writeStringField("valueHex", HEX.formatHex(headerValue));
            } else {
              json.writeStringField("value", headerText);
            }
            json.writeEndObject();
          }
          json.writeEndArray();
        }
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Line(text.toString(), failure != null);
  }

  /**
   * The JSON of the value (a complete JSON value), or {@code null} when a value of another topic is
   * not UTF-8 text.
   */
  private String valueJson(String topic, byte[] value) throws Failure {
    if (PlatformTopics.ENVELOPE_TOPICS.contains(topic)) {
      return envelope(value);
    }
    if (topic.equals(PlatformTopics.DEADLETTER)) {
      return deadLetter(value);
    }
    if (topic.equals(PlatformTopics.DOWNLINK)) {
      return downlink(value);
    }
    if (topic.equals(PlatformTopics.HDMAP)) {
      return hdMapSnapshot(value);
    }
    String text = utf8(value);
    return text == null ? null : quote(text);
  }

  private static String envelope(byte[] value) throws Failure {
    try {
      return ENVELOPE_PRINTER.print(FrameProtos.V2xEnvelope.parseFrom(value));
    } catch (InvalidProtocolBufferException e) {
      throw new Failure(BAD_PROTOBUF, null, -1, "not a V2xEnvelope: " + e.getMessage());
    }
  }

  private static String hdMapSnapshot(byte[] value) throws Failure {
    try {
      return ENVELOPE_PRINTER.print(HdMapProtos.HdMapSnapshot.parseFrom(value));
    } catch (InvalidProtocolBufferException e) {
      throw new Failure(BAD_PROTOBUF, null, -1, "not an HdMapSnapshot: " + e.getMessage());
    }
  }

  private static String deadLetter(byte[] value) throws Failure {
    FrameProtos.DeadLetter letter;
    String printed;
    try {
      letter = FrameProtos.DeadLetter.parseFrom(value);
      printed = DEADLETTER_PRINTER.print(letter);
    } catch (InvalidProtocolBufferException e) {
      throw new Failure(BAD_PROTOBUF, null, -1, "not a DeadLetter: " + e.getMessage());
    }
    try {
      ObjectNode parsed = (ObjectNode) MAPPER.readTree(printed);
      ObjectNode withHex = MAPPER.createObjectNode();
      for (Map.Entry<String, JsonNode> field : parsed.properties()) {
        if (field.getKey().equals("raw")) {
          withHex.put("rawHex", HEX.formatHex(letter.getRaw().toByteArray()));
        } else {
          withHex.set(field.getKey(), field.getValue());
        }
      }
      if (!withHex.has("rawHex")) {
        withHex.put("rawHex", HEX.formatHex(letter.getRaw().toByteArray()));
      }
      return MAPPER.writeValueAsString(withHex);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String downlink(byte[] value) throws Failure {
    MessageFrame frame;
    try {
      frame = uper.decode(value);
    } catch (CodecException e) {
      throw new Failure(e.reason().name(), e.fieldPath(), e.bitOffset(), e.detail());
    }
    StringWriter text = new StringWriter(value.length * 8 + 64);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("hex", HEX.formatHex(value));
      json.writeFieldName("jer");
      json.writeRawValue(JerCodec.toJson(frame));
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** {@code bytes} as text when they are valid UTF-8, else {@code null}. */
  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String quote(String text) {
    StringWriter quoted = new StringWriter(text.length() + 16);
    try (JsonGenerator json = FACTORY.createGenerator(quoted)) {
      json.writeString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return quoted.toString();
  }

  /** Why a value could not be shown as its topic's payload. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final String reason;
    final String fieldPath;
    final long bitOffset;
    final String detail;

    Failure(String reason, String fieldPath, long bitOffset, String detail) {
      super(detail, null, false, false);
      this.reason = reason;
      this.fieldPath = fieldPath;
      this.bitOffset = bitOffset;
      this.detail = detail == null ? "" : detail;
    }
  }
}
