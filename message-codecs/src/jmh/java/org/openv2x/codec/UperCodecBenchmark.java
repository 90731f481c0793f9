package org.openv2x.codec;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openv2x.proto.v1.FrameProtos;

/**
 * Single-thread throughput of the UPER codec on each shared vector: decode, encode, and the
 * gateway's path UPER → model → protobuf bytes. Run with {@code message-codecs/benchmark.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class UperCodecBenchmark {
  @Param({
    "bsm-01-car-required",
    "bsm-02-car-full",
    "map-01-4leg-intersection",
    "map-02-4leg-geometry",
    "spat-01-4phase-countdown",
    "spat-02-utc-timing",
    "rsi-01-rte-accident",
    "rsi-02-rts-speed-limit",
    "rsm-01-car-ped-bike",
    "rsm-02-mixed-full"
  })
  public String vector;

  private final UperCodec codec = new UperCodec();
  private byte[] bytes;
  private MessageFrame frame;
  private final byte[] target = new byte[64 * 1024];

  @Setup
  public void load() {
    bytes = VectorState.vector(vector);
    frame = codec.decode(bytes);
  }

  @Benchmark
  public MessageFrame decode() {
    return codec.decode(bytes);
  }

  @Benchmark
  public int encode() {
    return codec.encode(frame, target, 0);
  }

  @Benchmark
  public byte[] decodeToProtobuf() {
    FrameProtos.MessageFrame proto = ProtoCodec.toProto(codec.decode(bytes));
    return proto.toByteArray();
  }
}
