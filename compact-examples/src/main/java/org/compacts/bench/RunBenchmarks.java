package org.compacts.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the benchmarks and prints, after JMH's raw scores, a table of each measurement as a
 * ratio to the floor measured in the same run, against its goal.
 *
 * <p>The run goes through the benchmarks in {@link #ROUNDS} rounds, one fork of each per
 * round, and a benchmark's score is the mean of its iterations in all rounds. A busy machine
 * runs for a while at a fraction of its speed; a floor measured in one such stretch and its
 * pair in a quiet one make a ratio that says nothing of the code. Rounds spread each
 * benchmark over three moments of the run instead of one.
 *
 * <pre>
 * java -jar compact-examples/target/benchmarks.jar            # everything, about 12 minutes
 * java -jar compact-examples/target/benchmarks.jar Check -prof gc   # JMH options pass through
 * </pre>
 */
public final class RunBenchmarks {
  /** Rounds of a run, unless the options name a number of forks (then one round). */
  static final int ROUNDS = 3;

  private RunBenchmarks() {}

  /**
   * Runs the benchmarks.
   *
   * @param args JMH command-line options (a benchmark pattern, {@code -prof gc}, ...)
   * @throws Exception when JMH fails
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions cli = new CommandLineOptions(args);
    int rounds = cli.getForkCount().hasValue() ? 1 : ROUNDS;
    List<String> results = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      System.out.printf(Locale.ROOT, "%n# Round %d of %d%n", round, rounds);
      Path result = Files.createTempFile("compacts-jmh-", ".json");
      run(cli, result);
      results.add(Files.readString(result, StandardCharsets.UTF_8));
    }
    print(ratios(results), System.out);
  }

  private static void run(CommandLineOptions cli, Path result) throws RunnerException {
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

  /**
   * One row of the ratio table: the ratio of JMH's scores (the mean of the iterations), which
   * the goal is judged on, and, for information, the ratio of the fastest iterations, which a
   * busy machine disturbs less.
   */
  record Row(String what, String sample, double value, double best, String unit, double goal,
      boolean atMost) {
    boolean met() {
      return atMost ? value <= goal : value >= goal;
    }
  }

  /**
   * Computes the table from JMH's JSON results, one per round: a benchmark's score is the mean
   * of its measured iterations in every round, and its fastest the least of them.
   */
  static Map<String, Row> ratios(List<String> rounds) throws IOException {
    Map<String, List<Double>> iterations = new LinkedHashMap<>();
    for (String round : rounds) {
      for (JsonNode r : JsonMapper.builder().build().readTree(round)) {
        String name = r.get("benchmark").asString();
        name = name.substring(name.lastIndexOf('.') + 1);
        JsonNode params = r.get("params");
        String sample = params != null && params.has("sample")
            ? params.get("sample").asString() : "";
        List<Double> measured = iterations.computeIfAbsent(name + "|" + sample,
            k -> new ArrayList<>());
        for (JsonNode fork : r.get("primaryMetric").get("rawData")) {
          for (JsonNode iteration : fork) {
            measured.add(iteration.asDouble());
          }
        }
      }
    }
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Double> fastest = new LinkedHashMap<>();
    iterations.forEach((key, measured) -> {
      scores.put(key, measured.stream().mapToDouble(Double::doubleValue).average()
          .orElse(Double.NaN));
      fastest.put(key, measured.stream().mapToDouble(Double::doubleValue).min()
          .orElse(Double.NaN));
    });
    Map<String, Row> rows = new LinkedHashMap<>();
    scores.keySet().stream().map(k -> k.substring(k.indexOf('|') + 1)).distinct()
        .filter(s -> !s.isEmpty()).forEach(s -> {
          ratio(rows, scores, fastest, "read without validation / readTree", s,
              "readWithoutValidation", "jacksonReadTree", 1.3);
          ratio(rows, scores, fastest, "read with validation / readTree", s,
              "readWithValidation", "jacksonReadTree", 2.0);
          ratio(rows, scores, fastest, "canonical write / Jackson tree write", s,
              "writeCanonical", "jacksonWriteTree", 1.5);
          ratio(rows, scores, fastest, "readTree / token scan (floor of floors)", s,
              "jacksonReadTree", "floorTokenScan", Double.NaN);
        });
    ratio(rows, scores, fastest, "one funding-change check / hand-written", "", "checkOne",
        "floorCheckOne", 3.0);
    ratio(rows, scores, fastest, "one check / hand-written outcome, no reason", "", "checkOne",
        "outcomeOnlyCheckOne", Double.NaN);
    Double batch = scores.get("checkBatch|");
    if (batch != null) {
      rows.put("batch", new Row("batch check, per event", "", batch * 1000 / CheckBenchmarks.BATCH,
          fastest.get("checkBatch|") * 1000 / CheckBenchmarks.BATCH, "ns", 1000, true));
    }
    ratio(rows, scores, fastest, "batch check / hand-written batch", "", "checkBatch",
        "floorCheckBatch", Double.NaN);
    Double ndjson = scores.get("ndjsonCheck|");
    if (ndjson != null) {
      rows.put("ndjson", new Row("NDJSON check, -Xmx64m, one thread", "",
          NdjsonBenchmark.EVENTS / ndjson, NdjsonBenchmark.EVENTS / fastest.get("ndjsonCheck|"),
          "events/s", 300_000, false));
    }
    return rows;
  }

  private static void ratio(Map<String, Row> rows, Map<String, Double> scores,
      Map<String, Double> fastest, String what, String sample, String ours, String floor,
      double goal) {
    String a = ours + "|" + sample;
    String b = floor + "|" + sample;
    if (scores.containsKey(a) && scores.containsKey(b)) {
      rows.put(what + sample, new Row(what, sample, scores.get(a) / scores.get(b),
          fastest.get(a) / fastest.get(b), "x", goal, true));
    }
  }

  static void print(Map<String, Row> rows, PrintStream out) {
    out.println();
    out.println("Ratios to the floor measured in the same run");
    out.println("(value: ratio of JMH's scores, on which the goal is judged; fastest: ratio"
        + " of the fastest iterations, for information)");
    out.println(String.format(Locale.ROOT, "%-44s %-34s %14s %14s %10s  %s", "measure",
        "sample", "value", "fastest", "goal", "met"));
    for (Row r : rows.values()) {
      String goal = Double.isNaN(r.goal()) ? "-" : (r.atMost() ? "<= " : ">= ")
          + format(r.goal());
      out.println(String.format(Locale.ROOT, "%-44s %-34s %14s %14s %10s  %s", r.what(),
          r.sample(), format(r.value()) + " " + r.unit(), format(r.best()) + " " + r.unit(),
          goal, Double.isNaN(r.goal()) ? "" : r.met() ? "yes" : "NO"));
    }
  }

  private static String format(double v) {
    return v >= 1000 ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
