package org.openv2x.platform;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code v2x topics}: look at the platform's Kafka topics. */
@Command(
    name = "topics",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    header = "Lists Kafka topics and prints their records as JSON lines.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "list prints the topics with their partition counts; tail prints the records of one topic,"
          + " one JSON object per line, decoding the platform's payloads (V2xEnvelope, DeadLetter,"
          + " downlink MessageFrames).",
    },
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    subcommands = {TopicsListCommand.class, TopicsTailCommand.class})
public final class TopicsCommand implements Callable<Integer> {
  /** The Kafka of {@code v2x up}. */
  static final String DEFAULT_KAFKA = "127.0.0.1:9092";

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: list or tail");
  }
}
