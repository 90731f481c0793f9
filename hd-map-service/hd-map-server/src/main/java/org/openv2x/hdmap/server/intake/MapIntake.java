package org.openv2x.hdmap.server.intake;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.WireFormat;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.openv2x.codec.MessageFrame;
import org.openv2x.codec.ProtoCodec;
import org.openv2x.codec.map.MapData;
import org.openv2x.hdmap.Intersection;
import org.openv2x.hdmap.IntersectionId;
import org.openv2x.hdmap.IntersectionVersion;
import org.openv2x.hdmap.InvalidMapException;
import org.openv2x.hdmap.MapProblem;
import org.openv2x.hdmap.MapSource;
import org.openv2x.hdmap.convert.MapMessages;
import org.openv2x.hdmap.server.HdMapConfig;
import org.openv2x.hdmap.server.LogLimiter;
import org.openv2x.hdmap.server.MapService;
import org.openv2x.hdmap.server.StoreResult;
import org.openv2x.proto.v1.FrameProtos;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the MAP messages the gateway forwards ({@code v2x.map}, values {@code V2xEnvelope}) into
 * the map service, on a thread of its own: each record's intersections are stored as one batch
 * (source {@link MapSource#MAP_MESSAGE}, origin the forwarding RSU, its MsgCount, and its
 * MinuteOfTheYear made absolute with the gateway's receive time).
 *
 * <p>Every record has one outcome, counted in {@code hdmap_map_messages_total{outcome}}: {@code
 * stored} (a new version of at least one intersection), {@code unchanged}, {@code refused} (an
 * invalid map, logged with its problems), {@code unreadable} (not an envelope, not a MAP, a frame
 * the codec refuses) or {@code failed} (the store could not write). The reasons of the last three
 * are counted in {@code hdmap_map_message_problems_total{outcome,reason}}. No record stops the
 * loop. Offsets are committed after the records of a poll are processed (at least once: a MAP taken
 * in twice is unchanged the second time and costs nothing). A MAP whose content (all but MsgCount
 * and timeStamp) was taken in before, and whose intersections still have the content it left them
 * with, is known to be unchanged without being decoded again. While Kafka is unreachable it keeps
 * polling.
 */
public final class MapIntake implements AutoCloseable {
  /** How many MAP contents {@link #seenUnchanged} remembers (the least recently seen go first). */
  static final int REMEMBERED_CONTENTS_MAX = 100_000;

  /**
   * The intersections a MAP's content gave, with the content hash each had in service right after
   * it was taken in.
   */
  private record Remembered(List<IntersectionId> ids, List<String> contentHashes) {}

  /**
   * MAP contents taken in (by the SHA-256 of the MapData's protobuf bytes without MsgCount and
   * timeStamp, which are not content): an RSU repeats its MAP every second or so, and a repeat
   * whose intersections still have the content hash it left them with would be unchanged; it is
   * known without decoding, validating or hashing it again. Touched by the intake thread only.
   */
  private final Map<ByteString, Remembered> remembered =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ByteString, Remembered> eldest) {
          return size() > REMEMBERED_CONTENTS_MAX;
        }
      };

  /** An outcome of one record. */
  public enum Outcome {
    STORED,
    UNCHANGED,
    REFUSED,
    UNREADABLE,
    FAILED;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
  private static final Logger LOG = LoggerFactory.getLogger(MapIntake.class);

  private final String topic;
  private final MapService service;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final MeterRegistry registry;
  private final Map<Outcome, Counter> outcomes = new HashMap<>();
  private final Map<String, Counter> problems = new ConcurrentHashMap<>();
  private final AtomicLong processed = new AtomicLong();
  private final LogLimiter logLimiter = new LogLimiter(Duration.ofSeconds(10));
  private final Thread thread;
  private volatile boolean running = true;

  /**
   * Subscribes to {@code topic} and starts the intake thread.
   *
   * @param consumerProperties extra Kafka consumer properties (the {@code kafka.consumer.*} keys)
   */
  public MapIntake(
      String bootstrapServers,
      String topic,
      String groupId,
      Map<String, String> consumerProperties,
      MapService service,
      MeterRegistry registry) {
    this.topic = topic;
    this.service = service;
    this.registry = registry;
    for (Outcome outcome : Outcome.values()) {
      outcomes.put(
          outcome,
          Counter.builder("hdmap.map.messages")
              .description("MAP message records taken from the MAP topic, by outcome")
              .tag("outcome", outcome.label())
              .register(registry));
    }
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "hd-map-intake");
    config.putAll(consumerProperties);
    this.consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    consumer.subscribe(List.of(topic));
    this.thread = new Thread(this::run, "hdmap-intake");
    thread.setDaemon(true);
    thread.start();
    LOG.info("MAP intake: consuming {} as group {}", topic, groupId);
  }

  /** An intake of {@code kafka.map-topic} as {@code kafka.group-id}. */
  public static MapIntake start(HdMapConfig config, MapService service, MeterRegistry registry) {
    return new MapIntake(
        config.get(HdMapConfig.KAFKA_BOOTSTRAP_SERVERS),
        config.get(HdMapConfig.KAFKA_MAP_TOPIC),
        config.get(HdMapConfig.KAFKA_GROUP_ID),
        config.consumerProperties(),
        service,
        registry);
  }

  /** Records processed so far (every outcome). */
  public long processed() {
    return processed.get();
  }

  /** Records with this outcome so far. */
  public long count(Outcome outcome) {
    return (long) outcomes.get(outcome).count();
  }

  /** Stops the thread after the record under way, commits what was processed, closes. */
  @Override
  public void close() {
    if (!running) {
      return;
    }
    running = false;
    consumer.wakeup();
    try {
      thread.join(CLOSE_TIMEOUT.toMillis() * 2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (thread.isAlive()) {
      LOG.warn("MAP intake thread did not stop in time");
    }
  }

  private void run() {
    try {
      while (running) {
        ConsumerRecords<byte[], byte[]> records;
        try {
          records = consumer.poll(POLL_TIMEOUT);
        } catch (WakeupException e) {
          continue;
        } catch (KafkaException e) {
          logLimited("poll", "MAP intake: polling {} failed, polling again: {}", e);
          pause();
          continue;
        }
        if (records.isEmpty()) {
          continue;
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
          record(process(record));
          offsets.put(
              new TopicPartition(record.topic(), record.partition()),
              new OffsetAndMetadata(record.offset() + 1));
        }
        commit(offsets);
      }
    } catch (RuntimeException | Error e) {
      LOG.error("MAP intake stopped by an unexpected error", e);
    } finally {
      try {
        consumer.close(CLOSE_TIMEOUT);
      } catch (RuntimeException e) {
        LOG.warn("MAP intake: closing the consumer failed: {}", e.toString());
      }
    }
  }

  private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    for (int attempt = 0; attempt < 2; attempt++) {
      try {
        consumer.commitSync(offsets, CLOSE_TIMEOUT);
        return;
      } catch (WakeupException e) {
        // close() woke the consumer: commit once more, the wakeup is spent
      } catch (KafkaException e) {
        logLimited(
            "commit", "MAP intake: committing offsets of {} failed (taken in again later): {}", e);
        return;
      }
    }
  }

  /** Processes one record; never throws. */
  /** V2xEnvelope.frame, MessageFrame.map_frame, MapData.msg_cnt and .time_stamp_minutes. */
  private static final int ENVELOPE_FRAME = 6;

  private static final int FRAME_MAP = 2;
  private static final int MAP_MSG_CNT = 1;
  private static final int MAP_TIME_STAMP = 2;

  /**
   * The SHA-256 of a MAP's content as the envelope's bytes carry it: every field of its MapData but
   * MsgCount and timeStamp, read by walking the protobuf fields without building objects (a repeat
   * costs a few microseconds). Empty when the bytes hold no MAP or cannot be walked; the full path
   * then says why. Equal bytes are equal content; equal content in other bytes merely takes the
   * full path.
   */
  static Optional<ByteString> contentDigest(byte[] envelope) {
    try {
      ByteString frame = field(CodedInputStream.newInstance(envelope), ENVELOPE_FRAME);
      ByteString map = frame == null ? null : field(frame.newCodedInput(), FRAME_MAP);
      if (map == null) {
        return Optional.empty();
      }
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      CodedOutputStream copy =
          CodedOutputStream.newInstance(
              new DigestOutputStream(OutputStream.nullOutputStream(), sha256));
      CodedInputStream in = map.newCodedInput();
      for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
        int number = WireFormat.getTagFieldNumber(tag);
        if (number == MAP_MSG_CNT || number == MAP_TIME_STAMP) {
          in.skipField(tag);
        } else {
          in.skipField(tag, copy);
        }
      }
      copy.flush();
      return Optional.of(ByteString.copyFrom(sha256.digest()));
    } catch (IOException e) {
      return Optional.empty();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The bytes of the last length-delimited field {@code number} (protobuf: the last one wins). */
  private static ByteString field(CodedInputStream in, int number) throws IOException {
    ByteString found = null;
    for (int tag = in.readTag(); tag != 0; tag = in.readTag()) {
      if (WireFormat.getTagFieldNumber(tag) == number
          && WireFormat.getTagWireType(tag) == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
        found = in.readBytes();
      } else {
        in.skipField(tag);
      }
    }
    return found;
  }

  /**
   * Whether this content was taken in before and each of its intersections still has, in service,
   * the content hash it had then (so storing it again would change nothing).
   */
  private boolean seenUnchanged(ByteString content) {
    Remembered seen = remembered.get(content);
    if (seen == null) {
      return false;
    }
    for (int i = 0; i < seen.ids().size(); i++) {
      Optional<IntersectionVersion> current = service.current(seen.ids().get(i));
      if (current.isEmpty()
          || !current.get().info().contentHash().equals(seen.contentHashes().get(i))) {
        return false;
      }
    }
    return true;
  }

  private void remember(ByteString content, List<Intersection> intersections) {
    List<IntersectionId> ids = new ArrayList<>(intersections.size());
    List<String> hashes = new ArrayList<>(intersections.size());
    for (Intersection intersection : intersections) {
      Optional<IntersectionVersion> current = service.current(intersection.id());
      if (current.isEmpty()) {
        return;
      }
      ids.add(intersection.id());
      hashes.add(current.get().info().contentHash());
    }
    remembered.put(content, new Remembered(List.copyOf(ids), List.copyOf(hashes)));
  }

  Outcome process(ConsumerRecord<byte[], byte[]> record) {
    if (record.value() == null) {
      return problem(Outcome.UNREADABLE, "empty", record, "no value");
    }
    Optional<ByteString> content = contentDigest(record.value());
    if (content.isPresent() && seenUnchanged(content.get())) {
      return Outcome.UNCHANGED;
    }
    FrameProtos.V2xEnvelope envelope;
    try {
      envelope = FrameProtos.V2xEnvelope.parseFrom(record.value());
    } catch (InvalidProtocolBufferException e) {
      return problem(Outcome.UNREADABLE, "not-an-envelope", record, e.getMessage());
    }
    if (!envelope.hasFrame() || !envelope.getFrame().hasMapFrame()) {
      return problem(
          Outcome.UNREADABLE,
          "not-a-map",
          record,
          "the envelope holds " + envelope.getFrame().getFrameCase());
    }
    MapData map;
    List<Intersection> intersections;
    try {
      MessageFrame frame = ProtoCodec.fromProto(envelope.getFrame());
      map = (MapData) frame;
    } catch (RuntimeException e) {
      return problem(Outcome.UNREADABLE, "bad-frame", record, e.getMessage());
    }
    try {
      intersections = MapMessages.fromMapData(map);
    } catch (RuntimeException e) {
      return problem(Outcome.REFUSED, "bad-content", record, e.getMessage());
    }
    Instant receivedAt =
        envelope.getGatewayReceiveTimeEpochUs() > 0
            ? Instant.ofEpochSecond(
                envelope.getGatewayReceiveTimeEpochUs() / 1_000_000,
                envelope.getGatewayReceiveTimeEpochUs() % 1_000_000 * 1000)
            : Instant.ofEpochMilli(record.timestamp());
    Optional<Instant> messageTime =
        map.timeStampMinutes().isPresent()
                && map.timeStampMinutes().getAsInt() < MapData.MINUTE_OF_THE_YEAR_INVALID
            ? Optional.of(MapMessages.messageTime(map.timeStampMinutes().getAsInt(), receivedAt))
            : Optional.empty();
    Optional<String> origin =
        envelope.getSourceRsuId().isEmpty()
            ? Optional.empty()
            : Optional.of(envelope.getSourceRsuId());
    try {
      StoreResult result =
          service.store(
              intersections,
              MapSource.MAP_MESSAGE,
              origin,
              OptionalInt.of(map.msgCnt()),
              messageTime);
      content.ifPresent(digest -> remember(digest, intersections));
      return result.stored().isEmpty() ? Outcome.UNCHANGED : Outcome.STORED;
    } catch (InvalidMapException e) {
      return problem(
          Outcome.REFUSED,
          "invalid-map",
          record,
          origin.map(o -> "from " + o + ": ").orElse("")
              + e.problems().stream().map(MapProblem::toString).collect(Collectors.joining("; ")));
    } catch (RuntimeException e) {
      return problem(Outcome.FAILED, "store-failed", record, e.toString());
    }
  }

  private Outcome problem(
      Outcome outcome, String reason, ConsumerRecord<byte[], byte[]> record, String detail) {
    problems
        .computeIfAbsent(
            outcome.label() + "/" + reason,
            k ->
                Counter.builder("hdmap.map.message.problems")
                    .description("MAP message records not stored, by outcome and reason")
                    .tag("outcome", outcome.label())
                    .tag("reason", reason)
                    .register(registry))
        .increment();
    long held = logLimiter.acquire(reason);
    if (held >= 0) {
      LOG.warn(
          "MAP intake: {} record {}-{}@{} ({}): {}{}",
          outcome.label(),
          record.topic(),
          record.partition(),
          record.offset(),
          reason,
          detail,
          held > 0 ? " (" + held + " more not logged)" : "");
    }
    return outcome;
  }

  private void record(Outcome outcome) {
    outcomes.get(outcome).increment();
    processed.incrementAndGet();
  }

  private void logLimited(String reason, String format, KafkaException e) {
    long held = logLimiter.acquire(reason);
    if (held >= 0) {
      LOG.warn(format, topic, e.toString());
    }
  }

  private void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
