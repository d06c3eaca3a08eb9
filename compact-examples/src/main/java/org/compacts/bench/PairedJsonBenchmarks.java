package org.compacts.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.compacts.json.CompactJson;
import org.compacts.model.Compact;
import org.compacts.samples.SampleCompacts;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of {@link JsonBenchmarks}, each timed beside its floor in the same invocation:
 * one call reads a sample's bytes {@link #BLOCK} times with each of the token scan,
 * {@code readTree}, our read and our validated read (or writes it both ways), in an order that
 * alternates from call to call, and adds each block's time to its operation's counter. Every
 * pair is thus measured within milliseconds of each other, so that a stretch in which the
 * machine runs slow weighs on a ratio's two sides alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 6, time = 1)
public class PairedJsonBenchmarks {
  @Param({"tamworth-vcse-pledge-2022", "sandwell-compact-2019",
      "staffordshire-stoke-compact-2014", "south-gloucestershire-compact",
      "leicestershire-compact"})
  public String sample;

  /**
   * Calls of one operation in a row: a few milliseconds, short beside the seconds a slow
   * stretch lasts, long enough that each operation runs with its own data in the caches.
   */
  static final int BLOCK = 64;

  private final ObjectMapper jackson = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT).build();
  private final CompactJson json = CompactJson.create();
  private byte[] bytes;
  private Compact compact;
  private JsonNode tree;

  /** Each operation's mean time per call in one iteration, in microseconds. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Times {
    long calls;
    long scan;
    long readTree;
    long read;
    long readValidated;
    long treeWrite;
    long write;

    /** Clears the counters for the next iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      calls = 0;
      scan = 0;
      readTree = 0;
      read = 0;
      readValidated = 0;
      treeWrite = 0;
      write = 0;
    }

    private double micros(long nanos) {
      return calls == 0 ? 0 : nanos / 1000.0 / calls;
    }

    /** The token scan (floor of floors). */
    public double floorTokenScanUs() {
      return micros(scan);
    }

    /** Jackson's {@code readTree}. */
    public double jacksonReadTreeUs() {
      return micros(readTree);
    }

    /** Our read without validation. */
    public double readWithoutValidationUs() {
      return micros(read);
    }

    /** Our read with full validation. */
    public double readWithValidationUs() {
      return micros(readValidated);
    }

    /** Jackson writing the equivalent tree. */
    public double jacksonWriteTreeUs() {
      return micros(treeWrite);
    }

    /** Our canonical write. */
    public double writeCanonicalUs() {
      return micros(write);
    }
  }

  @Setup
  public void setUp() {
    compact = SampleCompacts.byId(sample).orElseThrow();
    bytes = json.write(compact).getBytes(StandardCharsets.UTF_8);
    tree = jackson.readTree(bytes);
  }

  /** The four reads of the bytes, each timed over a block of calls. */
  @Benchmark
  public void reads(Times times, Blackhole bh) {
    boolean forward = (times.calls & BLOCK) == 0;
    long t0 = System.nanoTime();
    if (forward) {
      scan(bh);
    } else {
      readValidated(bh);
    }
    long t1 = System.nanoTime();
    if (forward) {
      readTree(bh);
    } else {
      read(bh);
    }
    long t2 = System.nanoTime();
    if (forward) {
      read(bh);
    } else {
      readTree(bh);
    }
    long t3 = System.nanoTime();
    if (forward) {
      readValidated(bh);
    } else {
      scan(bh);
    }
    long t4 = System.nanoTime();
    times.scan += forward ? t1 - t0 : t4 - t3;
    times.readTree += forward ? t2 - t1 : t3 - t2;
    times.read += forward ? t3 - t2 : t2 - t1;
    times.readValidated += forward ? t4 - t3 : t1 - t0;
    times.calls += BLOCK;
  }

  /** The two writes of the compact, each timed over a block of calls. */
  @Benchmark
  public void writes(Times times, Blackhole bh) {
    boolean forward = (times.calls & BLOCK) == 0;
    long t0 = System.nanoTime();
    if (forward) {
      writeTree(bh);
    } else {
      write(bh);
    }
    long t1 = System.nanoTime();
    if (forward) {
      write(bh);
    } else {
      writeTree(bh);
    }
    long t2 = System.nanoTime();
    times.treeWrite += forward ? t1 - t0 : t2 - t1;
    times.write += forward ? t2 - t1 : t1 - t0;
    times.calls += BLOCK;
  }

  private void scan(Blackhole bh) {
    for (int i = 0; i < BLOCK; i++) {
      JsonBenchmarks.scan(jackson, bytes, bh);
    }
  }

  private void readTree(Blackhole bh) {
    for (int i = 0; i < BLOCK; i++) {
      bh.consume(jackson.readTree(bytes));
    }
  }

  private void read(Blackhole bh) {
    for (int i = 0; i < BLOCK; i++) {
      bh.consume(json.readUnvalidated(bytes));
    }
  }

  private void readValidated(Blackhole bh) {
    for (int i = 0; i < BLOCK; i++) {
      bh.consume(json.read(bytes));
    }
  }

  private void writeTree(Blackhole bh) {
    for (int i = 0; i < BLOCK; i++) {
      bh.consume(jackson.writeValueAsString(tree));
    }
  }

  private void write(Blackhole bh) {
    for (int i = 0; i < BLOCK; i++) {
      bh.consume(json.write(compact));
    }
  }
}
