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
      "{\"benchmark\": \"org.compacts.bench.PairedJsonBenchmarks.writes\", \"params\": {\"sample\":"
          + " \"" + LEICS + "\"}, \"primaryMetric\": {\"score\": 100, \"rawData\": [[100]]},"
          + " \"secondaryMetrics\": {" + String.join(", ",
              counter("jacksonWriteTree", 40), counter("writeCanonical", 56),
              counter("writeUnvalidated", 44)) + "}}",
      separate("CheckBenchmarks.checkOne", null, 0.3),
      separate("CheckBenchmarks.floorCheckOne", null, 0.2),
      separate("CheckBenchmarks.checkBatch", null, 3000),
      separate("NdjsonBenchmark.ndjsonCheck", null, 4),
      separate("GrantsBenchmark.jsonImportAndCheck", null, 4),
      separate("GrantsBenchmark.jsonFloor", null, 1.6),
      separate("GrantsBenchmark.csvImportAndCheck", null, 12.5),
      separate("GrantsBenchmark.csvFloor", null, 2.5)) + "]";

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
  }

  @Test
  void theValidatedWriteIsJudgedAndTheWriterAloneShownForInformation() throws Exception {
    Map<String, RunBenchmarks.Row> rows = RunBenchmarks.ratios(JMH);
    RunBenchmarks.Row write = rows.get("canonical write / Jackson tree write" + LEICS);
    assertThat(write.value()).isCloseTo(1.4, within(1e-9));
    assertThat(write.met()).isTrue();
    RunBenchmarks.Row alone = rows.get("(canonical write unvalidated / tree write)" + LEICS);
    assertThat(alone.value()).isCloseTo(1.1, within(1e-9));
    assertThat(alone.goal()).isNaN();
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
  void grantsAreJudgedOnTheirRateAndShownBesideTheBareParser() throws Exception {
    Map<String, RunBenchmarks.Row> rows = RunBenchmarks.ratios(JMH);
    RunBenchmarks.Row json = rows.get("json grants");
    assertThat(json.value()).isCloseTo(250_000, within(1e-6));
    assertThat(json.met()).as("250,000 >= 200,000").isTrue();
    RunBenchmarks.Row csv = rows.get("csv grants");
    assertThat(csv.value()).isCloseTo(80_000, within(1e-6));
    assertThat(csv.met()).as("80,000 < 100,000").isFalse();
    assertThat(rows.get("360Giving JSON import + check / bare Jackson pass").value())
        .isCloseTo(2.5, within(1e-9));
    assertThat(rows.get("360Giving CSV import + check / bare Jackson pass").value())
        .isCloseTo(5.0, within(1e-9));
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
