package org.openv2x.sim.blast;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.openv2x.codec.session.SessionProtocol;

/**
 * What a blast does: where the gateway is, how many connections, how fast, for how long, how frames
 * are batched and windowed. Build with {@link #builder()}; every setter checks its value and throws
 * an {@link IllegalArgumentException} that names the field, {@link Builder#build()} checks the
 * fields against each other.
 *
 * @param gatewayHost the gateway's host name or address
 * @param gatewayPort the gateway's TCP session port
 * @param ratePerSecond total messages per second over all connections; 0 = as fast as the ACK
 *     windows allow
 * @param connections TCP sessions, each one RSU
 * @param duration how long to send at the full rate (after the ramp)
 * @param ramp the time over which the rate grows linearly from 0 to {@code ratePerSecond} (zero:
 *     none)
 * @param batchMessages messages per {@code DATA} frame
 * @param windowFrames unacknowledged {@code DATA} frames allowed in flight per connection
 * @param rsuIdPrefix RSU ids are this prefix and the connection number from 1, five digits or more
 *     ({@code blast-00001})
 * @param software the {@code HELLO}'s software text
 * @param ioThreads threads that each own a share of the connections
 * @param drainTimeout how long to wait for the last ACKs after sending stops
 * @param uniqueBsmIds whether every BSM sent carries a vehicle id unique in the run ({@link
 *     BsmIds})
 * @param helloTimeout how long a connection attempt may take until {@code HELLO_ACK}
 * @param reconnectInitialBackoff the wait before the first reconnect; it doubles per failure
 * @param reconnectMaxBackoff the longest wait between reconnect attempts
 * @param burst how far ahead of the rate schedule sending may get after a stall (the token bucket's
 *     size, as time at the target rate); at least one frame
 * @param firstConnectionIndex the connection index of the blast's first connection: connection
 *     {@code i} (from 0) has index {@code firstConnectionIndex + i}, which names it in its BSM ids
 *     ({@link BsmIds}) and its RSU id ({@link #rsuId}); blasts with disjoint index ranges send
 *     disjoint ids from disjoint RSU ids
 * @param recordSendTimes whether each connection logs the wall-clock time at which each new {@code
 *     DATA} frame was first written ({@link BlastResult#bsmSendTimeEpochUs}); 16 bytes per frame
 */
