package org.openv2x.sim.rsu;

import org.openv2x.codec.MessageType;

/**
 * Counts the frames and forgets them: the sink of a simulation that sends nowhere (only its ground
 * truth or its statistics are wanted).
 */
public final class CountingFrameSink implements FrameSink {
  private final FrameCounters counters = new FrameCounters();

  @Override
  public void frame(Rsu rsu, MessageType type, byte[] uper, long epochMs) {
    counters.sent(type, uper.length);
  }

  @Override
  public void endOfStep(long epochMs) {}

  @Override
  public FrameStatistics statistics() {
    return counters.snapshot();
  }
}
