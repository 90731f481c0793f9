package org.openv2x.sim.rsu;

import java.util.List;
import org.openv2x.codec.MessageType;

/** Passes every frame to several sinks in turn; statistics are the first sink's. */
final class TeeSink implements FrameSink {
  private final List<FrameSink> sinks;

  TeeSink(FrameSink... sinks) {
    this.sinks = List.of(sinks);
  }

  @Override
  public void frame(Rsu rsu, MessageType type, byte[] uper, long epochMs) {
    for (FrameSink sink : sinks) {
      sink.frame(rsu, type, uper, epochMs);
    }
  }

  @Override
  public void endOfStep(long epochMs) {
    for (FrameSink sink : sinks) {
      sink.endOfStep(epochMs);
    }
  }

  @Override
  public FrameStatistics statistics() {
    return sinks.get(0).statistics();
  }
}
