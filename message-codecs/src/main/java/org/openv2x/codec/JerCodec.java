package org.openv2x.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.openv2x.codec.CodecException.Reason;
import org.openv2x.codec.bsm.BasicSafetyMessage;
import org.openv2x.codec.bsm.BsmJer;
import org.openv2x.codec.jer.JerObject;
import org.openv2x.codec.jer.JerWriter;
import org.openv2x.codec.map.MapData;
import org.openv2x.codec.map.MapJer;
import org.openv2x.codec.rsi.RoadSideInformation;
import org.openv2x.codec.rsi.RsiJer;
import org.openv2x.codec.rsm.RoadsideSafetyMessage;
import org.openv2x.codec.rsm.RsmJer;
import org.openv2x.codec.spat.Spat;
import org.openv2x.codec.spat.SpatJer;

/**
 * The ASN.1 JSON Encoding Rules (ITU-T X.697) form of a {@code MessageFrame}: the standard's own
 * member names and raw values, so any ASN.1 tool can compare with it. Thread-safe.
 */
public final class JerCodec {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private JerCodec() {}

  /** One line of JER text for {@code frame}. */
  public static String toJson(MessageFrame frame) {
    StringWriter text = new StringWriter(512);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      JerWriter jer = new JerWriter(json);
      jer.startObject();
      String field = frame.type().frameName();
      switch (frame.type()) {
        case BSM -> BsmJer.writeBasicSafetyMessage(jer, field, (BasicSafetyMessage) frame);
        case MAP -> MapJer.writeMapData(jer, field, (MapData) frame);
        case RSM -> RsmJer.writeRoadsideSafetyMessage(jer, field, (RoadsideSafetyMessage) frame);
        case SPAT -> SpatJer.writeSpat(jer, field, (Spat) frame);
        case RSI -> RsiJer.writeRoadSideInformation(jer, field, (RoadSideInformation) frame);
      }
      jer.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** Parses JER text of one MessageFrame; every refusal is a {@link CodecException}. */
  public static MessageFrame fromJson(String text) {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new CodecException(Reason.BAD_JSON, "", e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw new CodecException(Reason.BAD_JSON, "", "no JSON value");
    }
    return fromJson(root);
  }

  /** Reads a MessageFrame from a parsed JER document. */
  public static MessageFrame fromJson(JsonNode root) {
    JerObject frame = JerObject.of(root, "");
    String name = frame.choiceName();
    for (MessageType type : MessageType.values()) {
      if (type.frameName().equals(name)) {
        JerObject body = frame.object(name);
        return switch (type) {
          case BSM -> BsmJer.readBasicSafetyMessage(body);
          case MAP -> MapJer.readMapData(body);
          case RSM -> RsmJer.readRoadsideSafetyMessage(body);
          case SPAT -> SpatJer.readSpat(body);
          case RSI -> RsiJer.readRoadSideInformation(body);
        };
      }
    }
    throw frame.unknownAlternative(name);
  }
}
