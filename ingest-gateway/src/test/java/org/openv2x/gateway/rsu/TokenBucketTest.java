package org.openv2x.gateway.rsu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void aBurstOfOneSecondIsFreeThenTheDebtSaysHowLongToWait() {
    TokenBucket bucket = new TokenBucket(1000, 0);
    assertEquals(0, bucket.take(1000, 0));
    assertEquals(SECOND / 2, bucket.take(500, 0), 1000);
    // half a second later the debt is paid
    assertEquals(0, bucket.take(0, SECOND / 2));
  }

  @Test
  void datagramsAreTakenOneByOne() {
    TokenBucket bucket = new TokenBucket(2, 0);
    assertTrue(bucket.tryTakeOne(0));
    assertTrue(bucket.tryTakeOne(0));
    assertFalse(bucket.tryTakeOne(0));
    assertTrue(bucket.tryTakeOne(SECOND / 2));
  }

  @Test
  void zeroMeansNoLimit() {
    TokenBucket bucket = new TokenBucket(0, 0);
    assertTrue(bucket.unlimited());
    assertEquals(0, bucket.take(1_000_000, 0));
    assertTrue(bucket.tryTakeOne(0));
  }

  @Test
  void theRegistryMatchesAnExactPortBeforeAnyPort() {
    RsuRegistry registry =
        new RsuRegistry(Map.of("rsu-a", List.of("10.0.0.1"), "rsu-b", List.of("10.0.0.1:5000")));
    assertEquals("rsu-b", registry.lookup(new InetSocketAddress("10.0.0.1", 5000)));
    assertEquals("rsu-a", registry.lookup(new InetSocketAddress("10.0.0.1", 5001)));
    assertEquals(null, registry.lookup(new InetSocketAddress("10.0.0.2", 5000)));
    assertTrue(registry.isKnown("rsu-a"));
    assertFalse(registry.isKnown("rsu-c"));
  }
}
