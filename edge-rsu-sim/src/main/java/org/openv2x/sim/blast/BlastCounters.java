package org.openv2x.sim.blast;

/**
 * The counters of one I/O thread. Only that thread writes them, as plain fields; it calls {@link
 * #publish()} once per loop, and another thread's {@link #snapshot()} sees at least the values of
 * the last publish. After the thread has ended (and been joined) the snapshot is exact.
 */
final class BlastCounters {
  long messagesSent;
  long framesSent;
  long framesResent;
  long messagesAcked;
  long messagesAccepted;
  long messagesRejected;
  long bsmsSent;
  long bsmsAcked;
  long messagesMalformedSent;
  long messagesMalformedAcked;
  long framesAcked;
  long unexpectedAcks;
  long errorFrames;
  long heartbeatsSent;
  long heartbeatsReceived;
  long downlinksReceived;
  long malformedFrames;
  long unexpectedFrames;
  long connectFailures;
  long connectionsLost;
  long reconnects;
  long bytesSent;
  long connectionsUp;
  long unackedFrames;

  private volatile long publications;

  /** Makes the values so far visible to {@link #snapshot()} in other threads. */
  void publish() {
    publications = publications + 1;
  }

  private long readPublications() {
    return publications;
  }

  BlastCounts snapshot() {
    readPublications(); // the volatile read pairs with publish()'s write
    return new BlastCounts(
        messagesSent,
        framesSent,
        framesResent,
        messagesAcked,
        messagesAccepted,
        messagesRejected,
        bsmsSent,
        bsmsAcked,
        messagesMalformedSent,
        messagesMalformedAcked,
        framesAcked,
        unexpectedAcks,
        errorFrames,
        heartbeatsSent,
        heartbeatsReceived,
        downlinksReceived,
        malformedFrames,
        unexpectedFrames,
        connectFailures,
        connectionsLost,
        reconnects,
        bytesSent,
        connectionsUp,
        unackedFrames);
  }
}
