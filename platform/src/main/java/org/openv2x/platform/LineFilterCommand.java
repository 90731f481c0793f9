package org.openv2x.platform;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The shared part of {@code codec decode} and {@code codec encode}: input and output selection, the
 * {@link LineProcessor} loop, the summary on stderr and the exit code.
 */
abstract class LineFilterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = {"-i", "--input"},
      order = 10,
      paramLabel = "FILE",
      description = "Read FILE instead of stdin ('-' is stdin).")
  Path input;

  @Option(
      names = {"-o", "--output"},
      order = 11,
      paramLabel = "FILE",
      description = "Write FILE (created or replaced) instead of stdout ('-' is stdout).")
  Path output;

  /** The conversion of one line; called once per run, so it may hold per-run state. */
  abstract LineProcessor.LineFunction function();

  /** Whether error objects are indented. */
  abstract boolean pretty();

  /** The past participle of the summary line: "decoded" or "encoded". */
  abstract String verb();

  @Override
  public final Integer call() {
    V2xCommand root = (V2xCommand) spec.root().userObject();
    PrintWriter err = spec.commandLine().getErr();
    String name = spec.qualifiedName();

    InputStream in;
    if (isStandard(input)) {
      in = root.stdin();
    } else {
      try {
        in = Files.newInputStream(input);
      } catch (IOException e) {
        err.println(name + ": cannot read --input " + input + ": " + describe(e));
        return V2xCommand.EXIT_USAGE;
      }
    }
    OutputStream out;
    if (isStandard(output)) {
      out = root.stdout();
    } else {
      try {
        out = Files.newOutputStream(output);
      } catch (IOException e) {
        closeQuietly(in, input);
        err.println(name + ": cannot write --output " + output + ": " + describe(e));
        return V2xCommand.EXIT_USAGE;
      }
    }

    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    try {
      LineProcessor.Counts counts =
          new LineProcessor(function(), pretty(), LineProcessor.MAX_LINE_CHARS).run(reader, writer);
      if (!isStandard(output)) {
        writer.close();
      }
      err.println(verb() + " " + counts.good() + ", failed " + counts.failed());
      return counts.failed() == 0 ? V2xCommand.EXIT_OK : V2xCommand.EXIT_BAD_INPUT;
    } catch (IOException e) {
      err.println(name + ": I/O error: " + describe(e));
      return V2xCommand.EXIT_IO;
    } finally {
      closeQuietly(in, input);
      if (!isStandard(output)) {
        closeQuietly(out, output);
      }
    }
  }

  private static boolean isStandard(Path path) {
    return path == null || path.toString().equals("-");
  }

  private static void closeQuietly(AutoCloseable stream, Path path) {
    if (isStandard(path)) {
      return;
    }
    try {
      stream.close();
    } catch (Exception e) {
      // Nothing left to report it to that matters: the run's outcome is already decided.
    }
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
