package org.openv2x.gateway;

import com.google.protobuf.ByteString;
import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.openv2x.gateway.config.GatewayConfig;
import org.openv2x.gateway.config.RollCycleNames;
import org.openv2x.gateway.downlink.DownlinkService;
import org.openv2x.gateway.ingest.IngestContext;
import org.openv2x.gateway.ingest.Ingestor;
import org.openv2x.gateway.ingest.SequenceAllocator;
import org.openv2x.gateway.ingest.Validator;
import org.openv2x.gateway.journal.Journal;
import org.openv2x.gateway.journal.JournalDrainer;
import org.openv2x.gateway.journal.TopicCode;
import org.openv2x.gateway.metrics.GatewayMetrics;
import org.openv2x.gateway.metrics.HttpEndpoint;
import org.openv2x.gateway.rsu.RsuRegistry;
import org.openv2x.gateway.tcp.SessionRegistry;
import org.openv2x.gateway.tcp.TcpServer;
import org.openv2x.gateway.tcp.TcpSettings;
import org.openv2x.gateway.udp.UdpServer;
import org.openv2x.proto.v1.FrameProtos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest gateway: TCP and UDP servers → decode, validate, envelope → journal → Kafka; the
 * downlink from Kafka to the RSUs; metrics and health over HTTP. {@link #start} brings it up,
 * {@link #close} stops it, sending what it can to Kafka within {@code shutdown.grace} and keeping
 * the rest in the journal for the next start.
 */
public final class Gateway implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

  private final GatewayConfig config;
  private final String gatewayId;
  private final GatewayMetrics metrics;
  private final Journal journal;
  private final JournalDrainer drainer;
  private final SessionRegistry sessions = new SessionRegistry();
  private final List<AutoCloseable> started = new ArrayList<>();
  private EventLoopGroup boss;
  private EventLoopGroup workers;
  private TcpServer tcp;
  private UdpServer udp;
  private DownlinkService downlink;
  private HttpEndpoint http;
  private Thread topicCreator;
  private int tcpPort;
  private int udpPort = -1;
  private volatile boolean stopping;
  private boolean closed;

  private Gateway(GatewayConfig config) {
    this.config = config;
    this.gatewayId = config.get(GatewayConfig.GATEWAY_ID);
    this.metrics = new GatewayMetrics(config.get(GatewayConfig.METRICS_MAX_RSU_LABELS));
    this.journal =
        new Journal(
            config.get(GatewayConfig.JOURNAL_DIR),
            RollCycleNames.parse(config.get(GatewayConfig.JOURNAL_ROLL_CYCLE)),
            config.get(GatewayConfig.JOURNAL_MAX_BYTES));
    Properties producerProperties = producerProperties(config);
    this.drainer =
        new JournalDrainer(
            journal,
            () -> new KafkaProducer<>(producerProperties),
            topicNames(config),
            new JournalDrainer.Listener() {
              private long acknowledged;

              @Override
              public void acknowledged(TopicCode topic, long sendToAckNanos) {
                metrics.messagesOut(topic).increment();
                if ((++acknowledged & 15) == 0) {
                  metrics.recordKafkaSend(sendToAckNanos);
                }
              }

              @Override
              public void failed(TopicCode topic, Exception exception) {
                metrics
                    .counter(
                        "gateway.kafka.send.failures",
                        "Kafka sends that failed (then sent again, or dead-lettered), by error",
                        "error",
                        exception.getClass().getSimpleName())
                    .increment();
              }

              @Override
              public void replacedByDeadLetter(TopicCode topic) {
                metrics.rejects("KAFKA_REJECTED").increment();
              }

              @Override
              public void producerReplaced(Exception cause) {
                metrics
                    .counter(
                        "gateway.kafka.producer.replaced",
                        "Kafka producers replaced because they were broken for good, by error",
                        "error",
                        cause.getClass().getSimpleName())
                    .increment();
              }
            },
            this::poisonDeadLetter);
  }

  /**
   * Starts a gateway; throws (naming what failed) if a port cannot be bound or the journal opened.
   */
  public static Gateway start(GatewayConfig config) throws IOException, InterruptedException {
    Gateway gateway = new Gateway(config);
    try {
      gateway.startServers();
    } catch (IOException | InterruptedException | RuntimeException e) {
      gateway.close();
      throw e;
    }
    return gateway;
  }

  private void startServers() throws IOException, InterruptedException {
    SequenceAllocator sequences = new SequenceAllocator(journal.maxSequenceOnDisk());
    Validator validator = new Validator(config.get(GatewayConfig.VALIDATION_MAX_CLOCK_SKEW));
    int maxRawBytes = config.get(GatewayConfig.DEADLETTER_MAX_RAW_BYTES);
    int maxTrackedVehicles = config.get(GatewayConfig.METRICS_MAX_TRACKED_VEHICLES);
    IngestContext context =
        new IngestContext(
            gatewayId,
            journal,
            sequences,
            metrics,
            () -> new Ingestor(gatewayId, metrics, validator, maxRawBytes, maxTrackedVehicles));
    registerGauges();

    drainer.start();
    startTopicCreation();

    int ioThreads = config.get(GatewayConfig.IO_THREADS);
    if (ioThreads == 0) {
      ioThreads = Runtime.getRuntime().availableProcessors();
    }
    boss = NettyTransport.group(1, "gateway-accept");
    workers = NettyTransport.group(ioThreads, "gateway-io");
    String host = config.get(GatewayConfig.BIND_ADDRESS);
    RsuRegistry registry = new RsuRegistry(config.rsuAddresses());
    int maxMessagesPerSecond = config.get(GatewayConfig.RSU_MAX_MESSAGES_PER_SECOND);

    if (config.get(GatewayConfig.DOWNLINK_ENABLED)) {
      downlink =
          new DownlinkService(
              config.get(GatewayConfig.KAFKA_BOOTSTRAP_SERVERS),
              gatewayId,
              config.get(GatewayConfig.KAFKA_TOPIC_PREFIX) + "downlink",
              config.consumerProperties(),
              sessions,
              config.get(GatewayConfig.DOWNLINK_TTL),
              config.get(GatewayConfig.DOWNLINK_MAX_PENDING_PER_RSU),
              metrics);
    }
    DownlinkService downlinkService = downlink;
    TcpSettings settings =
        new TcpSettings(
            config.get(GatewayConfig.TCP_MAX_FRAME_BYTES),
            config.get(GatewayConfig.TCP_MAX_CONNECTIONS),
            config.get(GatewayConfig.TCP_IDLE_TIMEOUT),
            config.get(GatewayConfig.TCP_HELLO_TIMEOUT),
            maxMessagesPerSecond,
            config.get(GatewayConfig.RSU_UNKNOWN),
            registry,
            maxRawBytes,
            rsuId -> {
              if (downlinkService != null) {
                downlinkService.rsuConnected(rsuId);
              }
            });
    tcp = new TcpServer(context, settings, sessions);
    tcpPort =
        bind(
            "tcp.port",
            () ->
                tcp.start(
                    boss,
                    workers,
                    NettyTransport.serverChannel(),
                    host,
                    config.get(GatewayConfig.TCP_PORT)));
    if (config.get(GatewayConfig.UDP_ENABLED)) {
      udp =
          new UdpServer(
              context,
              registry,
              config.get(GatewayConfig.RSU_UNKNOWN),
              maxMessagesPerSecond,
              org.openv2x.codec.DecoderLimits.DEFAULTS.maxMessageBytes(),
              (int)
                  Math.min(Integer.MAX_VALUE, config.get(GatewayConfig.UDP_RECEIVE_BUFFER_BYTES)));
      int threads = ioThreads;
      udpPort =
          bind(
              "udp.port",
              () ->
                  udp.start(
                      workers,
                      NettyTransport.datagramChannel(),
                      NettyTransport.epoll(),
                      threads,
                      host,
                      config.get(GatewayConfig.UDP_PORT)));
      metrics.gauge(
          "gateway.udp.kernel.drops",
          "UDP datagrams the kernel dropped on the gateway's port (receive buffer full)",
          udp::kernelDrops);
    }
    if (downlink != null) {
      downlink.start();
    }
    int httpPortRequested = config.get(GatewayConfig.HTTP_PORT);
    try {
      http = new HttpEndpoint(host, httpPortRequested, metrics, this::health);
    } catch (IOException e) {
      throw new IOException(
          "http.port: cannot listen on " + host + ":" + httpPortRequested + ": " + e.getMessage(),
          e);
    }
    http.start();
    LOG.info(
        "gateway {} ready ({}): tcp {}:{}, udp {}, http {}:{}, kafka {}, journal {} ({} records to"
            + " replay)",
        gatewayId,
        NettyTransport.name(),
        host,
        tcpPort,
        udp == null ? "off" : host + ":" + udpPort,
        host,
        http.port(),
        config.get(GatewayConfig.KAFKA_BOOTSTRAP_SERVERS),
        journal.dir(),
        journal.pendingRecords());
  }

  private interface Binder {
    int bind() throws InterruptedException;
  }

  private static int bind(String key, Binder binder) throws IOException, InterruptedException {
    try {
      return binder.bind();
    } catch (RuntimeException e) {
      if (e.getCause() instanceof IOException || e instanceof io.netty.channel.ChannelException) {
        throw new IOException(key + ": cannot listen: " + e.getMessage(), e);
      }
      throw e;
    }
  }

  private void registerGauges() {
    metrics.gauge(
        "gateway.journal.pending.bytes",
        "Journaled bytes Kafka has not acknowledged",
        journal::pendingBytes);
    metrics.gauge(
        "gateway.journal.pending.records",
        "Journaled records Kafka has not acknowledged",
        journal::pendingRecords);
    metrics.gauge("gateway.journal.cap.bytes", "journal.max-bytes", journal::maxPendingBytes);
    metrics.gauge(
        "gateway.journal.full",
        "1 while the journal is at its cap",
        () -> journal.isFull() ? 1 : 0);
    metrics.gauge(
        "gateway.journal.disk.bytes", "Bytes of the journal's files on disk", journal::diskBytes);
    metrics.gauge("gateway.tcp.connections", "Open TCP connections", sessions::connections);
    metrics.gauge("gateway.tcp.sessions", "TCP sessions past HELLO", sessions::sessionCount);
    metrics.gauge(
        "gateway.tcp.paused.connections",
        "Connections not read because the journal is full",
        () -> tcp == null ? 0 : tcp.pausedConnections());
    metrics.gauge(
        "gateway.kafka.stalled",
        "1 while Kafka takes no records",
        () -> drainer.kafkaStalled() ? 1 : 0);
  }

  /** Creates missing topics in the background: Kafka may not be up yet, the gateway is anyway. */
  private void startTopicCreation() {
    if (!config.get(GatewayConfig.KAFKA_CREATE_TOPICS)) {
      return;
    }
    String prefix = config.get(GatewayConfig.KAFKA_TOPIC_PREFIX);
    int partitions = config.get(GatewayConfig.KAFKA_TOPIC_PARTITIONS);
    List<String> names = new ArrayList<>();
    for (TopicCode code : TopicCode.values()) {
      names.add(prefix + code.suffix());
    }
    names.add(prefix + "downlink");
    topicCreator =
        new Thread(
            () -> {
              Properties properties = new Properties();
              properties.put(
                  AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                  config.get(GatewayConfig.KAFKA_BOOTSTRAP_SERVERS));
              properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
              properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000);
              long backoffMs = 1000;
              while (!stopping) {
                try (Admin admin = Admin.create(properties)) {
                  Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
                  List<NewTopic> missing = new ArrayList<>();
                  for (String name : names) {
                    if (!existing.contains(name)) {
                      missing.add(new NewTopic(name, partitions, (short) -1));
                    }
                  }
                  if (!missing.isEmpty()) {
                    admin.createTopics(missing).all().get(15, TimeUnit.SECONDS);
                    LOG.info("created topics {}", missing.stream().map(NewTopic::name).toList());
                  }
                  return;
                } catch (InterruptedException e) {
                  return;
                } catch (Exception e) {
                  if (e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException) {
                    return;
                  }
                  LOG.warn("cannot check the gateway's topics yet ({}); retrying", e.toString());
                  try {
                    Thread.sleep(backoffMs);
                  } catch (InterruptedException interrupted) {
                    return;
                  }
                  backoffMs = Math.min(backoffMs * 2, 30_000);
                }
              }
            },
            "topic-creator");
    topicCreator.setDaemon(true);
    topicCreator.start();
  }

  private HttpEndpoint.Health health() {
    boolean full = journal.isFull();
    boolean stalled = drainer.kafkaStalled();
    String status = stopping ? "STOPPING" : full ? "JOURNAL_FULL" : stalled ? "DEGRADED" : "UP";
    String json =
        "{\"status\":\""
            + status
            + "\",\"gatewayId\":\""
            + gatewayId
            + "\",\"kafka\":\""
            + (stalled ? "stalled" : "ok")
            + "\",\"journalPendingRecords\":"
            + journal.pendingRecords()
            + ",\"journalPendingBytes\":"
            + journal.pendingBytes()
            + ",\"journalMaxBytes\":"
            + journal.maxPendingBytes()
            + ",\"tcpConnections\":"
            + sessions.connections()
            + ",\"tcpSessions\":"
            + sessions.sessionCount()
            + "}";
    return new HttpEndpoint.Health(!stopping && !full, json);
  }

  private byte[] poisonDeadLetter(TopicCode topic, byte[] key, byte[] value, Exception exception) {
    int maxRaw = config.get(GatewayConfig.DEADLETTER_MAX_RAW_BYTES);
    byte[] raw = value.length <= maxRaw ? value : java.util.Arrays.copyOf(value, maxRaw);
    return FrameProtos.DeadLetter.newBuilder()
        .setSourceRsuId(new String(key, java.nio.charset.StandardCharsets.UTF_8))
        .setGatewayId(gatewayId)
        .setGatewayReceiveTimeEpochUs(IngestContext.nowEpochUs())
        .setReason("KAFKA_REJECTED")
        .setBitOffset(-1)
        .setDetail(
            "Kafka refused the record for topic "
                + topicNames(config)[topic.ordinal()]
                + " for good: "
                + exception)
        .setRaw(ByteString.copyFrom(raw))
        .setRawLength(value.length)
        .build()
        .toByteArray();
  }

  static String[] topicNames(GatewayConfig config) {
    String prefix = config.get(GatewayConfig.KAFKA_TOPIC_PREFIX);
    TopicCode[] codes = TopicCode.values();
    String[] names = new String[codes.length];
    for (TopicCode code : codes) {
      names[code.ordinal()] = prefix + code.suffix();
    }
    return names;
  }

  /**
   * The settings of the gateway's Kafka producer for {@code config} (acks=all, idempotence, lz4,
   * batching, the {@code kafka.producer.*} overrides): what a baseline producer must use to be
   * compared with the gateway.
   */
  public static Properties producerProperties(GatewayConfig config) {
    Properties properties = new Properties();
    properties.put(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(GatewayConfig.KAFKA_BOOTSTRAP_SERVERS));
    properties.put(ProducerConfig.CLIENT_ID_CONFIG, config.get(GatewayConfig.GATEWAY_ID));
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
    properties.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    properties.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
    properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    properties.put(ProducerConfig.BUFFER_MEMORY_CONFIG, "67108864");
    // The journal holds every record until Kafka has it: the producer never gives one up.
    properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.toString(Integer.MAX_VALUE));
    properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
    properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    properties.put(
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    properties.putAll(config.producerProperties());
    return properties;
  }

  public String gatewayId() {
    return gatewayId;
  }

  public int tcpPort() {
    return tcpPort;
  }

  /** The UDP port, -1 when UDP is off. */
  public int udpPort() {
    return udpPort;
  }

  public int httpPort() {
    return http.port();
  }

  public GatewayMetrics metrics() {
    return metrics;
  }

  public Journal journal() {
    return journal;
  }

  public SessionRegistry sessions() {
    return sessions;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    stopping = true;
    LOG.info("gateway {} stopping", gatewayId);
    if (tcp != null) {
      tcp.stopAccepting();
    }
    if (udp != null) {
      udp.close();
    }
    if (tcp != null) {
      tcp.closeSessions();
    }
    if (downlink != null) {
      downlink.close();
    }
    if (workers != null) {
      workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
    if (boss != null) {
      boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
    if (topicCreator != null) {
      topicCreator.interrupt();
    }
    drainer.stop(config.get(GatewayConfig.SHUTDOWN_GRACE));
    drainer.closeProducer(Duration.ofSeconds(5));
    long left = journal.pendingRecords();
    journal.close();
    if (http != null) {
      http.close();
    }
    for (AutoCloseable closeable : started) {
      try {
        closeable.close();
      } catch (Exception e) {
        LOG.warn("closing {}: {}", closeable, e.toString());
      }
    }
    LOG.info(
        "gateway {} stopped; {} journaled records not yet in Kafka{}",
        gatewayId,
        left,
        left > 0 ? " (sent after the next start)" : "");
  }

  /**
   * Serves until the JVM is asked to stop (SIGTERM, Ctrl-C): closes the gateway from a shutdown
   * hook, and hands the ready line ({@code gateway: ready tcp=… udp=… http=…}) to {@code ready}
   * once the hook is in place.
   */
  public void serveUntilShutdown(java.util.function.Consumer<String> ready)
      throws InterruptedException {
    java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  close();
                  stopped.countDown();
                },
                "gateway-shutdown"));
    ready.accept("gateway: ready tcp=" + tcpPort() + " udp=" + udpPort() + " http=" + httpPort());
    stopped.await();
  }

  /** Builds the configuration from a file, the launcher's flags and key=value overrides. */
  public static GatewayConfig configure(
      java.nio.file.Path configFile,
      String kafkaBootstrapServers,
      java.nio.file.Path dataDir,
      Map<String, String> overrides) {
    Map<String, String> all = new java.util.LinkedHashMap<>();
    if (kafkaBootstrapServers != null) {
      all.put(GatewayConfig.KAFKA_BOOTSTRAP_SERVERS.name(), kafkaBootstrapServers);
    }
    if (dataDir != null) {
      all.put(GatewayConfig.JOURNAL_DIR.name(), dataDir.resolve("journal").toString());
    }
    all.putAll(overrides);
    return GatewayConfig.load(configFile, all);
  }
}
