package org.openv2x.platform;

import java.util.HexFormat;
import org.openv2x.codec.JerCodec;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.UperCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code v2x codec encode}: JSON lines in, UPER hex lines out. */
@Command(
    name = "encode",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    header = "Encodes JSON, one MessageFrame per line, to UPER hex, one per line.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Input (--format): each line is one whole JSON object, as 'v2x codec decode' prints it"
          + " without --pretty. Surrounding whitespace is trimmed; blank lines and lines starting"
          + " with # are skipped.",
      "  jer    ASN.1 JSON encoding rules (ITU-T X.697), the default,",
      "         e.g. {\"bsmFrame\":{\"msgCnt\":0,...}}",
      "  proto  the protobuf JSON form of v2x.v1.MessageFrame",
      "",
      "Output: the UPER encoding (ITU-T X.691, unaligned) of each MessageFrame as lower-case hex,"
          + " one line each.",
    },
    optionListHeading = "%nOptions:%n",
    footerHeading = "%n",
    footer = {
      "Errors: a line that cannot be encoded prints, in place of its hex, an error object such as",
      "  {\"error\":{\"line\":2,\"reason\":\"VALUE_OUT_OF_RANGE\",",
      "    \"fieldPath\":\"bsmFrame.speed\",\"detail\":\"...\"}}",
      "and encoding goes on with the next line. line counts every input line from 1, skipped ones"
          + " too. reason is one of BAD_JSON, MISSING_FIELD, UNKNOWN_FIELD, WRONG_TYPE,"
          + " UNKNOWN_NAME, VALUE_OUT_OF_RANGE, SIZE_OUT_OF_RANGE, BAD_HEX, INVALID_CHARACTER,"
          + " NONZERO_PADDING, LIMIT_EXCEEDED, or INTERNAL (a fault of this program). fieldPath is"
          + " the JSON member at fault (\"\" for the whole line). The summary 'encoded N, failed"
          + " M' goes to stderr at the end.",
      "",
      "Exit codes:",
      "  0  every line was encoded",
      "  1  at least one line gave an error object",
      "  2  usage error: unknown option, bad option value, unreadable --input",
      "  3  I/O error while reading input or writing output",
      "",
      "Example (a round trip):",
      "  v2x codec decode < frames.hex | v2x codec encode | diff - frames.hex",
    })
final class EncodeCommand extends LineFilterCommand {
  private static final HexFormat HEX = HexFormat.of();

  @Option(
      names = {"-f", "--format"},
      order = 1,
      paramLabel = "jer|proto",
      defaultValue = "jer",
      description = "JSON form of the input (default: ${DEFAULT-VALUE}).")
  JsonFormat format;

  @Override
  LineProcessor.LineFunction function() {
    UperCodec codec = new UperCodec();
    JsonFormat form = format;
    return line -> {
      MessageFrame frame =
          form == JsonFormat.PROTO ? ProtoCodec.fromJson(line) : JerCodec.fromJson(line);
      return HEX.formatHex(codec.encode(frame));
    };
  }

  @Override
  boolean pretty() {
    return false;
  }

  @Override
  String verb() {
    return "encoded";
  }
}
