package org.openv2x.gateway.tcp;

import io.micrometer.core.instrument.Counter;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openv2x.codec.session.ErrorCode;
import org.openv2x.codec.session.FrameType;
import org.openv2x.gateway.config.GatewayConfig.UnknownRsuPolicy;
import org.openv2x.gateway.ingest.IngestContext;
import org.openv2x.gateway.ingest.Ingestor;
import org.openv2x.gateway.ingest.Source;
import org.openv2x.gateway.journal.JournalBatch;
import org.openv2x.gateway.metrics.GatewayMetrics;
import org.openv2x.gateway.rsu.TokenBucket;
import org.openv2x.proto.v1.FrameProtos.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RSU's TCP session (PROTOCOL.md): HELLO, DATA → decode → journal → ACK, HEARTBEAT, DOWNLINK
 * out, errors. Runs on the connection's event loop; everything a DATA frame carries is journaled
 * before its ACK is written.
 */
public final class SessionHandler extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(SessionHandler.class);
  private static final Pattern RSU_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final int PAUSED_JOURNAL = 1;
  private static final int PAUSED_RATE = 2;

  private final IngestContext context;
  private final TcpSettings settings;
  private final SessionRegistry sessions;
  private final ReadPauser pauser;
  private final String gatewayId;
  private final GatewayMetrics metrics;
  private ChannelHandlerContext ctx;
  private Source source;
  private String rsuId;
  private boolean counted;
  private TokenBucket rateLimit;
  private ScheduledFuture<?> helloTimeout;
  private int pausedReasons;
  private final java.util.ArrayDeque<InboundFrame> held = new java.util.ArrayDeque<>();
  private long framesSeen;
  private long lastSequence = -1;
  private final Counter sequenceAnomalies;

  SessionHandler(
      IngestContext context, TcpSettings settings, SessionRegistry sessions, ReadPauser pauser) {
    this.context = context;
    this.settings = settings;
    this.sessions = sessions;
    this.pauser = pauser;
    this.gatewayId = context.gatewayId();
    this.metrics = context.metrics();
    this.sequenceAnomalies =
        metrics.counter(
            "gateway.tcp.sequence.anomalies",
            "DATA frames whose sequence number is not the previous one plus one");
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    this.ctx = ctx;
    InetSocketAddress peer = (InetSocketAddress) ctx.channel().remoteAddress();
    String address = peer.getAddress().getHostAddress() + ":" + peer.getPort();
    source =
        new Source("tcp:" + address, address, Transport.TRANSPORT_TCP, metrics.rsu("tcp:unknown"));
    int open = sessions.connectionCounter().incrementAndGet();
    counted = true;
    metrics.counter("gateway.tcp.connections.opened", "TCP connections accepted").increment();
    if (open > settings.maxConnections()) {
      metrics
          .counter(
              "gateway.tcp.connections.refused",
              "TCP connections refused",
              "reason",
              "too_many_connections")
          .increment();
      fatal(
          ErrorCode.TOO_MANY_CONNECTIONS,
          0,
          "the gateway has " + settings.maxConnections() + " connections already");
      return;
    }
    helloTimeout =
        ctx.executor()
            .schedule(
                () -> {
                  if (rsuId == null && ctx.channel().isActive()) {
                    fatal(
                        ErrorCode.HELLO_TIMEOUT,
                        0,
                        "no HELLO within " + settings.helloTimeout().toMillis() + " ms");
                  }
                },
                settings.helloTimeout().toMillis(),
                TimeUnit.MILLISECONDS);
    ctx.fireChannelActive();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (counted) {
      sessions.connectionCounter().decrementAndGet();
      counted = false;
    }
    if (helloTimeout != null) {
      helloTimeout.cancel(false);
    }
    if (rsuId != null) {
      sessions.unregister(rsuId, this);
    }
    pauser.forget(ctx.channel());
    InboundFrame frame;
    while ((frame = held.pollFirst()) != null) {
      release(frame);
    }
    ctx.fireChannelInactive();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof InboundFrame frame)) {
      ctx.fireChannelRead(msg);
      return;
    }
    if (pausedReasons != 0 || !held.isEmpty()) {
      // Reading is paused, but this frame was already read: keep it for when reading resumes, so
      // the journal cap and the rate limit hold for every frame.
      held.addLast(frame);
      return;
    }
    process(frame);
  }

  private void process(InboundFrame frame) {
    framesSeen++;
    if (frame instanceof InboundFrame.Whole whole) {
      try {
        onFrame(whole.type(), whole.payload());
      } finally {
        whole.payload().release();
      }
    } else if (frame instanceof InboundFrame.Oversize oversize) {
      try {
        onOversize(oversize);
      } finally {
        oversize.head().release();
      }
    } else if (frame instanceof InboundFrame.Broken broken) {
      try {
        deadLetter(
            broken.head(), broken.head().readableBytes(), 0, broken.code().name(), broken.detail());
        fatal(broken.code(), 0, broken.detail());
      } finally {
        broken.head().release();
      }
    }
  }

  private void onFrame(int type, ByteBuf payload) {
    FrameType known = FrameType.fromCode(type).orElse(null);
    switch (known == null ? FrameType.ERROR : known) {
      case HELLO -> onHello(payload);
      case DATA -> onData(payload);
      case HEARTBEAT -> {
        metrics.counter("gateway.tcp.heartbeats", "HEARTBEAT frames received").increment();
        ctx.write(Wire.heartbeat(ctx.alloc(), IngestContext.nowEpochUs()));
      }
      default -> {
        ByteBuf head = withHeader(type, payload);
        try {
          deadLetter(
              head,
              Wire.HEADER_BYTES + payload.readableBytes(),
              0,
              ErrorCode.UNKNOWN_FRAME_TYPE.name(),
              "frame type 0x" + Integer.toHexString(type) + " is not one an RSU sends");
        } finally {
          head.release();
        }
        error(ErrorCode.UNKNOWN_FRAME_TYPE, 0, "unknown frame type 0x" + Integer.toHexString(type));
      }
    }
  }

  private void onHello(ByteBuf payload) {
    if (rsuId != null) {
      error(ErrorCode.UNEXPECTED_FRAME, 0, "HELLO was already received; ignored");
      return;
    }
    String id;
    try {
      int idLength = payload.readUnsignedByte();
      id = readString(payload, idLength);
      int softwareLength = payload.readUnsignedByte();
      readString(payload, softwareLength);
      if (payload.isReadable()) {
        throw new IllegalArgumentException(payload.readableBytes() + " bytes left over");
      }
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      payload.readerIndex(0);
      refuseHello(payload, "MALFORMED_PAYLOAD", "malformed HELLO: " + describe(e));
      error(ErrorCode.MALFORMED_PAYLOAD, 0, "malformed HELLO: " + describe(e));
      return;
    }
    if (!RSU_ID.matcher(id).matches()) {
      payload.readerIndex(0);
      refuseHello(
          payload, "MALFORMED_PAYLOAD", "RSU id '" + id + "' is not 1..64 of [A-Za-z0-9._:-]");
      error(ErrorCode.MALFORMED_PAYLOAD, 0, "RSU id must be 1..64 characters of [A-Za-z0-9._:-]");
      return;
    }
    if (settings.unknownRsuPolicy() == UnknownRsuPolicy.REFUSE
        && !settings.registry().isKnown(id)) {
      payload.readerIndex(0);
      metrics
          .counter(
              "gateway.unknown.rsus", "Traffic from RSUs not in the registry", "policy", "refuse")
          .increment();
      refuseHello(payload, "UNKNOWN_RSU", "RSU id '" + id + "' is not in the registry");
      fatal(ErrorCode.UNKNOWN_RSU, 0, "RSU id '" + id + "' is not in the registry");
      return;
    }
    if (!settings.registry().isKnown(id)) {
      metrics
          .counter(
              "gateway.unknown.rsus", "Traffic from RSUs not in the registry", "policy", "accept")
          .increment();
    }
    if (helloTimeout != null) {
      helloTimeout.cancel(false);
    }
    rsuId = id;
    source = new Source(id, source.address(), Transport.TRANSPORT_TCP, metrics.rsu(id));
    rateLimit = new TokenBucket(settings.maxMessagesPerSecond(), System.nanoTime());
    SessionHandler replaced = sessions.register(id, this);
    if (replaced != null && replaced != this) {
      replaced.replacedBy();
    }
    ctx.write(
        Wire.helloAck(
            ctx.alloc(),
            gatewayId,
            settings.maxFrameBytes(),
            (int) Math.min(Integer.MAX_VALUE, settings.idleTimeout().toMillis()),
            settings.maxMessagesPerSecond()));
    settings.onHello().accept(id);
  }

  private void refuseHello(ByteBuf payload, String reason, String detail) {
    ByteBuf head = withHeader(FrameType.HELLO.code(), payload);
    try {
      deadLetter(head, head.readableBytes(), 0, reason, detail);
    } finally {
      head.release();
    }
  }

  private void onData(ByteBuf payload) {
    long receiveTimeUs = IngestContext.nowEpochUs();
    long startNanos = System.nanoTime();
    if (rsuId == null) {
      ByteBuf head = withHeader(FrameType.DATA.code(), payload);
      try {
        deadLetter(
            head, head.readableBytes(), 0, ErrorCode.HELLO_REQUIRED.name(), "DATA before HELLO");
      } finally {
        head.release();
      }
      fatal(ErrorCode.HELLO_REQUIRED, 0, "the first frame must be HELLO");
      return;
    }
    int payloadBytes = payload.readableBytes();
    if (payloadBytes < 10) {
      ByteBuf head = withHeader(FrameType.DATA.code(), payload);
      try {
        deadLetter(
            head,
            head.readableBytes(),
            0,
            ErrorCode.MALFORMED_PAYLOAD.name(),
            "DATA payload of " + payloadBytes + " bytes, at least 10 needed");
      } finally {
        head.release();
      }
      error(ErrorCode.MALFORMED_PAYLOAD, 0, "DATA payload shorter than its sequence and count");
      return;
    }
    long sequence = payload.readLong();
    int count = payload.readUnsignedShort();
    if (lastSequence >= 0 && sequence != lastSequence + 1) {
      sequenceAnomalies.increment();
    }
    lastSequence = sequence;

    Ingestor ingestor = context.ingestor();
    JournalBatch batch = context.batch();
    long firstSequence = context.sequences().allocate(count + 1);
    int accepted = 0;
    int rejected = 0;
    String malformed = null;
    if (count == 0) {
      malformed = "DATA count is 0";
    }
    for (int i = 0; i < count; i++) {
      if (payload.readableBytes() < 2) {
        malformed = "DATA message " + (i + 1) + " of " + count + ": no length left in the payload";
        break;
      }
      int length = payload.readUnsignedShort();
      if (length == 0 || length > payload.readableBytes()) {
        malformed =
            "DATA message "
                + (i + 1)
                + " of "
                + count
                + " declares "
                + length
                + " bytes, "
                + payload.readableBytes()
                + " left in the payload";
        payload.readerIndex(payload.readerIndex() - 2);
        break;
      }
      int index = payload.readerIndex();
      if (ingestor.ingest(
          payload, index, length, source, receiveTimeUs, firstSequence + i, sequence, batch)) {
        accepted++;
      } else {
        rejected++;
      }
      payload.skipBytes(length);
    }
    if (malformed == null && payload.isReadable()) {
      malformed = "DATA has " + payload.readableBytes() + " bytes after its " + count + " messages";
    }
    if (malformed != null) {
      int rest = payload.readableBytes();
      ingestor.reject(
          payload,
          payload.readerIndex(),
          rest,
          rest,
          source,
          receiveTimeUs,
          firstSequence + count,
          sequence,
          ErrorCode.MALFORMED_PAYLOAD.name(),
          malformed,
          batch);
      rejected++;
      error(ErrorCode.MALFORMED_PAYLOAD, sequence, malformed);
    }
    context.journal().append(batch);
    ctx.write(Wire.ack(ctx.alloc(), sequence, accepted, rejected));
    if ((framesSeen & 15) == 0) {
      metrics.recordAckLatency(System.nanoTime() - startNanos);
    }
    throttle(accepted + rejected);
  }

  private void onOversize(InboundFrame.Oversize oversize) {
    ByteBuf head = oversize.head();
    long sequence = 0;
    if (oversize.type() == FrameType.DATA.code() && head.readableBytes() >= Wire.HEADER_BYTES + 8) {
      sequence = head.getLong(Wire.HEADER_BYTES);
    }
    String detail =
        "frame of "
            + oversize.payloadBytes()
            + " payload bytes, the limit is "
            + settings.maxFrameBytes();
    deadLetter(
        head,
        Wire.HEADER_BYTES + oversize.payloadBytes(),
        sequence,
        ErrorCode.FRAME_TOO_LARGE.name(),
        detail);
    error(ErrorCode.FRAME_TOO_LARGE, sequence, detail);
    if (oversize.type() == FrameType.DATA.code() && rsuId != null) {
      ctx.write(Wire.ack(ctx.alloc(), sequence, 0, 1));
    }
  }

  /** Journals one dead letter made of a buffer's bytes. */
  private void deadLetter(
      ByteBuf bytes, long fullLength, long batchSequence, String reason, String detail) {
    JournalBatch batch = context.batch();
    context
        .ingestor()
        .reject(
            bytes,
            bytes.readerIndex(),
            bytes.readableBytes(),
            (int) Math.min(Integer.MAX_VALUE, fullLength),
            source,
            IngestContext.nowEpochUs(),
            context.sequences().allocate(1),
            batchSequence,
            reason,
            detail,
            batch);
    context.journal().append(batch);
  }

  private ByteBuf withHeader(int type, ByteBuf payload) {
    int length = payload.readableBytes();
    ByteBuf head = Wire.header(ctx.alloc(), type, length);
    head.writeBytes(payload, payload.readerIndex(), length);
    return head;
  }

  /** Pauses reading when the journal is full or the RSU is over its rate. */
  private void throttle(int messages) {
    if (context.journal().isFull() && (pausedReasons & PAUSED_JOURNAL) == 0) {
      pause(PAUSED_JOURNAL);
      metrics
          .counter(
              "gateway.tcp.reads.paused",
              "Times a connection's reading was paused",
              "reason",
              "journal_full")
          .increment();
      pauser.pausedForJournal(ctx.channel(), () -> resume(PAUSED_JOURNAL));
    }
    if (rateLimit != null && !rateLimit.unlimited()) {
      long waitNanos = rateLimit.take(messages, System.nanoTime());
      if (waitNanos > 0 && (pausedReasons & PAUSED_RATE) == 0) {
        pause(PAUSED_RATE);
        metrics
            .counter(
                "gateway.tcp.reads.paused",
                "Times a connection's reading was paused",
                "reason",
                "rate_limited")
            .increment();
        ctx.executor().schedule(() -> resume(PAUSED_RATE), waitNanos, TimeUnit.NANOSECONDS);
      }
    }
  }

  private void pause(int reason) {
    pausedReasons |= reason;
    ctx.channel().config().setAutoRead(false);
  }

  /** Resumes reading for one reason; runs on the channel's event loop. */
  void resume(int reason) {
    if (!ctx.executor().inEventLoop()) {
      ctx.executor().execute(() -> resume(reason));
      return;
    }
    pausedReasons &= ~reason;
    InboundFrame frame;
    while (pausedReasons == 0 && ctx.channel().isActive() && (frame = held.pollFirst()) != null) {
      process(frame);
    }
    ctx.flush();
    if (pausedReasons == 0 && ctx.channel().isActive()) {
      ctx.channel().config().setAutoRead(true);
      ctx.read();
    }
  }

  private static void release(InboundFrame frame) {
    if (frame instanceof InboundFrame.Whole whole) {
      whole.payload().release();
    } else if (frame instanceof InboundFrame.Oversize oversize) {
      oversize.head().release();
    } else if (frame instanceof InboundFrame.Broken broken) {
      broken.head().release();
    }
  }

  boolean deliverDownlink(long downlinkId, byte[] frame) {
    Channel channel = ctx.channel();
    if (!channel.isActive()) {
      return false;
    }
    channel.writeAndFlush(Wire.downlink(channel.alloc(), downlinkId, frame));
    return true;
  }

  /** A newer connection said HELLO with this RSU id. */
  void replacedBy() {
    ctx.executor()
        .execute(
            () -> {
              rsuId = null; // the registry entry is the new session's now
              fatal(ErrorCode.REPLACED, 0, "a newer connection of the same RSU said HELLO");
            });
  }

  /** Tells the RSU the gateway is stopping and closes. */
  void shutdown() {
    ctx.executor().execute(() -> fatal(ErrorCode.SHUTTING_DOWN, 0, "the gateway is stopping"));
  }

  String rsuId() {
    return rsuId;
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    ctx.flush();
    ctx.fireChannelReadComplete();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt instanceof IdleStateEvent) {
      if (pausedReasons != 0) {
        // The gateway itself stopped reading (journal full, rate limit): not the RSU's silence.
        return;
      }
      metrics.counter("gateway.tcp.idle.closed", "Connections closed for being idle").increment();
      fatal(
          ErrorCode.IDLE_TIMEOUT,
          0,
          "nothing received for " + settings.idleTimeout().toMillis() + " ms");
      return;
    }
    ctx.fireUserEventTriggered(evt);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof IOException) {
      LOG.debug("connection {} ({}): {}", source.address(), source.rsuId(), cause.toString());
      ctx.close();
      return;
    }
    LOG.error("connection {} ({}) failed", source.address(), source.rsuId(), cause);
    fatal(ErrorCode.INTERNAL_ERROR, 0, "internal error: " + cause.getClass().getSimpleName());
  }

  private void error(ErrorCode code, long sequence, String message) {
    metrics
        .counter("gateway.tcp.errors.sent", "ERROR frames sent, by code", "code", code.name())
        .increment();
    ctx.write(Wire.error(ctx.alloc(), code, sequence, message));
  }

  private void fatal(ErrorCode code, long sequence, String message) {
    if (!ctx.channel().isActive()) {
      return;
    }
    metrics
        .counter("gateway.tcp.errors.sent", "ERROR frames sent, by code", "code", code.name())
        .increment();
    ctx.writeAndFlush(Wire.error(ctx.alloc(), code, sequence, message))
        .addListener(ChannelFutureListener.CLOSE);
    ctx.channel().config().setAutoRead(false);
  }

  private static String readString(ByteBuf payload, int length) {
    if (length > payload.readableBytes()) {
      throw new IllegalArgumentException(
          "a string of " + length + " bytes, " + payload.readableBytes() + " left");
    }
    String text = payload.toString(payload.readerIndex(), length, StandardCharsets.UTF_8);
    payload.skipBytes(length);
    return text;
  }

  private static String describe(RuntimeException e) {
    return e instanceof IndexOutOfBoundsException ? "payload too short" : e.getMessage();
  }
}
