package org.openv2x.codec.session;

import java.util.function.LongConsumer;
import org.openv2x.codec.session.SessionFrame.Ack;
import org.openv2x.codec.session.SessionFrame.Downlink;
import org.openv2x.codec.session.SessionFrame.ErrorFrame;
import org.openv2x.codec.session.SessionFrame.HelloAck;

/**
 * Events of an {@link RsuSessionClient}. Every method has an empty default. They run on the
 * client's reader thread (except the first {@link #onConnected}, which runs in {@code connect}):
 * they must return quickly and must not call {@code send}, which could wait for an {@code ACK} that
 * this thread would then never read. An exception thrown here is logged and ignored.
 */
public interface SessionListener {
  /** A listener that ignores everything. */
  SessionListener NONE = new SessionListener() {};

  /**
   * A session was established: {@code HELLO} sent, {@code HELLO_ACK} received and, on a reconnect,
   * every unacknowledged {@code DATA} frame resent.
   */
  default void onConnected(HelloAck gatewayInfo, boolean reconnected) {}

  /**
   * The connection was lost (or dropped on {@code reconnect()}); the client reconnects. This one
   * may also run on the thread that called {@code send} or {@code reconnect}, whichever noticed.
   */
  default void onConnectionLost(Exception cause) {}

  /** An {@code ACK} arrived for a waiting {@code DATA} frame. */
  default void onAck(Ack ack) {}

  /**
   * A {@code DATA} frame was acknowledged, {@code ackLatencyUs} microseconds after {@code send} put
   * it in the window (a resent frame counts from its first {@code send}).
   */
  default void onFrameAcked(long sequence, long ackLatencyUs) {}

  /** A {@code DOWNLINK} frame arrived. */
  default void onDownlink(Downlink downlink) {}

  /** An {@code ERROR} frame arrived; if it is {@code closing}, the connection is dropped next. */
  default void onError(ErrorFrame error) {}

  /**
   * A listener that passes each frame's ack latency in microseconds to {@code ackLatencyUs}, for
   * example {@code histogram::recordValue} of an HdrHistogram.
   */
  static SessionListener ackLatencyUs(LongConsumer ackLatencyUs) {
    return new SessionListener() {
      @Override
      public void onFrameAcked(long sequence, long latencyUs) {
        ackLatencyUs.accept(latencyUs);
      }
    };
  }
}
