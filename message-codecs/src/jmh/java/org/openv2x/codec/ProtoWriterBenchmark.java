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

/**
 * Single-thread throughput of serializing BSMs to protobuf bytes: through protobuf-java messages
 * ({@link ProtoCodec#toProto(MessageFrame)} then {@code toByteArray()}) against {@link ProtoWriter}
 * straight from the model; from UPER (the gateway's per-message work: decode and serialize) and
 * from the decoded model alone. Run with {@code message-codecs/benchmark.sh ProtoWriterBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ProtoWriterBenchmark {
  @Param({"bsm-01-car-required", "bsm-02-car-full"})
  public String vector;

  private final UperCodec codec = new UperCodec();
  private final ProtoWriter writer = new ProtoWriter();
  private byte[] bytes;
  private MessageFrame frame;

  @Setup
  public void load() {
    bytes = VectorState.vector(vector);
    frame = codec.decode(bytes);
  }

  @Benchmark
  public byte[] uperToProtobufViaProtoCodec() {
    return ProtoCodec.toProto(codec.decode(bytes)).toByteArray();
  }

  @Benchmark
  public byte[] uperToProtobufViaProtoWriter() {
    return writer.toByteArray(codec.decode(bytes));
  }

  @Benchmark
  public byte[] modelToProtobufViaProtoCodec() {
    return ProtoCodec.toProto(frame).toByteArray();
  }

  @Benchmark
  public byte[] modelToProtobufViaProtoWriter() {
    return writer.toByteArray(frame);
  }
}
