package org.openv2x.platform;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code v2x}: the one launcher of the platform. Every component is a sub-command.
 *
 * <p>The standard streams are injected, so the whole command line runs in-process in tests: {@link
 * #commandLine(InputStream, OutputStream, OutputStream)} builds it, {@link #main(String[])} wires
 * it to the process's streams. Data goes to the injected stdout; help goes to stdout too (picocli's
 * {@code getOut()}), everything else (errors, summaries, logs) to stderr.
 */
@Command(
    name = "v2x",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    headerHeading = "",
    header = "V2X platform launcher (T/CSAE 53-2020 messages: BSM, MAP, SPAT, RSI, RSM).",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Runs the platform on one machine (v2x up) and its tools. Every component is also a"
          + " sub-command of its own (v2x kafka, ...), which is what up starts, each in its own"
          + " JVM.",
    },
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:some input was refused (codec, topics tail), or a component did not start (kafka, up);"
          + " see each command's --help",
      "2:usage error: unknown option or command, bad option value",
      "3:I/O error: reading input or writing output failed, Kafka unreachable",
    },
    footerHeading = "%n",
    footer = {
      "Examples:",
      "  v2x up",
      "  v2x sim --gateway tcp://127.0.0.1:7400 --grid 3x3 --vehicles 500 --duration 10m",
      "  v2x sim blast --gateway tcp://127.0.0.1:7400 --rate 1000000 --connections 200",
      "  v2x loadtest --scenario steady --rate 200k --duration 60s --report target/lt",
      "  v2x map serve --kafka 127.0.0.1:9092 --data data/hd-map --port 8090",
      "  v2x map import hd-map-service/examples/one-intersection.geojson",
      "  v2x topics list",
      "  v2x topics tail v2x.bsm --max 10",
      "  v2x codec decode < frames.hex > frames.jer.jsonl",
      "  v2x codec decode --format proto --input frames.hex",
      "  v2x codec encode < frames.jer.jsonl",
      "Run 'v2x COMMAND --help' for the details of a command.",
    },
    subcommands = {
      HelpCommand.class,
      UpCommand.class,
      KafkaCommand.class,
      GatewayCommand.class,
      SimCommand.class,
      LoadTestCommand.class,
      MapCommand.class,
      TopicsCommand.class,
      CodecCommand.class
    })
public final class V2xCommand implements Callable<Integer> {
  /** Every line was converted, or the command succeeded. */
  public static final int EXIT_OK = 0;

  /** Some input was refused; the rest was processed. */
  public static final int EXIT_BAD_INPUT = 1;

  /** A component did not start ({@code kafka}, {@code up}); the same code as a refused input. */
  public static final int EXIT_NOT_STARTED = 1;

  /** Usage error: picocli's own code for a {@link ParameterException}. */
  public static final int EXIT_USAGE = CommandLine.ExitCode.USAGE;

  /** Reading the input or writing the output failed, or Kafka did not answer. */
  public static final int EXIT_IO = 3;

  private final InputStream stdin;
  private final OutputStream stdout;

  @Spec CommandSpec spec;

  /** A root command that reads {@code stdin} and writes data to {@code stdout}. */
  public V2xCommand(InputStream stdin, OutputStream stdout) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.stdout = Objects.requireNonNull(stdout, "stdout");
  }

  /** The process's standard input. */
  InputStream stdin() {
    return stdin;
  }

  /** The process's standard output, for data. */
  OutputStream stdout() {
    return stdout;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command");
  }

  /** The whole command line, reading {@code in} and writing to {@code out} and {@code err}. */
  public static CommandLine commandLine(InputStream in, OutputStream out, OutputStream err) {
    CommandLine commandLine = new CommandLine(new V2xCommand(in, out));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    return commandLine;
  }

  /** Runs {@code args} and returns the exit code. */
  public static int run(InputStream in, OutputStream out, OutputStream err, String... args) {
    return commandLine(in, out, err).execute(args);
  }

  public static void main(String[] args) {
    SupervisorWatch.startIfSupervised();
    // A FileOutputStream, not System.out: a PrintStream swallows write errors (a closed pipe).
    int code = run(System.in, new FileOutputStream(FileDescriptor.out), System.err, args);
    System.exit(code);
  }
}
