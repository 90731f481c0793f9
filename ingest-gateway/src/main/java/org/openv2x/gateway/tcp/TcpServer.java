package org.openv2x.gateway.tcp;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.ServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.openv2x.gateway.ingest.IngestContext;

/** The TCP server of the RSU session protocol. */
public final class TcpServer implements AutoCloseable {
  private final IngestContext context;
  private final TcpSettings settings;
  private final SessionRegistry sessions;
  private final ReadPauser pauser;
  private Channel serverChannel;

  public TcpServer(IngestContext context, TcpSettings settings, SessionRegistry sessions) {
    this.context = context;
    this.settings = settings;
    this.sessions = sessions;
    this.pauser = new ReadPauser(context.journal());
  }

  /** Binds and starts accepting; returns the bound port. */
  public int start(
      EventLoopGroup boss,
      EventLoopGroup workers,
      Class<? extends ServerSocketChannel> channelClass,
      String host,
      int port)
      throws InterruptedException {
    int keepBytes = settings.maxRawBytes();
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(boss, workers)
            .channel(channelClass)
            .option(ChannelOption.SO_BACKLOG, 4096)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(ChannelOption.SO_KEEPALIVE, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    channel
                        .pipeline()
                        .addLast(
                            "idle",
                            new IdleStateHandler(
                                settings.idleTimeout().toMillis(), 0, 0, TimeUnit.MILLISECONDS))
                        .addLast(
                            "frames", new SessionFrameDecoder(settings.maxFrameBytes(), keepBytes))
                        .addLast(
                            "session", new SessionHandler(context, settings, sessions, pauser));
                  }
                });
    serverChannel = bootstrap.bind(host, port).sync().channel();
    return ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  /** Connections whose reading is paused because the journal is full. */
  public int pausedConnections() {
    return pauser.pausedCount();
  }

  /** Stops accepting connections. */
  public void stopAccepting() {
    if (serverChannel != null) {
      serverChannel.close().syncUninterruptibly();
    }
  }

  /** Tells every session the gateway is stopping, and closes them. */
  public void closeSessions() {
    for (SessionHandler session : sessions.sessions()) {
      session.shutdown();
    }
  }

  @Override
  public void close() {
    stopAccepting();
    closeSessions();
  }
}
