package org.compacts.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.compacts.cli.CompactCommand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A million NDJSON funding changes through the command line's own streaming check, on one
 * thread in a 64 MB heap; the findings go to a discarding stream.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class NdjsonBenchmark {
  /** Events in the file. */
  public static final int EVENTS = 1_000_000;

  private static final String[] CHANGES = {"change", "cessation", "review"};
  private static final String[] ARRANGEMENTS =
      {"contract", "grant", "agreement", "support", "accommodation-asset"};

  private Path file;

  @Setup(Level.Trial)
  public void writeEvents() throws IOException {
    file = Files.createTempFile("compacts-events-", ".ndjson");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < EVENTS; i++) {
        LocalDate takesEffect = LocalDate.of(2025, 1, 1).plusDays(i % 730);
        String notice = i % 7 == 0 ? "null" : "\"" + takesEffect.minusDays(80 + i % 30) + "\"";
        out.write("{\"type\":\"funding-change\",\"change\":\"" + CHANGES[i % 3]
            + "\",\"arrangement\":\"" + ARRANGEMENTS[i % 5] + "\",\"decidedBy\":\""
            + (i % 17 == 0 ? "private" : "public")
            + "\",\"affects\":[\"voluntary-community\"],\"noticeGivenOn\":" + notice
            + ",\"takesEffectOn\":\"" + takesEffect + "\",\"agreedEndDate\":null}\n");
      }
    }
  }

  @TearDown(Level.Trial)
  public void deleteEvents() throws IOException {
    Files.deleteIfExists(file);
  }

  /** The whole stream: read, check and write every event; returns the exit code. */
  @Benchmark
  public int ndjsonCheck() {
    PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), false,
        StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    int code = CompactCommand.run(discard, new PrintWriter(err), "check",
        "leicestershire-compact", file.toString(), "--as-of", "2026-01-01", "--ndjson");
    if (code == 2) {
      throw new IllegalStateException("The check refused its input: " + err);
    }
    return code;
  }
}
