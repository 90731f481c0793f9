package org.openv2x.sim.blast;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The blast's per-frame send-path work without the socket: copying pre-built {@code DATA} frames
 * into a direct send buffer and patching their sequences (and, with unique BSM ids, each BSM's id).
 * One operation is one frame of {@code batchMessages} messages; ns/op divided by the batch is the
 * cost per message. {@link #copyAndPatchSequenceAndCountIds} adds the per-frame id accounting every
 * blast does (features off): BSM counter, BSMs and malformed BSMs per frame, as the I/O thread does
 * it. {@link #copyPatchBsmIdsAndLogSendTimes} adds what {@code recordSendTimes} costs: one log
 * entry per frame (16 bytes, so {@code gc.alloc.rate.norm} shows the log growing) and one clock
 * reading per fill.
 *
 * <pre>
 * java -cp ... org.openjdk.jmh.Main BlastSendPathBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BlastSendPathBenchmark {
  private static final int FRAMES_PER_FILL = 12;

  @Param({"50"})
  public int batchMessages;

  private BlastBatches batches;
  private ByteBuffer view;
  private ByteBuffer out;
  private int nextBatch;
  private long sequence;
  private long bsmCounter = 1;
  private long[] ringFirstBsmCounter = new long[FRAMES_PER_FILL];
  private long malformedSent;
  private long bsmsSent;
  private BlastSendLog sendLog;
  private BlastControl clock;

  @Setup
  public void setUp() {
    batches = BlastBatches.build(TestCorpus.realisticMix(10_000, 42), batchMessages);
    view = batches.view();
    out = ByteBuffer.allocateDirect(FRAMES_PER_FILL * batches.maxFrameBytes());
    clock = new BlastControl(System.nanoTime(), System.currentTimeMillis() * 1_000, 0);
  }

  /** A new log per iteration, so that the logs of the whole run are not all held at once. */
  @Setup(Level.Iteration)
  public void newSendLog() {
    sendLog = new BlastSendLog();
  }

  /** Fills the send buffer with {@value #FRAMES_PER_FILL} frames, as a send pass does. */
  @Benchmark
  @OperationsPerInvocation(FRAMES_PER_FILL)
  public int copyAndPatchSequence() {
    out.clear();
    for (int i = 0; i < FRAMES_PER_FILL; i++) {
      batches.copyFrame(view, nextBatch, ++sequence, out);
      nextBatch = nextBatch + 1 == batches.batchCount() ? 0 : nextBatch + 1;
    }
    return out.position();
  }

  /** The same, with the id accounting of the I/O thread's new-frame path. */
  @Benchmark
  @OperationsPerInvocation(FRAMES_PER_FILL)
  public int copyAndPatchSequenceAndCountIds() {
    out.clear();
    for (int i = 0; i < FRAMES_PER_FILL; i++) {
      long firstBsmCounter = bsmCounter;
      ringFirstBsmCounter[i] = firstBsmCounter;
      int bsms = batches.bsmCount(nextBatch);
      bsmCounter = firstBsmCounter + bsms;
      int malformed = batches.malformedCount(nextBatch);
      malformedSent += malformed;
      batches.copyFrame(view, nextBatch, ++sequence, out);
      bsmsSent += bsms;
      nextBatch = nextBatch + 1 == batches.batchCount() ? 0 : nextBatch + 1;
    }
    return out.position();
  }

  /** The same as {@link #copyAndPatchSequence}, with every BSM given a unique id. */
  @Benchmark
  @OperationsPerInvocation(FRAMES_PER_FILL)
  public int copyAndPatchSequenceAndBsmIds() {
    out.clear();
    for (int i = 0; i < FRAMES_PER_FILL; i++) {
      int start = batches.copyFrame(view, nextBatch, ++sequence, out);
      batches.patchBsmIds(out, start, nextBatch, BsmIds.vehicleId(7, bsmCounter));
      bsmCounter += batches.bsmCount(nextBatch);
      nextBatch = nextBatch + 1 == batches.batchCount() ? 0 : nextBatch + 1;
    }
    return out.position();
  }

  /** With unique ids, and each new frame logged with its first BSM counter and write time. */
  @Benchmark
  @OperationsPerInvocation(FRAMES_PER_FILL)
  public int copyPatchBsmIdsAndLogSendTimes() {
    out.clear();
    for (int i = 0; i < FRAMES_PER_FILL; i++) {
      int start = batches.copyFrame(view, nextBatch, ++sequence, out);
      batches.patchBsmIds(out, start, nextBatch, BsmIds.vehicleId(7, bsmCounter));
      sendLog.add(bsmCounter);
      bsmCounter += batches.bsmCount(nextBatch);
      nextBatch = nextBatch + 1 == batches.batchCount() ? 0 : nextBatch + 1;
    }
    sendLog.stampPending(clock.epochMicros(System.nanoTime()));
    return out.position();
  }
}
