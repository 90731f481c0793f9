package org.openv2x.sim.rsu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openv2x.codec.MessageType;

/**
 * Keeps every frame in memory, in the order the RSUs sent them: for tests, and for building a
 * corpus of realistic frames from a short simulation. Not thread-safe.
 */
public final class CollectingFrameSink implements FrameSink {
  /** One frame an RSU sent. */
  public record CollectedFrame(Rsu rsu, MessageType type, byte[] uper, long epochMs) {}

  private final List<CollectedFrame> frames = new ArrayList<>();
  private final FrameCounters counters = new FrameCounters();
  private long steps;

  @Override
  public void frame(Rsu rsu, MessageType type, byte[] uper, long epochMs) {
    frames.add(new CollectedFrame(rsu, type, uper, epochMs));
    counters.sent(type, uper.length);
  }

  @Override
  public void endOfStep(long epochMs) {
    steps++;
  }

  /** Every frame so far, oldest first. */
  public List<CollectedFrame> frames() {
    return Collections.unmodifiableList(frames);
  }

  /** The frames of one type, oldest first. */
  public List<CollectedFrame> frames(MessageType type) {
    return frames.stream().filter(frame -> frame.type() == type).toList();
  }

  /** Steps completed ({@link #endOfStep} calls). */
  public long steps() {
    return steps;
  }

  /** Forgets the frames kept so far (the counters go on). */
  public void clear() {
    frames.clear();
  }

  @Override
  public FrameStatistics statistics() {
    return counters.snapshot();
  }
}
