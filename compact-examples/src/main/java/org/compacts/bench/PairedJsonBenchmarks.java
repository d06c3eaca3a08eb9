package org.compacts.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The operations of {@link JsonBenchmarks}, each timed beside its floor in the same invocation:
 * one call reads a sample's bytes {@link #BLOCK} times with each of the token scan,
 * {@code readTree}, our read and our validated read (or writes it both ways), in an order that
 * alternates from call to call, and adds each block's time to its operation's counter. Every
 * pair is thus measured within milliseconds of each other, so that a stretch in which the
 * machine runs slow weighs on a ratio's two sides alike.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 6, time = 1)
public class PairedJsonBenchmarks {
  /**
   * Calls of one operation in a row: a few milliseconds, short beside the seconds a slow
   * stretch lasts, long enough that each operation runs with its own data in the caches.
   */
  static final int BLOCK = 64;

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

  /** The four reads of the bytes, each timed over a block of calls. */
  @Benchmark
  public void reads(Document d, Times times, Blackhole bh) {
    boolean forward = (times.calls & BLOCK) == 0;
    long t0 = System.nanoTime();
    if (forward) {
      scan(d, bh);
    } else {
      readValidated(d, bh);
    }
    long t1 = System.nanoTime();
    if (forward) {
      readTree(d, bh);
    } else {
      read(d, bh);
    }
    long t2 = System.nanoTime();
    if (forward) {
      read(d, bh);
    } else {
      readTree(d, bh);
    }
    long t3 = System.nanoTime();
    if (forward) {
      readValidated(d, bh);
    } else {
      scan(d, bh);
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
  public void writes(Document d, Times times, Blackhole bh) {
    boolean forward = (times.calls & BLOCK) == 0;
    long t0 = System.nanoTime();
    if (forward) {
      writeTree(d, bh);
    } else {
      write(d, bh);
    }
    long t1 = System.nanoTime();
    if (forward) {
      write(d, bh);
    } else {
      writeTree(d, bh);
    }
    long t2 = System.nanoTime();
    times.treeWrite += forward ? t1 - t0 : t2 - t1;
    times.write += forward ? t2 - t1 : t1 - t0;
    times.calls += BLOCK;
  }

  private static void scan(Document d, Blackhole bh) {
    for (int i = 0; i < BLOCK; i++) {
      d.scan(bh);
    }
  }

  private static void readTree(Document d, Blackhole bh) {
    for (int i = 0; i < BLOCK; i++) {
      bh.consume(d.jackson.readTree(d.bytes));
    }
  }

  private static void read(Document d, Blackhole bh) {
    for (int i = 0; i < BLOCK; i++) {
      bh.consume(d.json.readUnvalidated(d.bytes));
    }
  }

  private static void readValidated(Document d, Blackhole bh) {
    for (int i = 0; i < BLOCK; i++) {
      bh.consume(d.json.read(d.bytes));
    }
  }

  private static void writeTree(Document d, Blackhole bh) {
    for (int i = 0; i < BLOCK; i++) {
      bh.consume(d.jackson.writeValueAsString(d.tree));
    }
  }

  private static void write(Document d, Blackhole bh) {
    for (int i = 0; i < BLOCK; i++) {
      bh.consume(d.json.write(d.compact));
    }
  }
}
