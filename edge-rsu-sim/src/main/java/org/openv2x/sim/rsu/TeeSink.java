package org.openv2x.sim.rsu;

import java.util.List;
import org.openv2x.codec.MessageType;

/**
 * Passes every frame to several sinks in turn (a transport and a collector, say); statistics are
 * the first sink's; closing closes them all.
 */
public final class TeeSink implements FrameSink {
  private final List<FrameSink> sinks;

  public TeeSink(FrameSink... sinks) {
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

  @Override
  public void close() {
    RuntimeException failure = null;
    for (FrameSink sink : sinks) {
      try {
        sink.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("closing a sink failed: " + e.getMessage(), e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
