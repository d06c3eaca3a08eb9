package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compact check ... --ndjson | head -1}: when the reader of standard output goes away,
 * the packaged tool stops at once, prints nothing more, and exits with status 141 (128 +
 * SIGPIPE), as a shell reports for a Unix tool that a broken pipe ended. The pipe is a real
 * one between two processes, as a shell makes it.
 */
class BrokenPipeIT {
  private static final Path HEAD = Path.of("/usr/bin/head");
  /** Events enough that checking them all takes the tool many seconds. */
  private static final int EVENTS = 400_000;

  @TempDir
  Path dir;

  @Test
  void checkStopsQuietlyWhenTheReaderGoesAway() throws Exception {
    assumeTrue(Files.isExecutable(HEAD), "no head(1) to pipe into");
    Path events = dir.resolve("events.ndjson");
    try (BufferedWriter out = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
      LocalDate takesEffect = LocalDate.of(2025, 1, 1);
      for (int i = 0; i < EVENTS; i++) {
        out.write("{\"type\":\"funding-change\",\"change\":\"cessation\",\"arrangement\":"
            + "\"grant\",\"decidedBy\":\"public\",\"affects\":[\"voluntary-community\"],"
            + "\"noticeGivenOn\":\"" + takesEffect.plusDays(i % 700).minusMonths(2)
            + "\",\"takesEffectOn\":\"" + takesEffect.plusDays(i % 700) + "\"}\n");
      }
    }
    File err = dir.resolve("err.txt").toFile();
    ProcessBuilder tool = new ProcessBuilder(Jar.command(List.of(), "check",
        "leicestershire-compact", events.toString(), "--ndjson", "--as-of", "2026-01-01"))
        .redirectError(err);
    ProcessBuilder head = new ProcessBuilder(HEAD.toString(), "-n", "1");
    List<Process> pipeline = ProcessBuilder.startPipeline(List.of(tool, head));
    Process compact = pipeline.get(0);
    Process first = pipeline.get(1);

    String line = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    long headGone = System.nanoTime();
    boolean stopped = compact.waitFor(10, TimeUnit.SECONDS);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - headGone);
    if (!stopped) {
      compact.destroyForcibly().waitFor();
    }
    System.out.println("compact stopped " + millis + " ms after head exited");

    assertThat(line).startsWith("{\"compact\":\"leicestershire-compact\"").endsWith("\n")
        .hasLineCount(1);
    assertThat(stopped).as("stopped within 10 s of head exiting").isTrue();
    assertThat(millis).as("ms from head exiting to compact stopping").isLessThan(1_000);
    assertThat(compact.exitValue()).isEqualTo(141);
    assertThat(Files.readString(err.toPath())).isEmpty();
  }
}
