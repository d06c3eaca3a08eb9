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
 * <p>The reading and writing goals are judged on {@link PairedJsonBenchmarks}, which times each
 * operation and its floor within milliseconds of each other. Beside them the table gives, for
 * information, the ratio of the separate forks of {@link JsonBenchmarks}, each measured
 * seconds or minutes away from its floor: on a shared machine that can run for half a minute
 * at two thirds of its speed, those ratios move by a third from run to run.
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

  /**
   * One row of the ratio table: the value its goal is judged on and, for the reading and
   * writing rows, the ratio of the separate forks, for information (NaN when not measured).
   */
  record Row(String what, String sample, double value, double separate, String unit,
      double goal, boolean atMost) {
    boolean met() {
      return atMost ? value <= goal : value >= goal;
    }
  }

  /** Computes the table from JMH's JSON result. */
  static Map<String, Row> ratios(String jmhJson) throws IOException {
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Double> paired = new LinkedHashMap<>();
    for (JsonNode r : JsonMapper.builder().build().readTree(jmhJson)) {
      String name = r.get("benchmark").asString();
      String type = name.substring(0, name.lastIndexOf('.'));
      name = name.substring(name.lastIndexOf('.') + 1);
      JsonNode params = r.get("params");
      String sample = params != null && params.has("sample") ? params.get("sample").asString()
          : "";
      scores.put(name + "|" + sample, r.get("primaryMetric").get("score").asDouble());
      if (type.endsWith(".PairedJsonBenchmarks")) {
        // Each counter is one operation's mean time per call in each iteration; a ratio of
        // their sums over the iterations pairs each iteration's two sides.
        r.path("secondaryMetrics").properties().forEach(metric -> {
          double sum = 0;
          for (JsonNode fork : metric.getValue().path("rawData")) {
            for (JsonNode iteration : fork) {
              sum += iteration.asDouble();
            }
          }
          if (sum > 0) {
            String operation = metric.getKey().replaceFirst("Us$", "");
            paired.put(operation + "|" + sample, sum);
          }
        });
      }
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    scores.keySet().stream().map(k -> k.substring(k.indexOf('|') + 1)).distinct()
        .filter(s -> !s.isEmpty()).forEach(s -> {
          json(rows, paired, scores, "read without validation / readTree", s,
              "readWithoutValidation", "jacksonReadTree", 1.3);
          json(rows, paired, scores, "read with validation / readTree", s,
              "readWithValidation", "jacksonReadTree", 2.0);
          json(rows, paired, scores, "canonical write / Jackson tree write", s,
              "writeCanonical", "jacksonWriteTree", 1.5);
          // For information: write validates first (it refuses an invalid compact); this is
          // the writer alone.
          json(rows, paired, scores, "(canonical write unvalidated / tree write)", s,
              "writeUnvalidated", "jacksonWriteTree", Double.NaN);
          json(rows, paired, scores, "readTree / token scan (floor of floors)", s,
              "jacksonReadTree", "floorTokenScan", Double.NaN);
        });
    ratio(rows, scores, "one funding-change check / hand-written", "checkOne",
        "floorCheckOne", 3.0);
    ratio(rows, scores, "one check / hand-written outcome, no reason", "checkOne",
        "outcomeOnlyCheckOne", Double.NaN);
    Double batch = scores.get("checkBatch|");
    if (batch != null) {
      rows.put("batch", new Row("batch check, per event", "", batch * 1000 / CheckBenchmarks.BATCH,
          Double.NaN, "ns", 1000, true));
    }
    ratio(rows, scores, "batch check / hand-written batch", "checkBatch", "floorCheckBatch",
        Double.NaN);
    Double ndjson = scores.get("ndjsonCheck|");
    if (ndjson != null) {
      rows.put("ndjson", new Row("NDJSON check, -Xmx64m, one thread", "",
          NdjsonBenchmark.EVENTS / ndjson, Double.NaN, "events/s", 300_000, false));
    }
    grants(rows, scores, "json", "360Giving JSON import + check, -Xmx64m", 200_000);
    grants(rows, scores, "csv", "360Giving CSV import + check, -Xmx64m", 100_000);
    return rows;
  }

  /** The rate of a grants import and its ratio to the bare parser's pass over the bytes. */
  private static void grants(Map<String, Row> rows, Map<String, Double> scores, String form,
      String what, double goal) {
    Double seconds = scores.get(form + "ImportAndCheck|");
    if (seconds != null) {
      rows.put(form + " grants", new Row(what, "", GrantsBenchmark.GRANTS / seconds,
          Double.NaN, "grants/s", goal, false));
    }
    ratio(rows, scores, "360Giving " + form.toUpperCase(Locale.ROOT)
        + " import + check / bare Jackson pass", form + "ImportAndCheck", form + "Floor",
        Double.NaN);
  }

  /** A reading or writing row: paired if measured so, else from the separate forks. */
  private static void json(Map<String, Row> rows, Map<String, Double> paired,
      Map<String, Double> scores, String what, String sample, String ours, String floor,
      double goal) {
    double separate = quotient(scores, ours + "|" + sample, floor + "|" + sample);
    double together = quotient(paired, ours + "|" + sample, floor + "|" + sample);
    if (!Double.isNaN(together)) {
      rows.put(what + sample, new Row(what, sample, together, separate, "x", goal, true));
    } else if (!Double.isNaN(separate)) {
      rows.put(what + sample, new Row(what, sample, separate, Double.NaN, "x", goal, true));
    }
  }

  private static void ratio(Map<String, Row> rows, Map<String, Double> scores, String what,
      String ours, String floor, double goal) {
    double value = quotient(scores, ours + "|", floor + "|");
    if (!Double.isNaN(value)) {
      rows.put(what, new Row(what, "", value, Double.NaN, "x", goal, true));
    }
  }

  private static double quotient(Map<String, Double> values, String a, String b) {
    Double x = values.get(a);
    Double y = values.get(b);
    return x == null || y == null ? Double.NaN : x / y;
  }

  static void print(Map<String, Row> rows, PrintStream out) {
    out.println();
    out.println("Ratios to the floor measured in the same run");
    out.println("(value: judged against the goal, for reading and writing timed beside the floor"
        + " in the same invocations; separate: the separate forks' ratio, for information)");
    out.println(String.format(Locale.ROOT, "%-44s %-34s %16s %10s %10s  %s", "measure",
        "sample", "value", "separate", "goal", "met"));
    for (Row r : rows.values()) {
      String goal = Double.isNaN(r.goal()) ? "-" : (r.atMost() ? "<= " : ">= ")
          + format(r.goal());
      out.println(String.format(Locale.ROOT, "%-44s %-34s %16s %10s %10s  %s", r.what(),
          r.sample(), format(r.value()) + " " + r.unit(),
          Double.isNaN(r.separate()) ? "-" : format(r.separate()) + " x", goal,
          Double.isNaN(r.goal()) ? "" : r.met() ? "yes" : "NO"));
    }
  }

  private static String format(double v) {
    return v >= 1000 ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.2f", v);
  }
}
