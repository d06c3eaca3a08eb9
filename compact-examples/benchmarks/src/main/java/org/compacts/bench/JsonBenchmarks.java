package org.compacts.bench;

import java.util.concurrent.TimeUnit;
import org.compacts.model.Compact;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;

/**
 * Reading and writing each sample's canonical JSON, beside Jackson's own floor: a token scan
 * that decodes every value, {@code readTree}, and writing the equivalent tree. Each operation
 * runs in a fork of its own; {@link PairedJsonBenchmarks} times them side by side.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 3, time = 1)
public class JsonBenchmarks {
  /** Floor: every token of the document, every value decoded. */
  @Benchmark
  public void floorTokenScan(Document d, Blackhole bh) {
    d.scan(bh);
  }

  /** Jackson's tree model of the same bytes. */
  @Benchmark
  public JsonNode jacksonReadTree(Document d) {
    return d.jackson.readTree(d.bytes);
  }

  /** Our read into the model, without validation. */
  @Benchmark
  public Compact readWithoutValidation(Document d) {
    return d.json.readUnvalidated(d.bytes);
  }

  /** Our read into the model with full validation. */
  @Benchmark
  public Compact readWithValidation(Document d) {
    return d.json.read(d.bytes);
  }

  /** Our canonical write. */
  @Benchmark
  public String writeCanonical(Document d) {
    return d.json.write(d.compact);
  }

  /** Jackson writing the equivalent tree, pretty-printed. */
  @Benchmark
  public String jacksonWriteTree(Document d) {
    return d.jackson.writeValueAsString(d.tree);
  }
}
