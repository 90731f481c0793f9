package org.openv2x.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.jer.JerObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code v2x codec decode}: UPER hex lines in, JSON lines out. */
@Command(
    name = "decode",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Decodes UPER hex, one MessageFrame per line, to one JSON object per line.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Input: each line is the UPER encoding (ITU-T X.691, unaligned) of one T/CSAE 53-2020"
          + " MessageFrame as hex digits, upper or lower case, with no separators. Surrounding"
          + " whitespace is trimmed; blank lines and lines starting with # are skipped. The whole"
          + " line must be exactly one MessageFrame: trailing bytes or non-zero padding bits are"
          + " errors.",
      "",
      "Output (--format):",
      "  jer    ASN.1 JSON encoding rules (ITU-T X.697), the default: the standard's",
      "         member names and raw values, e.g. {\"bsmFrame\":{\"msgCnt\":0,...}}",
      "  proto  the protobuf JSON form of v2x.v1.MessageFrame, the schema of the",
      "         Kafka topics",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Errors: a line that cannot be decoded prints, in place of its result, an error object such"
          + " as",
      "  {\"error\":{\"line\":3,\"reason\":\"TRUNCATED\",\"fieldPath\":\"bsmFrame.pos.lat\",",
      "    \"bitOffset\":96,\"detail\":\"...\"}}",
      "and decoding goes on with the next line. line counts every input line from 1, skipped ones"
          + " too. reason is one of BAD_HEX, TRUNCATED, TRAILING_DATA, NONZERO_PADDING,"
          + " VALUE_OUT_OF_RANGE, SIZE_OUT_OF_RANGE, UNKNOWN_CHOICE_INDEX, UNKNOWN_EXTENSION,"
          + " INVALID_CHARACTER, LIMIT_EXCEEDED, or INTERNAL (a fault of this program, never of"
          + " the input alone). fieldPath is the field being read (\"\" for the whole message),"
          + " bitOffset the bit of the input where it starts (absent when not known). The summary"
          + " 'decoded N, failed M' goes to stderr at the end.",
      "",
      "Exit codes:",
      "  0  every line was decoded",
      "  1  at least one line gave an error object",
      "  2  usage error: unknown option, bad option value, unreadable --input",
      "  3  I/O error while reading input or writing output",
      "",
      "Example:",
      "  cut -f4 message-codecs/src/test/resources/vectors/index.tsv | tail -n +2 \\",
      "    | v2x codec decode --format proto",
    })
final class DecodeCommand extends LineFilterCommand {
  private static final JsonFactory JSON = new JsonFactory();

  @Option(
      names = {"-f", "--format"},
      order = 1,
      paramLabel = "jer|proto",
      defaultValue = "jer",
      description = "JSON form to print (default: ${DEFAULT-VALUE}).")
  JsonFormat format;

  @Option(
      names = "--pretty",
      order = 2,
      description =
          "Indent the JSON; a result or error object then spans several lines, so the output is"
              + " no longer one object per line.")
  boolean pretty;

  @Override
  LineProcessor.LineFunction function() {
    UperCodec codec = new UperCodec();
    JsonFormat form = format;
    boolean indent = pretty;
    return line -> {
      MessageFrame frame = codec.decode(JerObject.parseHex(line, ""));
      String json = form == JsonFormat.PROTO ? ProtoCodec.toJson(frame) : JerCodec.toJson(frame);
      return indent ? indent(json) : json;
    };
  }

  @Override
  boolean pretty() {
    return pretty;
  }

  @Override
  String verb() {
    return "decoded";
  }

  /** {@code json} indented, every number kept exactly as written. */
  static String indent(String json) {
    StringWriter text = new StringWriter(json.length() * 2);
    try (JsonParser parser = JSON.createParser(json);
        JsonGenerator generator = JSON.createGenerator(text)) {
      generator.useDefaultPrettyPrinter();
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          generator.writeNumber(parser.getText());
        } else {
          generator.copyCurrentEvent(parser);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }
}
