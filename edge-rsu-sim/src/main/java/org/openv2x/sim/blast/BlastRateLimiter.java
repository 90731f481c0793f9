package org.openv2x.sim.blast;

/**
 * The shared send schedule of a rate-limited blast: a token bucket of messages, refilled from
 * {@link System#nanoTime} along the target rate (growing linearly from 0 during the ramp), granted
 * in whole {@code DATA} frames.
 *
 * <p>By time {@code t} after the start the schedule allows {@code allowed(t)} messages ({@code rate
 * × t} without a ramp). The limiter grants a frame when the messages granted so far plus the frame
 * are at most {@code allowed(t)}, so the messages granted never exceed the schedule. Credit that a
 * stall leaves unused is kept up to {@code burstMessages} (the bucket's size): after a stall
 * sending catches up by at most one burst, then keeps to the rate.
 *
 * <p>Thread-safe (the I/O threads share one); a grant is a few arithmetic operations under a lock,
 * taken once per frame.
 */
final class BlastRateLimiter {
  private final long startNanos;
  private final double messagesPerNano;
  private final double rampNanos;
  private final double burstMessages;
  private final int frameMessages;

  /** Messages granted, plus credit dropped because the bucket was full. */
  private double consumedMessages;

  private long grantedFrames;

  /**
   * @param startNanos the schedule's start ({@link System#nanoTime})
   * @param ratePerSecond the target rate in messages per second (more than zero)
   * @param rampNanos the ramp from 0 to the rate, 0 for none
   * @param burstMessages the bucket's size in messages (raised to one frame if smaller)
   * @param frameMessages the messages of one frame
   */
  BlastRateLimiter(
      long startNanos,
      long ratePerSecond,
      long rampNanos,
      double burstMessages,
      int frameMessages) {
    if (ratePerSecond <= 0 || rampNanos < 0 || frameMessages < 1) {
      throw new IllegalArgumentException(
          "rate " + ratePerSecond + ", ramp " + rampNanos + " ns, frame " + frameMessages);
    }
    this.startNanos = startNanos;
    this.messagesPerNano = ratePerSecond / 1e9;
    this.rampNanos = rampNanos;
    this.burstMessages = Math.max(burstMessages, frameMessages);
    this.frameMessages = frameMessages;
  }

  /** The messages the schedule allows from the start until {@code elapsedNanos} after it. */
  double allowedMessages(long elapsedNanos) {
    if (elapsedNanos <= 0) {
      return 0;
    }
    double t = elapsedNanos;
    if (t < rampNanos) {
      return messagesPerNano * t * t / (2 * rampNanos);
    }
    return messagesPerNano * (t - rampNanos / 2);
  }

  /** The bucket's size in messages. */
  double burstMessages() {
    return burstMessages;
  }

  /** The bucket's size in whole frames (at least one). */
  int burstFrames() {
    return (int) Math.max(1, Math.floor(burstMessages / frameMessages));
  }

  /** Grants one frame if the schedule allows it at {@code nowNanos}. */
  synchronized boolean tryAcquireFrame(long nowNanos) {
    double allowed = allowedMessages(nowNanos - startNanos);
    if (consumedMessages < allowed - burstMessages) {
      consumedMessages = allowed - burstMessages;
    }
    if (consumedMessages + frameMessages <= allowed) {
      consumedMessages += frameMessages;
      grantedFrames++;
      return true;
    }
    return false;
  }

  /** How long after {@code nowNanos} the next frame will be allowed (0: now). */
  long nanosUntilFrame(long nowNanos) {
    return nanosUntilFrames(nowNanos, 1);
  }

  /**
   * How long after {@code nowNanos} {@code frames} frames will be allowed at once (0: now); never
   * longer than until the bucket is full.
   */
  synchronized long nanosUntilFrames(long nowNanos, int frames) {
    double wanted = Math.min((double) frames * frameMessages, burstMessages);
    double needed =
        Math.max(consumedMessages, allowedMessages(nowNanos - startNanos) - burstMessages) + wanted;
    double atNanos;
    double rampMessages = messagesPerNano * rampNanos / 2;
    if (needed < rampMessages) {
      atNanos = Math.sqrt(2 * rampNanos * needed / messagesPerNano);
    } else {
      atNanos = (needed - rampMessages) / messagesPerNano + rampNanos;
    }
    return Math.max(0, (long) Math.ceil(atNanos) - (nowNanos - startNanos));
  }

  /** Frames granted so far. */
  synchronized long grantedFrames() {
    return grantedFrames;
  }
}
