package org.compacts.json.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.compacts.json.CompactJson;
import org.compacts.json.BankHolidays;
import org.compacts.json.CompactJsonException;
import org.compacts.json.JsonProblem;
import org.compacts.model.Compact;
import org.compacts.rules.Finding;
import org.compacts.rules.PreparedCompact;
import org.compacts.rules.RuleEvaluator;
import org.compacts.time.CalendarCoverageException;
import org.compacts.time.HolidayCalendar;

/**
 * Reads scenario files and runs them: checks each scenario's event against its compact as of
 * its day, and compares the findings with the expected ones (the same rules in the same order,
 * each with the expected outcome, and the due date and reason words where stated).
 *
 * <pre>{@code
 * ScenarioRunner runner = ScenarioRunner.create(SampleCompacts::byId);
 * for (Path file : runner.files(Path.of("scenarios"))) {
 *   for (Scenario scenario : runner.read(file)) {
 *     ScenarioResult result = runner.run(scenario);
 *   }
 * }
 * }</pre>
 *
 * <p>A scenario names its compact by a sample id, which the caller's resolver turns into a
 * compact (so this module needs no samples), or by a compact document's path relative to the
 * scenario file's folder. That path must stay inside the folder: an absolute path, a {@code ..}
 * that leads out, or a symbolic link to a file outside is refused, and nothing outside is
 * opened. For JUnit 5, {@link ScenarioTests} turns a folder of scenario files into
 * dynamic tests. Instances are thread-safe; compacts are read and prepared once per runner.
 */
public final class ScenarioRunner {
  /** The name of a folder that holds documents the scenarios name, not scenarios. */
  public static final String DOCUMENTS = "documents";

  private final Function<String, Optional<Compact>> samples;
  private final RuleEvaluator evaluator;
  private final CompactJson json;
  private final Map<String, PreparedCompact> prepared = new ConcurrentHashMap<>();
  private final Map<String, HolidayCalendar> calendars = new ConcurrentHashMap<>();

  private ScenarioRunner(Function<String, Optional<Compact>> samples, RuleEvaluator evaluator,
      CompactJson json) {
    this.samples = samples;
    this.evaluator = evaluator;
    this.json = json;
  }

  /**
   * Creates a runner that resolves sample ids with a function, checks with the standard
   * evaluator (England and Wales working days) and reads JSON with {@link CompactJson#create()}.
   *
   * @param samples gives the compact of a sample id, or empty when there is none
   * @return the runner
   */
  public static ScenarioRunner create(Function<String, Optional<Compact>> samples) {
    return new ScenarioRunner(Objects.requireNonNull(samples, "samples"),
        RuleEvaluator.create(), CompactJson.create());
  }

  /**
   * Returns a runner that checks with another evaluator (another calendar or catalog).
   *
   * @param evaluator the evaluator
   * @return a new runner
   */
  public ScenarioRunner withEvaluator(RuleEvaluator evaluator) {
    return new ScenarioRunner(samples, Objects.requireNonNull(evaluator, "evaluator"), json);
  }

  /**
   * Returns a runner that reads events and compact documents with another facade.
   *
   * @param json the facade
   * @return a new runner
   */
  public ScenarioRunner withJson(CompactJson json) {
    return new ScenarioRunner(samples, evaluator, Objects.requireNonNull(json, "json"));
  }

