package org.openv2x.gateway.tcp;

import java.time.Duration;
import java.util.function.Consumer;
import org.openv2x.gateway.config.GatewayConfig.UnknownRsuPolicy;
import org.openv2x.gateway.rsu.RsuRegistry;

/**
 * The TCP server's limits and collaborators.
 *
 * @param maxFrameBytes largest frame payload taken whole
 * @param maxConnections most connections at once
 * @param idleTimeout a connection silent this long is closed
 * @param helloTimeout time to say HELLO
 * @param maxMessagesPerSecond per-RSU rate (0: none)
 * @param unknownRsuPolicy what to do with an RSU id not in the registry
 * @param registry the known RSUs
 * @param maxRawBytes raw bytes kept in a dead letter
 * @param onHello called on the session's thread after a HELLO was accepted (downlink catch-up)
 */
public record TcpSettings(
    int maxFrameBytes,
    int maxConnections,
    Duration idleTimeout,
    Duration helloTimeout,
    int maxMessagesPerSecond,
    UnknownRsuPolicy unknownRsuPolicy,
    RsuRegistry registry,
    int maxRawBytes,
    Consumer<String> onHello) {}
