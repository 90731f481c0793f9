package org.openv2x.sim.blast;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.openv2x.codec.CodecException;
import org.openv2x.codec.UperCodec;
import org.openv2x.codec.session.ErrorCode;
import org.openv2x.codec.session.SessionFrame;
import org.openv2x.codec.session.SessionFrame.Data;
import org.openv2x.codec.session.SessionFrame.Heartbeat;
import org.openv2x.codec.session.SessionFrame.Hello;
import org.openv2x.codec.session.SessionFrameParser;
import org.openv2x.codec.session.SessionFrames;
import org.openv2x.codec.session.SessionProtocol;

/**
 * A gateway for tests that checks the sequences of every RSU strictly and can drop a session in the
 * middle of a run (blocking sockets, a thread per connection).
 *
 * <p>Per RSU: its first {@code DATA} frame ever has sequence 1; on every connection each frame has
 * the previous one's sequence plus one; a new connection starts at most one past the last sequence
 * this gateway acknowledged (an RSU resends every frame it has no {@code ACK} for) and never skips
 * one; a frame sent again has the same bytes as the first time. Every fault is recorded in {@link
 * #violations()}.
 *
 * <p>A {@link Drop} makes the first connection of one RSU end after {@code afterFrames} {@code
 * DATA} frames, the last {@code unackedFrames} of them without an {@code ACK}, with a closing
 * {@code ERROR 208 SHUTTING_DOWN} first if asked. An ACK limit makes it never acknowledge a frame
 * of that RSU with a higher sequence (the session stays open).
 *
 * <p>It keeps the BSM ids ({@link BsmIds#read}) of every distinct frame and how many of its BSMs
 * the decoder refuses, and which frames it acknowledged, so a test can compare the blast's id
 * accounting with what arrived and what was acknowledged.
 */
final class SequenceCheckingGateway implements AutoCloseable {

  /** How to drop the first connection of {@code rsuId}. */
  record Drop(String rsuId, int afterFrames, int unackedFrames, boolean sendError) {}

  /** The BSMs of one distinct frame: their ids in message order, and how many are malformed. */
  private record FrameBsms(long[] ids, int malformed) {}

  private static final class RsuRecord {
    final Map<Long, Long> crcBySequence = new HashMap<>();
    final Map<Long, FrameBsms> bsmsBySequence = new TreeMap<>();
    final Set<Long> ackedSequences = new TreeSet<>();
    long highestSequence;
    long lastAckedSequence;
    long uniqueMessages;
    long duplicateFrames;
    int connections;
  }

  private final ServerSocket server;
  private final Map<String, Drop> drops = new HashMap<>();
  private final Map<String, Long> ackLimits;
  private final Map<String, RsuRecord> rsus = new HashMap<>();
  private final List<String> violations = new ArrayList<>();
  private final List<Socket> sockets = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final Thread acceptor;
  private volatile boolean closed;
  private int dropsDone;

  SequenceCheckingGateway(List<Drop> drops) throws IOException {
    this(drops, Map.of());
  }

