package org.openv2x.codec.session;

/**
 * Settings of an {@link RsuSessionClient}. Build with {@link #builder}; {@link Builder#build()}
 * refuses a bad value with an {@link IllegalArgumentException} naming the setting.
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code host}, {@code port}</td><td>(required)</td><td>the gateway's TCP address</td></tr>
 *   <tr><td>{@code rsuId}</td><td>(required)</td><td>1..64 of {@code [A-Za-z0-9._:-]}</td></tr>
 *   <tr><td>{@code software}</td><td>{@code ""}</td><td>make/model/version, 0..255 UTF-8
 *       bytes</td></tr>
 *   <tr><td>{@code windowFrames}</td><td>64</td><td>unacknowledged {@code DATA} frames before
 *       {@code send} waits</td></tr>
 *   <tr><td>{@code connectTimeoutMs}</td><td>5,000</td><td>TCP connect</td></tr>
 *   <tr><td>{@code helloAckTimeoutMs}</td><td>10,000</td><td>from {@code HELLO} to {@code
 *       HELLO_ACK}</td></tr>
 *   <tr><td>{@code reconnectInitialBackoffMs}</td><td>100</td><td>wait before the first reconnect
 *       attempt; doubles per failed attempt, with jitter (a random half of it off)</td></tr>
 *   <tr><td>{@code reconnectMaxBackoffMs}</td><td>5,000</td><td>the most the wait grows to</td></tr>
 *   <tr><td>{@code maxReceiveFrameBytes}</td><td>1 MiB</td><td>the largest payload accepted from
 *       the gateway</td></tr>
 * </table>
 */
public final class RsuSessionClientConfig {
  /** Default {@code windowFrames}. */
  public static final int DEFAULT_WINDOW_FRAMES = 64;

  /** Default {@code connectTimeoutMs}. */
  public static final int DEFAULT_CONNECT_TIMEOUT_MS = 5_000;

  /** Default {@code helloAckTimeoutMs}. */
  public static final int DEFAULT_HELLO_ACK_TIMEOUT_MS = 10_000;

  /** Default {@code reconnectInitialBackoffMs}. */
  public static final long DEFAULT_RECONNECT_INITIAL_BACKOFF_MS = 100;

  /** Default {@code reconnectMaxBackoffMs}. */
  public static final long DEFAULT_RECONNECT_MAX_BACKOFF_MS = 5_000;

  private final String host;
  private final int port;
  private final String rsuId;
  private final String software;
  private final int windowFrames;
  private final int connectTimeoutMs;
  private final int helloAckTimeoutMs;
  private final long reconnectInitialBackoffMs;
  private final long reconnectMaxBackoffMs;
  private final int maxReceiveFrameBytes;

  private RsuSessionClientConfig(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
    this.rsuId = builder.rsuId;
    this.software = builder.software;
    this.windowFrames = builder.windowFrames;
    this.connectTimeoutMs = builder.connectTimeoutMs;
    this.helloAckTimeoutMs = builder.helloAckTimeoutMs;
    this.reconnectInitialBackoffMs = builder.reconnectInitialBackoffMs;
    this.reconnectMaxBackoffMs = builder.reconnectMaxBackoffMs;
    this.maxReceiveFrameBytes = builder.maxReceiveFrameBytes;
  }

  /** A builder with the defaults, for an RSU connecting to {@code host:port}. */
  public static Builder builder(String host, int port, String rsuId) {
    return new Builder(host, port, rsuId);
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String rsuId() {
    return rsuId;
  }

  public String software() {
    return software;
  }

  public int windowFrames() {
    return windowFrames;
  }

  public int connectTimeoutMs() {
    return connectTimeoutMs;
  }

  public int helloAckTimeoutMs() {
    return helloAckTimeoutMs;
  }

  public long reconnectInitialBackoffMs() {
    return reconnectInitialBackoffMs;
  }

  public long reconnectMaxBackoffMs() {
    return reconnectMaxBackoffMs;
  }

  public int maxReceiveFrameBytes() {
    return maxReceiveFrameBytes;
  }

  /** Builds a {@link RsuSessionClientConfig}; each setter is named after its setting. */
  public static final class Builder {
    private final String host;
    private final int port;
    private final String rsuId;
    private String software = "";
    private int windowFrames = DEFAULT_WINDOW_FRAMES;
    private int connectTimeoutMs = DEFAULT_CONNECT_TIMEOUT_MS;
    private int helloAckTimeoutMs = DEFAULT_HELLO_ACK_TIMEOUT_MS;
    private long reconnectInitialBackoffMs = DEFAULT_RECONNECT_INITIAL_BACKOFF_MS;
    private long reconnectMaxBackoffMs = DEFAULT_RECONNECT_MAX_BACKOFF_MS;
    private int maxReceiveFrameBytes = SessionProtocol.DEFAULT_MAX_FRAME_BYTES;

    private Builder(String host, int port, String rsuId) {
      this.host = host;
      this.port = port;
      this.rsuId = rsuId;
    }

    public Builder software(String software) {
      this.software = software;
      return this;
    }

    public Builder windowFrames(int windowFrames) {
      this.windowFrames = windowFrames;
      return this;
    }

    public Builder connectTimeoutMs(int connectTimeoutMs) {
      this.connectTimeoutMs = connectTimeoutMs;
      return this;
    }

    public Builder helloAckTimeoutMs(int helloAckTimeoutMs) {
      this.helloAckTimeoutMs = helloAckTimeoutMs;
      return this;
    }

    public Builder reconnectInitialBackoffMs(long reconnectInitialBackoffMs) {
      this.reconnectInitialBackoffMs = reconnectInitialBackoffMs;
      return this;
    }

    public Builder reconnectMaxBackoffMs(long reconnectMaxBackoffMs) {
      this.reconnectMaxBackoffMs = reconnectMaxBackoffMs;
      return this;
    }

    public Builder maxReceiveFrameBytes(int maxReceiveFrameBytes) {
      this.maxReceiveFrameBytes = maxReceiveFrameBytes;
      return this;
    }

    /** Checks every setting and builds the config. */
    public RsuSessionClientConfig build() {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException(
            "host must be a host name or address, is '" + host + "'");
      }
      if (port < 1 || port > 65_535) {
        throw new IllegalArgumentException("port must be 1..65535, is " + port);
      }
      SessionProtocol.checkRsuId(rsuId);
      SessionProtocol.utf8(software, "software", SessionProtocol.MAX_SOFTWARE_BYTES);
      positive(windowFrames, "windowFrames");
      positive(connectTimeoutMs, "connectTimeoutMs");
      positive(helloAckTimeoutMs, "helloAckTimeoutMs");
      positive(reconnectInitialBackoffMs, "reconnectInitialBackoffMs");
      if (reconnectMaxBackoffMs < reconnectInitialBackoffMs) {
        throw new IllegalArgumentException(
            "reconnectMaxBackoffMs ("
                + reconnectMaxBackoffMs
                + ") must be at least reconnectInitialBackoffMs ("
                + reconnectInitialBackoffMs
                + ")");
      }
      if (maxReceiveFrameBytes < 0
          || maxReceiveFrameBytes > Integer.MAX_VALUE - SessionProtocol.HEADER_BYTES) {
        throw new IllegalArgumentException(
            "maxReceiveFrameBytes must be 0.."
                + (Integer.MAX_VALUE - SessionProtocol.HEADER_BYTES)
                + ", is "
                + maxReceiveFrameBytes);
      }
      return new RsuSessionClientConfig(this);
    }

    private static void positive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, is " + value);
      }
    }
  }
}
