package org.openv2x.sim.blast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The limiter against a clock the test moves: the schedule, the burst after a stall, the ramp. */
class BlastRateLimiterTest {
  private static final long START = 123_456_789_000L;
  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  /** Takes every frame the limiter grants at {@code nanos}; returns how many. */
  private static int drain(BlastRateLimiter limiter, long nanos) {
    int frames = 0;
    while (limiter.tryAcquireFrame(nanos)) {
      frames++;
    }
    return frames;
  }

  @Test
  void grantsKeepToTheRateAndNeverGetAhead() {
    // 1000 msg/s in frames of 50, a bucket of 100 messages.
    BlastRateLimiter limiter = new BlastRateLimiter(START, 1000, 0, 100, 50);
    long messages = 0;
    for (long t = 0; t <= 10_001 * MS; t += MS) {
      messages += 50L * drain(limiter, START + t);
      double allowed = 1000.0 * t / 1e9;
      assertTrue(messages <= allowed, "at " + t / MS + " ms: " + messages + " > " + allowed);
      assertTrue(
          messages >= allowed - 50 - 1e-6,
          "at " + t / MS + " ms: " + messages + " lags " + allowed + " by more than a frame");
    }
    assertEquals(10_000, messages);
    assertEquals(200, limiter.grantedFrames());
  }

  @Test
  void afterAStallItCatchesUpByOneBurstOnly() {
    BlastRateLimiter limiter = new BlastRateLimiter(START, 1000, 0, 100, 50);
    int frames = 0;
    for (long t = 0; t <= 2000 * MS; t += MS) {
      frames += drain(limiter, START + t);
    }
    assertEquals(40, frames);
    // Three seconds without asking: the bucket holds two frames, not sixty.
    assertEquals(2, drain(limiter, START + 5000 * MS));
    assertFalse(limiter.tryAcquireFrame(START + 5000 * MS));
    assertEquals(1, drain(limiter, START + 5050 * MS));
    assertEquals(0, drain(limiter, START + 5099 * MS));
  }

  @Test
  void theBurstIsAtLeastOneFrame() {
    BlastRateLimiter limiter = new BlastRateLimiter(START, 1000, 0, 1, 50);
    assertEquals(50, limiter.burstMessages());
    assertEquals(0, drain(limiter, START + 49 * MS));
    assertEquals(1, drain(limiter, START + 51 * MS));
  }

  @Test
  void theRampGrowsLinearly() {
    // 1000 msg/s reached after a 2 s ramp, in frames of 10, a bucket of two frames.
    BlastRateLimiter limiter = new BlastRateLimiter(START, 1000, 2000 * MS, 20, 10);
    assertEquals(250.0, limiter.allowedMessages(1000 * MS), 1e-6);
    assertEquals(1000.0, limiter.allowedMessages(2000 * MS), 1e-6);
    assertEquals(2000.0, limiter.allowedMessages(3000 * MS), 1e-6);
    long messages = 0;
    for (long t = 0; t <= 3000 * MS; t += MS) {
      messages += 10L * drain(limiter, START + t);
      double allowed = limiter.allowedMessages(t);
      assertTrue(messages <= allowed, t / MS + " ms: " + messages + " > " + allowed);
      assertTrue(messages >= allowed - 10 - 1e-6, t / MS + " ms: " + messages + " lags");
    }
  }

  @Test
  void nanosUntilFrameSaysWhenTheNextFrameIsAllowed() {
    for (long rampNanos : new long[] {0, 1000 * MS}) {
      BlastRateLimiter limiter = new BlastRateLimiter(START, 2_000_000, rampNanos, 40_000, 50);
      long now = START + 1500 * MS;
      drain(limiter, now);
      long wait = limiter.nanosUntilFrame(now);
      assertTrue(wait > 0 && wait <= 25_000 + 1, "wait " + wait);
      assertFalse(limiter.tryAcquireFrame(now + wait - 100));
      assertTrue(limiter.tryAcquireFrame(now + wait + 10));
      assertEquals(0, limiter.nanosUntilFrame(now + 1000 * MS));
    }
  }
}