  /**
   * @param ackLimits per RSU id, the highest sequence this gateway acknowledges; frames above it
   *     are read and recorded but get no {@code ACK}
   */
  SequenceCheckingGateway(List<Drop> drops, Map<String, Long> ackLimits) throws IOException {
    this.ackLimits = Map.copyOf(ackLimits);
    for (Drop drop : drops) {
      this.drops.put(drop.rsuId(), drop);
    }
    server = new ServerSocket(0, 128, InetAddress.getByName("127.0.0.1"));
    acceptor = new Thread(this::acceptLoop, "checking-gateway-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  synchronized List<String> violations() {
    List<String> all = new ArrayList<>(violations);
    rsus.forEach(
        (rsuId, record) -> {
          long sequence = 1;
          while (sequence <= record.highestSequence) {
            if (record.crcBySequence.containsKey(sequence)) {
              sequence++;
              continue;
            }
            long first = sequence;
            while (sequence <= record.highestSequence
                && !record.crcBySequence.containsKey(sequence)) {
              sequence++;
            }
            all.add(rsuId + ": sequences " + first + ".." + (sequence - 1) + " never arrived");
          }
        });
    return all;
  }

  /** Distinct (RSU, sequence) frames received. */
  synchronized long uniqueFrames() {
    return rsus.values().stream().mapToLong(r -> r.crcBySequence.size()).sum();
  }

  /** Messages in the distinct frames. */
  synchronized long uniqueMessages() {
    return rsus.values().stream().mapToLong(r -> r.uniqueMessages).sum();
  }

  /** Frames received again with a sequence already seen. */
  synchronized long duplicateFrames() {
    return rsus.values().stream().mapToLong(r -> r.duplicateFrames).sum();
  }

  /** Connections that said {@code HELLO} as {@code rsuId}. */
  synchronized int connections(String rsuId) {
    RsuRecord record = rsus.get(rsuId);
    return record == null ? 0 : record.connections;
  }

  /** The RSU ids that said {@code HELLO}. */
  synchronized Set<String> rsuIds() {
    return Set.copyOf(rsus.keySet());
  }

  /**
   * The BSM ids in the distinct frames of {@code rsuId}, in sequence and message order: of every
   * frame received, or only of those it acknowledged.
   */
  synchronized List<Long> bsmIds(String rsuId, boolean acknowledgedOnly) {
    List<Long> ids = new ArrayList<>();
    RsuRecord record = rsus.get(rsuId);
    if (record != null) {
      record.bsmsBySequence.forEach(
          (sequence, frame) -> {
            if (!acknowledgedOnly || record.ackedSequences.contains(sequence)) {
              for (long id : frame.ids()) {
                ids.add(id);
              }
            }
          });
    }
    return ids;
  }

  /**
   * Malformed BSMs in the distinct frames of {@code rsuId}: of every frame, or acknowledged ones.
   */
  synchronized long malformedBsms(String rsuId, boolean acknowledgedOnly) {
    RsuRecord record = rsus.get(rsuId);
    if (record == null) {
      return 0;
    }
    return record.bsmsBySequence.entrySet().stream()
        .filter(e -> !acknowledgedOnly || record.ackedSequences.contains(e.getKey()))
        .mapToLong(e -> e.getValue().malformed())
        .sum();
  }

  /** The sequences of {@code rsuId} it acknowledged, in order. */
  synchronized List<Long> acknowledgedSequences(String rsuId) {
    RsuRecord record = rsus.get(rsuId);
    return record == null ? List.of() : List.copyOf(record.ackedSequences);
  }

  /** How many drops were carried out. */
  synchronized int dropsDone() {
    return dropsDone;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    closed = true;
    server.close();
    synchronized (this) {
      for (Socket socket : sockets) {
        socket.close();
      }
    }
    acceptor.join(TimeUnit.SECONDS.toMillis(5));
    List<Thread> running;
    synchronized (this) {
      running = new ArrayList<>(threads);
    }
    for (Thread thread : running) {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    }
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        Thread thread = new Thread(() -> serve(socket), "checking-gateway-" + socket.getPort());
        thread.setDaemon(true);
        synchronized (this) {
          sockets.add(socket);
          threads.add(thread);
        }
        thread.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
      SessionFrameParser parser = new SessionFrameParser();
      byte[] buffer = new byte[64 * 1024];
      Session session = new Session();
      session.codec = new UperCodec();
      int read;
      while ((read = in.read(buffer)) >= 0) {
        ByteBuffer input = ByteBuffer.wrap(buffer, 0, read);
        SessionFrame frame;
        while ((frame = parser.next(input)) != null) {
          if (!handle(session, frame, out)) {
            out.flush();
            return;
          }
        }
        out.flush();
      }
    } catch (IOException | RuntimeException e) {
      if (!closed && !(e instanceof java.net.SocketException)) {
        synchronized (this) {
          violations.add("connection failed: " + e);
        }
      }
    }
  }

