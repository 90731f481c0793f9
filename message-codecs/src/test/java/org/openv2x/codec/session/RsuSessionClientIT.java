package org.openv2x.codec.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openv2x.codec.session.SessionFrame.Data;
import org.openv2x.codec.session.SessionFrame.Downlink;
import org.openv2x.codec.session.SessionFrame.ErrorFrame;
import org.openv2x.codec.session.SessionFrame.Heartbeat;
import org.openv2x.codec.session.SessionFrame.Hello;
import org.openv2x.codec.session.SessionFrame.HelloAck;
import org.openv2x.codec.session.SessionTestServer.Received;

/** {@link RsuSessionClient} against {@link SessionTestServer} over real loopback sockets. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RsuSessionClientIT {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private SessionTestServer server;
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = new SessionTestServer();
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : toClose) {
      closeable.close();
    }
    server.close();
  }

  @Test
  void connectSaysHelloAndReadsHelloAck() throws Exception {
    server.gatewayId = "gw-7";
    server.idleTimeoutMs = 45_000;
    RsuSessionClient client =
        open(RsuSessionClient.connect("127.0.0.1", server.port(), "rsu-17", "sim/1.0"));
    assertEquals(new HelloAck("gw-7", 1 << 20, 45_000, 0), client.gatewayInfo());
    assertTrue(client.isConnected());
    assertEquals(new Hello("rsu-17", "sim/1.0"), server.received().get(0).frame());
  }

  @Test
  void sendNumbersFramesFromOneAndTheGatewayGetsTheMessages() throws Exception {
    RsuSessionClient client = connect(server.clientConfig("rsu-1").build(), SessionListener.NONE);
    List<byte[]> batch = List.of(new byte[] {1, 2, 3}, new byte[] {4});
    assertEquals(1, client.send(batch));
    assertEquals(2, client.send(List.of(new byte[] {5})));
    byte[] source = {9, 8, 7, 6, 5};
    assertEquals(3, client.send(source, new int[] {3, 0}, new int[] {2, 1}, 0, 2));
    assertTrue(client.awaitAllAcked(WAIT));
    assertEquals(
        List.of(
            new Data(1, batch),
            new Data(2, List.of(new byte[] {5})),
            new Data(3, List.of(new byte[] {6, 5}, new byte[] {9}))),
        server.data().stream().map(Received::frame).toList());
    SessionStatistics statistics = client.statistics();
    assertEquals(3, statistics.sentFrames());
    assertEquals(5, statistics.sentMessages());
    assertEquals(3, statistics.ackedFrames());
    assertEquals(5, statistics.ackedMessages());
    assertEquals(5, statistics.acceptedMessages());
    assertEquals(0, statistics.unackedFrames());
  }

  @Test
  void acksReleaseTheWindowAndSendBlocksWhileItIsFull() throws Exception {
    server.ackData = false;
    BlockingQueue<Long> latenciesUs = new LinkedBlockingQueue<>();
    RsuSessionClient client =
        connect(
            server.clientConfig("rsu-2").windowFrames(3).build(),
            SessionListener.ackLatencyUs(latenciesUs::add));
    for (int i = 1; i <= 3; i++) {
      assertEquals(i, client.send(List.of(new byte[] {(byte) i})));
    }
    assertEquals(3, client.unackedFrames());
    CompletableFuture<Long> fourth = new CompletableFuture<>();
    Thread sender =
        new Thread(
            () -> {
              try {
                fourth.complete(client.send(List.of(new byte[] {4})));
              } catch (Throwable t) {
                fourth.completeExceptionally(t);
              }
            });
    sender.start();
    awaitState(sender, Thread.State.WAITING);
    assertFalse(fourth.isDone(), "send must wait while the window is full");
    assertFalse(client.awaitAllAcked(Duration.ofMillis(50)));
    assertTrue(server.awaitReceived(f -> f instanceof Data, 3, WAIT));

    server.send(SessionFrames.ack(1, 1, 0));
    assertEquals(4, fourth.get(10, TimeUnit.SECONDS));
    assertTrue(server.awaitReceived(f -> f instanceof Data, 4, WAIT));

    // One ACK covers the earlier frames too: ACK 3 releases 2 and 3.
    server.send(SessionFrames.ack(3, 1, 0));
    server.send(SessionFrames.ack(4, 0, 1));
    assertTrue(client.awaitAllAcked(WAIT));
    SessionStatistics statistics = client.statistics();
    assertEquals(4, statistics.ackedFrames());
    assertEquals(4, statistics.ackedMessages());
    assertEquals(2, statistics.acceptedMessages());
    assertEquals(1, statistics.rejectedMessages());
    assertEquals(4, latenciesUs.size(), "one ack latency per frame");
    assertTrue(latenciesUs.stream().allMatch(us -> us >= 0));

    server.send(SessionFrames.ack(99, 1, 0));
    server.send(SessionFrames.heartbeat(1));
    assertTrue(awaitCondition(() -> client.statistics().heartbeatsReceived() == 1));
    assertEquals(1, client.statistics().unexpectedAcks());
  }

  @Test
  void downlinksReachTheListener() throws Exception {
    BlockingQueue<Downlink> downlinks = new LinkedBlockingQueue<>();
    RsuSessionClient client =
        connect(
            server.clientConfig("rsu-3").build(),
            new SessionListener() {
              @Override
              public void onDownlink(Downlink downlink) {
                downlinks.add(downlink);
              }
            });
    server.send(SessionFrames.downlink(77, new byte[] {1, 2, 3}));
    server.send(SessionFrames.downlink(78, new byte[] {4}));
    Downlink first = downlinks.poll(10, TimeUnit.SECONDS);
    Downlink second = downlinks.poll(10, TimeUnit.SECONDS);
    assertEquals(77, first.downlinkId());
    assertArrayEquals(new byte[] {1, 2, 3}, first.frame());
    assertEquals(new Downlink(78, new byte[] {4}), second);
    assertEquals(2, client.statistics().downlinksReceived());
  }

  @Test
  void errorsReachTheListenerAndAClosingOneEndsTheConnection() throws Exception {
    BlockingQueue<ErrorFrame> errors = new LinkedBlockingQueue<>();
    BlockingQueue<Exception> lost = new LinkedBlockingQueue<>();
    RsuSessionClient client =
        connect(
            server.clientConfig("rsu-4").build(),
            new SessionListener() {
              @Override
              public void onError(ErrorFrame error) {
                errors.add(error);
              }

              @Override
              public void onConnectionLost(Exception cause) {
                lost.add(cause);
              }
            });
    server.send(SessionFrames.error(ErrorCode.MALFORMED_PAYLOAD, false, 5, "bad message 2"));
    assertEquals(new ErrorFrame(102, false, 5, "bad message 2"), errors.poll(10, TimeUnit.SECONDS));
    assertTrue(client.isConnected());
    assertEquals(1, server.connections());

    server.send(SessionFrames.error(ErrorCode.SHUTTING_DOWN, true, 0, "stopping"));
    assertEquals(ErrorCode.SHUTTING_DOWN, errors.poll(10, TimeUnit.SECONDS).errorCode().get());
    assertTrue(lost.poll(10, TimeUnit.SECONDS).getMessage().contains("SHUTTING_DOWN"));
    assertTrue(awaitCondition(() -> client.statistics().reconnects() == 1));
    assertEquals(2, server.connections());
    SessionStatistics statistics = client.statistics();
    assertEquals(1, statistics.errors(ErrorCode.MALFORMED_PAYLOAD));
    assertEquals(1, statistics.errors(ErrorCode.SHUTTING_DOWN));
  }

  @Test
  void anUnackedBatchIsResentInOrderAfterTheGatewayDropsTheConnection() throws Exception {
    BlockingQueue<Boolean> connected = new LinkedBlockingQueue<>();
    RsuSessionClient client =
        connect(
            server.clientConfig("rsu-5").build(),
            new SessionListener() {
              @Override
              public void onConnected(HelloAck gatewayInfo, boolean reconnected) {
                connected.add(reconnected);
              }
            });
    assertEquals(false, connected.poll());
    client.send(List.of(new byte[] {1}));
    client.send(List.of(new byte[] {2}));
    assertTrue(client.awaitAllAcked(WAIT));

    server.dropAfterUnackedDataFrames(3);
    for (int i = 3; i <= 5; i++) {
      client.send(List.of(new byte[] {(byte) i}, new byte[] {(byte) (10 * i)}));
    }
    assertEquals(true, connected.poll(10, TimeUnit.SECONDS));
    assertTrue(client.awaitAllAcked(WAIT));

    List<Received> data = server.data();
    assertEquals(List.of(1L, 2L, 3L, 4L, 5L), sequencesOn(data, 1));
    assertEquals(List.of(3L, 4L, 5L), sequencesOn(data, 2));
    for (int i = 0; i < 3; i++) {
      assertEquals(data.get(2 + i).frame(), data.get(5 + i).frame(), "same bytes resent");
    }
    assertEquals(
        new Hello("rsu-5", "test/1"),
        server.received().stream()
            .filter(r -> r.connection() == 2)
            .findFirst()
            .orElseThrow()
            .frame());
    SessionStatistics statistics = client.statistics();
    assertEquals(3, statistics.resentFrames());
    assertEquals(1, statistics.reconnects());
    assertEquals(5, statistics.sentFrames());
    assertEquals(5, statistics.ackedFrames());
  }

  @Test
  void framesSentWhileDisconnectedGoOutOnceTheSessionIsBack() throws Exception {
    RsuSessionClient client = connect(server.clientConfig("rsu-6").build(), SessionListener.NONE);
    server.refuseHelloWith = new ErrorFrame(ErrorCode.SHUTTING_DOWN, 0, "stopping");
    server.dropConnection();
    assertTrue(awaitCondition(() -> !client.isConnected()));
    assertEquals(1, client.send(List.of(new byte[] {1})));
    assertEquals(2, client.send(List.of(new byte[] {2})));
    assertTrue(awaitCondition(() -> server.connections() >= 3), "reconnect attempts go on");
    assertFalse(client.awaitAllAcked(Duration.ofMillis(100)));
    assertEquals(2, client.unackedFrames());

    server.refuseHelloWith = null;
    assertTrue(client.awaitAllAcked(WAIT));
    List<Received> data = server.data();
    assertEquals(List.of(1L, 2L), sequencesOn(data, data.get(0).connection()));
    assertEquals(2, data.size());
    assertEquals(0, client.statistics().resentFrames(), "never written before: not a resend");
    assertEquals(1, client.statistics().reconnects());
    assertTrue(client.statistics().errors(ErrorCode.SHUTTING_DOWN) >= 1);
  }

  @Test
  void reconnectResendsWhatIsNotAcknowledged() throws Exception {
    server.ackData = false;
    RsuSessionClient client = connect(server.clientConfig("rsu-7").build(), SessionListener.NONE);
    client.send(List.of(new byte[] {1}));
    client.send(List.of(new byte[] {2}));
    assertTrue(server.awaitReceived(f -> f instanceof Data, 2, WAIT));
    server.ackData = true;
    client.reconnect();
    assertTrue(client.awaitAllAcked(WAIT));
    assertTrue(client.awaitConnected(WAIT));
    assertEquals(List.of(1L, 2L), sequencesOn(server.data(), 2));
    assertEquals(2, client.statistics().resentFrames());
    assertEquals(1, client.statistics().reconnects());
  }

  @Test
  void heartbeatsAreSentWhenIdle() throws Exception {
    server.idleTimeoutMs = 300;
    RsuSessionClient client = connect(server.clientConfig("rsu-8").build(), SessionListener.NONE);
    assertTrue(server.awaitReceived(f -> f instanceof Heartbeat, 3, WAIT));
    assertTrue(awaitCondition(() -> client.statistics().heartbeatsReceived() >= 3));
    assertTrue(client.statistics().heartbeatsSent() >= 3);
    assertEquals(1, server.connections());
  }

  @Test
  void noHeartbeatsWithoutAnIdleTimeout() throws Exception {
    server.idleTimeoutMs = 0;
    RsuSessionClient client = connect(server.clientConfig("rsu-9").build(), SessionListener.NONE);
    client.send(List.of(new byte[] {1}));
    assertTrue(client.awaitAllAcked(WAIT));
    Thread.sleep(300);
    assertEquals(0, server.count(f -> f instanceof Heartbeat));
  }

  @Test
  void concurrentSendersKeepTheSequenceInOrder() throws Exception {
    RsuSessionClient client =
        connect(server.clientConfig("rsu-10").windowFrames(8).build(), SessionListener.NONE);
    int threads = 4;
    int framesPerThread = 250;
    List<CompletableFuture<Void>> senders = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      senders.add(
          CompletableFuture.runAsync(
              () -> {
                for (int i = 0; i < framesPerThread; i++) {
                  try {
                    client.send(List.of(new byte[] {(byte) thread, (byte) i}));
                  } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                  }
                }
              }));
    }
    CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    assertTrue(client.awaitAllAcked(WAIT));
    List<Long> sequences = sequencesOn(server.data(), 1);
    assertEquals(threads * framesPerThread, sequences.size());
    for (int i = 0; i < sequences.size(); i++) {
      assertEquals(i + 1, sequences.get(i));
    }
  }

  @Test
  void aRefusedHelloFailsConnect() {
    server.refuseHelloWith = new ErrorFrame(ErrorCode.UNKNOWN_RSU, 0, "rsu-x is not registered");
    SessionRefusedException e =
        assertThrows(
            SessionRefusedException.class,
            () -> RsuSessionClient.connect("127.0.0.1", server.port(), "rsu-x", ""));
    assertEquals(ErrorCode.UNKNOWN_RSU, e.error().errorCode().get());
  }

  @Test
  void aFrameAboveTheGatewaysMaxIsRefusedBeforeSending() throws Exception {
    server.maxFrameBytes = 100;
    RsuSessionClient client = connect(server.clientConfig("rsu-11").build(), SessionListener.NONE);
    client.send(List.of(new byte[88]));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> client.send(List.of(new byte[89])));
    assertEquals(
        "the DATA frame has 101 payload bytes, more than the gateway's max frame bytes 100",
        e.getMessage());
    assertEquals(1, client.statistics().sentFrames());
  }

  @Test
  void closeReleasesABlockedSender() throws Exception {
    server.ackData = false;
    RsuSessionClient client =
        RsuSessionClient.connect(
            server.clientConfig("rsu-12").windowFrames(1).build(), SessionListener.NONE);
    client.send(List.of(new byte[] {1}));
    CompletableFuture<Long> blocked =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return client.send(List.of(new byte[] {2}));
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(100);
    client.close();
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> blocked.get(10, TimeUnit.SECONDS));
    assertTrue(e.getCause() instanceof IllegalStateException);
    assertThrows(IllegalStateException.class, () -> client.send(List.of(new byte[] {3})));
    assertFalse(client.isConnected());
  }

  // ---- helpers ----

  private RsuSessionClient connect(RsuSessionClientConfig config, SessionListener listener)
      throws IOException {
    return open(RsuSessionClient.connect(config, listener));
  }

  private RsuSessionClient open(RsuSessionClient client) {
    toClose.add(client);
    return client;
  }

  private static List<Long> sequencesOn(List<Received> data, int connection) {
    return data.stream()
        .filter(r -> r.connection() == connection)
        .map(r -> ((Data) r.frame()).sequence())
        .toList();
  }

  private static void awaitState(Thread thread, Thread.State state) throws InterruptedException {
    long deadlineNanos = System.nanoTime() + WAIT.toNanos();
    while (thread.getState() != state) {
      assertTrue(System.nanoTime() < deadlineNanos, "thread never reached " + state);
      Thread.sleep(5);
    }
  }

  private static boolean awaitCondition(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadlineNanos = System.nanoTime() + WAIT.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadlineNanos) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }
}
