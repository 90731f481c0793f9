package org.openv2x.platform;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code v2x codec}: the message codec as a line-oriented filter. */
@Command(
    name = "codec",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Converts MessageFrames between UPER hex and JSON, one message per line.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "decode reads UPER hex and prints JSON (JER or protobuf JSON); encode does the reverse."
          + " Both are filters: stdin to stdout by default, one message per line, and a line that"
          + " cannot be converted gives a JSON error object in its place while the rest goes on.",
    },
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    subcommands = {DecodeCommand.class, EncodeCommand.class})
public final class CodecCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: decode or encode");
  }
}
