package org.openv2x.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.openv2x.codec.CodecException;

/**
 * The JSON object printed in place of a line that could not be converted:
 *
 * <pre>{"error":{"line":3,"reason":"TRUNCATED","fieldPath":"bsmFrame.pos.lat","bitOffset":96,
 * "detail":"..."}}</pre>
 *
 * {@code reason} is a {@link CodecException.Reason} name, {@code INTERNAL} for a failure of the
 * program itself, or {@code LIMIT_EXCEEDED} for an over-long line; {@code bitOffset} is present
 * only for UPER input.
 */
final class ErrorObject {
  /** Reason of a line whose conversion failed with an unexpected exception. */
  static final String INTERNAL = "INTERNAL";

  private static final JsonFactory FACTORY = new JsonFactory();

  private ErrorObject() {}

  static String of(long line, CodecException e, boolean pretty) {
    return of(line, e.reason().name(), e.fieldPath(), e.bitOffset(), e.detail(), pretty);
  }

  static String of(
      long line, String reason, String fieldPath, long bitOffset, String detail, boolean pretty) {
    StringWriter text = new StringWriter(160);
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      json.writeStartObject();
      json.writeObjectFieldStart("error");
      json.writeNumberField("line", line);
      json.writeStringField("reason", reason);
      json.writeStringField("fieldPath", fieldPath == null ? "" : fieldPath);
      if (bitOffset >= 0) {
        json.writeNumberField("bitOffset", bitOffset);
      }
      json.writeStringField("detail", detail == null ? "" : detail);
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
