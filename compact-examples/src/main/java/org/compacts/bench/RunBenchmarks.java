package org.compacts.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the benchmarks and prints, after JMH's raw scores, a table of each measurement as a
 * ratio to the floor measured in the same run, against its goal.
 *
 * <pre>
 * java -jar compact-examples/target/benchmarks.jar            # everything, about ten minutes
 * java -jar compact-examples/target/benchmarks.jar Check -prof gc   # JMH options pass through
 * </pre>
 */
public final class RunBenchmarks {
  private RunBenchmarks() {}

  /**
   * Runs the benchmarks.
   *
   * @param args JMH command-line options (a benchmark pattern, {@code -prof gc}, ...)
   * @throws Exception when JMH fails
   */
  public static void main(String[] args) throws Exception {
    Path result = Files.createTempFile("compacts-jmh-", ".json");
    run(args, result);
    print(ratios(Files.readString(result, StandardCharsets.UTF_8)), System.out);
  }

  private static void run(String[] args, Path result)
      throws CommandLineOptionException, RunnerException {
    CommandLineOptions cli = new CommandLineOptions(args);
    OptionsBuilder options = new OptionsBuilder();
    options.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include("org\\.compacts\\.bench\\..*");
    }
    if (!cli.getForkCount().hasValue()) {
      options.forks(1);
    }
    options.resultFormat(ResultFormatType.JSON).result(result.toString());
    new Runner(options.build()).run();
  }

  /** One row of the ratio table. */
  record Row(String what, String sample, double value, String unit, double goal,
      boolean atMost) {
    boolean met() {
      return atMost ? value <= goal : value >= goal;
    }
  }

  /** Computes the table from JMH's JSON result. */
  static Map<String, Row> ratios(String jmhJson) throws IOException {
    JsonNode results = JsonMapper.builder().build().readTree(jmhJson);
    Map<String, Double> scores = new LinkedHashMap<>();
    for (JsonNode r : results) {
      String name = r.get("benchmark").asString();
      name = name.substring(name.lastIndexOf('.') + 1);
      JsonNode params = r.get("params");
      String sample = params != null && params.has("sample") ? params.get("sample").asString()
          : "";
      scores.put(name + "|" + sample, r.get("primaryMetric").get("score").asDouble());
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    scores.keySet().stream().map(k -> k.substring(k.indexOf('|') + 1)).distinct()
        .filter(s -> !s.isEmpty()).forEach(s -> {
          ratio(rows, scores, "read without validation / readTree", s,
              "readWithoutValidation", "jacksonReadTree", 1.3);
          ratio(rows, scores, "read with validation / readTree", s,
              "readWithValidation", "jacksonReadTree", 2.0);
          ratio(rows, scores, "canonical write / Jackson tree write", s,
              "writeCanonical", "jacksonWriteTree", 1.5);
          ratio(rows, scores, "readTree / token scan (floor of floors)", s,
              "jacksonReadTree", "floorTokenScan", Double.NaN);
        });
    ratio(rows, scores, "one funding-change check / hand-written", "", "checkOne",
        "floorCheckOne", 3.0);
    ratio(rows, scores, "one check / hand-written outcome, no reason", "", "checkOne",
        "outcomeOnlyCheckOne", Double.NaN);
    Double batch = scores.get("checkBatch|");
    if (batch != null) {
      rows.put("batch", new Row("batch check, per event", "", batch * 1000 / CheckBenchmarks.BATCH,
          "ns", 1000, true));
    }
    Double floorBatch = scores.get("floorCheckBatch|");
    if (batch != null && floorBatch != null) {
      rows.put("batch-ratio", new Row("batch check / hand-written batch", "",
          batch / floorBatch, "x", Double.NaN, true));
    }
    Double ndjson = scores.get("ndjsonCheck|");
    if (ndjson != null) {
      rows.put("ndjson", new Row("NDJSON check, -Xmx64m, one thread", "",
          NdjsonBenchmark.EVENTS / ndjson, "events/s", 300_000, false));
    }
    return rows;
  }

  private static void ratio(Map<String, Row> rows, Map<String, Double> scores, String what,
      String sample, String ours, String floor, double goal) {
    Double a = scores.get(ours + "|" + sample);
    Double b = scores.get(floor + "|" + sample);
    if (a != null && b != null) {
      rows.put(what + sample, new Row(what, sample, a / b, "x", goal, true));
    }
  }

  static void print(Map<String, Row> rows, PrintStream out) {
    out.println();
    out.println("Ratios to the floor measured in the same run");
    out.println(String.format(Locale.ROOT, "%-44s %-34s %14s %10s  %s", "measure", "sample",
        "value", "goal", "met"));
    for (Row r : rows.values()) {
      String goal = Double.isNaN(r.goal()) ? "-" : (r.atMost() ? "<= " : ">= ")
          + format(r.goal());
      out.println(String.format(Locale.ROOT, "%-44s %-34s %14s %10s  %s", r.what(), r.sample(),
          format(r.value()) + " " + r.unit(), goal,
          Double.isNaN(r.goal()) ? "" : r.met() ? "yes" : "NO"));
    }
  }

  private static String format(double v) {
    return v >= 1000 ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