  /**
   * Finds the scenario files under a folder: every {@code .json} file at any depth, in path
   * order, except those in a folder named {@value #DOCUMENTS}, which holds the compacts and
   * holiday files that scenarios beside it name (a scenario names only files inside its own
   * folder).
   *
   * @param folder the folder
   * @return the files
   * @throws IOException if the folder cannot be walked
   * @throws IllegalArgumentException if the folder is not a directory
   */
  public List<Path> files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("No scenario folder at " + folder.toAbsolutePath());
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.filter(p -> Files.isRegularFile(p) && p.getFileName().toString()
              .endsWith(".json") && !inDocuments(folder.relativize(p)))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /**
   * Reads the scenarios of a file: one scenario object, or an array of them.
   *
   * @param file the file, UTF-8
   * @return the scenarios, in file order
   * @throws IOException if the file cannot be read
   * @throws ScenarioException if the file does not fit the scenario format
   */
  public List<Scenario> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return new ScenarioReader(json, file).read(text);
  }

  /**
   * Runs a scenario.
   *
   * @param scenario the scenario
   * @return the findings and any mismatches
   * @throws ScenarioException if the compact it names cannot be found or read
   */
  public ScenarioResult run(Scenario scenario) {
    List<Finding> findings;
    try {
      findings = compact(scenario).check(scenario.event(), scenario.asOf());
    } catch (CompactJsonException e) {
      // Reaches here only when the scenario expects a refusal: see readCompactFile.
      return refused(scenario, e.getProblems());
    } catch (CalendarCoverageException e) {
      if (scenario.expectedError().isEmpty()) {
        throw new ScenarioException(scenario.file(), scenario.pointer() + "/event",
            e.getMessage() + " Give the scenario \"holidays\", a bank holidays file that"
                + " covers it.", e);
      }
      return refused(scenario, List.of(JsonProblem.of(ExpectedError.CALENDAR_COVERAGE, "", 1,
          1, e.getMessage())));
    }
    List<String> mismatches = scenario.expectedError().isPresent()
        ? List.of("expected the check to refuse with " + scenario.expectedError().get()
            + ", but it gave findings for " + rules(findings))
        : Comparison.mismatches(scenario, findings);
    return new ScenarioResult(scenario, findings, mismatches);
  }

  /** The result of a check that was refused, for a scenario that expects a refusal. */
  private static ScenarioResult refused(Scenario scenario, List<JsonProblem> problems) {
    ExpectedError expected = scenario.expectedError().orElseThrow();
    for (JsonProblem p : problems) {
      if (expected.matches(p.getCode(), p.getPointer(), p.getMessage())) {
        return new ScenarioResult(scenario, List.of(), List.of());
      }
    }
    List<String> got = new ArrayList<>();
    problems.forEach(p -> got.add(p.getCode() + " at '" + p.getPointer() + "': "
        + p.getMessage()));
    return new ScenarioResult(scenario, List.of(), List.of("expected the check to refuse with "
        + expected + ", but it refused with " + got));
  }

  private static List<String> rules(List<Finding> findings) {
    List<String> rules = new ArrayList<>();
    findings.forEach(f -> rules.add(f.getRule()));
    return rules;
  }

  private PreparedCompact compact(Scenario scenario) {
    String calendar = scenario.holidays().map(h -> "|" + h + "#" + scenario.division()
        .orElse(BankHolidays.ENGLAND_AND_WALES)).orElse("");
    RuleEvaluator evaluator = scenario.holidays().isPresent()
        ? this.evaluator.withCalendar(calendar(scenario)) : this.evaluator;
    if (scenario.sampleId().isPresent()) {
      String id = scenario.sampleId().get();
      return prepared.computeIfAbsent("sample:" + id + calendar, key -> evaluator.prepare(samples.apply(id)
          .orElseThrow(() -> new ScenarioException(scenario.file(), scenario.pointer()
              + "/compact", "no sample compact has the id " + Excerpt.quoted(id)))));
    }
    Path file = scenario.compactFile().orElseThrow();
    return prepared.computeIfAbsent("file:" + file + calendar,
        key -> evaluator.prepare(readCompactFile(scenario, file)));
  }

  /**
   * Reads a scenario's compact file, following symbolic links only to a file inside the
   * scenario file's folder. A file that is not a valid compact document is reported by its
   * number of problems and where the first is, never by what it holds: the file may be anything.
   */
  private Compact readCompactFile(Scenario scenario, Path file) {
    Path folder = folder(scenario.file());
    String name = Excerpt.quoted(folder.relativize(file).toString());
    String at = scenario.pointer() + "/compactFile";
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(folder.toRealPath())) {
        throw new ScenarioException(scenario.file(), at, name + " leads out of the scenario"
            + " file's folder through a symbolic link; a compact file must be inside it");
      }
      if (Files.isDirectory(real)) {
        throw new ScenarioException(scenario.file(), at, "cannot read the compact document "
            + name + ": it is a directory");
      }
      return json.read(real);
    } catch (IOException e) {
      throw new ScenarioException(scenario.file(), at, "cannot read the compact document "
          + name + ": " + Excerpt.reason(e), e);
    } catch (CompactJsonException e) {
      if (scenario.expectedError().isPresent()) {
        throw e;
      }
      // Not chained: the reader's messages quote what the file holds.
      JsonProblem first = e.getProblems().isEmpty() ? null : e.getProblems().get(0);
      int count = e.getProblems().size();
      throw new ScenarioException(scenario.file(), at, "the compact document " + name
          + " is not a valid compact document: " + count + (count == 1 ? " problem" : " problems")
          + (first == null ? "" : ", the first (" + first.getCode() + ") at line "
              + first.getLine() + ", column " + first.getColumn()));
    }
  }

  /** The folder of a scenario file, absolute and normalized: compact files must be in it. */
  private static boolean inDocuments(Path relative) {
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      if (relative.getName(i).toString().equals(DOCUMENTS)) {
        return true;
      }
    }
    return false;
  }

  static Path folder(Path scenarioFile) {
    return scenarioFile.toAbsolutePath().normalize().getParent();
  }

  /** The calendar of the scenario's bank holidays file, read once per file and division. */
  private HolidayCalendar calendar(Scenario scenario) {
    Path file = scenario.holidays().orElseThrow();
    String division = scenario.division().orElse(BankHolidays.ENGLAND_AND_WALES);
    return calendars.computeIfAbsent(file + "#" + division, key -> {
      BankHolidays holidays;
      try {
        holidays = BankHolidays.read(file);
      } catch (IOException e) {
        throw new ScenarioException(scenario.file(), scenario.pointer() + "/holidays",
            "cannot read the bank holidays file " + file + ": " + e, e);
      } catch (CompactJsonException e) {
        throw new ScenarioException(scenario.file(), scenario.pointer() + "/holidays",
            "the bank holidays file " + file + " is not valid: " + e.getMessage(), e);
      }
      try {
        return holidays.calendar(division);
      } catch (IllegalArgumentException e) {
        throw new ScenarioException(scenario.file(), scenario.pointer() + "/division",
            e.getMessage(), e);
      }
    });
  }
}