  /** One connection's state. */
  private static final class Session {
    String rsuId;
    long previousSequence;
    int frames;
    Drop drop;
    UperCodec codec;
  }

  /** Handles one frame; false when the connection is to be dropped now. */
  private boolean handle(Session session, SessionFrame frame, OutputStream out) throws IOException {
    if (frame instanceof Hello hello) {
      session.rsuId = hello.rsuId();
      synchronized (this) {
        RsuRecord record = rsus.computeIfAbsent(session.rsuId, id -> new RsuRecord());
        record.connections++;
        Drop drop = drops.get(session.rsuId);
        if (drop != null && record.connections == 1) {
          session.drop = drop;
        }
      }
      out.write(
          SessionFrames.helloAck(
              "checking-gateway", SessionProtocol.DEFAULT_MAX_FRAME_BYTES, 60_000, 0));
      return true;
    }
    if (frame instanceof Heartbeat) {
      out.write(SessionFrames.heartbeat(System.currentTimeMillis() * 1000));
      return true;
    }
    if (!(frame instanceof Data data)) {
      return true;
    }
    long sequence = data.sequence();
    CRC32 crc = new CRC32();
    long[] bsmIds = new long[data.messages().size()];
    int bsms = 0;
    int malformed = 0;
    for (byte[] message : data.messages()) {
      crc.update(message.length >>> 8);
      crc.update(message.length);
      crc.update(message);
      // The MessageFrame CHOICE's extension bit and index 0 (bsmFrame) in the first four bits.
      if ((message[0] & 0xF0) == 0 && message.length >= BlastCorpus.MALFORMED_KEPT_BYTES) {
        bsmIds[bsms++] = BsmIds.read(message, 0);
        try {
          session.codec.decode(message);
        } catch (CodecException e) {
          malformed++;
        }
      }
    }
    synchronized (this) {
      if (session.rsuId == null) {
        violations.add("DATA before HELLO");
        return false;
      }
      RsuRecord record = rsus.get(session.rsuId);
      String where = session.rsuId + " connection " + record.connections + ": ";
      if (session.frames == 0) {
        if (record.highestSequence == 0 && sequence != 1) {
          violations.add(where + "first sequence ever is " + sequence + ", not 1");
        } else if (sequence < 1 || sequence > record.lastAckedSequence + 1) {
          violations.add(
              where
                  + "starts at sequence "
                  + sequence
                  + ", the last acknowledged was "
                  + record.lastAckedSequence);
        }
      } else if (sequence != session.previousSequence + 1) {
        violations.add(where + "sequence " + sequence + " follows " + session.previousSequence);
      }
      Long previousCrc = record.crcBySequence.putIfAbsent(sequence, crc.getValue());
      if (previousCrc == null) {
        record.bsmsBySequence.put(sequence, new FrameBsms(Arrays.copyOf(bsmIds, bsms), malformed));
        record.uniqueMessages += data.messages().size();
        record.highestSequence = Math.max(record.highestSequence, sequence);
      } else {
        record.duplicateFrames++;
        if (previousCrc != crc.getValue()) {
          violations.add(where + "frame " + sequence + " sent again with other bytes");
        }
      }
      session.previousSequence = sequence;
      session.frames++;
      Drop drop = session.drop;
      if (drop != null && session.frames > drop.afterFrames() - drop.unackedFrames()) {
        if (session.frames >= drop.afterFrames()) {
          dropsDone++;
          if (drop.sendError()) {
            out.write(
                SessionFrames.error(
                    ErrorCode.SHUTTING_DOWN, true, 0, "the test drops this connection"));
          }
          return false;
        }
        return true; // no ACK
      }
      Long ackLimit = ackLimits.get(session.rsuId);
      if (ackLimit != null && sequence > ackLimit) {
        return true; // never acknowledged
      }
      record.lastAckedSequence = Math.max(record.lastAckedSequence, sequence);
      record.ackedSequences.add(sequence);
    }
    out.write(SessionFrames.ack(sequence, data.messages().size(), 0));
    return true;
  }
}
