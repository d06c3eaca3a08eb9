package org.compacts.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ratio table is computed from JMH's JSON result as its columns say. */
class RunBenchmarksTest {
  private static final String LEICS = "leicestershire-compact";

  private static String separate(String benchmark, String sample, double score) {
    return "{\"benchmark\": \"org.compacts.bench." + benchmark + "\", "
        + (sample == null ? "" : "\"params\": {\"sample\": \"" + sample + "\"}, ")
        + "\"primaryMetric\": {\"score\": " + score + ", \"rawData\": [[" + score + "]]}}";
  }

  private static String counter(String name, double... iterations) {
    StringBuilder raw = new StringBuilder();
    for (double i : iterations) {
      raw.append(raw.length() == 0 ? "" : ", ").append(i);
    }
    return "\"" + name + "Us\": {\"score\": 0, \"rawData\": [[" + raw + "]]}";
  }

  /** Paired reads: readTree 20 then 40 us, ours 24 then 52 (1.2 and 1.3: 76 / 60 pooled). */
  private static final String JMH = "[" + String.join(", ",
      separate("JsonBenchmarks.jacksonReadTree", LEICS, 30),
      separate("JsonBenchmarks.readWithoutValidation", LEICS, 42),
      separate("JsonBenchmarks.readWithValidation", LEICS, 66),
      "{\"benchmark\": \"org.compacts.bench.PairedJsonBenchmarks.reads\", \"params\": {\"sample\":"
          + " \"" + LEICS + "\"}, \"primaryMetric\": {\"score\": 200, \"rawData\": [[200, 200]]},"
          + " \"secondaryMetrics\": {" + String.join(", ",
              counter("floorTokenScan", 15, 30), counter("jacksonReadTree", 20, 40),
              counter("readWithoutValidation", 24, 52), counter("readWithValidation", 34, 80),
              counter("jacksonWriteTree", 0, 0), counter("writeCanonical", 0, 0)) + "}}",
      separate("CheckBenchmarks.checkOne", null, 0.3),
      separate("CheckBenchmarks.floorCheckOne", null, 0.2),
      separate("CheckBenchmarks.checkBatch", null, 3000),
      separate("NdjsonBenchmark.ndjsonCheck", null, 4)) + "]";

  @Test
  void readingIsJudgedOnThePairedTimesAndShownBesideTheSeparateForks() throws Exception {
    Map<String, RunBenchmarks.Row> rows = RunBenchmarks.ratios(JMH);
    RunBenchmarks.Row without = rows.get("read without validation / readTree" + LEICS);
    assertThat(without.value()).isCloseTo(76.0 / 60.0, within(1e-9));
    assertThat(without.separate()).isCloseTo(1.4, within(1e-9));
    assertThat(without.met()).as("1.27 <= 1.3").isTrue();
    RunBenchmarks.Row with = rows.get("read with validation / readTree" + LEICS);
    assertThat(with.value()).isCloseTo(114.0 / 60.0, within(1e-9));
    assertThat(with.separate()).isCloseTo(2.2, within(1e-9));
    assertThat(with.met()).isTrue();
    assertThat(rows.get("readTree / token scan (floor of floors)" + LEICS).value())
        .isCloseTo(60.0 / 45.0, within(1e-9));
    assertThat(rows).as("writes were not measured")
        .doesNotContainKey("canonical write / Jackson tree write" + LEICS);
  }

  @Test
  void checksAndStreamingAreJudgedOnJmhScores() throws Exception {
    Map<String, RunBenchmarks.Row> rows = RunBenchmarks.ratios(JMH);
    assertThat(rows.get("one funding-change check / hand-written").value())
        .isCloseTo(1.5, within(1e-9));
    assertThat(rows.get("batch").value()).isCloseTo(3000.0 * 1000 / CheckBenchmarks.BATCH,
        within(1e-9));
    assertThat(rows.get("ndjson").value()).isCloseTo(NdjsonBenchmark.EVENTS / 4.0,
        within(1e-6));
  }

  @Test
  void withoutPairedTimesTheSeparateForksAreJudged() throws Exception {
    String separateOnly = "[" + String.join(", ",
        separate("JsonBenchmarks.jacksonReadTree", LEICS, 30),
        separate("JsonBenchmarks.readWithoutValidation", LEICS, 42)) + "]";
    RunBenchmarks.Row without = RunBenchmarks.ratios(separateOnly)
        .get("read without validation / readTree" + LEICS);
    assertThat(without.value()).isCloseTo(1.4, within(1e-9));
    assertThat(without.met()).isFalse();
  }

  @Test
  void theTableSaysWhichGoalsAreMet() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RunBenchmarks.print(RunBenchmarks.ratios(JMH), new PrintStream(bytes, true,
        StandardCharsets.UTF_8));
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(table).containsPattern("read without validation / readTree +" + LEICS
        + " +1\\.27 x +1\\.40 x +<= 1\\.30 +yes");
    assertThat(table).containsPattern("one funding-change check / hand-written +1\\.50 x +- +"
        + "<= 3\\.00 +yes");
  }
}
