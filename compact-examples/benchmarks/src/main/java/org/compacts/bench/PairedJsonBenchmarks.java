package org.compacts.bench;

import java.util.Arrays;
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

  private static final int SCAN = 0;
  private static final int READ_TREE = 1;
  private static final int READ = 2;
  private static final int READ_VALIDATED = 3;
  private static final int TREE_WRITE = 4;
  private static final int WRITE = 5;
  private static final int WRITE_UNVALIDATED = 6;
  private static final int[] READS = {SCAN, READ_TREE, READ, READ_VALIDATED};
  private static final int[] WRITES = {TREE_WRITE, WRITE, WRITE_UNVALIDATED};

  /** Each operation's mean time per call in one iteration, in microseconds. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Times {
    long calls;
    final long[] nanos = new long[7];

    /** Clears the counters for the next iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      calls = 0;
      Arrays.fill(nanos, 0);
    }

    private double micros(int operation) {
      return calls == 0 ? 0 : nanos[operation] / 1000.0 / calls;
    }

    /** The token scan (floor of floors). */
    public double floorTokenScanUs() {
      return micros(SCAN);
    }

    /** Jackson's {@code readTree}. */
    public double jacksonReadTreeUs() {
      return micros(READ_TREE);
    }

    /** Our read without validation. */
    public double readWithoutValidationUs() {
      return micros(READ);
    }

    /** Our read with full validation. */
    public double readWithValidationUs() {
      return micros(READ_VALIDATED);
    }

    /** Jackson writing the equivalent tree. */
    public double jacksonWriteTreeUs() {
      return micros(TREE_WRITE);
    }

    /** Our canonical write, which validates the compact first. */
    public double writeCanonicalUs() {
      return micros(WRITE);
    }

    /** Our canonical write without validating: the writer alone. */
    public double writeUnvalidatedUs() {
      return micros(WRITE_UNVALIDATED);
    }
  }

  /** The four reads of the bytes, each timed over a block of calls. */
  @Benchmark
  public void reads(Document d, Times times, Blackhole bh) {
    run(READS, d, times, bh);
  }

  /** The three writes of the compact, each timed over a block of calls. */
  @Benchmark
  public void writes(Document d, Times times, Blackhole bh) {
    run(WRITES, d, times, bh);
  }

  /** Times a block of each operation in turn: in the given order, every other call reversed. */
  private static void run(int[] operations, Document d, Times times, Blackhole bh) {
    boolean forward = (times.calls & BLOCK) == 0;
    for (int i = 0; i < operations.length; i++) {
      int operation = operations[forward ? i : operations.length - 1 - i];
      long start = System.nanoTime();
      block(operation, d, bh);
      times.nanos[operation] += System.nanoTime() - start;
    }
    times.calls += BLOCK;
  }

  private static void block(int operation, Document d, Blackhole bh) {
    for (int i = 0; i < BLOCK; i++) {
      switch (operation) {
        case SCAN:
          d.scan(bh);
          break;
        case READ_TREE:
          bh.consume(d.jackson.readTree(d.bytes));
          break;
        case READ:
          bh.consume(d.json.readUnvalidated(d.bytes));
          break;
        case READ_VALIDATED:
          bh.consume(d.json.read(d.bytes));
          break;
        case TREE_WRITE:
          bh.consume(d.jackson.writeValueAsString(d.tree));
          break;
        case WRITE:
          bh.consume(d.json.write(d.compact));
          break;
        case WRITE_UNVALIDATED:
          bh.consume(d.json.writeUnvalidated(d.compact));
          break;
        default:
          throw new IllegalArgumentException("No operation " + operation);
      }
    }
  }
}
