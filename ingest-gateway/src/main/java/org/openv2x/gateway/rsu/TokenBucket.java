package org.openv2x.gateway.rsu;

/**
 * A message-rate limit: {@code ratePerSecond} tokens a second, at most one second's worth saved.
 * Not thread-safe (each lives on one I/O thread).
 */
public final class TokenBucket {
  private final double ratePerNano;
  private final double capacity;
  private double tokens;
  private long lastNanos;

  /** A bucket of {@code ratePerSecond}; 0 means no limit. */
  public TokenBucket(int ratePerSecond, long nowNanos) {
    this.ratePerNano = ratePerSecond / 1e9;
    this.capacity = ratePerSecond;
    this.tokens = ratePerSecond;
    this.lastNanos = nowNanos;
  }

  public boolean unlimited() {
    return capacity == 0;
  }

  /**
   * Takes {@code count} tokens, going into debt if there are not enough. Returns how long (nanos)
   * until the debt is paid, 0 if there is none.
   */
  public long take(int count, long nowNanos) {
    if (capacity == 0) {
      return 0;
    }
    refill(nowNanos);
    tokens -= count;
    return tokens >= 0 ? 0 : (long) (-tokens / ratePerNano);
  }

  /** Takes one token if there is one (for datagrams, which are dropped rather than delayed). */
  public boolean tryTakeOne(long nowNanos) {
    if (capacity == 0) {
      return true;
    }
    refill(nowNanos);
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  private void refill(long nowNanos) {
    long elapsed = nowNanos - lastNanos;
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed * ratePerNano);
      lastNanos = nowNanos;
    }
  }
}
