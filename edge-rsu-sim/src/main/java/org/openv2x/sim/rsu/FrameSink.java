package org.openv2x.sim.rsu;

import java.io.IOException;
import java.util.List;
import org.openv2x.codec.MessageType;

/**
 * Where the RSUs' frames go: a transport to the gateway, or a collector. The {@link RsuFleet} calls
 * {@link #frame} for every MessageFrame an RSU sends during a step, then {@link #endOfStep} once,
 * so a transport can batch one step's frames per RSU. Both run on the simulation thread.
 */
public interface FrameSink extends AutoCloseable {
  /**
   * Opens a sink for the fleet's RSUs once they exist (a transport needs them: one connection or
   * socket per RSU).
   */
  @FunctionalInterface
  interface Factory {
    FrameSink open(List<Rsu> rsus) throws IOException;
  }

  /**
   * One UPER MessageFrame that {@code rsu} sends now. The array is never modified afterwards (a BSM
   * heard by several RSUs is the same array for each): a sink may keep it without copying.
   */
  void frame(Rsu rsu, MessageType type, byte[] uper, long epochMs);

  /** The step at {@code epochMs} is complete: every frame of it has been passed. */
  void endOfStep(long epochMs);

  /** What this sink has sent, acknowledged and received. */
  FrameStatistics statistics();

  /** Releases sockets and threads; frames not yet delivered may be lost. */
  @Override
  default void close() {}
}
