package org.compacts.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ratio table is computed from JMH's JSON result as its columns say. */
class RunBenchmarksTest {
  private static String result(String benchmark, String sample, double score,
      double... iterations) {
    StringBuilder raw = new StringBuilder();
    for (double i : iterations) {
      raw.append(raw.length() == 0 ? "" : ", ").append(i);
    }
    return "{\"benchmark\": \"org.compacts.bench." + benchmark + "\", "
        + (sample == null ? "" : "\"params\": {\"sample\": \"" + sample + "\"}, ")
        + "\"primaryMetric\": {\"score\": " + score + ", \"rawData\": [[" + raw + "]]}}";
  }

  private static final String JMH = "[" + String.join(", ",
      result("JsonBenchmarks.jacksonReadTree", "leicestershire-compact", 30, 25, 35),
      result("JsonBenchmarks.readWithoutValidation", "leicestershire-compact", 42, 30, 54),
      result("JsonBenchmarks.readWithValidation", "leicestershire-compact", 57, 40, 74),
      result("CheckBenchmarks.checkOne", null, 0.3, 0.2, 0.4),
      result("CheckBenchmarks.floorCheckOne", null, 0.2, 0.2, 0.2),
      result("CheckBenchmarks.checkBatch", null, 3000, 2500, 3500),
      result("NdjsonBenchmark.ndjsonCheck", null, 4, 3, 5)) + "]";

  @Test
  void ratiosAreOfScoresAndOfTheFastestIterations() throws Exception {
    Map<String, RunBenchmarks.Row> rows = RunBenchmarks.ratios(List.of(JMH));
    RunBenchmarks.Row without = rows.get("read without validation / readTree"
        + "leicestershire-compact");
    assertThat(without.value()).isCloseTo(1.4, within(1e-9));
    assertThat(without.best()).isCloseTo(1.2, within(1e-9));
    assertThat(without.met()).as("1.4 > 1.3").isFalse();
    RunBenchmarks.Row with = rows.get("read with validation / readTree"
        + "leicestershire-compact");
    assertThat(with.value()).isCloseTo(1.9, within(1e-9));
    assertThat(with.met()).isTrue();
    assertThat(rows.get("one funding-change check / hand-written").value())
        .isCloseTo(1.5, within(1e-9));
    assertThat(rows.get("batch").value()).isCloseTo(3000.0 * 1000 / CheckBenchmarks.BATCH,
        within(1e-9));
    RunBenchmarks.Row ndjson = rows.get("ndjson");
    assertThat(ndjson.value()).isCloseTo(NdjsonBenchmark.EVENTS / 4.0, within(1e-6));
    assertThat(ndjson.best()).isCloseTo(NdjsonBenchmark.EVENTS / 3.0, within(1e-6));
    assertThat(rows).doesNotContainKey("canonical write / Jackson tree write"
        + "leicestershire-compact");
  }

  @Test
  void roundsArePooled() throws Exception {
    String second = "[" + String.join(", ",
        result("JsonBenchmarks.jacksonReadTree", "leicestershire-compact", 20, 15, 25),
        result("JsonBenchmarks.readWithoutValidation", "leicestershire-compact", 30, 30, 30))
        + "]";
    RunBenchmarks.Row without = RunBenchmarks.ratios(List.of(JMH, second))
        .get("read without validation / readTree" + "leicestershire-compact");
    // Means of (30, 54, 30, 30) and (25, 35, 15, 25); fastest 30 and 15.
    assertThat(without.value()).isCloseTo(36.0 / 25.0, within(1e-9));
    assertThat(without.best()).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void theTableSaysWhichGoalsAreMet() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RunBenchmarks.print(RunBenchmarks.ratios(List.of(JMH)), new PrintStream(bytes, true,
        StandardCharsets.UTF_8));
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(table).containsPattern("read without validation / readTree +leicestershire"
        + "-compact +1\\.40 x +1\\.20 x +<= 1\\.30 +NO");
    assertThat(table).containsPattern("read with validation / readTree +leicestershire"
        + "-compact +1\\.90 x +1\\.60 x +<= 2\\.00 +yes");
  }
}
