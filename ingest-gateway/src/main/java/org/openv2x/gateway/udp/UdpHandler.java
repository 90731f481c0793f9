package org.openv2x.gateway.udp;

import io.micrometer.core.instrument.Counter;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import org.openv2x.gateway.config.GatewayConfig.UnknownRsuPolicy;
import org.openv2x.gateway.ingest.IngestContext;
import org.openv2x.gateway.ingest.Source;
import org.openv2x.gateway.journal.JournalBatch;
import org.openv2x.gateway.metrics.GatewayMetrics;
import org.openv2x.gateway.rsu.RsuRegistry;
import org.openv2x.gateway.rsu.TokenBucket;
import org.openv2x.proto.v1.FrameProtos.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One UDP socket's datagrams: one UPER MessageFrame each. The datagrams of one read burst go to the
 * journal as one document. The sender's RSU comes from the registry; datagrams over the RSU's rate
 * or arriving while the journal is full are dropped and counted (UDP has no way to push back).
 */
final class UdpHandler extends SimpleChannelInboundHandler<DatagramPacket> {
  private static final Logger LOG = LoggerFactory.getLogger(UdpHandler.class);
  private static final int MAX_SENDERS = 100_000;

  private final IngestContext context;
  private final RsuRegistry registry;
  private final UnknownRsuPolicy unknownPolicy;
  private final int maxMessagesPerSecond;
  private final int maxMessageBytes;
  private final GatewayMetrics metrics;
  private final Map<InetSocketAddress, Sender> senders = new HashMap<>();
  private final Counter datagrams;
  private final Counter droppedJournalFull;
  private final Counter droppedRateLimited;
  private JournalBatch batch;

  UdpHandler(
      IngestContext context,
      RsuRegistry registry,
      UnknownRsuPolicy unknownPolicy,
      int maxMessagesPerSecond,
      int maxMessageBytes) {
    super(true);
    this.context = context;
    this.registry = registry;
    this.unknownPolicy = unknownPolicy;
    this.maxMessagesPerSecond = maxMessagesPerSecond;
    this.maxMessageBytes = maxMessageBytes;
    this.metrics = context.metrics();
    this.datagrams = metrics.counter("gateway.udp.datagrams", "UDP datagrams read");
    this.droppedJournalFull = dropped("journal_full");
    this.droppedRateLimited = dropped("rate_limited");
  }

  private Counter dropped(String reason) {
    return metrics.counter(
        "gateway.udp.dropped", "UDP datagrams dropped by the gateway, by reason", "reason", reason);
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
    datagrams.increment();
    if (context.journal().isFull()) {
      droppedJournalFull.increment();
      return;
    }
    InetSocketAddress sender = packet.sender();
    Sender known = senders.get(sender);
    if (known == null) {
      known = newSender(sender);
    }
    if (batch == null) {
      batch = context.batch();
    }
    ByteBuf content = packet.content();
    long receiveTimeUs = IngestContext.nowEpochUs();
    int length = content.readableBytes();
    if (known.refused) {
      context
          .ingestor()
          .reject(
              content,
              content.readerIndex(),
              length,
              length,
              known.source,
              receiveTimeUs,
              context.sequences().allocate(1),
              0,
              "UNKNOWN_RSU",
              "datagram from " + known.source.address() + ", which is not in the RSU registry",
              batch);
      return;
    }
    if (!known.rate.tryTakeOne(System.nanoTime())) {
      droppedRateLimited.increment();
      return;
    }
    long sequence = context.sequences().allocate(1);
    if (length == 0 || length > maxMessageBytes) {
      context
          .ingestor()
          .reject(
              content,
              content.readerIndex(),
              length,
              length,
              known.source,
              receiveTimeUs,
              sequence,
              0,
              length == 0 ? "TRUNCATED" : "MESSAGE_TOO_LARGE",
              length == 0
                  ? "empty datagram"
                  : "datagram of " + length + " bytes, the limit is " + maxMessageBytes,
              batch);
      return;
    }
    context
        .ingestor()
        .ingest(
            content,
            content.readerIndex(),
            length,
            known.source,
            receiveTimeUs,
            sequence,
            0,
            batch);
  }

  private Sender newSender(InetSocketAddress sender) {
    if (senders.size() >= MAX_SENDERS) {
      senders.clear();
    }
    String address = sender.getAddress().getHostAddress() + ":" + sender.getPort();
    String rsuId = registry.lookup(sender);
    boolean refused = false;
    if (rsuId == null) {
      rsuId = "udp:" + address;
      refused = unknownPolicy == UnknownRsuPolicy.REFUSE;
      metrics
          .counter(
              "gateway.unknown.rsus",
              "Traffic from RSUs not in the registry",
              "policy",
              refused ? "refuse" : "accept")
          .increment();
    }
    Source source =
        new Source(
            rsuId, address, Transport.TRANSPORT_UDP, metrics.rsu(refused ? "udp:unknown" : rsuId));
    Sender created =
        new Sender(source, new TokenBucket(maxMessagesPerSecond, System.nanoTime()), refused);
    senders.put(sender, created);
    return created;
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    if (batch != null) {
      if (!batch.isEmpty()) {
        context.journal().append(batch);
      }
      batch = null;
    }
    ctx.fireChannelReadComplete();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.warn("UDP socket error: {}", cause.toString());
  }

  private static final class Sender {
    final Source source;
    final TokenBucket rate;
    final boolean refused;

    Sender(Source source, TokenBucket rate, boolean refused) {
      this.source = source;
      this.rate = rate;
      this.refused = refused;
    }
  }
}
