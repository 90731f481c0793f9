package org.openv2x.gateway.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * A flat profile from a JFR recording's {@code jdk.ExecutionSample} events: {@code <file.jfr>
 * <out.txt> [top]}. Counts samples by thread, by leaf method (self time) and by every method on the
 * stack (inclusive, once per sample), by thread and stage of the gateway ({@link #STAGES}), and by
 * the package of the leaf method (its first three names: {@code com.google.protobuf}, {@code
 * org.openv2x.codec}, ...).
 */
public final class JfrTopFrames {
  /**
   * Stages of the gateway, by a method on the sample's stack (the first that matches, in this
   * order), for the {@code by gateway stage} section.
   */
  static final String[][] STAGES = {
    {"org.openv2x.gateway.journal.Journal.append", "journal append (Chronicle Queue)"},
    {"org.openv2x.codec.UperCodec.decode", "UPER decode"},
    {"com.google.protobuf.AbstractMessageLite.toByteArray", "protobuf serialization"},
    {"org.openv2x.codec.ProtoCodec.toProto", "model -> protobuf"},
    {"org.openv2x.gateway.ingest.BsmMsgCntTracker.record", "BSM msgCnt tracker"},
    {"org.openv2x.gateway.journal.JournalBatch.add", "journal batch add"},
    {"org.openv2x.gateway.journal.JournalDrainer$SendCallback.onCompletion", "Kafka ack callbacks"},
    {"org.openv2x.gateway.ingest.Ingestor.ingest", "ingest, other"},
    {"org.openv2x.gateway.tcp.SessionHandler.channelRead", "session handler, other"},
  };

  private JfrTopFrames() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    Map<String, Integer> byThread = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> leafPackage = new HashMap<>();
    Map<String, Integer> stages = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
        continue;
      }
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || stack.getFrames().isEmpty()) {
        continue;
      }
      samples++;
      RecordedThread thread = event.getThread("sampledThread");
      byThread.merge(thread == null ? "?" : threadGroupName(thread.getJavaName()), 1, Integer::sum);
      List<RecordedFrame> frames = stack.getFrames();
      self.merge(method(frames.get(0)), 1, Integer::sum);
      leafPackage.merge(packageOf(frames.get(0)), 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String method = method(frame);
        if (seen.add(method)) {
          inclusive.merge(method, 1, Integer::sum);
        }
      }
      String stage = "other";
      for (String[] candidate : STAGES) {
        if (seen.contains(candidate[0])) {
          stage = candidate[1];
          break;
        }
      }
      String threadName = thread == null ? "?" : threadGroupName(thread.getJavaName());
      stages.merge(threadName + ": " + stage, 1, Integer::sum);
    }
    try (PrintStream out =
        new PrintStream(args.length > 1 ? args[1] : "/dev/stdout", StandardCharsets.UTF_8)) {
      out.printf("%d execution samples in %s%n", samples, file.getFileName());
      print(out, "by thread", byThread, samples, top);
      print(out, "by thread and gateway stage", stages, samples, top);
      print(out, "leaf package", leafPackage, samples, top);
      print(out, "self (leaf frame)", self, samples, top);
      print(out, "inclusive (anywhere on the stack)", inclusive, samples, top * 2);
    }
  }

  /** Netty's {@code gateway-io-3-1} and {@code gateway-io-3-2} count as {@code gateway-io}. */
  static String threadGroupName(String name) {
    if (name == null) {
      return "?";
    }
    if (name.startsWith("kafka-producer-network-thread")) {
      return "kafka-producer-network-thread";
    }
    return name.replaceAll("-\\d+-\\d+$", "").replaceAll("#\\d+$", "");
  }

  private static String packageOf(RecordedFrame frame) {
    String type = frame.getMethod().getType().getName();
    String[] names = type.split("\\.");
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < Math.min(3, names.length - 1); i++) {
      name.append(i == 0 ? "" : ".").append(names[i]);
    }
    return name.length() == 0 ? "(default)" : name.toString();
  }

  private static String method(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static void print(
      PrintStream out, String title, Map<String, Integer> counts, int samples, int top) {
    out.printf("%n-- %s --%n", title);
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    for (int i = 0; i < Math.min(top, entries.size()); i++) {
      Map.Entry<String, Integer> entry = entries.get(i);
      out.printf(
          "%6.1f%%  %6d  %s%n",
          100.0 * entry.getValue() / samples, entry.getValue(), entry.getKey());
    }
  }
}
