package org.compacts.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A million NDJSON funding changes checked against the Leicestershire sample by the packaged
 * tool in a 64 MB heap: it must stream, and each outcome must be counted as an independent
 * java.time oracle says.
 */
class MillionEventsIT {
  private static final int EVENTS = 1_000_000;
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
  private static final String[] CHANGES = {"change", "cessation", "review"};
  private static final String[] ARRANGEMENTS =
      {"contract", "grant", "agreement", "support", "accommodation-asset"};

  @TempDir
  Path dir;

  @Test
  void streamsAMillionEventsInASmallHeap() throws Exception {
    Path events = dir.resolve("events.ndjson");
    Map<String, Long> expected = new TreeMap<>();
    try (BufferedWriter out = Files.newBufferedWriter(events, StandardCharsets.UTF_8)) {
      for (int i = 0; i < EVENTS; i++) {
        String decidedBy = i % 17 == 0 ? "private" : "public";
        String change = CHANGES[i % 3];
        LocalDate takesEffect = LocalDate.of(2025, 1, 1).plusDays(i % 730);
        LocalDate agreedEnd = i % 11 == 0 ? takesEffect.minusDays(i % 3) : null;
        LocalDate notice = i % 7 == 0 ? null : takesEffect.minusDays(80 + i % 30);
        out.write("{\"type\":\"funding-change\",\"change\":\"" + change
            + "\",\"arrangement\":\"" + ARRANGEMENTS[i % 5] + "\",\"decidedBy\":\"" + decidedBy
            + "\",\"affects\":[\"voluntary-community\"],\"noticeGivenOn\":"
            + quoted(notice) + ",\"takesEffectOn\":\"" + takesEffect + "\",\"agreedEndDate\":"
            + quoted(agreedEnd) + "}\n");
        expected.merge(oracle(decidedBy, change, takesEffect, agreedEnd, notice), 1L,
            Long::sum);
      }
    }

    long started = System.nanoTime();
    Process p = new ProcessBuilder(Jar.command(List.of("-Xmx64m"), "check",
        "leicestershire-compact", events.toString(), "--as-of", AS_OF.toString())).start();
    p.getOutputStream().close();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errReader = Jar.drain(p.getErrorStream(), err);
    Map<String, Long> counted = new TreeMap<>();
    try (BufferedReader in = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        int at = line.indexOf("\"outcome\":\"") + 11;
        counted.merge(line.substring(at, line.indexOf('"', at)), 1L, Long::sum);
      }
    }
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    errReader.join();
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("%,d NDJSON events checked by java -Xmx64m -jar compact.jar in %.1f s"
        + " (%,.0f events/s, wall time including the subprocess start)%n", EVENTS, seconds,
        EVENTS / seconds);

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(counted).isEqualTo(expected);
    assertThat(counted.keySet()).containsExactlyInAnyOrder("exempt", "met", "not-applicable",
        "not-met", "pending");
    assertThat(counted.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(EVENTS);
  }

  private static String quoted(LocalDate day) {
    return day == null ? "null" : "\"" + day + "\"";
  }

  /** DESIGN section 3's minimum-notice semantics, written out with java.time and ifs. */
  private static String oracle(String decidedBy, String change, LocalDate takesEffect,
      LocalDate agreedEnd, LocalDate notice) {
    if (!decidedBy.equals("public")) {
      return "not-applicable";
    }
    if (agreedEnd != null && change.equals("cessation") && !takesEffect.isBefore(agreedEnd)) {
      return "exempt";
    }
    LocalDate deadline = takesEffect.minusMonths(3);
    if (notice != null) {
      return notice.isAfter(deadline) ? "not-met" : "met";
    }
    return AS_OF.isAfter(deadline) ? "not-met" : "pending";
  }
}
