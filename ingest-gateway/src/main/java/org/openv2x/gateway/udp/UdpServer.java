package org.openv2x.gateway.udp;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.socket.DatagramChannel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openv2x.gateway.config.GatewayConfig.UnknownRsuPolicy;
import org.openv2x.gateway.ingest.IngestContext;
import org.openv2x.gateway.rsu.RsuRegistry;

/**
 * The UDP server: with epoll, one socket per I/O thread on the same port (SO_REUSEPORT, the kernel
 * spreads senders over them, one sender always to the same socket); one socket otherwise.
 */
public final class UdpServer implements AutoCloseable {
  private static final int MAX_DATAGRAM_BYTES = 65_535;

  private final IngestContext context;
  private final RsuRegistry registry;
  private final UnknownRsuPolicy unknownPolicy;
  private final int maxMessagesPerSecond;
  private final int maxMessageBytes;
  private final int receiveBufferBytes;
  private final List<Channel> channels = new ArrayList<>();
  private int port;

  public UdpServer(
      IngestContext context,
      RsuRegistry registry,
      UnknownRsuPolicy unknownPolicy,
      int maxMessagesPerSecond,
      int maxMessageBytes,
      int receiveBufferBytes) {
    this.context = context;
    this.registry = registry;
    this.unknownPolicy = unknownPolicy;
    this.maxMessagesPerSecond = maxMessagesPerSecond;
    this.maxMessageBytes = maxMessageBytes;
    this.receiveBufferBytes = receiveBufferBytes;
  }

  /** Binds {@code sockets} sockets (1 without epoll) and returns the port. */
  public int start(
      EventLoopGroup group,
      Class<? extends DatagramChannel> channelClass,
      boolean epoll,
      int sockets,
      String host,
      int requestedPort)
      throws InterruptedException {
    int count = epoll ? Math.max(1, sockets) : 1;
    port = requestedPort;
    for (int i = 0; i < count; i++) {
      Bootstrap bootstrap =
          new Bootstrap()
              .group(group)
              .channel(channelClass)
              .option(ChannelOption.SO_RCVBUF, receiveBufferBytes)
              .option(ChannelOption.SO_REUSEADDR, true)
              .option(
                  ChannelOption.RECVBUF_ALLOCATOR,
                  // A datagram larger than the buffer would be cut silently: take the largest.
                  new FixedRecvByteBufAllocator(MAX_DATAGRAM_BYTES).maxMessagesPerRead(64))
              .handler(
                  new UdpHandler(
                      context, registry, unknownPolicy, maxMessagesPerSecond, maxMessageBytes));
      if (epoll) {
        bootstrap.option(EpollChannelOption.SO_REUSEPORT, true);
      }
      Channel channel = bootstrap.bind(host, port).sync().channel();
      channels.add(channel);
      port = ((InetSocketAddress) channel.localAddress()).getPort();
    }
    return port;
  }

  /**
   * Datagrams the kernel dropped on this port (receive buffers full), summed over the sockets: the
   * {@code drops} column of {@code /proc/net/udp} and {@code udp6}. -1 where that is not readable.
   */
  public long kernelDrops() {
    long total = -1;
    String portHex = String.format(":%04X", port);
    for (String file : List.of("/proc/net/udp", "/proc/net/udp6")) {
      Path path = Path.of(file);
      if (!Files.isReadable(path)) {
        continue;
      }
      try {
        for (String line : Files.readAllLines(path)) {
          String[] fields = line.trim().split("\\s+");
          if (fields.length >= 13 && fields[1].endsWith(portHex)) {
            total = Math.max(total, 0) + Long.parseLong(fields[12]);
          }
        }
      } catch (IOException | NumberFormatException e) {
        // unreadable: report what we have
      }
    }
    return total;
  }

  @Override
  public void close() {
    for (Channel channel : channels) {
      channel.close().syncUninterruptibly();
    }
    channels.clear();
  }
}