public record BlastConfig(
    String gatewayHost,
    int gatewayPort,
    long ratePerSecond,
    int connections,
    Duration duration,
    Duration ramp,
    int batchMessages,
    int windowFrames,
    String rsuIdPrefix,
    String software,
    int ioThreads,
    Duration drainTimeout,
    boolean uniqueBsmIds,
    Duration helloTimeout,
    Duration reconnectInitialBackoff,
    Duration reconnectMaxBackoff,
    Duration burst,
    int firstConnectionIndex,
    boolean recordSendTimes) {

  /** The most connections one blast opens. */
  public static final int MAX_CONNECTIONS = 100_000;

  /** The most I/O threads. */
  public static final int MAX_IO_THREADS = 64;

  public static final int DEFAULT_CONNECTIONS = 200;
  public static final int DEFAULT_BATCH_MESSAGES = 50;
  public static final int DEFAULT_WINDOW_FRAMES = 32;
  public static final Duration DEFAULT_DURATION = Duration.ofSeconds(60);
  public static final Duration DEFAULT_DRAIN_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_HELLO_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_BURST = Duration.ofMillis(20);
  public static final String DEFAULT_RSU_ID_PREFIX = "blast-";
  public static final String DEFAULT_SOFTWARE = "openv2x-blast/1";

  /** Digits of the connection number in an RSU id (more when there are more connections). */
  static final int RSU_NUMBER_DIGITS = 5;

  public BlastConfig {
    Builder.check(
        gatewayHost,
        gatewayPort,
        ratePerSecond,
        connections,
        duration,
        ramp,
        batchMessages,
        windowFrames,
        rsuIdPrefix,
        software,
        ioThreads,
        drainTimeout,
        uniqueBsmIds,
        helloTimeout,
        reconnectInitialBackoff,
        reconnectMaxBackoff,
        burst,
        firstConnectionIndex,
        recordSendTimes);
  }

  /** Whether the rate is unlimited (as fast as the ACK windows allow). */
  public boolean unlimitedRate() {
    return ratePerSecond == 0;
  }

  /** The time from the start until sending stops: ramp plus duration. */
  public Duration sendTime() {
    return ramp.plus(duration);
  }

  /**
   * The connection index of the blast's connection {@code connection} (from 0): {@code
   * firstConnectionIndex + connection}.
   */
  public int connectionIndex(int connection) {
    return firstConnectionIndex + connection;
  }

  /**
   * The RSU id of the connection with this connection index: the prefix and {@code connectionIndex
   * + 1} in at least five digits ({@code blast-00001} for index 0). The blast's connection {@code
   * i} is {@code rsuId(connectionIndex(i))}.
   */
  public String rsuId(int connectionIndex) {
    return rsuIdPrefix
        + String.format(Locale.ROOT, "%0" + RSU_NUMBER_DIGITS + "d", connectionIndex + 1L);
  }

  /** A builder with the defaults (no gateway yet). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this configuration's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.gatewayHost = gatewayHost;
    builder.gatewayPort = gatewayPort;
    builder.ratePerSecond = ratePerSecond;
    builder.connections = connections;
    builder.duration = duration;
    builder.ramp = ramp;
    builder.batchMessages = batchMessages;
    builder.windowFrames = windowFrames;
    builder.rsuIdPrefix = rsuIdPrefix;
    builder.software = software;
    builder.ioThreads = ioThreads;
    builder.drainTimeout = drainTimeout;
    builder.uniqueBsmIds = uniqueBsmIds;
    builder.helloTimeout = helloTimeout;
    builder.reconnectInitialBackoff = reconnectInitialBackoff;
    builder.reconnectMaxBackoff = reconnectMaxBackoff;
    builder.burst = burst;
    builder.firstConnectionIndex = firstConnectionIndex;
    builder.recordSendTimes = recordSendTimes;
    return builder;
  }

  /**
   * Parses a total rate: {@code MAX} (or {@code 0}: unlimited), or a whole number of messages per
   * second with an optional {@code k} or {@code M} suffix and {@code _} or {@code ,} between digits
   * ({@code 2M}, {@code 2_000_000}, {@code 500k}).
   *
   * @throws IllegalArgumentException naming {@code rate} and the value
   */
  public static long parseRate(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("rate is empty: give MAX or messages per second");
    }
    String value = text.strip();
    if (value.equalsIgnoreCase("MAX")) {
      return 0;
    }
    long multiplier = 1;
    char last = value.charAt(value.length() - 1);
    if (last == 'k' || last == 'K') {
      multiplier = 1_000;
      value = value.substring(0, value.length() - 1);
    } else if (last == 'm' || last == 'M') {
      multiplier = 1_000_000;
      value = value.substring(0, value.length() - 1);
    }
    String digits = value.replace("_", "").replace(",", "");
    if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          "rate '" + text + "' is not MAX or a whole number of messages per second (2000000, 2M)");
    }
    try {
      return Math.multiplyExact(Long.parseLong(digits), multiplier);
    } catch (ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException("rate '" + text + "' is too large", e);
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "gateway tcp://%s:%d, rate %s, %d connections, %s%s, %d messages per DATA frame,"
            + " window %d frames, %d I/O thread%s, drain timeout %s%s%s%s",
        gatewayHost.contains(":") ? "[" + gatewayHost + "]" : gatewayHost,
        gatewayPort,
        unlimitedRate() ? "MAX" : String.format(Locale.ROOT, "%,d msg/s", ratePerSecond),
        connections,
        seconds(duration),
        ramp.isZero() ? "" : " after a ramp of " + seconds(ramp),
        batchMessages,
        windowFrames,
        ioThreads,
        ioThreads == 1 ? "" : "s",
        seconds(drainTimeout),
        uniqueBsmIds ? ", unique BSM ids" : "",
        firstConnectionIndex == 0
            ? ""
            : String.format(
                Locale.ROOT,
                ", connection indices %d..%d",
                firstConnectionIndex,
                firstConnectionIndex + connections - 1L),
        recordSendTimes ? ", send times recorded" : "");
  }

  /** {@code 20 s}, {@code 1.5 s}. */
  private static String seconds(Duration duration) {
    return new java.math.BigDecimal(duration.toMillis())
            .movePointLeft(3)
            .stripTrailingZeros()
            .toPlainString()
        + " s";
  }

  /** Builds a {@link BlastConfig}; each setter checks its value. */
  public static final class Builder {
    private String gatewayHost;
    private int gatewayPort;
    private long ratePerSecond;
    private int connections = DEFAULT_CONNECTIONS;
    private Duration duration = DEFAULT_DURATION;
    private Duration ramp = Duration.ZERO;
    private int batchMessages = DEFAULT_BATCH_MESSAGES;
    private int windowFrames = DEFAULT_WINDOW_FRAMES;
    private String rsuIdPrefix = DEFAULT_RSU_ID_PREFIX;
    private String software = DEFAULT_SOFTWARE;
    private int ioThreads = 1;
    private Duration drainTimeout = DEFAULT_DRAIN_TIMEOUT;
    private boolean uniqueBsmIds;
    private Duration helloTimeout = DEFAULT_HELLO_TIMEOUT;
    private Duration reconnectInitialBackoff = Duration.ofMillis(100);
    private Duration reconnectMaxBackoff = Duration.ofSeconds(5);
    private Duration burst = DEFAULT_BURST;
    private int firstConnectionIndex;
    private boolean recordSendTimes;

    private Builder() {}

    /**
     * The gateway as {@code tcp://host:port} ({@code tcp://[::1]:7400} for an IPv6 address).
     *
     * @throws IllegalArgumentException naming {@code gateway} and the value
     */
    public Builder gateway(String uri) {
      if (uri == null || uri.isBlank()) {
        throw new IllegalArgumentException("gateway is empty: give tcp://host:port");
      }
      URI parsed;
      try {
        parsed = new URI(uri.strip());
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "gateway '" + uri + "' is not a URI tcp://host:port: " + e.getMessage(), e);
      }
      if (!"tcp".equalsIgnoreCase(parsed.getScheme())) {
        throw new IllegalArgumentException(
            "gateway '"
                + uri
                + "' must be tcp://host:port (scheme "
                + (parsed.getScheme() == null ? "missing" : "'" + parsed.getScheme() + "'")
                + ")");
      }
      String host = parsed.getHost();
      if (host == null || host.isEmpty()) {
        throw new IllegalArgumentException(
            "gateway '" + uri + "' has no host (or no port): give tcp://host:port");
      }
      if (parsed.getPort() < 0) {
        throw new IllegalArgumentException(
            "gateway '" + uri + "' has no port: give tcp://host:port");
      }
      String path = parsed.getRawPath();
      if ((path != null && !path.isEmpty() && !path.equals("/"))
          || parsed.getRawQuery() != null
          || parsed.getRawFragment() != null
          || parsed.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "gateway '" + uri + "' must be just tcp://host:port, nothing after the port");
      }
      if (host.startsWith("[") && host.endsWith("]")) {
        host = host.substring(1, host.length() - 1);
      }
      return gateway(host, parsed.getPort());
    }

    /** The gateway's host and TCP session port (1..65535). */
    public Builder gateway(String host, int port) {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("gatewayHost is empty");
      }
      if (port < 1 || port > 65_535) {
        throw new IllegalArgumentException("gatewayPort must be 1..65535, is " + port);
      }
      this.gatewayHost = host;
      this.gatewayPort = port;
      return this;
    }

    /** Total messages per second over all connections; 0 or {@code Long.MAX_VALUE}: unlimited. */
    public Builder ratePerSecond(long ratePerSecond) {
      if (ratePerSecond < 0) {
        throw new IllegalArgumentException(
            "ratePerSecond must be 0 (unlimited) or more, is " + ratePerSecond);
      }
      this.ratePerSecond = ratePerSecond == Long.MAX_VALUE ? 0 : ratePerSecond;
      return this;
    }

    /** The rate as text: {@code MAX}, {@code 2000000}, {@code 2M} ({@link #parseRate}). */
    public Builder rate(String rate) {
      return ratePerSecond(parseRate(rate));
    }

    /** Sends as fast as the ACK windows allow. */
    public Builder unlimitedRate() {
      return ratePerSecond(0);
    }

    public Builder connections(int connections) {
      if (connections < 1 || connections > MAX_CONNECTIONS) {
        throw new IllegalArgumentException(
            "connections must be 1.." + MAX_CONNECTIONS + ", is " + connections);
      }
      this.connections = connections;
      return this;
    }

    /** How long to send at the full rate, after the ramp; more than zero. */
    public Builder duration(Duration duration) {
      this.duration = positive(duration, "duration");
      return this;
    }

    /** The linear ramp from 0 to the rate; zero (the default) for none. */
    public Builder ramp(Duration ramp) {
      this.ramp = notNegative(ramp, "ramp");
      return this;
    }

    /** {@link #ramp(Duration)} in whole seconds. */
    public Builder rampSeconds(long rampSeconds) {
      if (rampSeconds < 0) {
        throw new IllegalArgumentException("rampSeconds must be 0 or more, is " + rampSeconds);
      }
      return ramp(Duration.ofSeconds(rampSeconds));
    }

    /** Messages per {@code DATA} frame, 1..65535. */
    public Builder batchMessages(int batchMessages) {
      if (batchMessages < 1 || batchMessages > SessionProtocol.MAX_MESSAGE_COUNT) {
        throw new IllegalArgumentException("batchMessages must be 1..65535, is " + batchMessages);
      }
      this.batchMessages = batchMessages;
      return this;
    }

    /** Unacknowledged {@code DATA} frames per connection, 1..65535. */
    public Builder windowFrames(int windowFrames) {
      if (windowFrames < 1 || windowFrames > 65_535) {
        throw new IllegalArgumentException("windowFrames must be 1..65535, is " + windowFrames);
      }
      this.windowFrames = windowFrames;
      return this;
    }

    /** The start of every RSU id: 0..58 characters of {@code [A-Za-z0-9._:-]}. */
    public Builder rsuIdPrefix(String rsuIdPrefix) {
      if (rsuIdPrefix == null) {
        throw new IllegalArgumentException("rsuIdPrefix is null");
      }
      for (int i = 0; i < rsuIdPrefix.length(); i++) {
        if (!SessionProtocol.isValidRsuId(String.valueOf(rsuIdPrefix.charAt(i)))) {
          throw new IllegalArgumentException(
              "rsuIdPrefix '"
                  + rsuIdPrefix
                  + "' has character '"
                  + rsuIdPrefix.charAt(i)
                  + "' at index "
                  + i
                  + ", only [A-Za-z0-9._:-] is allowed");
        }
      }
      int maxLength = SessionProtocol.MAX_RSU_ID_BYTES - RSU_NUMBER_DIGITS - 1;
      if (rsuIdPrefix.length() > maxLength) {
        throw new IllegalArgumentException(
            "rsuIdPrefix must be at most "
                + maxLength
                + " characters (RSU ids are at most 64), is "
                + rsuIdPrefix.length());
      }
      this.rsuIdPrefix = rsuIdPrefix;
      return this;
    }

    /** The {@code HELLO}'s software text, 0..255 UTF-8 bytes. */
    public Builder software(String software) {
      if (software == null) {
        throw new IllegalArgumentException("software is null");
      }
      int bytes = software.getBytes(StandardCharsets.UTF_8).length;
      if (bytes > SessionProtocol.MAX_SOFTWARE_BYTES) {
        throw new IllegalArgumentException("software must be at most 255 UTF-8 bytes, is " + bytes);
      }
      this.software = software;
      return this;
    }

    /** I/O threads, 1..64 and at most the connections. */
    public Builder ioThreads(int ioThreads) {
      if (ioThreads < 1 || ioThreads > MAX_IO_THREADS) {
        throw new IllegalArgumentException(
            "ioThreads must be 1.." + MAX_IO_THREADS + ", is " + ioThreads);
      }
      this.ioThreads = ioThreads;
      return this;
    }

    /** How long to wait for the last ACKs after sending stops; zero or more. */
    public Builder drainTimeout(Duration drainTimeout) {
      this.drainTimeout = notNegative(drainTimeout, "drainTimeout");
      return this;
    }

    public Builder uniqueBsmIds(boolean uniqueBsmIds) {
      this.uniqueBsmIds = uniqueBsmIds;
      return this;
    }

    /**
     * The connection index of the first connection (default 0): connection {@code i} uses {@code
     * firstConnectionIndex + i} in its BSM ids and RSU id. 0 or more; with the connections, at most
     * {@link BsmIds#MAX_CONNECTION_INDEX} (checked by {@link #build()}).
     */
    public Builder firstConnectionIndex(int firstConnectionIndex) {
      if (firstConnectionIndex < 0 || firstConnectionIndex > BsmIds.MAX_CONNECTION_INDEX) {
        throw new IllegalArgumentException(
            "firstConnectionIndex must be 0.."
                + BsmIds.MAX_CONNECTION_INDEX
                + ", is "
                + firstConnectionIndex);
      }
      this.firstConnectionIndex = firstConnectionIndex;
      return this;
    }

    /**
     * Whether each connection logs the first-write time of every new {@code DATA} frame (default
     * off), for {@link BlastResult#bsmSendTimeEpochUs}. Costs 16 bytes per frame sent.
     */
    public Builder recordSendTimes(boolean recordSendTimes) {
      this.recordSendTimes = recordSendTimes;
      return this;
    }

    /** Connect and {@code HELLO_ACK} must take at most this; more than zero. */
    public Builder helloTimeout(Duration helloTimeout) {
      this.helloTimeout = positive(helloTimeout, "helloTimeout");
      return this;
    }

    /** The first and the longest wait between reconnect attempts; both more than zero. */
    public Builder reconnectBackoff(Duration initial, Duration max) {
      positive(initial, "reconnectInitialBackoff");
      positive(max, "reconnectMaxBackoff");
      if (max.compareTo(initial) < 0) {
        throw new IllegalArgumentException(
            "reconnectMaxBackoff ("
                + max
                + ") is less than reconnectInitialBackoff ("
                + initial
                + ")");
      }
      this.reconnectInitialBackoff = initial;
      this.reconnectMaxBackoff = max;
      return this;
    }

    /** The rate limiter's bucket as time at the target rate; more than zero, at most 10 s. */
    public Builder burst(Duration burst) {
      positive(burst, "burst");
      if (burst.compareTo(Duration.ofSeconds(10)) > 0) {
        throw new IllegalArgumentException("burst must be at most 10 s, is " + burst);
      }
      this.burst = burst;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException if the gateway is not set, or fields do not fit together
     *     (the message names them)
     */
    public BlastConfig build() {
      return new BlastConfig(
          gatewayHost,
          gatewayPort,
          ratePerSecond,
          connections,
          duration,
          ramp,
          batchMessages,
          windowFrames,
          rsuIdPrefix,
          software,
          ioThreads,
          drainTimeout,
          uniqueBsmIds,
          helloTimeout,
          reconnectInitialBackoff,
          reconnectMaxBackoff,
          burst,
          firstConnectionIndex,
          recordSendTimes);
    }

    /** The checks of a whole configuration (also one made by the canonical constructor). */
    static void check(
        String gatewayHost,
        int gatewayPort,
        long ratePerSecond,
        int connections,
        Duration duration,
        Duration ramp,
        int batchMessages,
        int windowFrames,
        String rsuIdPrefix,
        String software,
        int ioThreads,
        Duration drainTimeout,
        boolean uniqueBsmIds,
        Duration helloTimeout,
        Duration reconnectInitialBackoff,
        Duration reconnectMaxBackoff,
        Duration burst,
        int firstConnectionIndex,
        boolean recordSendTimes) {
      if (gatewayHost == null) {
        throw new IllegalArgumentException("gateway is not set: give tcp://host:port");
      }
      new Builder()
          .gateway(gatewayHost, gatewayPort)
          .ratePerSecond(ratePerSecond)
          .connections(connections)
          .duration(duration)
          .ramp(ramp)
          .batchMessages(batchMessages)
          .windowFrames(windowFrames)
          .rsuIdPrefix(rsuIdPrefix)
          .software(software)
          .ioThreads(ioThreads)
          .drainTimeout(drainTimeout)
          .helloTimeout(helloTimeout)
          .reconnectBackoff(reconnectInitialBackoff, reconnectMaxBackoff)
          .burst(burst)
          .firstConnectionIndex(firstConnectionIndex);
      if (ioThreads > connections) {
        throw new IllegalArgumentException(
            "ioThreads (" + ioThreads + ") must be at most connections (" + connections + ")");
      }
      long lastConnectionIndex = (long) firstConnectionIndex + connections - 1;
      if (lastConnectionIndex > BsmIds.MAX_CONNECTION_INDEX) {
        throw new IllegalArgumentException(
            "firstConnectionIndex + connections - 1 ("
                + firstConnectionIndex
                + " + "
                + connections
                + " - 1) must be at most "
                + BsmIds.MAX_CONNECTION_INDEX
                + " (the largest connection index a BSM id can name)");
      }
      int lastRsuIdLength =
          rsuIdPrefix.length()
              + Math.max(RSU_NUMBER_DIGITS, Long.toString(lastConnectionIndex + 1).length());
      if (lastRsuIdLength > SessionProtocol.MAX_RSU_ID_BYTES) {
        throw new IllegalArgumentException(
            "rsuIdPrefix ("
                + rsuIdPrefix.length()
                + " characters) with firstConnectionIndex + connections ("
                + (lastConnectionIndex + 1)
                + ") makes RSU ids of "
                + lastRsuIdLength
                + " characters, at most "
                + SessionProtocol.MAX_RSU_ID_BYTES
                + " are allowed");
      }
    }

    private static Duration positive(Duration value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " is null");
      }
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be more than zero, is " + value);
      }
      return value;
    }

    private static Duration notNegative(Duration value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " is null");
      }
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must be zero or more, is " + value);
      }
      return value;
    }
  }
}
